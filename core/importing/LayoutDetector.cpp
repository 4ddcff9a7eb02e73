#include "LayoutDetector.h"

#include "ColumnSynonyms.h"
#include "Relation.h"
#include "TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sht::importing {

namespace {

QString textAt(const SheetGrid &grid, int row, int column)
{
    const Cell &cell = grid.at(row, column);
    return cell.type == Cell::Type::Text ? text::normalized(cell.text) : QString();
}

bool columnHidden(const SheetGrid &grid, int column)
{
    return column < grid.hiddenColumns.size() && grid.hiddenColumns[column];
}

const MergedRange *mergeStartingAbove(const SheetGrid &grid, int row, int column)
{
    for (const auto &m : grid.merges)
        if (m.firstRow == row && m.firstColumn < column && m.lastColumn >= column)
            return &m;
    return nullptr;
}

int rowWidth(const SheetGrid &grid, int row)
{
    return row >= 0 && row < grid.rowCount() ? int(grid.rows[row].size()) : 0;
}

struct Candidate
{
    int column;
    QString header;
    Field field;
    bool underMerge = false; // a second-row cell under a horizontally merged group header
};

// Every field but Notes belongs to one column: a visible column wins over a hidden one (an old ID column
// kept hidden), then the leftmost.
ColumnMapping buildMapping(const SheetGrid &grid, const QList<Candidate> &candidates)
{
    QList<Candidate> resolved = candidates;
    for (int i = 0; i < resolved.size(); ++i) {
        const Field f = resolved[i].field;
        if (f == Field::None || f == Field::Notes)
            continue;
        int keep = -1;
        for (int j = 0; j < resolved.size(); ++j)
            if (resolved[j].field == f && (keep < 0 || (columnHidden(grid, resolved[keep].column) &&
                                                        !columnHidden(grid, resolved[j].column))))
                keep = j;
        for (int j = 0; j < resolved.size(); ++j)
            if (j != keep && resolved[j].field == f)
                resolved[j].field = Field::None;
    }
    ColumnMapping mapping;
    for (const auto &c : resolved)
        mapping.setColumn(c.column, c.header, Field::None, columnHidden(grid, c.column));
    for (const auto &c : resolved)
        if (c.field != Field::None)
            mapping.assign(c.column, c.field);
    return mapping;
}

int distinctFields(const QList<Candidate> &candidates)
{
    QSet<int> fields;
    for (const auto &c : candidates)
        if (c.field != Field::None)
            fields.insert(int(c.field));
    return fields.size();
}

QList<Candidate> singleRow(const SheetGrid &grid, int row)
{
    QList<Candidate> out;
    for (int c = 0; c < rowWidth(grid, row); ++c) {
        const QString t = textAt(grid, row, c);
        if (!t.isEmpty())
            out << Candidate{c, t, ColumnSynonyms::match(t)};
    }
    return out;
}

bool looksNumeric(const Cell &cell)
{
    if (cell.type == Cell::Type::Number || cell.type == Cell::Type::Date)
        return true;
    static const QRegularExpression digits(QStringLiteral("^[\\d\\s/.\\-+E]+$"));
    return cell.type == Cell::Type::Text && digits.match(cell.text.trimmed()).hasMatch();
}

// The header as two rows: a group header over sub-headers ("Họ và tên" over "Họ và đệm" | "Tên"). Returns
// false when `row + 1` is not a second header row.
bool twoRows(const SheetGrid &grid, int row, QList<Candidate> *out)
{
    const int next = row + 1;
    if (next >= grid.rowCount())
        return false;
    const bool noMerges = grid.merges.isEmpty();
    QList<Candidate> candidates;
    int resolvedBelow = 0, subHeaders = 0;
    const int width = qMax(rowWidth(grid, row), rowWidth(grid, next));
    for (int c = 0; c < width; ++c) {
        const Cell &below = grid.at(next, c);
        const QString top = textAt(grid, row, c);
        if (below.isEmpty()) {
            if (!top.isEmpty())
                candidates << Candidate{c, top, ColumnSynonyms::match(top)};
            continue;
        }
        if (looksNumeric(below) || below.type != Cell::Type::Text)
            return false;
        QString parent = top;
        bool underMerge = false;
        if (parent.isEmpty()) {
            if (const MergedRange *m = mergeStartingAbove(grid, row, c)) {
                parent = textAt(grid, row, m->firstColumn);
                underMerge = true;
            } else if (noMerges) {
                // A CSV cannot merge: the group header sits in the first column of its group.
                for (int left = c - 1; left >= qMax(0, c - 3) && parent.isEmpty(); --left)
                    parent = textAt(grid, row, left);
                underMerge = !parent.isEmpty();
            }
        } else {
            for (const auto &m : grid.merges)
                if (m.firstRow == row && m.firstColumn == c && m.lastColumn > c)
                    underMerge = true;
        }
        const QString sub = text::normalized(below.text);
        const Field f = ColumnSynonyms::matchUnder(parent, sub);
        if (f != Field::None) {
            ++resolvedBelow;
            if (ColumnSynonyms::isSubHeaderField(f))
                ++subHeaders;
        } else if (!underMerge) {
            return false; // text under no group header that names nothing: data, not a header
        }
        const QString header = parent.isEmpty() ? sub : parent + QStringLiteral(" › ") + sub;
        candidates << Candidate{c, header, f, underMerge};
    }
    if (resolvedBelow == 0)
        return false;
    // The top row must name something itself (a title above the header does not), and the pair must say
    // more than the lower row alone, or hold sub-headers ("Tên" under "Họ và tên").
    if (distinctFields(singleRow(grid, row)) == 0)
        return false;
    if (subHeaders == 0 && distinctFields(candidates) <= distinctFields(singleRow(grid, next)))
        return false;
    *out = candidates;
    return true;
}

bool hasNameField(const QList<Candidate> &candidates)
{
    for (const auto &c : candidates)
        if (c.field == Field::FullName || c.field == Field::GivenName)
            return true;
    return false;
}

const QStringList &signatureKeys()
{
    static const QStringList keys = {
        QStringLiteral("nguoi lap bieu"), QStringLiteral("nguoi lap"),   QStringLiteral("nguoi ghi"),
        QStringLiteral("truong thon"),    QStringLiteral("thon truong"), QStringLiteral("to truong"),
        QStringLiteral("truong to"),      QStringLiteral("truong ban"),  QStringLiteral("truong ap"),
        QStringLiteral("truong khu"),     QStringLiteral("truong xom"),  QStringLiteral("xac nhan"),
        QStringLiteral("ky ten"),         QStringLiteral("ky ghi ro"),   QStringLiteral("ky va ghi ro"),
        QStringLiteral("chu tich"),       QStringLiteral("t m "),        QStringLiteral("thu truong"),
        QStringLiteral("can bo tu phap"), QStringLiteral("cong chuc"),
    };
    return keys;
}

bool isTotalText(const QString &text)
{
    const QString folded = text::normalized(text).toLower();
    static const QStringList starts = {QStringLiteral("tổng cộng"), QStringLiteral("tổng số"),
                                       QStringLiteral("tổng:"),     QStringLiteral("cộng:"),
                                       QStringLiteral("tổng hộ"),   QStringLiteral("tổng nhân khẩu")};
    for (const QString &s : starts)
        if (folded.startsWith(s))
            return true;
    return folded == QStringLiteral("tổng") || folded == QStringLiteral("cộng") ||
           folded == QStringLiteral("tong cong") || folded.startsWith(QStringLiteral("tong cong:"));
}

bool isSignatureText(const QString &text)
{
    const QString key = QLatin1Char(' ') + ColumnSynonyms::key(text) + QLatin1Char(' ');
    for (const QString &k : signatureKeys())
        if (key.contains(QLatin1Char(' ') + k + QLatin1Char(' ')) ||
            (k.endsWith(QLatin1Char(' ')) && key.contains(QLatin1Char(' ') + k)))
            return true;
    // "Hòa An, ngày 15 tháng 3 năm 2024" / "ngày … tháng … năm …": the date line above the signatures.
    static const QRegularExpression dateLine(QStringLiteral("\\bngay\\b.*\\bthang\\b.*\\bnam\\b"));
    return dateLine.match(key).hasMatch();
}

bool isCountFormula(const Cell &cell)
{
    static const QRegularExpression re(QStringLiteral("\\b(COUNTA?|COUNTIFS?|SUM|SUBTOTAL)\\s*\\("),
                                       QRegularExpression::CaseInsensitiveOption);
    return cell.fromFormula && re.match(cell.formula).hasMatch();
}

} // namespace

