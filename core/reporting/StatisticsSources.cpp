#include "ReportSource.h"
#include "Tt24SummarySource.h"
#include "Tt25DossierSource.h"
#include "YearlySource.h"

namespace sht::reporting {

// The statistics reports, in the order the Reports page lists them.
ReportSources makeStatisticsSources()
{
    ReportSources sources;
    sources.push_back(std::make_unique<YearlySource>());
    sources.push_back(std::make_unique<Tt25DossierSource>());
    sources.push_back(std::make_unique<Tt24SummarySource>());
    return sources;
}

} // namespace sht::reporting
