#pragma once

#include "ReportSource.h"

#include <QCoreApplication>

namespace sht::reporting {

// "tt24-summary": the same for one local unit (Đơn vị học tập, TT 24/2023), chosen in
// ReportParameters::subjectUuid.
class Tt24SummarySource : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(Tt24SummarySource)

public:
    ReportInfo info() const override;
    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override;
};

} // namespace sht::reporting
