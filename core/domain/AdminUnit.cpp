#include "AdminUnit.h"

namespace sht {

QString AdminUnit::kindToStorage(Kind kind)
{
    switch (kind) {
    case Kind::Commune:
        return QStringLiteral("commune");
    case Kind::Ward:
        return QStringLiteral("ward");
    case Kind::Village:
        return QStringLiteral("village");
    case Kind::ResidentialGroup:
        return QStringLiteral("residential_group");
    }
    return QStringLiteral("village");
}

AdminUnit::Kind AdminUnit::kindFromStorage(const QString &text)
{
    if (text == QLatin1String("commune"))
        return Kind::Commune;
    if (text == QLatin1String("ward"))
        return Kind::Ward;
    if (text == QLatin1String("residential_group"))
        return Kind::ResidentialGroup;
    return Kind::Village;
}

} // namespace sht
