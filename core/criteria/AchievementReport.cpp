#include "AchievementReport.h"

#include <cmath>

namespace sht::criteria {

AchievementReport::AchievementReport(QList<Target> national, QList<Target> local, bool difficultArea)
    : m_national(std::move(national))
    , m_local(std::move(local))
    , m_difficultArea(difficultArea)
{}

std::optional<Target> AchievementReport::applicable(const QList<Target> &targets, TargetIndicator indicator,
                                                    int year, bool difficultArea)
{
    // The nearest target year at or after `year` that has a figure for this commune's area.
    const auto fits = [&](const Target &t) {
        return t.indicator == indicator && t.year >= year && (t.area == TargetArea::General || difficultArea);
    };
    std::optional<Target> best;
    const auto better = [&](const Target &a, const Target &b) {
        if (a.year != b.year)
            return a.year < b.year;
        if (a.area != b.area)
            return a.area == TargetArea::Difficult; // only offered to difficult areas
        if (a.confidence != b.confidence)
            return a.confidence == TargetConfidence::Verified;
        if (a.sourceDate != b.sourceDate)
            return a.sourceDate > b.sourceDate;
        return a.share > b.share;
    };
    for (const Target &t : targets)
        if (fits(t) && (!best || better(t, *best)))
            best = t;
    return best;
}

std::optional<double> AchievementReport::shareOf(const AchievementCounts &counts)
{
    if (counts.inScope <= 0)
        return std::nullopt;
    return double(counts.recognised) / double(counts.inScope);
}

std::optional<Target> AchievementReport::nationalTarget(TargetIndicator indicator, int year) const
{
    return applicable(m_national, indicator, year, m_difficultArea);
}

std::optional<Target> AchievementReport::localTarget(TargetIndicator indicator, int year) const
{
    // The commune's own target speaks for the commune; the province's applies when the commune set none.
    QList<Target> commune;
    QList<Target> province;
    for (const Target &t : m_local)
        (t.scope == TargetScope::Commune ? commune : province) << t;
    if (auto own = applicable(commune, indicator, year, m_difficultArea))
        return own;
    return applicable(province, indicator, year, m_difficultArea);
}

AchievementRow AchievementReport::row(const YearAchievements &achievements, TargetIndicator indicator,
                                      std::optional<qint64> village) const
{
    AchievementRow row;
    row.indicator = indicator;
    row.counts = village ? achievements.village(indicator, *village) : achievements.commune(indicator);
    row.share = shareOf(row.counts);
    row.national = nationalTarget(indicator, achievements.year);
    row.local = localTarget(indicator, achievements.year);
    for (const auto &target : {row.national, row.local})
        if (target && (!row.goal || target->share > *row.goal))
            row.goal = target->share;
    if (row.share && row.goal)
        row.gap = *row.share - *row.goal;
    return row;
}

QList<AchievementRow> AchievementReport::rows(const YearAchievements &achievements,
                                              std::optional<qint64> village) const
{
    QList<AchievementRow> list;
    for (TargetIndicator indicator : measuredTargetIndicators())
        list << row(achievements, indicator, village);
    return list;
}

QString AchievementReport::percentText(std::optional<double> share)
{
    if (!share)
        return QStringLiteral("–");
    return tr("%1%").arg(QString::number(*share * 100, 'f', 1));
}

QString AchievementReport::gapText(const AchievementRow &row)
{
    if (!row.goal)
        return tr("no target");
    if (!row.share)
        return tr("nothing to count");
    const double points = *row.gap * 100;
    const QString amount = QString::number(std::abs(points), 'f', 1);
    if (row.reached())
        return tr("+%1 points: reached").arg(amount);
    return tr("−%1 points: not reached").arg(amount);
}

} // namespace sht::criteria
