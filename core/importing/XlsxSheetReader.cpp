#include "XlsxSheetReader.h"

#include "ExcelDate.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "XlsxXmlScanner.h"

#include <charconv>

namespace sht::importing {

namespace {

constexpr int maxColumns = 16384; // XFD, Excel's last column

bool isTrue(QByteArrayView value)
{
    return value == "1" || value == "true";
}

bool toDouble(QByteArrayView text, double *value)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    while (begin < end && (*begin == ' ' || *begin == '\n' || *begin == '\r' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t'))
        --end;
    if (begin < end && *begin == '+')
        ++begin;
    const auto result = std::from_chars(begin, end, *value);
    return result.ec == std::errc() && result.ptr == end && begin < end;
}

} // namespace

XlsxSheetReader::XlsxSheetReader(const XlsxSharedStrings &strings, const XlsxStyles &styles, bool date1904,
                                 const ReadLimits &limits)
    : m_strings(strings)
    , m_styles(styles)
    , m_date1904(date1904)
    , m_limits(limits)
{}

bool XlsxSheetReader::parseReference(QStringView reference, int *row, int *column)
{
    int i = 0;
    int col = 0;
    if (i < reference.size() && reference[i] == QLatin1Char('$'))
        ++i;
    const int lettersStart = i;
    while (i < reference.size() && i - lettersStart < 3) {
        const char16_t c = reference[i].unicode();
        if (c >= 'A' && c <= 'Z')
            col = col * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            col = col * 26 + (c - 'a' + 1);
        else
            break;
        ++i;
    }
    if (col == 0)
        return false;
    if (i < reference.size() && reference[i] == QLatin1Char('$'))
        ++i;
    qint64 r = 0;
    const int digitsStart = i;
    while (i < reference.size() && reference[i].isDigit() && i - digitsStart < 9) {
        r = r * 10 + (reference[i].unicode() - '0');
        ++i;
    }
    if (i != reference.size())
        return false;
    *column = col - 1;
    *row = digitsStart == i ? -1 : int(r) - 1;
    return true;
}

QString XlsxSheetReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t('A' + (c - 1) % 26)));
    return name;
}

QString XlsxSheetReader::tooLarge(const QString &fileName, const QString &sheet, int column) const
{
    return tr("“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters of text, far more "
              "than a register's cell, so the file is refused. Shorten or clear that cell in Excel and "
              "import "
              "again.")
        .arg(fileName, sheet)
        .arg(m_rowIndex + 1)
        .arg(columnName(column))
        .arg(m_limits.maxCellBytes);
}

