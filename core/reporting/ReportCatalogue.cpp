#include "ReportCatalogue.h"

namespace sht::reporting {

namespace {

void append(ReportSources &into, ReportSources more)
{
    for (auto &source : more)
        into.push_back(std::move(source));
}

} // namespace

// Statistics first (what the province asks for), then lists, then documents: the order of the chooser.
ReportCatalogue::ReportCatalogue()
{
    append(m_sources, makeStatisticsSources());
    append(m_sources, makeListSources());
    append(m_sources, makeDocumentSources());
}

QList<ReportInfo> ReportCatalogue::reports() const
{
    QList<ReportInfo> infos;
    infos.reserve(int(m_sources.size()));
    for (const auto &source : m_sources)
        infos << source->info();
    return infos;
}

const ReportSource *ReportCatalogue::find(const QString &name) const
{
    for (const auto &source : m_sources)
        if (source->info().name == name)
            return source.get();
    return nullptr;
}

} // namespace sht::reporting