SheetLayout LayoutDetector::detect(const SheetGrid &grid)
{
    SheetLayout best;
    int bestScore = 0;
    const int last = qMin(grid.rowCount(), kHeaderSearchRows);
    for (int r = 0; r < last; ++r) {
        const QList<Candidate> one = singleRow(grid, r);
        if (one.isEmpty())
            continue;
        QList<Candidate> chosen = one;
        int lastRow = r;
        QList<Candidate> two;
        if (twoRows(grid, r, &two) && distinctFields(two) >= distinctFields(one)) {
            chosen = two;
            lastRow = r + 1;
        }
        const int score = distinctFields(chosen);
        if (score < 2 || !hasNameField(chosen) || score <= bestScore)
            continue;
        bestScore = score;
        best.found = true;
        best.headerFirstRow = r;
        best.headerLastRow = lastRow;
        best.mapping = buildMapping(grid, chosen);
    }
    if (!best.found)
        return best;
    best.dataFirstRow = best.headerLastRow + 1;
    if (isColumnNumberRow(grid, best.dataFirstRow)) {
        best.columnNumberRow = best.dataFirstRow;
        ++best.dataFirstRow;
    }
    return best;
}

bool LayoutDetector::isSummarySheet(const SheetGrid &grid, QString *reason)
{
    const QString key = QLatin1Char(' ') + ColumnSynonyms::key(grid.name) + QLatin1Char(' ');
    static const QStringList summaryNames = {QStringLiteral(" tong hop "), QStringLiteral(" thong ke "),
                                             QStringLiteral(" bao cao "),  QStringLiteral(" tong so "),
                                             QStringLiteral(" summary "),  QStringLiteral(" th ")};
    for (const QString &n : summaryNames)
        if (key.contains(n)) {
            if (reason)
                *reason = tr("sheet \"%1\" is a summary, not a village").arg(grid.name);
            return true;
        }
    int formulas = 0, values = 0;
    for (const auto &row : grid.rows)
        for (const Cell &cell : row) {
            if (cell.type == Cell::Type::Number || cell.fromFormula)
                ++values;
            if (isCountFormula(cell))
                ++formulas;
        }
    if (formulas >= 3 && formulas * 2 >= values) {
        if (reason)
            *reason = tr("sheet \"%1\" holds counts (%2 COUNT/SUM formulas), not people")
                          .arg(grid.name)
                          .arg(formulas);
        return true;
    }
    return false;
}

