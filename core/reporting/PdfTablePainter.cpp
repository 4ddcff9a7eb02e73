#include "PdfTablePainter.h"

#include "PdfCanvas.h"
#include "PdfFormat.h"
#include "ReportFonts.h"

#include <QPen>

#include <optional>

namespace sht::reporting {

namespace {
const int wrap = Qt::TextWordWrap;

std::optional<double> number(const QVariant &value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!value.isValid() || value.isNull() || !ok || value.typeId() == QMetaType::QString)
        return std::nullopt;
    return d;
}

int alignmentOf(CellKind kind)
{
    return kind == CellKind::Text ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
}

QString headerText(const ReportColumn &column)
{
    return column.target.isEmpty() ? column.header
                                   : column.header + QStringLiteral("\n(") + column.target + QLatin1Char(')');
}

int labelColumn(const ReportTable &table)
{
    for (int i = 0; i < table.columns.size(); ++i)
        if (!table.totalsLabelFigure.isEmpty() && table.columns[i].figure == table.totalsLabelFigure)
            return i;
    for (int i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].kind == CellKind::Text)
            return i;
    return 0;
}
} // namespace

PdfTablePainter::PdfTablePainter(PdfCanvas &canvas, const ReportTable &table)
    : m_canvas(canvas)
    , m_table(table)
{
    // Many columns (the yearly statistics) get a smaller size so figures stay on one line.
    const double size = table.columns.size() > 8 ? 10 : (table.columns.size() > 5 ? 11 : 12);
    m_font = ReportFonts::font(size);
    m_bold = ReportFonts::font(size, true);
    m_numberFont = ReportFonts::font(size - 1, false, true);
    m_padX = canvas.mm(1.2);
    m_padY = canvas.mm(0.8);

    double total = 0;
    for (const ReportColumn &c : table.columns)
        total += qMax(1.0, c.width);
    for (const ReportColumn &c : table.columns)
        m_widths << canvas.width() * qMax(1.0, c.width) / qMax(1.0, total);

    for (const ReportColumn &c : table.columns)
        m_groups = m_groups || !c.group.isEmpty();
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn &c = table.columns[i];
        const double h =
            canvas.textHeight(headerText(c), m_bold, m_widths[i] - 2 * m_padX, Qt::AlignCenter) + 2 * m_padY;
        if (c.group.isEmpty())
            continue;
        m_headerRow = qMax(m_headerRow, h);
        // The merged group cell spans the run of columns sharing the group.
        if (i > 0 && table.columns[i - 1].group == c.group)
            continue;
        double span = 0;
        for (int j = i; j < table.columns.size() && table.columns[j].group == c.group; ++j)
            span += m_widths[j];
        m_groupRow = qMax(m_groupRow, canvas.textHeight(c.group, m_bold, span - 2 * m_padX, Qt::AlignCenter) +
                                          2 * m_padY);
    }
    // Columns without a group span both header rows: the rows grow until the tallest of them fits.
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn &c = table.columns[i];
        if (!c.group.isEmpty())
            continue;
        const double h =
            canvas.textHeight(headerText(c), m_bold, m_widths[i] - 2 * m_padX, Qt::AlignCenter) + 2 * m_padY;
        if (h > m_groupRow + m_headerRow)
            m_headerRow = h - m_groupRow;
    }
    if (table.numberRow)
        m_numberRow = canvas.textHeight(QStringLiteral("(1)"), m_numberFont, 1e6, 0) + 2 * m_padY;
}

QString PdfTablePainter::cellText(const ReportColumn &column, const ReportRow &row)
{
    const QVariant value = row.values.value(column.figure);
    if ((!value.isValid() || value.isNull()) && column.kind == CellKind::Percent &&
        !column.numerator.isEmpty() && !column.denominator.isEmpty()) {
        const auto n = number(row.values.value(column.numerator));
        const auto d = number(row.values.value(column.denominator));
        if (n && d && *d != 0)
            return pdfformat::percent(*n / *d);
        return QString();
    }
    return pdfformat::cell(column.kind, value);
}

QStringList PdfTablePainter::totals(const ReportTable &table)
{
    auto sumOf = [&table](const QString &figure, bool *any) {
        double sum = 0;
        for (const ReportRow &row : table.rows) {
            if (row.emphasised)
                continue;
            if (const auto v = number(row.values.value(figure))) {
                sum += *v;
                *any = true;
            }
        }
        return sum;
    };
    QStringList cells;
    for (const ReportColumn &c : table.columns) {
        bool any = false;
        if (c.kind == CellKind::Percent && !c.numerator.isEmpty() && !c.denominator.isEmpty()) {
            bool anyD = false;
            const double n = sumOf(c.numerator, &any);
            const double d = sumOf(c.denominator, &anyD);
            cells << (any && anyD && d != 0 ? pdfformat::percent(n / d) : QString());
        } else if (c.summed) {
            const double sum = sumOf(c.figure, &any);
            cells << (c.kind == CellKind::Decimal ? pdfformat::decimal(sum)
                                                  : pdfformat::integer(qint64(std::llround(sum))));
        } else {
            cells << QString();
        }
    }
    if (!cells.isEmpty()) {
        const int label = labelColumn(table);
        cells[label] = table.totalsLabel.isEmpty() ? QStringLiteral("Tổng cộng") : table.totalsLabel;
    }
    return cells;
}

