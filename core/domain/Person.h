#pragma once

#include "CitizenId.h"
#include "Education.h"
#include "PartialDate.h"
#include "PersonName.h"
#include "Sex.h"

namespace sht {

// Whether a child of school age goes to school (evidence for "Gia đình học tập" criterion 1).
enum class SchoolStatus { Unknown, Enrolled, NotEnrolled, Exempt };
QString schoolStatusToStorage(SchoolStatus status);
SchoolStatus schoolStatusFromStorage(const QString &text);

// A citizen of the commune as the registers know them.
struct Person
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    PersonName name;
    Sex sex = Sex::Unknown;
    PartialDate birthDate;
    QString ethnicity;
    QString religion;
    CitizenId citizenId;
    Education education;
    QString occupation;
    QString phone;
    PartialDate deathDate;
    PartialDate movedAwayDate;
    SchoolStatus schoolStatus = SchoolStatus::Unknown;
    QString notes;

    bool isAlive() const { return deathDate.isNull(); }
};

} // namespace sht
