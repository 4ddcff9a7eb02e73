#include "Person.h"

namespace sht {

QString schoolStatusToStorage(SchoolStatus status)
{
    switch (status) {
    case SchoolStatus::Enrolled:
        return QStringLiteral("enrolled");
    case SchoolStatus::NotEnrolled:
        return QStringLiteral("not_enrolled");
    case SchoolStatus::Exempt:
        return QStringLiteral("exempt");
    case SchoolStatus::Unknown:
        break;
    }
    return QString();
}

SchoolStatus schoolStatusFromStorage(const QString &text)
{
    if (text == QLatin1String("enrolled"))
        return SchoolStatus::Enrolled;
    if (text == QLatin1String("not_enrolled"))
        return SchoolStatus::NotEnrolled;
    if (text == QLatin1String("exempt"))
        return SchoolStatus::Exempt;
    return SchoolStatus::Unknown;
}

} // namespace sht
