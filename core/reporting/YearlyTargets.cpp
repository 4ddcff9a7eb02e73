#include "YearlyTargets.h"

#include <QRegularExpression>

namespace sht::reporting {

using namespace criteria;

YearlyTargets::YearlyTargets(const AchievementReport &report, const YearAchievements &achievements)
    : m_report(report)
    , m_achievements(achievements)
{}

QString YearlyTargets::text(TargetIndicator indicator) const
{
    const AchievementRow row = m_report.row(m_achievements, indicator);
    QStringList parts;
    if (row.national)
        parts << row.national->shareText();
    if (row.local)
        parts << QStringLiteral("địa phương %1").arg(row.local->shareText());
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral("; "));
}

void YearlyTargets::fill(ReportTable &table) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{target:([a-z_.]+)\\}"));
    for (ReportColumn &c : table.columns) {
        QRegularExpressionMatch m = placeholder.match(c.target);
        while (m.hasMatch()) {
            const auto indicator = targetIndicatorFromKey(m.captured(1));
            c.target.replace(m.capturedStart(), m.capturedLength(),
                             indicator ? text(*indicator) : QStringLiteral("–"));
            m = placeholder.match(c.target);
        }
    }
}

} // namespace sht::reporting