double PdfTablePainter::cellX(int column) const
{
    double x = 0;
    for (int i = 0; i < column; ++i)
        x += m_widths[i];
    return x;
}

double PdfTablePainter::lineHeight(const Line &line) const
{
    double h = 0;
    for (int i = 0; i < line.cells.size() && i < m_widths.size(); ++i) {
        const double indent = m_table.columns[i].kind == CellKind::Text ? m_canvas.mm(3) * line.indent : 0;
        h = qMax(h, m_canvas.textHeight(line.cells[i], line.bold ? m_bold : m_font,
                                        m_widths[i] - 2 * m_padX - indent,
                                        alignmentOf(m_table.columns[i].kind)));
    }
    return h + 2 * m_padY;
}

void PdfTablePainter::paintLine(const Line &line, double height)
{
    const double y = m_canvas.y();
    QPen pen(Qt::black);
    pen.setWidthF(m_canvas.mm(0.2));
    for (int i = 0; i < line.cells.size() && i < m_widths.size(); ++i) {
        const double x = cellX(i);
        const QRectF cell(x, y, m_widths[i], height);
        const double indent = m_table.columns[i].kind == CellKind::Text ? m_canvas.mm(3) * line.indent : 0;
        m_canvas.drawText(cell.adjusted(m_padX + indent, m_padY, -m_padX, -m_padY), line.cells[i],
                          line.bold ? m_bold : m_font, alignmentOf(m_table.columns[i].kind));
        m_canvas.painter().setPen(pen);
        m_canvas.painter().setBrush(Qt::NoBrush);
        m_canvas.painter().drawRect(cell);
    }
    m_canvas.advance(height);
}

double PdfTablePainter::headerHeight() const
{
    return m_groupRow + m_headerRow + m_numberRow;
}

void PdfTablePainter::paintHeader()
{
    QPainter &p = m_canvas.painter();
    QPen pen(Qt::black);
    pen.setWidthF(m_canvas.mm(0.2));
    const double top = m_canvas.y();
    const double all = m_groupRow + m_headerRow;
    auto box = [&](const QRectF &r, const QString &text, const QFont &font) {
        m_canvas.drawText(r.adjusted(m_padX, m_padY, -m_padX, -m_padY), text, font, Qt::AlignCenter);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
    };
    for (int i = 0; i < m_table.columns.size(); ++i) {
        const ReportColumn &c = m_table.columns[i];
        const double x = cellX(i);
        if (c.group.isEmpty()) {
            box(QRectF(x, top, m_widths[i], all), headerText(c), m_bold);
            continue;
        }
        if (i == 0 || m_table.columns[i - 1].group != c.group) {
            double span = 0;
            for (int j = i; j < m_table.columns.size() && m_table.columns[j].group == c.group; ++j)
                span += m_widths[j];
            box(QRectF(x, top, span, m_groupRow), c.group, m_bold);
        }
        box(QRectF(x, top + m_groupRow, m_widths[i], m_headerRow), headerText(c), m_bold);
    }
    if (m_table.numberRow)
        for (int i = 0; i < m_table.columns.size(); ++i)
            box(QRectF(cellX(i), top + all, m_widths[i], m_numberRow), QStringLiteral("(%1)").arg(i + 1),
                m_numberFont);
    m_canvas.advance(headerHeight());
}

bool PdfTablePainter::paint()
{
    if (m_table.columns.isEmpty())
        return true;
    QList<Line> lines;
    lines.reserve(m_table.rows.size() + 1);
    for (const ReportRow &row : m_table.rows) {
        Line line;
        line.bold = row.emphasised;
        line.indent = row.indent;
        for (const ReportColumn &c : m_table.columns)
            line.cells << cellText(c, row);
        lines << line;
    }
    if (m_table.totalsRow)
        lines << Line{totals(m_table), true, 0};

    QFont captionFont = ReportFonts::font(13, true);
    const double captionHeight =
        m_table.caption.isEmpty()
            ? 0
            : m_canvas.textHeight(m_table.caption, captionFont, m_canvas.width(), 0) + m_canvas.mm(1.5);
    // The caption, the header and the first row stay together.
    const double firstRow = lines.isEmpty() ? 0 : lineHeight(lines.first());
    if (!m_canvas.ensureSpace(captionHeight + headerHeight() + firstRow))
        return false;
    if (!m_table.caption.isEmpty()) {
        m_canvas.drawText(QRectF(0, m_canvas.y(), m_canvas.width(), captionHeight), m_table.caption,
                          captionFont, Qt::AlignLeft | Qt::AlignTop);
        m_canvas.advance(captionHeight);
    }
    paintHeader();
    for (const Line &line : lines) {
        const double h = lineHeight(line);
        if (h > m_canvas.remaining() && m_canvas.y() > headerHeight()) {
            if (!m_canvas.newPage())
                return false;
            paintHeader();
        }
        paintLine(line, h);
    }
    return true;
}

} // namespace sht::reporting