QString XlsxSheetReader::readCell(XlsxXmlScanner &xml, bool empty, const QString &fileName,
                                  const QString &sheet)
{
    int column = m_column + 1;
    QByteArrayView attribute;
    if (xml.attribute("r", &attribute)) {
        // Only the column letters matter: the row is the enclosing <row>'s.
        int col = 0;
        qsizetype i = 0;
        while (i < attribute.size() && i < 3 && attribute[i] >= 'A' && attribute[i] <= 'Z')
            col = col * 26 + (attribute[i++] - 'A' + 1);
        if (col > 0)
            column = col - 1;
    }
    m_column = column;
    if (empty)
        return {}; // <c r="B2" s="3"/>: formatted, no value
    bool ok = false;
    const int style = xml.attribute("s", &attribute) ? XlsxXmlScanner::toInt(attribute, &ok) : 0;
    char type = 'n';
    if (xml.attribute("t", &attribute) && !attribute.isEmpty()) {
        type = attribute[0];
        if (attribute == "str")
            type = 'S';
        else if (attribute == "inlineStr")
            type = 'i';
    }

    // Buffers kept from cell to cell (resize(0) keeps their capacity): no allocation per cell.
    QByteArray &value = m_value, &formula = m_formula, &inlineText = m_inlineText;
    value.resize(0);
    formula.resize(0);
    inlineText.resize(0);
    bool hasValue = false, hasFormula = false, hasInline = false;
    for (;;) {
        const auto token = xml.next();
        if (token == XlsxXmlScanner::Token::EndTag && xml.name() == "c")
            break;
        if (token == XlsxXmlScanner::Token::End || token == XlsxXmlScanner::Token::Error) {
            m_scanFailed = true;
            return {};
        }
        if (token == XlsxXmlScanner::Token::EmptyTag) {
            hasFormula =
                hasFormula || xml.name() == "f"; // a shared formula's follower: <f t="shared" si="0"/>
            continue;
        }
        if (token != XlsxXmlScanner::Token::StartTag)
            continue;
        bool read = true;
        if (xml.name() == "v") {
            read = xml.readElementText("v", &value);
            hasValue = true;
        } else if (xml.name() == "f") {
            read = xml.readElementText("f", &formula);
            hasFormula = true;
        } else if (xml.name() == "is") {
            read = xml.readRichText("is", &inlineText);
            hasInline = true;
        }
        if (!read) {
            m_scanFailed = true;
            return {};
        }
    }
    if (column < 0 || column >= maxColumns)
        return {}; // a damaged reference beyond XFD: Excel drops it too

    Cell cell;
    switch (type) {
    case 's': {
        if (!hasValue)
            return {};
        const int index = XlsxXmlScanner::toInt(value, &ok);
        if (!ok)
            return {};
        if (m_strings.isOversized(index))
            return tooLarge(fileName, sheet, column);
        cell.text = m_strings.at(index);
        cell.type = Cell::Type::Text;
        break;
    }
    case 'i':
    case 'S':
        if (!hasInline && !hasValue)
            return {};
        if ((hasInline ? inlineText.size() : value.size()) > m_limits.maxCellBytes * 4)
            return tooLarge(fileName, sheet, column); // UTF-8: at most 4 bytes a character
        cell.text = XlsxSharedStrings::unescape(QString::fromUtf8(hasInline ? inlineText : value));
        cell.type = Cell::Type::Text;
        break;
    case 'b':
        if (!hasValue)
            return {};
        cell.type = Cell::Type::Boolean;
        cell.number = isTrue(value.trimmed()) ? 1 : 0;
        cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        break;
    case 'e':
        if (!hasValue)
            return {};
        cell.type = Cell::Type::Error;
        cell.text = QString::fromUtf8(value.trimmed());
        break;
    case 'd':
        // ISO 8601 (Strict OOXML and some generators): "1956-03-05" or "1956-03-05T00:00:00".
        cell.date = QDate::fromString(QString::fromLatin1(value.trimmed().left(10)), Qt::ISODate);
        if (!cell.date.isValid()) {
            if (value.trimmed().isEmpty())
                return {};
            cell.type = Cell::Type::Text;
            cell.text = QString::fromUtf8(value);
        } else {
            cell.type = Cell::Type::Date;
            cell.number = ExcelDate::toSerial(cell.date, m_date1904);
            cell.text = ExcelDate::formatDate(cell.date);
        }
        break;
    default: {
        if (!hasValue || value.trimmed().isEmpty())
            return {};
        double number = 0;
        if (!toDouble(value, &number)) {
            // Not a number although the type says so: keep what the file holds rather than lose it.
            cell.type = Cell::Type::Text;
            cell.text = QString::fromUtf8(value);
        } else if (m_styles.isDateStyle(style)) {
            cell.type = Cell::Type::Date;
            cell.number = number;
            cell.date = ExcelDate::fromSerial(number, m_date1904);
            cell.text =
                cell.date.isValid() ? ExcelDate::formatDate(cell.date) : ExcelDate::formatNumber(number);
        } else {
            cell.type = Cell::Type::Number;
            cell.number = number;
            cell.text = ExcelDate::formatNumber(number);
        }
        break;
    }
    }
    if (cell.text.size() > m_limits.maxCellBytes)
        return tooLarge(fileName, sheet, column);
    if (hasFormula) {
        cell.fromFormula = true;
        if (!formula.isEmpty())
            cell.formula = QLatin1Char('=') + QString::fromUtf8(formula);
    }
    if (cell.type == Cell::Type::Text && cell.text.isEmpty())
        return {};
    if (column >= m_row.size())
        m_row.resize(column + 1);
    m_row[column] = std::move(cell);
    return {};
}

