#include "WorkbookReader.h"

#include "CsvReader.h"
#include "FileSniffer.h"
#include "TextCleaner.h"
#include "XlsReader.h"
#include "XlsxReader.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace sht::importing {

namespace {

bool isAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Enough distinct non-ASCII texts for the detector to be sure, without scoring a 100,000-row sheet.
constexpr int maxSamples = 4000;

} // namespace

void WorkbookReader::decodeAndClean(Workbook *workbook, std::optional<TextEncoding> forced)
{
    const bool fontText = workbook->format != QLatin1String("csv");
    TextEncoding encoding = TextEncoding::Unicode;
    if (fontText) {
        EncodingGuess guess;
        if (forced) {
            guess.encoding = *forced;
            guess.confidence = 1.0;
        } else {
            QSet<QString> seen;
            QStringList samples;
            for (const SheetGrid &sheet : qAsConst(workbook->sheets)) {
                if (!isAscii(sheet.name) && !seen.contains(sheet.name)) {
                    seen.insert(sheet.name);
                    samples << sheet.name;
                }
                for (const auto &row : sheet.rows) {
                    for (const Cell &cell : row) {
                        if (cell.type != Cell::Type::Text || isAscii(cell.text) || seen.contains(cell.text))
                            continue;
                        seen.insert(cell.text);
                        samples << cell.text;
                        if (samples.size() >= maxSamples)
                            break;
                    }
                    if (samples.size() >= maxSamples)
                        break;
                }
            }
            guess = detectFontTextEncoding(samples);
        }
        encoding = guess.encoding;
        workbook->encoding = textEncodingKey(guess.encoding);
        workbook->encodingConfidence = guess.confidence;
    }
    const bool decode = fontText && encoding != TextEncoding::Unicode && encoding != TextEncoding::Cp1252;

    // Most cells repeat (shared strings, relations, villages): each distinct text is decoded and cleaned
    // once.
    QHash<QString, QString> done;
    auto process = [&](const QString &raw) {
        const auto it = done.constFind(raw);
        if (it != done.cend())
            return *it;
        const QString clean = cleanCellText(decode && !isAscii(raw) ? decodeFontText(raw, encoding) : raw);
        done.insert(raw, clean);
        return clean;
    };
    for (SheetGrid &sheet : workbook->sheets) {
        sheet.name = process(sheet.name);
        for (auto &row : sheet.rows) {
            for (Cell &cell : row) {
                if (cell.type != Cell::Type::Text)
                    continue;
                cell.text = process(cell.text);
                if (cell.text.isEmpty())
                    cell.type = Cell::Type::Empty;
            }
        }
    }
}

Workbook WorkbookReader::read(const QString &path, std::optional<TextEncoding> forced,
                              const ReadLimits &limits, Status *status)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString suffix = info.suffix().toLower();
    const bool excelName = suffix.startsWith(QLatin1String("xls")) || suffix == QLatin1String("xlt") ||
                           suffix == QLatin1String("xltx") || suffix == QLatin1String("xlsm");
    const QString password =
        tr("“%1” is protected by a password: open it in Excel, remove the password (File > Info > Protect "
           "workbook), save, and import again.")
            .arg(name);

    Workbook workbook;
    switch (FileSniffer::sniffFile(path)) {
    case FileSniffer::Kind::Missing:
        *status =
            Status::failure(tr("“%1” cannot be found. Check that the file is still there (a USB stick may "
                               "have been removed) and choose it again.")
                                .arg(name));
        return {};
    case FileSniffer::Kind::Unreadable:
        *status =
            Status::failure(tr("“%1” cannot be opened: you may not have permission to read it, or another "
                               "program holds it. Close it there and try again.")
                                .arg(name));
        return {};
    case FileSniffer::Kind::Empty:
        *status = Status::failure(
            tr("“%1” is empty (0 bytes): there is nothing to import. The copy may have failed: copy the file "
               "again.")
                .arg(name));
        return {};
    case FileSniffer::Kind::Zip:
        workbook = XlsxReader::readFile(path, limits, status);
        break;
    case FileSniffer::Kind::Xls:
        workbook = XlsReader::readFile(path, limits, status);
        break;
    case FileSniffer::Kind::EncryptedOoxml:
        *status = Status::failure(password);
        return {};
    case FileSniffer::Kind::OtherOle:
        *status =
            Status::failure(tr("“%1” is not a spreadsheet: it is a document of another program (such as "
                               "Word). Save the register from Excel as an Excel workbook (.xlsx) and "
                               "import that file.")
                                .arg(name));
        return {};
    case FileSniffer::Kind::Html:
        *status = Status::failure(
            tr("“%1” is a web page (an HTML table), not a real Excel file, although its name says so: many "
               "programs export “Excel” files this way. Open it in Excel, choose File > Save As > Excel "
               "Workbook (.xlsx), and import that file.")
                .arg(name));
        return {};
    case FileSniffer::Kind::SpreadsheetXml:
        *status = Status::failure(tr("“%1” is an Excel 2003 XML spreadsheet, which the import does not read. "
                                     "Open it in Excel, save it as an Excel workbook (.xlsx), and import "
                                     "that file.")
                                      .arg(name));
        return {};
    case FileSniffer::Kind::Pdf:
        *status =
            Status::failure(tr("“%1” is a PDF document, not a spreadsheet: its table cannot be imported. "
                               "Import the Excel workbook or CSV file the register was printed from.")
                                .arg(name));
        return {};
    case FileSniffer::Kind::Text:
        if (excelName) {
            *status = Status::failure(tr("“%1” is named as an Excel workbook but holds plain text (probably "
                                         "CSV). Rename it to end in .csv and import it again.")
                                          .arg(name));
            return {};
        }
        workbook = readCsv(path, forced, status);
        break;
    case FileSniffer::Kind::Binary:
        *status =
            Status::failure(tr("“%1” is not in a format the import reads. Import Excel workbooks (.xlsx, "
                               ".xls) or CSV files.")
                                .arg(name));
        return {};
    }
    if (!status->ok())
        return {};
    workbook.path = path;
    decodeAndClean(&workbook, forced);
    *status = Status::success();
    return workbook;
}

} // namespace sht::importing
