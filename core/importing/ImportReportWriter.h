#pragma once

#include "ImportPlan.h"
#include "Status.h"

#include <QCoreApplication>
#include <QString>

namespace sht::importing {

// The dry run as a workbook the clerk can keep, print or send: a summary sheet (per village: households and
// people to add, to update, unchanged), the problems (file, sheet, row, column, problem, what the import
// does), the possible duplicates with both places, and the updates field by field. Written row by row
// (libxlsxwriter constant-memory mode), so a 100,000-person plan takes little memory.
class ImportReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportWriter)

public:
    static Status write(const ImportPlan &plan, const QString &path);
};

} // namespace sht::importing
