#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sht::importing {

// What a file holds, judged by its first bytes and never by its name: clerks receive ".xls" files that are
// web pages, ".xlsx" files that are CSV text, and password-protected workbooks that are not zip archives at
// all. The reader picks its parser from this, and refuses the rest with a message that says what the file is.
class FileSniffer
{
public:
    enum class Kind {
        Missing,        // no such file, or not a regular file
        Unreadable,     // exists but cannot be opened (permissions, locked)
        Empty,          // 0 bytes
        Zip,            // a zip archive: .xlsx when it holds a workbook part (XlsxPackage tells)
        Xls,            // an OLE2 compound file with a BIFF "Workbook"/"Book" stream
        EncryptedOoxml, // an OLE2 file with "EncryptionInfo"/"EncryptedPackage": a password-protected .xlsx
        OtherOle,       // an OLE2 file of another program (Word .doc, …)
        Html,           // a web page or a single-file web archive (.mht), often saved as ".xls"
        SpreadsheetXml, // Excel 2003 "XML Spreadsheet"
        Pdf,
        Text,   // no NUL byte in the sample: CSV or other text
        Binary, // anything else
    };

    // Reads at most the first 64 KiB (and, for OLE2 files, the directory sectors).
    static Kind sniffFile(const QString &path);
    // The same judgement over bytes in memory (the fuzzer, tests).
    static Kind sniffBytes(const QByteArray &head);
    // The names of the streams in an OLE2 compound file's directory; empty when it is not one or is broken.
    static QStringList oleStreamNames(const QString &path);
};

} // namespace sht::importing
