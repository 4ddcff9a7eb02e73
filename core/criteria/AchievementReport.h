#pragma once

#include "AchievementRepository.h"
#include "Target.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sht::criteria {

// One line of the dashboard: how far an indicator got, against the targets that apply that year.
struct AchievementRow
{
    TargetIndicator indicator = TargetIndicator::FamilyHouseholds;
    AchievementCounts counts;
    std::optional<double> share;    // recognised / in scope; none when nothing is in scope
    std::optional<Target> national; // the national target that applies, if any
    std::optional<Target> local;    // the commune's own target, else the province's, if any
    std::optional<double> goal;     // the highest of the targets that apply
    std::optional<double> gap;      // share − goal (0.05 = five points above)

    bool reached() const { return share && goal && *share + 1e-9 >= *goal; }
};

// Combines the achievements of a year with the targets that apply to it: national defaults (data), and the
// province's and the commune's own (the `target` table). The target that applies to a year is the one set
// for that year, else for the next target year (2023 is measured against 2025's targets); after the last
// target year there is none. Among national targets for the same year, the commune's area column (QĐ 281's
// mountainous, remote and difficult areas) wins, then a verified figure over an inferred one, then the newer
// instrument.
class AchievementReport
{
    Q_DECLARE_TR_FUNCTIONS(AchievementReport)

public:
    AchievementReport(QList<Target> national, QList<Target> local, bool difficultArea);

    static std::optional<Target> applicable(const QList<Target> &targets, TargetIndicator indicator, int year,
                                            bool difficultArea);
    static std::optional<double> shareOf(const AchievementCounts &counts);

    std::optional<Target> nationalTarget(TargetIndicator indicator, int year) const;
    std::optional<Target> localTarget(TargetIndicator indicator, int year) const;

    // The measured indicators, for the commune (village empty) or one village.
    QList<AchievementRow> rows(const YearAchievements &achievements,
                               std::optional<qint64> village = {}) const;
    AchievementRow row(const YearAchievements &achievements, TargetIndicator indicator,
                       std::optional<qint64> village = {}) const;

    // "+5.0 points: reached", "−12.3 points: not reached", "no target": words, not only a colour.
    static QString gapText(const AchievementRow &row);
    // "70.0%" or "–".
    static QString percentText(std::optional<double> share);

private:
    QList<Target> m_national;
    QList<Target> m_local;
    bool m_difficultArea = false;
};

} // namespace sht::criteria
