#pragma once

#include "ParsedRegister.h"
#include "SheetGrid.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Messy commune registers for the import tests and the benchmark (REGISTERS.md, every item), written
// deterministically from a seed, together with exactly what the import must make of them.
namespace sht::test {

// Cells and sheets built in memory, for tests that do not need a file.
importing::Cell textCell(const QString &text);
importing::Cell numberCell(double value);
importing::Cell dateCell(const QDate &date);
importing::Cell formulaCell(double cachedValue, const QString &formula); // a number from a formula
importing::SheetGrid sheetOf(const QString &name, const QList<QList<importing::Cell>> &rows);
// Every non-empty string a Text cell; "" an empty cell.
importing::SheetGrid textSheet(const QString &name, const QList<QStringList> &rows);

// A problem as tests compare it: kind, sheet, 1-based row and column letter ("" for a whole row/sheet).
struct ExpectedProblem
{
    importing::ImportProblem::Kind kind;
    QString sheet;
    int row = 0;
    QString column;
    QString key() const;
};
QString problemKey(const importing::ImportProblem &problem);
QStringList problemKeys(const QList<importing::ImportProblem> &problems); // sorted

// One person written to a register, to compare field by field with what the parser gives.
QString
personKey(const importing::ParsedPerson &p); // "row|name|sex|birth|id|relation|residence|eth|edu|occ|notes"

struct RegisterFixture
{
    QString path;
    QDate today; // the date the import must be run "on" (future birth dates are after it)
    QList<importing::ParsedVillage> villages; // exactly what RegisterParser::parse gives (sheets not skipped)
    QList<ExpectedProblem> problems;          // every problem RegisterParser::parse reports
    // For the planner: rows that are one person (possible duplicates) and rows of two people with one ID.
    QList<QPair<importing::SourceRef, importing::SourceRef>> samePerson;
    QList<QPair<importing::SourceRef, importing::SourceRef>> sharedId;

    int householdCount() const;
    int personCount() const;
    QStringList problemKeys() const; // sorted
};

class RegisterFixtures
{
public:
    static QDate today() { return QDate(2024, 6, 15); }

    // A workbook like a commune's (libxlsxwriter, shared strings): "Thôn Đông" (national heading, merged
    // title, two-row header with line breaks, column numbers, a hidden old-ID column, autofilter, frozen
    // panes, STT on head rows, clans merged vertically or on the head row, an empty row, a row with no name,
    // a household with no head, a total row with COUNTA, a signature block), "TDP Bắc Sơn" (one-row header
    // of other synonyms, STT repeated, years and dates mixed in "Năm sinh", a COUNT total), "Sheet3" (the
    // village only in the title, "Năm sinh" over "Nam" | "Nữ", STT formulas =A5+1) and "Tổng hợp" (COUNTA).
    // Values: NFD, ALL CAPS, NBSP, double spaces, CCCD as numbers, "3.80E+10", year-only 1956, 31/02/1990, a
    // future date, relation synonyms and notes, education notation; one person in two villages, two people
    // sharing an ID.
    static RegisterFixture writeMessyXlsx(const QString &path, quint64 seed = 1);

    enum class CsvFlavor { Utf8Bom, Utf8Semicolon, Cp1258, Tcvn3, Vni };
    static QString csvFlavorKey(CsvFlavor flavor); // "utf8-bom", "utf8-semicolon", "cp1258", "tcvn3", "vni"
    // One village ("Thôn Nam", named in the title lines) as a CSV saved by Excel: title lines, header,
    // STT repeated on members' rows, every value text, an ID that lost its zero, 31/02/1990, a total line.
    static RegisterFixture writeCsv(const QString &path, CsvFlavor flavor, quint64 seed = 1);

    struct LargeResult
    {
        bool ok = false;
        int villages = 0;
        int households = 0;
        int people = 0;
    };
    // `people` people (rounded up to whole households) in villages of about 7,000, one sheet each, with
    // realistic mess (ALL CAPS, NFD, CCCD as numbers, years as numbers, dates as text), plus a summary
    // sheet; libxlsxwriter constant-memory mode (a few MB whatever the size).
    static LargeResult writeLargeXlsx(const QString &path, int people, quint64 seed = 1);
};

} // namespace sht::test
