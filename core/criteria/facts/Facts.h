#pragma once

#include "FactContext.h"
#include "FactResult.h"

#include <QJsonObject>

// The fact functions, one file per family; FactRegistry maps their names to them. Each reads its
// thresholds and ages from the parameters and explains its value with evidence lines in Vietnamese (the
// council's language; the templates go through tr() so an English interface can show them translated).
namespace sht::criteria::facts {

// HouseholdFacts.cpp — subject: a household (QĐ 448 section A)
FactResult childrenInSchool(const FactContext &context, const QJsonObject &parameters);
FactResult adultsLiterate(const FactContext &context, const QJsonObject &parameters);
FactResult adultsLearning(const FactContext &context, const QJsonObject &parameters);

// ShareFacts.cpp — subjects: a clan, a village, a local unit (shares of members recognised)
FactResult clanShareHouseholdsRecognised(const FactContext &context, const QJsonObject &parameters);
FactResult villageShareHouseholdsRecognised(const FactContext &context, const QJsonObject &parameters);
FactResult villageShareAdultsCitizen(const FactContext &context, const QJsonObject &parameters);
FactResult unitShareStaffCitizen(const FactContext &context, const QJsonObject &parameters);

// CommuneFacts.cpp — subject: the commune (TT 25/2023 TC5)
FactResult communeShareCitizensRecognised(const FactContext &context, const QJsonObject &parameters);
FactResult communeShareTrained(const FactContext &context, const QJsonObject &parameters);

// CentreFacts.cpp — subjects: a citizen (attendance, evidence for the council) and the learning centre
FactResult citizenCentreAttendance(const FactContext &context, const QJsonObject &parameters);
FactResult centreActivity(const FactContext &context, const QJsonObject &parameters);

} // namespace sht::criteria::facts
