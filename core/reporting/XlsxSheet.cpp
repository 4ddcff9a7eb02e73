#include "XlsxSheet.h"

#include <xlsxwriter.h>

namespace sht::reporting {

XlsxSheet::XlsxSheet(lxw_worksheet *sheet)
    : m_sheet(sheet)
{}

void XlsxSheet::setHeight(double points)
{
    worksheet_set_row(m_sheet, lxw_row_t(m_row), points, nullptr);
}

void XlsxSheet::text(int col, const QString &value, lxw_format *format)
{
    if (value.isEmpty()) {
        blank(col, format);
        return;
    }
    worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(col), utf8(value), format);
}

const char *XlsxSheet::utf8(const QString &value)
{
    // Never shrinks: the buffer grows to the longest cell once.
    const qsizetype needed = value.size() * 3 + 1;
    if (m_utf8.size() < needed)
        m_utf8.resize(needed);
    char *end = m_encoder.appendToBuffer(m_utf8.data(), value);
    *end = '\0';
    return m_utf8.constData();
}

void XlsxSheet::number(int col, double value, lxw_format *format)
{
    worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(col), value, format);
}

void XlsxSheet::date(int col, const QDate &value, lxw_format *format)
{
    if (!value.isValid()) {
        blank(col, format);
        return;
    }
    lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0};
    worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(col), &when, format);
}

void XlsxSheet::blank(int col, lxw_format *format)
{
    worksheet_write_blank(m_sheet, lxw_row_t(m_row), lxw_col_t(col), format);
}

void XlsxSheet::formula(int col, const QString &formula, double cached, lxw_format *format)
{
    worksheet_write_formula_num(m_sheet, lxw_row_t(m_row), lxw_col_t(col), formula.toUtf8().constData(),
                                format, cached);
}

void XlsxSheet::formulaText(int col, const QString &formula, const QString &cached, lxw_format *format)
{
    worksheet_write_formula_str(m_sheet, lxw_row_t(m_row), lxw_col_t(col), formula.toUtf8().constData(),
                                format, cached.toUtf8().constData());
}

void XlsxSheet::merge(int first, int last, const QString &value, lxw_format *format)
{
    if (last <= first) {
        text(first, value, format);
        return;
    }
    worksheet_merge_range(m_sheet, lxw_row_t(m_row), lxw_col_t(first), lxw_row_t(m_row), lxw_col_t(last),
                          value.toUtf8().constData(), format);
}

void XlsxSheet::mergeDown(int col, const QString &value, lxw_format *format)
{
    // libxlsxwriter records the range, rewrites the upper cell (ignored in constant-memory mode, where it
    // already holds the same value) and writes the formatted blank below.
    worksheet_merge_range(m_sheet, lxw_row_t(m_row - 1), lxw_col_t(col), lxw_row_t(m_row), lxw_col_t(col),
                          value.toUtf8().constData(), format);
}

QString XlsxSheet::columnName(int col)
{
    QString name;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString XlsxSheet::cellName(int row, int col)
{
    return columnName(col) + QString::number(row + 1);
}

} // namespace sht::reporting