QString XlsxSheetReader::finishRow(const QString &fileName, const QString &sheet, SheetGrid *grid)
{
    if (m_row.isEmpty())
        return {};
    if (m_rowIndex >= m_limits.maxRows)
        return tr("“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import reads. Check the sheet "
                  "in Excel: delete what lies below the register and import again.")
            .arg(fileName, sheet)
            .arg(m_rowIndex + 1)
            .arg(m_limits.maxRows);
    if (m_row.capacity() > 2 * m_row.size())
        m_row.squeeze(); // narrower than the row above by far: not kept at that row's width
    if (m_rowIndex >= grid->rows.size()) {
        grid->rows.resize(m_rowIndex);
        grid->rows.append(std::move(m_row));
    } else {
        // The same row number twice (hand-made files): later cells fill in or replace earlier ones.
        QVector<Cell> &existing = grid->rows[m_rowIndex];
        if (existing.size() < m_row.size())
            existing.resize(m_row.size());
        for (int c = 0; c < m_row.size(); ++c)
            if (m_row[c].type != Cell::Type::Empty)
                existing[c] = std::move(m_row[c]);
    }
    // The next row is most likely as wide as this one: one allocation of the right size instead of a row
    // grown cell by cell, whose discarded smaller copies would be left as holes between the rows (100,000
    // rows of 13 cells: the parsed register then fills those holes and keeps the workbook's pages alive
    // after the workbook is gone).
    const qsizetype width = grid->rows.at(m_rowIndex).size();
    m_row = QVector<Cell>();
    m_row.reserve(width);
    return {};
}

QString XlsxSheetReader::read(XlsxXmlScanner &xml, const QString &fileName, SheetGrid *grid)
{
    using Token = XlsxXmlScanner::Token;
    const QString sheet = grid->name;
    QVector<QPair<int, int>> hiddenColumnRanges;
    bool inSheetData = false, inRow = false;
    m_rowIndex = -1;
    m_hiddenRows.clear();
    m_scanFailed = false;
    for (;;) {
        const Token token = xml.next();
        if (token == Token::End)
            break;
        if (token == Token::Error) {
            m_scanFailed = true;
            return {};
        }
        if (token == Token::Text)
            continue;
        const QByteArrayView name = xml.name();
        if (token == Token::EndTag) {
            if (name == "row" && inRow) {
                inRow = false;
                const QString error = finishRow(fileName, sheet, grid);
                if (!error.isEmpty())
                    return error;
            } else if (name == "sheetData") {
                inSheetData = false;
            }
            continue;
        }
        const bool empty = token == Token::EmptyTag;
        if (name == "c") {
            if (!inRow)
                continue; // a cell outside any row: damaged, ignored as Excel does
            const QString error = readCell(xml, empty, fileName, sheet);
            if (m_scanFailed)
                return {};
            if (!error.isEmpty())
                return error;
        } else if (name == "row" && inSheetData) {
            QByteArrayView value;
            bool ok = false;
            const int rowNumber = xml.attribute("r", &value) ? XlsxXmlScanner::toInt(value, &ok) : 0;
            m_rowIndex = ok && rowNumber > 0 ? rowNumber - 1 : m_rowIndex + 1;
            m_column = -1;
            if (xml.attribute("hidden", &value) && isTrue(value) && m_rowIndex < m_limits.maxRows)
                m_hiddenRows.append(m_rowIndex);
            inRow = !empty; // <row r="7" s="1" customFormat="1"/>: a formatted empty row
        } else if (name == "sheetData") {
            inSheetData = !empty;
        } else if (name == "col") {
            QByteArrayView value;
            if (xml.attribute("hidden", &value) && isTrue(value)) {
                bool okMin = false, okMax = false;
                const int min = XlsxXmlScanner::toInt(xml.attribute("min"), &okMin);
                const int max = XlsxXmlScanner::toInt(xml.attribute("max"), &okMax);
                if (okMin && okMax && min >= 1 && max >= min)
                    hiddenColumnRanges.append({min - 1, qMin(max, maxColumns) - 1});
            }
        } else if (name == "mergeCell") {
            const QString ref = QString::fromLatin1(xml.attribute("ref").toByteArray());
            const QStringList corners = ref.split(QLatin1Char(':'));
            MergedRange range;
            if (parseReference(corners.value(0), &range.firstRow, &range.firstColumn) &&
                parseReference(corners.value(corners.size() - 1), &range.lastRow, &range.lastColumn) &&
                range.firstRow >= 0 && range.lastRow >= range.firstRow &&
                range.lastColumn >= range.firstColumn)
                grid->merges.append(range);
        }
    }

    const int rows = grid->rows.size();
    for (int r : qAsConst(m_hiddenRows)) {
        if (r < rows) {
            if (grid->hiddenRows.isEmpty())
                grid->hiddenRows.resize(rows);
            grid->hiddenRows[r] = true;
        }
    }
    const int columns = grid->columnCount();
    for (const auto &range : qAsConst(hiddenColumnRanges)) {
        for (int c = range.first; c <= range.second && c < columns; ++c) {
            if (grid->hiddenColumns.isEmpty())
                grid->hiddenColumns.resize(columns);
            grid->hiddenColumns[c] = true;
        }
    }
    return {};
}

} // namespace sht::importing
