#pragma once

#include "ReadLimits.h"
#include "SheetGrid.h"
#include "Status.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sht::importing {

// The one door to read an import file. It judges the file by its content, not its name (FileSniffer):
// .xlsx (XlsxReader), .xls (XlsReader), CSV/text (readCsv); and refuses, naming the file and saying what it
// is and what to do, a damaged zip, a web page or PDF named ".xls", plain text named ".xlsx", a
// password-protected workbook, a "zip bomb", a cell above the limit, an unknown format.
//
// Then every text cell goes through the same two steps: legacy font decoding for .xlsx/.xls (text typed in
// a .VnTime or VNI-Times font is stored as the legacy bytes shown as cp1252 characters), detected over the
// whole workbook by detectFontTextEncoding unless `forced`; and cleanCellText. Workbook::encoding and
// encodingConfidence say what was used, so the preview can show it and let the user change it.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)

public:
    static Workbook read(const QString &path, std::optional<TextEncoding> forced, const ReadLimits &limits,
                         Status *status);
    // The decoding and cleaning step alone (for a Workbook read from memory, e.g. by the fuzzer).
    static void decodeAndClean(Workbook *workbook, std::optional<TextEncoding> forced);
};

inline Workbook readWorkbook(const QString &path, std::optional<TextEncoding> forced,
                             const ReadLimits &limits, Status *status)
{
    return WorkbookReader::read(path, forced, limits, status);
}

} // namespace sht::importing
