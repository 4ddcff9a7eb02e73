#include "CourseField.h"

namespace sht {

QStringList CourseField::codes()
{
    return {QStringLiteral("agriculture"), QStringLiteral("health"),  QStringLiteral("law"),
            QStringLiteral("ict"),         QStringLiteral("culture"), QStringLiteral("literacy"),
            QStringLiteral("environment"), QStringLiteral("other")};
}

bool CourseField::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString CourseField::label(const QString &code)
{
    if (code == QLatin1String("agriculture"))
        return tr("Agriculture");
    if (code == QLatin1String("health"))
        return tr("Health");
    if (code == QLatin1String("law"))
        return tr("Law");
    if (code == QLatin1String("ict"))
        return tr("Digital skills");
    if (code == QLatin1String("culture"))
        return tr("Culture");
    if (code == QLatin1String("literacy"))
        return tr("Literacy");
    if (code == QLatin1String("environment"))
        return tr("Environment");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

} // namespace sht
