#pragma once

#include "ReadLimits.h"
#include "SheetGrid.h"
#include "Status.h"

#include <QCoreApplication>
#include <QString>

namespace sht::importing {

// An old Excel 97–2003 workbook (.xls, BIFF5/BIFF8) into a Workbook, through FreeXL. FreeXL gives every
// sheet's cells with their type (numbers, text already UTF-8, dates by their number format in the 1900 or
// 1904 system); it does not give hidden sheets, hidden rows and columns, merged ranges or formula text, so
// those stay empty for .xls (docs/IMPORT_READERS.md). Text comes back as the file holds it: legacy font
// decoding and cleaning are WorkbookReader's.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    // Reads in a child process (FreeXL's own bugs cannot take the caller down: see XlsReader.cpp).
    static Workbook readFile(const QString &path, const ReadLimits &limits, Status *status);
    // The same in this process (what the child runs).
    static Workbook readInProcess(const QString &path, const ReadLimits &limits, Status *status);
};

} // namespace sht::importing
