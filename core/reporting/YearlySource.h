#pragma once

#include "ReportSource.h"

#include <QCoreApplication>

namespace sht::reporting {

// "yearly": the yearly statistics of the learning titles the province asks for
// (resources/reports/yearly.json, docs/REPORTS.md): per village and for the commune, households, clans,
// villages and units in scope, registered and recognised with the share beside its target; Công dân học tập
// in learning families, clans and communities, in units and among all adults, and by age group and sex; the
// learning centre's courses. Every figure is counted as the targets dashboard counts it
// (AchievementRepository), as it stood on 31/12.
class YearlySource : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(YearlySource)

public:
    ReportInfo info() const override;
    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override;
};

} // namespace sht::reporting
