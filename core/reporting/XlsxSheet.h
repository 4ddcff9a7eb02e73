#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringEncoder>

struct lxw_worksheet;
struct lxw_format;

namespace sht::reporting {

// A worksheet written strictly row by row, top to bottom, so the same code works in libxlsxwriter's
// constant-memory mode (which flushes a row as soon as a later one is written and ignores writes above it).
// Merges are limited to the current row, plus mergeDown() which joins a cell with the one below it while the
// row below is being written.
class XlsxSheet
{
public:
    explicit XlsxSheet(lxw_worksheet *sheet);

    lxw_worksheet *handle() const { return m_sheet; }
    int row() const { return m_row; }
    void nextRow(int count = 1) { m_row += count; }
    void setHeight(double points); // of the current row, before writing it

    void text(int col, const QString &value, lxw_format *format);
    void number(int col, double value, lxw_format *format);
    void date(int col, const QDate &value, lxw_format *format);
    void blank(int col, lxw_format *format);
    void formula(int col, const QString &formula, double cached, lxw_format *format);
    void formulaText(int col, const QString &formula, const QString &cached, lxw_format *format);
    // Merges columns first..last of the current row and writes value there.
    void merge(int first, int last, const QString &value, lxw_format *format);
    // On the current row: merges (row − 1, col) with (row, col); the upper cell must already hold its value.
    void mergeDown(int col, const QString &value, lxw_format *format);

    // "C", "AA"; "C7" (row and column from 0).
    static QString columnName(int col);
    static QString cellName(int row, int col);

private:
    // value as NUL-terminated UTF-8 in a buffer reused from cell to cell (no allocation per cell).
    const char *utf8(const QString &value);

    lxw_worksheet *m_sheet;
    QByteArray m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    int m_row = 0;
};

} // namespace sht::reporting
