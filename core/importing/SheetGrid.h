#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

namespace sht::importing {

// One cell as the reader found it, before any interpretation of what the column means. Text is already
// decoded to Unicode NFC (legacy encodings converted by the reader); numbers keep their double value and
// how the workbook formatted them, so the normaliser can tell a CCCD stored as a number, a year, and a date.
struct Cell
{
    enum class Type {
        Empty,
        Text,   // text (shared, inline, rich text runs joined, CSV field)
        Number, // a number that the workbook does not format as a date
        Date,   // a number formatted as a date (serial already converted, 1900 or 1904 system)
        Boolean,
        Error, // #N/A, #REF! …: text holds it
    };
    Type type = Type::Empty;
    QString text;             // Text/Error: the text; Number: the value as the workbook would show it
    double number = 0;        // Number: the value; Date: the serial
    QDate date;               // Date
    bool fromFormula = false; // the cached value of a formula (e.g. an STT "=A12+1")
    QString formula;          // the formula text when known

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty()); }
};

// A merged range, 0-based inclusive, as the workbook declares it. The reader leaves the value only in the
// top-left cell, as the file holds it; the layout detector decides what a merge means (a clan over a
// household, a title across the sheet).
struct MergedRange
{
    int firstRow = 0, firstColumn = 0, lastRow = 0, lastColumn = 0;
};

// One sheet (or one CSV file) as a grid of cells: rows × columns, 0-based. Rows are stored densely up to
// the last row that holds a value: a sheet whose formatting reaches row 1,000,000 but whose data stops at
// row 400 has 400 rows (readers must not allocate for empty trailing rows).
struct SheetGrid
{
    QString name;        // sheet name ("Thôn 1"); the CSV file's base name
    bool hidden = false; // a hidden sheet
    QVector<QVector<Cell>> rows;
    QVector<bool> hiddenRows;    // same size as rows (or empty = none hidden)
    QVector<bool> hiddenColumns; // per column index (or empty)
    QList<MergedRange> merges;
    QList<int>
        sourceRowNumbers; // 1-based row number in the file for each row (for messages); empty = index+1

    int rowCount() const { return rows.size(); }
    int columnCount() const
    {
        int n = 0;
        for (const auto &r : rows)
            n = qMax(n, int(r.size()));
        return n;
    }
    const Cell &at(int row, int column) const
    {
        static const Cell empty;
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return empty;
        return rows[row][column];
    }
    int fileRowNumber(int row) const
    {
        return row < sourceRowNumbers.size() ? sourceRowNumbers[row] : row + 1;
    }
};

// A whole input file as read: its sheets (one for CSV), what encoding was used (for legacy text), with the
// detector's confidence (0..1) so the user can see and override it.
struct Workbook
{
    QString path;
    QString format; // "xlsx", "xls", "csv"
    // CSV: the encoding of the bytes. xlsx/xls: the legacy font encoding detected in text cells (text typed
    // in .VnTime or VNI-Times), "utf8" when the text is Unicode. "utf8", "cp1258", "tcvn3", "vni", "cp1252".
    QString encoding;
    double encodingConfidence = 1.0;
    QList<SheetGrid> sheets;
};

} // namespace sht::importing
