#include "CsvReader.h"

#include "TextCleaner.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <array>

namespace sht::importing {

namespace {

// "A", "B", … "Z", "AA": the column as Excel names it, for messages.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

qint64 utf8Size(QStringView text)
{
    qint64 size = 0;
    for (const QChar c : text)
        size += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : 3;
    return size;
}

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

QChar CsvReader::sniffSeparator(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    constexpr int kLines = 50;
    // Separator counts per line, outside quotes (a quote toggles; a doubled quote toggles twice).
    QList<std::array<int, 3>> counts;
    std::array<int, 3> line = {0, 0, 0};
    bool inQuotes = false, lineHasText = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < kLines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
            lineHasText = true;
        } else if (!inQuotes && isLineEnd(c)) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (lineHasText)
                counts.append(line);
            line = {0, 0, 0};
            lineHasText = false;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                line[k] += c == candidates[k] ? 1 : 0;
            lineHasText = lineHasText || !c.isSpace();
        }
    }
    if (lineHasText && counts.size() < kLines)
        counts.append(line);

    // For each candidate: the most frequent non-zero count and how many lines have it. Excel pads every row
    // of a sheet to the same number of separators, so the true one repeats its count on most lines; a comma
    // inside a title line or a decimal comma does not.
    int best = 0, bestLines = 0, bestCount = 0;
    for (int k = 0; k < 3; ++k) {
        QHash<int, int> frequency;
        for (const auto &l : counts) {
            if (l[k] > 0)
                ++frequency[l[k]];
        }
        int modeCount = 0, modeLines = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > modeLines || (it.value() == modeLines && it.key() > modeCount)) {
                modeCount = it.key();
                modeLines = it.value();
            }
        }
        if (modeLines > bestLines || (modeLines == bestLines && modeCount > bestCount)) {
            best = k;
            bestLines = modeLines;
            bestCount = modeCount;
        }
    }
    return QChar(candidates[best]);
}

bool CsvReader::parse(QStringView text, QChar separator, const QString &fileName, const CsvLimits &limits,
                      SheetGrid *grid, QString *error)
{
    grid->rows.clear();
    QVector<Cell> row;
    QString quoted;
    const qsizetype n = text.size();
    qsizetype i = 0;
    // A field ends at a separator, a line end or the end; a line end also ends the row.
    auto addField = [&](QStringView raw) -> bool {
        if (raw.size() > limits.maxCellBytes / 3 && utf8Size(raw) > limits.maxCellBytes) {
            *error = tr("Row %1, column %2 of “%3” holds more than %4 MB of text in one cell; a register "
                        "cell is never that long. Check that the file is a register saved as CSV.")
                         .arg(grid->rows.size() + 1)
                         .arg(columnName(row.size()), fileName, megabytes(limits.maxCellBytes));
            return false;
        }
        Cell cell;
        const QString clean = cleanCellText(raw.toString());
        if (!clean.isEmpty()) {
            cell.type = Cell::Type::Text;
            cell.text = clean;
        }
        row.append(cell);
        return true;
    };
    auto endRow = [&]() -> bool {
        while (!row.isEmpty() && row.constLast().type == Cell::Type::Empty)
            row.removeLast();
        if (grid->rows.size() >= limits.maxRows) {
            *error = tr("“%1” has more than %2 rows, the most one sheet can hold. Split the file and import "
                        "the parts.")
                         .arg(fileName, QLocale().toString(limits.maxRows));
            return false;
        }
        const qsizetype width = row.size();
        grid->rows.append(std::move(row));
        row = QVector<Cell>();
        row.reserve(width); // rows of a register have the same width: one allocation per row
        return true;
    };

    bool rowOpen = false; // something (even an empty field) was read on the current line
    while (i < n) {
        QStringView raw;
        rowOpen = true;
        if (text.at(i) == u'"') {
            // Quoted: up to the closing quote; "" is a quote; line ends are part of the field.
            quoted.clear();
            ++i;
            while (i < n) {
                const qsizetype close = text.indexOf(u'"', i);
                if (close < 0) {
                    quoted += text.mid(i); // unterminated: the rest of the file (the cell limit applies)
                    i = n;
                    break;
                }
                quoted += text.mid(i, close - i);
                i = close + 1;
                if (i < n && text.at(i) == u'"') {
                    quoted += u'"';
                    ++i;
                    continue;
                }
                break;
            }
            // Anything between the closing quote and the separator is kept, as Excel does.
            const qsizetype start = i;
            while (i < n && text.at(i) != separator && !isLineEnd(text.at(i)))
                ++i;
            quoted += text.mid(start, i - start);
            raw = quoted;
        } else {
            const qsizetype start = i;
            while (i < n && text.at(i) != separator && !isLineEnd(text.at(i)))
                ++i;
            raw = text.mid(start, i - start);
        }
        if (!addField(raw))
            return false;
        if (i >= n)
            break;
        if (text.at(i) == separator) {
            ++i;
            if (i == n && !addField({})) // "a,b," ends with an empty field
                return false;
            continue;
        }
        // A line end: CRLF, LF or CR.
        if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        ++i;
        if (!endRow())
            return false;
        rowOpen = false;
        // Empty lines are empty rows.
        while (i < n && isLineEnd(text.at(i))) {
            if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++i;
            if (!endRow())
                return false;
        }
    }
    if (rowOpen && !endRow())
        return false;
    // Empty rows at the end are not stored.
    while (!grid->rows.isEmpty() && grid->rows.constLast().isEmpty())
        grid->rows.removeLast();
    return true;
}

