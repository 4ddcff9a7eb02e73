#pragma once

#include "SheetGrid.h"
#include "Status.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace sht::importing {

// What a CSV may hold before it is refused (the readers engineer's ReadLimits map onto these).
struct CsvLimits
{
    qint64 maxFileBytes = 512LL * 1024 * 1024; // a 100,000-person register is ~15 MB
    qint64 maxCellBytes = 1024 * 1024;         // UTF-8 bytes of one field
    int maxRows = 1'048'576;                   // what one Excel sheet holds
};

// Reads a CSV (or tab-separated text) file as saved by Excel, LibreOffice or a village head's old program:
// - the encoding is detected (detectBytesEncoding) unless forced; below kTrustedEncodingConfidence the file
//   is refused with a message naming it, so the user can choose;
// - the separator (',', ';' or tab) is sniffed from the first lines, counting outside quotes;
// - quoted fields with doubled quotes and line breaks inside; CRLF, LF and CR line ends; a byte order mark;
// - title lines before the header are rows like any other (layout detection finds the header); an empty line
//   is an empty row; empty rows at the end are not stored; trailing empty fields of a row are dropped;
// - every field is a Text cell passed through cleanCellText (or Empty); the file's row number is the index
//   + 1, as Excel shows it.
// The one sheet is named after the file's base name.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Workbook read(const QString &path, std::optional<TextEncoding> forced, Status *status,
                         const CsvLimits &limits = {});

    // The same for bytes already in memory (the fuzzer's entry point); fileName names the file in messages.
    static Workbook readBytes(const QByteArray &bytes, const QString &fileName,
                              std::optional<TextEncoding> forced, Status *status,
                              const CsvLimits &limits = {});

    // The separator the first lines use most consistently: ',', ';' or '\t' (',' when none appears).
    static QChar sniffSeparator(QStringView text);

    // Parses decoded text into grid->rows. False with *error set when a limit is passed.
    static bool parse(QStringView text, QChar separator, const QString &fileName, const CsvLimits &limits,
                      SheetGrid *grid, QString *error);
};

inline Workbook readCsv(const QString &path, std::optional<TextEncoding> forced, Status *status,
                        const CsvLimits &limits = {})
{
    return CsvReader::read(path, forced, status, limits);
}

} // namespace sht::importing
