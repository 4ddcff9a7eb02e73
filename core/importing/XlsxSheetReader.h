#pragma once

#include "ReadLimits.h"
#include "SheetGrid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace sht::importing {

class XlsxSharedStrings;
class XlsxStyles;
class XlsxXmlScanner;

// One worksheet part (xl/worksheets/sheetN.xml) into a SheetGrid: cells of every type (shared and inline
// strings, formula strings, numbers, dates by style, booleans, errors, ISO dates of Strict files), formula
// text with its cached value, hidden rows and columns, merged ranges. Cell and row references may be
// missing (some generators omit them): the position then follows the previous one.
//
// Only rows that hold a value are stored, so a sheet whose formatting reaches row 1,000,000 costs one
// XML pass and no memory for its empty rows.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    XlsxSheetReader(const XlsxSharedStrings &strings, const XlsxStyles &styles, bool date1904,
                    const ReadLimits &limits);

    // Fills grid (its name and hidden flag are the caller's). Returns an empty string on success, or the
    // message (naming fileName, the sheet and the row) that refuses the file. When the XML itself cannot be
    // read, returns an empty string with scanFailed() set and the reason in the scanner.
    QString read(XlsxXmlScanner &xml, const QString &fileName, SheetGrid *grid);
    bool scanFailed() const { return m_scanFailed; }

    // "AB12" → column 27, row 11 (0-based); false when it is not a cell reference. row is -1 for "AB".
    static bool parseReference(QStringView reference, int *row, int *column);
    // 0 → "A", 27 → "AB".
    static QString columnName(int column);

private:
    QString readCell(XlsxXmlScanner &xml, bool empty, const QString &fileName, const QString &sheet);
    QString finishRow(const QString &fileName, const QString &sheet, SheetGrid *grid);
    QString tooLarge(const QString &fileName, const QString &sheet, int column) const;

    const XlsxSharedStrings &m_strings;
    const XlsxStyles &m_styles;
    bool m_date1904;
    ReadLimits m_limits;

    int m_rowIndex = -1;
    int m_column = -1;
    QVector<Cell> m_row;
    QByteArray m_value, m_formula, m_inlineText; // the cell being read
    QVector<int> m_hiddenRows;
    bool m_scanFailed = false;
};

} // namespace sht::importing