bool LayoutDetector::isColumnNumberRow(const SheetGrid &grid, int row)
{
    if (row < 0 || row >= grid.rowCount())
        return false;
    static const QRegularExpression number(QStringLiteral("^\\(?\\s*(\\d{1,2})\\s*\\)?$"));
    static const QRegularExpression letter(QStringLiteral("^\\(?\\s*[A-Za-z]\\s*\\)?$"));
    int cells = 0, numbers = 0, previous = 0;
    for (const Cell &cell : grid.rows[row]) {
        if (cell.isEmpty())
            continue;
        ++cells;
        int n = -1;
        if (cell.type == Cell::Type::Number) {
            if (cell.number != int(cell.number) || cell.number < 1 || cell.number > 99)
                return false;
            n = int(cell.number);
        } else if (cell.type == Cell::Type::Text) {
            // Either pattern holds one or two characters besides brackets and spaces: a name or a date
            // (every data row has some) is ruled out without running the expressions.
            int core = 0;
            for (const QChar c : cell.text)
                if (!c.isSpace() && c != QLatin1Char('(') && c != QLatin1Char(')') && ++core > 2)
                    return false;
            if (core == 0)
                return false;
            const QString t = cell.text.trimmed();
            const auto m = number.match(t);
            if (m.hasMatch())
                n = m.captured(1).toInt();
            else if (!letter.match(t).hasMatch())
                return false;
        } else {
            return false;
        }
        if (n >= 0) {
            if (n <= previous)
                return false;
            previous = n;
            ++numbers;
        }
    }
    return cells >= 3 && numbers >= 2;
}

