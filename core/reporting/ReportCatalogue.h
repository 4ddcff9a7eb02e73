#pragma once

#include "ReportSource.h"

namespace sht::reporting {

// Every report the app can make, by name: what the Reports page lists and `sohoctap-cli report list` prints.
class ReportCatalogue
{
public:
    ReportCatalogue();
    QList<ReportInfo> reports() const;
    const ReportSource *find(const QString &name) const; // nullptr when unknown

private:
    ReportSources m_sources;
};

} // namespace sht::reporting
