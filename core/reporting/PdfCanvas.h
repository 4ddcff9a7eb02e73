#pragma once

#include <QFont>
#include <QPainter>
#include <QString>

class QPagedPaintDevice;

namespace sht::reporting {

// A QPainter on a paged device with a vertical cursor: what the document painter flows text and tables
// onto. Coordinates are device pixels inside the margins (the device's paint rect); mm() converts, so the
// same code prints on a 1200 dpi QPdfWriter and a 600 dpi printer.
class PdfCanvas
{
public:
    PdfCanvas(QPainter &painter, QPagedPaintDevice &device);

    QPainter &painter() { return m_painter; }
    QPagedPaintDevice &device() { return m_device; }
    double mm(double millimetres) const;
    double width() const { return m_width; }
    double height() const { return m_height; }

    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_height - m_y; }
    int page() const { return m_page; }

    // Starts a new page (numbered from page 2, at the top centre as Nghị định 30 asks) and puts the cursor
    // at its top. Returns false when the device refused the new page.
    bool newPage();
    // Starts a new page when `needed` does not fit below the cursor (and the cursor is not already at the
    // top).
    bool ensureSpace(double needed);

    // Height of text wrapped in width with the font; drawText paints it from the cursor's top.
    double textHeight(const QString &text, const QFont &font, double width, int flags) const;
    void drawText(const QRectF &rect, const QString &text, const QFont &font, int flags);
    void drawRule(double x1, double x2, double y, double widthMm = 0.3);

private:
    void drawPageNumber();

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    double m_dpmm = 1;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
};

} // namespace sht::reporting
