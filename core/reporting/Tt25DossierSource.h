#pragma once

#include "ReportSource.h"

#include <QCoreApplication>

namespace sht::reporting {

// "tt25-dossier": the commune's TT 25/2023 self-assessment: the summary table of criteria and indicators and
// a report draft, from the stored evaluation of Cộng đồng học tập cấp xã for the year (docs/REPORTS.md).
class Tt25DossierSource : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(Tt25DossierSource)

public:
    ReportInfo info() const override;
    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override;
};

} // namespace sht::reporting
