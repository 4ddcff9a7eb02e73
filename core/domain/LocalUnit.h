#pragma once

#include <QString>

namespace sht {

// A school, agency, enterprise or cooperative of the commune (subject of "Đơn vị học tập").
struct LocalUnit
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QString name;
    QString kind; // "preschool", "primary_school", "lower_secondary_school", "people_committee", "agency",
                  // "health_station", "enterprise", "cooperative", "other"
    QString managingLevel; // "commune", "province"
    QString instrument;    // which criteria apply: "tt24", "448d"
    qint64 villageId = 0;
    int staffCount = 0;
    QString notes;
};

} // namespace sht
