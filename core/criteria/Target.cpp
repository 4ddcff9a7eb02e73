#include "Target.h"

#include <QCoreApplication>

namespace sht::criteria {

namespace {
QString percent(double share)
{
    return QCoreApplication::translate("Target", "%1%").arg(QString::number(share * 100, 'f', 0));
}
} // namespace

QString targetScopeKey(TargetScope scope)
{
    switch (scope) {
    case TargetScope::National:
        return QStringLiteral("national");
    case TargetScope::Province:
        return QStringLiteral("province");
    case TargetScope::Commune:
        return QStringLiteral("commune");
    }
    return QString();
}

std::optional<TargetScope> targetScopeFromKey(const QString &key)
{
    for (TargetScope scope : {TargetScope::National, TargetScope::Province, TargetScope::Commune})
        if (targetScopeKey(scope) == key)
            return scope;
    return std::nullopt;
}

QString targetScopeName(TargetScope scope)
{
    switch (scope) {
    case TargetScope::National:
        return QCoreApplication::translate("Target", "National");
    case TargetScope::Province:
        return QCoreApplication::translate("Target", "Province");
    case TargetScope::Commune:
        return QCoreApplication::translate("Target", "Commune");
    }
    return QString();
}

QString Target::shareText() const
{
    if (shareMax && *shareMax > share)
        return QCoreApplication::translate("Target", "%1–%2%")
            .arg(QString::number(share * 100, 'f', 0), QString::number(*shareMax * 100, 'f', 0));
    return percent(share);
}

QString Target::sourceText() const
{
    QString text = source.isEmpty() ? targetScopeName(scope) : source;
    text += QStringLiteral(", %1").arg(year);
    if (area == TargetArea::Difficult)
        text += QCoreApplication::translate("Target", ", difficult areas");
    if (provincialPlan)
        text += QStringLiteral(" (theo kế hoạch tỉnh)");
    if (isProvisional())
        text += QCoreApplication::translate("Target", " [provisional]");
    return text;
}

} // namespace sht::criteria
