#include "CertificatePainter.h"

#include "PdfCanvas.h"
#include "ReportFonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPen>

namespace sht::reporting {

CertificatePainter::CertificatePainter(PdfCanvas &canvas, const CertificateLayout &layout,
                                       QPageLayout::Orientation orientation)
    : m_canvas(canvas)
    , m_layout(layout)
{
    // Sizes in the layout are points on A4; an A5 page scales them with its printable width.
    const double a4Width = (orientation == QPageLayout::Landscape ? 297.0 : 210.0) - 2 * layout.marginsMm;
    m_scale = canvas.width() / canvas.mm(a4Width);
}

double CertificatePainter::fittingSize(const QString &text, const CertificateBlock &block, double size,
                                       const QSizeF &box) const
{
    auto fits = [&](double s, int wrap) {
        const QFont font = ReportFonts::font(s, block.bold, block.italic);
        const QRectF needed = QFontMetricsF(font, &m_canvas.device())
                                  .boundingRect(QRectF(0, 0, box.width(), 1e9), block.alignment | wrap, text);
        return needed.height() <= box.height() && needed.width() <= box.width() + 0.5;
    };
    const double step = qMax(0.25, size * 0.02);
    // A name reads best on one line: shrink a little for that first, then let it wrap.
    if (!text.contains(QLatin1Char('\n')))
        for (double s = size; s >= size * 0.7; s -= step)
            if (fits(s, 0))
                return s;
    const double smallest = size * 0.4;
    for (double s = size; s > smallest; s -= step)
        if (fits(s, Qt::TextWordWrap))
            return s;
    return smallest;
}

void CertificatePainter::paint(const QVariantMap &fields)
{
    QPainter &p = m_canvas.painter();
    const double w = m_canvas.width();
    const double h = m_canvas.height();
    const double out = m_canvas.mm(m_layout.borderOutsetMm);
    p.setBrush(Qt::NoBrush);
    if (m_layout.borderWidthMm > 0) {
        QPen pen(m_layout.borderColor);
        pen.setWidthF(m_canvas.mm(m_layout.borderWidthMm));
        pen.setJoinStyle(Qt::MiterJoin);
        p.setPen(pen);
        p.drawRect(QRectF(-out, -out, w + 2 * out, h + 2 * out));
        if (m_layout.innerBorderWidthMm > 0) {
            const double in = out - m_canvas.mm(m_layout.borderWidthMm + 1.2);
            pen.setWidthF(m_canvas.mm(m_layout.innerBorderWidthMm));
            p.setPen(pen);
            p.drawRect(QRectF(-in, -in, w + 2 * in, h + 2 * in));
        }
    }
    for (const CertificateBlock &block : m_layout.blocks) {
        QString text = CertificateLayout::fill(block.text, fields).trimmed();
        if (text.isEmpty())
            continue;
        if (block.uppercase)
            text = text.toUpper();
        const QRectF box(block.box.x() * w, block.box.y() * h, block.box.width() * w, block.box.height() * h);
        const double size = fittingSize(text, block, block.size * m_scale, box.size());
        const QFont font = ReportFonts::font(size, block.bold, block.italic);
        p.setFont(font);
        p.setPen(block.color);
        QRectF used;
        p.drawText(box, block.alignment | Qt::TextWordWrap, text, &used);
        if (block.rule) {
            QPen pen(block.color);
            pen.setWidthF(m_canvas.mm(0.3));
            p.setPen(pen);
            const double y = used.bottom() + m_canvas.mm(0.8);
            p.drawLine(QPointF(used.left(), y), QPointF(used.right(), y));
        }
    }
}

} // namespace sht::reporting
