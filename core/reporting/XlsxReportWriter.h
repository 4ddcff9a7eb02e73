#pragma once

#include "ReportDocument.h"
#include "ReportSource.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht::reporting {

// Writes a ReportDocument as .xlsx with libxlsxwriter: the heading block, merged title cells, two-row
// headers, the column-number row, number formats, totals as =SUM formulas and percentages as formulas with
// cached values, A4 (landscape when asked), repeated header rows, fit to width, frozen panes. Long lists
// (> 5,000 rows) use constant-memory mode. Writes to a temporary file and renames it, so a failed or
// cancelled export never leaves half a workbook at path.
class XlsxReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReportWriter)

public:
    Status write(const ReportDocument &document, const QString &path,
                 const ReportProgress &progress = {}) const;
};

} // namespace sht::reporting
