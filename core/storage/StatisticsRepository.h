#pragma once

#include "Status.h"

#include <QList>
#include <QString>

#include <functional>

namespace sht {

class Database;

struct VillageSummary
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind;
    int households = 0;
    int people = 0;
};

struct CommuneSummary
{
    QString communeName;
    QString communeKind;
    QList<VillageSummary> villages;
    int households = 0;
    int people = 0;
    int clans = 0;
    int localUnits = 0;
    int courses = 0;
    QString learningCentre;
};

// One line of the household register as clerks print it.
struct RegisterRow
{
    QString village;
    QString householdCode;
    QString relation; // storage value, see relationFromStorage()
    QString fullName;
    QString birthDate; // storage form of PartialDate
    QString sex;       // storage form of Sex
    QString citizenId;
    QString ethnicity;
    QString education;
    QString clan;
};

// Read-only aggregate queries for the overview, the CLI and reports.
class StatisticsRepository
{
public:
    explicit StatisticsRepository(Database &db);

    // Current villages with their households (those with at least one living current member) and those
    // members. Fails when the file cannot be read (a removed drive, a damaged page).
    Status summary(CommuneSummary *out) const;
    // The register, village by village, household by household, head first. villageId 0 = whole commune.
    // Calls sink for each row (streams: the commune may hold 100,000 people).
    bool forEachRegisterRow(qint64 villageId, const std::function<void(const RegisterRow &)> &sink) const;

private:
    Database &m_db;
};

} // namespace sht
