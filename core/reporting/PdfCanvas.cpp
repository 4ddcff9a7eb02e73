#include "PdfCanvas.h"

#include "ReportFonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPen>

namespace sht::reporting {

PdfCanvas::PdfCanvas(QPainter &painter, QPagedPaintDevice &device)
    : m_painter(painter)
    , m_device(device)
    , m_dpmm(device.logicalDpiY() / 25.4)
    , m_width(device.width())
    , m_height(device.height())
{}

double PdfCanvas::mm(double millimetres) const
{
    return millimetres * m_dpmm;
}

bool PdfCanvas::newPage()
{
    if (!m_device.newPage())
        return false;
    ++m_page;
    m_y = 0;
    drawPageNumber();
    return true;
}

bool PdfCanvas::ensureSpace(double needed)
{
    if (m_y <= 0 || needed <= remaining())
        return true;
    return newPage();
}

double PdfCanvas::textHeight(const QString &text, const QFont &font, double width, int flags) const
{
    if (text.isEmpty())
        return QFontMetricsF(font, &m_device).height();
    const QFontMetricsF metrics(font, &m_device);
    // Most cells are one short line: measuring its width is much cheaper than laying it out wrapped.
    if (!text.contains(QLatin1Char('\n')) && metrics.horizontalAdvance(text) <= width)
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags | Qt::TextWordWrap, text).height();
}

void PdfCanvas::drawText(const QRectF &rect, const QString &text, const QFont &font, int flags)
{
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(rect, flags | Qt::TextWordWrap, text);
}

void PdfCanvas::drawRule(double x1, double x2, double y, double widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(mm(widthMm));
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

void PdfCanvas::drawPageNumber()
{
    // In the top margin, centred: the paint rect starts below it, so the number sits at negative y.
    const QFont font = ReportFonts::font(13);
    const double h = QFontMetricsF(font, &m_device).height();
    drawText(QRectF(0, -mm(4) - h, m_width, h), QString::number(m_page), font,
             Qt::AlignHCenter | Qt::AlignBottom);
}

} // namespace sht::reporting