RowKind LayoutDetector::classifyRow(const SheetGrid &grid, int row, const ColumnMapping &mapping,
                                    QString *reason)
{
    auto kind = [reason](RowKind k) {
        if (reason)
            *reason = rowKindReason(k);
        return k;
    };
    if (row < 0 || row >= grid.rowCount())
        return kind(RowKind::Empty);
    const auto &cells = grid.rows[row];
    bool any = false;
    for (const Cell &cell : cells)
        any = any || !cell.isEmpty();
    if (!any)
        return kind(RowKind::Empty);

    const int nameColumn = mapping.has(Field::FullName) ? mapping.columnOf(Field::FullName)
                                                        : mapping.columnOf(Field::FamilyAndMiddleName);
    if (nameColumn >= 0 && nameColumn < cells.size() && cells[nameColumn].type == Cell::Type::Text) {
        // A printed register repeats its header after a page break.
        const QString name = text::normalized(cells[nameColumn].text);
        const QString header = mapping.headerAt(nameColumn);
        if (!name.isEmpty() && name.size() <= header.size() &&
            header.split(QStringLiteral(" › ")).contains(name, Qt::CaseInsensitive))
            return kind(RowKind::RepeatedHeader);
    }
    if (isColumnNumberRow(grid, row))
        return kind(RowKind::ColumnNumbers);
    // A person's row has a birth date or an ID (short values with digits; the date line above the
    // signatures is long) or a relation word: nothing else to check (the fast path).
    static const Field personFields[] = {Field::BirthDate, Field::BirthYear, Field::BirthDateMale,
                                         Field::BirthDateFemale, Field::CitizenId};
    for (Field f : personFields) {
        const int c = mapping.columnOf(f);
        if (c < 0 || c >= cells.size() || cells[c].isEmpty() || cells[c].fromFormula)
            continue;
        const Cell &v = cells[c];
        if (v.type == Cell::Type::Number || v.type == Cell::Type::Date)
            return kind(RowKind::Data);
        if (v.type == Cell::Type::Text && v.text.size() <= 24 &&
            std::any_of(v.text.begin(), v.text.end(), [](QChar ch) { return ch.isDigit(); }))
            return kind(RowKind::Data);
    }
    const int relationColumn = mapping.columnOf(Field::Relation);
    if (relationColumn >= 0 && relationColumn < cells.size() &&
        cells[relationColumn].type == Cell::Type::Text &&
        parseRelation(cells[relationColumn].text) != Relation::Unknown)
        return kind(RowKind::Data);
    for (const Cell &cell : cells) {
        if (isCountFormula(cell))
            return kind(RowKind::Total);
        if (cell.type != Cell::Type::Text || cell.isEmpty())
            continue;
        if (isTotalText(cell.text))
            return kind(RowKind::Total);
        if (isSignatureText(cell.text))
            return kind(RowKind::Signature);
    }
    return kind(RowKind::Data);
}

QString LayoutDetector::rowKindReason(RowKind kind)
{
    switch (kind) {
    case RowKind::Data:
        return {};
    case RowKind::Empty:
        return tr("empty row");
    case RowKind::ColumnNumbers:
        return tr("column-number row");
    case RowKind::RepeatedHeader:
        return tr("header repeated (page break)");
    case RowKind::Total:
        return tr("total row");
    case RowKind::Signature:
        return tr("signature block");
    }
    return {};
}

} // namespace sht::importing
