#pragma once

#include "ReadLimits.h"
#include "SheetGrid.h"
#include "Status.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

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
    // The same in this process (fuzzing under sanitizers; platforms without fork()).
    static Workbook readInProcess(const QString &path, const ReadLimits &limits, Status *status);

private:
    // XlsExtract's records into a Workbook, with the limits' checks and the messages. *wellFormed is false
    // when the records stop short or make no sense (the child died half-way).
    static Workbook decode(const char *bytes, std::size_t size, const QString &path, const ReadLimits &limits,
                           Status *status, bool *wellFormed);
};

} // namespace sht::importing
