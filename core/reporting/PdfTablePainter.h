#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QList>
#include <QStringList>

namespace sht::reporting {

class PdfCanvas;

// Paints one ReportTable at the canvas' cursor: grid, two-row headers with merged group cells, the column
// number row "(1) (2) …", body rows and the totals row. A row is never cut: one that does not fit starts a
// new page, and every page of the table begins with its header rows again.
class PdfTablePainter
{
public:
    PdfTablePainter(PdfCanvas &canvas, const ReportTable &table);
    // Returns false when the device refused a new page.
    bool paint();

    // The totals row's cells, computed from the rows (exposed for tests): summed columns hold the sum of
    // the rows that are not emphasised (sub-headings and subtotals would count twice), percent columns the
    // ratio of their numerator and denominator totals.
    static QStringList totals(const ReportTable &table);
    // A body cell's text: the value as its kind asks, or the row's own numerator/denominator ratio for a
    // percent column without a value.
    static QString cellText(const ReportColumn &column, const ReportRow &row);

private:
    struct Line
    {
        QStringList cells;
        bool bold = false;
        int indent = 0;
    };
    double lineHeight(const Line &line) const;
    void paintLine(const Line &line, double height);
    double headerHeight() const;
    void paintHeader();
    double cellX(int column) const;

    PdfCanvas &m_canvas;
    const ReportTable &m_table;
    QList<double> m_widths;
    QFont m_font;
    QFont m_bold;
    QFont m_numberFont;
    double m_padX = 0;
    double m_padY = 0;
    bool m_groups = false;
    double m_groupRow = 0;  // height of the group header row (two-row headers)
    double m_headerRow = 0; // height of the column header row
    double m_numberRow = 0;
};

} // namespace sht::reporting