Workbook CsvReader::readBytes(const QByteArray &bytes, const QString &fileName,
                              std::optional<TextEncoding> forced, Status *status, const CsvLimits &limits)
{
    auto fail = [&](const QString &message) {
        if (status)
            *status = Status::failure(message);
        return Workbook{};
    };
    if (bytes.isEmpty())
        return fail(tr("“%1” is empty: there is nothing to import.").arg(fileName));
    if (bytes.size() > limits.maxFileBytes)
        return fail(tr("“%1” is %2 MB; a CSV file above %3 MB cannot be imported. Split it and import the "
                       "parts.")
                        .arg(fileName, megabytes(bytes.size()), megabytes(limits.maxFileBytes)));
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && bytes.contains('\0'))
        return fail(
            tr("“%1” is not a text (CSV) file: it holds binary data. Open it in the program that made "
               "it and save it as CSV or as an Excel workbook.")
                .arg(fileName));

    Workbook wb;
    wb.format = QStringLiteral("csv");
    TextEncoding encoding = TextEncoding::Unicode;
    if (forced) {
        encoding = *forced;
        wb.encodingConfidence = 1.0;
    } else {
        const EncodingGuess guess = detectBytesEncoding(bytes);
        encoding = guess.encoding;
        wb.encodingConfidence = guess.confidence;
        if (guess.confidence < kTrustedEncodingConfidence) {
            return fail(
                tr("Could not tell how the text of “%1” is encoded (best guess: %2, %3% sure). Choose "
                   "the encoding in the import preview (or --encoding on the command line) and import "
                   "it again.")
                    .arg(fileName, textEncodingLabel(guess.encoding))
                    .arg(qRound(guess.confidence * 100)));
        }
    }
    wb.encoding = textEncodingKey(encoding);

    QString text = decodeBytes(bytes, encoding);
    // Excel's "sep=;" first line names the separator; Excel does not show it as a row, neither do we.
    QChar separator;
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() >= 5 &&
        (text.size() == 5 || isLineEnd(text.at(5)))) {
        separator = text.at(4);
        qsizetype skip = 5;
        if (skip < text.size() && text.at(skip) == u'\r')
            ++skip;
        if (skip < text.size() && text.at(skip) == u'\n')
            ++skip;
        text.remove(0, skip);
    } else {
        separator = sniffSeparator(text);
    }
    SheetGrid grid;
    grid.name = QFileInfo(fileName).completeBaseName();
    QString error;
    if (!parse(text, separator, fileName, limits, &grid, &error))
        return fail(error);
    wb.sheets.append(grid);
    if (status)
        *status = Status::success();
    return wb;
}

Workbook CsvReader::read(const QString &path, std::optional<TextEncoding> forced, Status *status,
                         const CsvLimits &limits)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (status)
            *status =
                Status::failure(tr("Could not read “%1”: %2. Check that the file exists and that you may "
                                   "read it.")
                                    .arg(fileName, file.errorString()));
        return {};
    }
    if (file.size() > limits.maxFileBytes) {
        if (status)
            *status =
                Status::failure(tr("“%1” is %2 MB; a CSV file above %3 MB cannot be imported. Split it and "
                                   "import the parts.")
                                    .arg(fileName, megabytes(file.size()), megabytes(limits.maxFileBytes)));
        return {};
    }
    Workbook wb = readBytes(file.readAll(), fileName, forced, status, limits);
    if (status && !status->ok())
        return {};
    wb.path = path;
    return wb;
}

} // namespace sht::importing
