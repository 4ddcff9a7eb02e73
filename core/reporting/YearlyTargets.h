#pragma once

#include "AchievementReport.h"
#include "ReportDocument.h"

namespace sht::reporting {

// The targets of a year as the yearly report prints them beside each share: "70%" (national, QĐ 387/677),
// "70%; địa phương 80%" when the province or the commune set its own, "–" when none applies that year.
class YearlyTargets
{
public:
    YearlyTargets(const criteria::AchievementReport &report, const YearAchievements &achievements);

    QString text(criteria::TargetIndicator indicator) const;
    // Replaces "{target:<indicator key>}" in the table's column targets.
    void fill(ReportTable &table) const;

private:
    const criteria::AchievementReport &m_report;
    const YearAchievements &m_achievements;
};

} // namespace sht::reporting
