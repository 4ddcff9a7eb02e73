#include "PdfDocumentPainter.h"

#include "PdfCanvas.h"
#include "PdfFormat.h"
#include "PdfTablePainter.h"
#include "ReportFonts.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QTextLayout>

namespace sht::reporting {

namespace {
const int centred = Qt::AlignHCenter | Qt::AlignTop;

QString documentNumber(const QString &number)
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return QStringLiteral("Số:        /");
    return n.startsWith(QStringLiteral("Số")) ? n : QStringLiteral("Số: ") + n;
}

QString recipientLine(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1Char('-')) ? t : QStringLiteral("- ") + t;
}
} // namespace

PdfDocumentPainter::PdfDocumentPainter(PdfCanvas &canvas, const ReportDocument &document)
    : m_canvas(canvas)
    , m_document(document)
{}

bool PdfDocumentPainter::paint()
{
    paintHeading();
    paintTitle();
    for (const QString &p : m_document.paragraphs)
        if (!paintParagraph(p))
            return false;
    for (const ReportTable &table : m_document.tables) {
        m_canvas.advance(m_canvas.mm(3));
        if (!PdfTablePainter(m_canvas, table).paint())
            return false;
        m_canvas.advance(m_canvas.mm(3));
    }
    return paintClosing();
}

void PdfDocumentPainter::paintHeading()
{
    const double w = m_canvas.width();
    const double leftW = w * 0.4;
    const double rightX = leftW;
    const double rightW = w - leftW;
    const QFont regular = ReportFonts::font(12.5);
    const QFont bold = ReportFonts::font(12.5, true);
    const QFont motto = ReportFonts::font(13.5, true);
    const QFont body = ReportFonts::font(13);
    const QFont italic = ReportFonts::font(13.5, false, true);
    const double top = m_canvas.y();
    const double gap = m_canvas.mm(1);

    // Left: the parent body (regular), the issuing body (bold) and a short rule under it.
    double y = top;
    const DocumentHeading &h = m_document.heading;
    if (!h.parentBody.isEmpty()) {
        const QString text = h.parentBody.toUpper();
        const double th = m_canvas.textHeight(text, regular, leftW, centred);
        m_canvas.drawText(QRectF(0, y, leftW, th), text, regular, centred);
        y += th;
    }
    if (!h.issuingBody.isEmpty()) {
        const QString text = h.issuingBody.toUpper();
        const double th = m_canvas.textHeight(text, bold, leftW, centred);
        m_canvas.drawText(QRectF(0, y, leftW, th), text, bold, centred);
        y += th + gap;
        // Nghị định 30: a solid rule a third to a half as long as the line above it.
        const double textW = qMin(leftW, QFontMetricsF(bold, &m_canvas.device()).horizontalAdvance(text));
        m_canvas.drawRule(leftW / 2 - textW / 4, leftW / 2 + textW / 4, y);
    }
    const double leftBottom = y;

    // Right: the national heading, the motto and a rule as long as the motto.
    y = top;
    const QString national = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const double nh = m_canvas.textHeight(national, bold, rightW, centred);
    m_canvas.drawText(QRectF(rightX, y, rightW, nh), national, bold, centred);
    y += nh;
    const QString mottoText = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    const double mh = m_canvas.textHeight(mottoText, motto, rightW, centred);
    m_canvas.drawText(QRectF(rightX, y, rightW, mh), mottoText, motto, centred);
    y += mh + gap;
    const double mottoW = QFontMetricsF(motto, &m_canvas.device()).horizontalAdvance(mottoText);
    m_canvas.drawRule(rightX + rightW / 2 - mottoW / 2, rightX + rightW / 2 + mottoW / 2, y);

    // Second row: "Số: …" left, the place-and-date line right, on one line.
    y = qMax(leftBottom, y) + m_canvas.mm(4);
    const QString number = documentNumber(h.documentNumber);
    const double sh = m_canvas.textHeight(number, body, leftW, centred);
    m_canvas.drawText(QRectF(0, y, leftW, sh), number, body, centred);
    const QString placeDate = pdfformat::placeDate(h.place, h.date);
    const double ph = m_canvas.textHeight(placeDate, italic, rightW, centred);
    m_canvas.drawText(QRectF(rightX, y, rightW, ph), placeDate, italic, centred);
    m_canvas.setY(y + qMax(sh, ph) + m_canvas.mm(8));
}

void PdfDocumentPainter::paintTitle()
{
    const double w = m_canvas.width();
    if (!m_document.title.isEmpty()) {
        const QFont font = ReportFonts::font(14, true);
        const QString text = m_document.title.toUpper();
        const double h = m_canvas.textHeight(text, font, w, centred);
        m_canvas.drawText(QRectF(0, m_canvas.y(), w, h), text, font, centred);
        m_canvas.advance(h);
    }
    if (!m_document.subtitle.isEmpty()) {
        const QFont font = ReportFonts::font(14, true);
        const double margin = w * 0.1;
        const double h = m_canvas.textHeight(m_document.subtitle, font, w - 2 * margin, centred);
        m_canvas.drawText(QRectF(margin, m_canvas.y(), w - 2 * margin, h), m_document.subtitle, font,
                          centred);
        m_canvas.advance(h + m_canvas.mm(2));
        m_canvas.drawRule(w * 0.4, w * 0.6, m_canvas.y());
    }
    m_canvas.advance(m_canvas.mm(6));
}

bool PdfDocumentPainter::paintParagraph(const QString &text)
{
    // QTextLayout line by line: justified with a first-line indent, and a paragraph may continue on the
    // next page between two lines.
    const QFont font = ReportFonts::font(13);
    const double width = m_canvas.width();
    const double indent = m_canvas.mm(10);
    QTextLayout layout(text, font, &m_canvas.device());
    QTextOption option(Qt::AlignJustify);
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (bool first = true;; first = false) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double x = first ? indent : 0;
        line.setLineWidth(width - x);
        line.setPosition(QPointF(x, y));
        y += line.height();
    }
    layout.endLayout();
    QPainter &painter = m_canvas.painter();
    painter.setPen(Qt::black);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const double step = line.height() * 1.15;
        if (!m_canvas.ensureSpace(step))
            return false;
        painter.setPen(Qt::black);
        line.draw(&painter, QPointF(0, m_canvas.y() - line.y()));
        m_canvas.advance(step);
    }
    m_canvas.advance(m_canvas.mm(1.5));
    return true;
}

double PdfDocumentPainter::signaturesHeight(double columnWidth) const
{
    const QFont bold = ReportFonts::font(13, true);
    double h = 0;
    for (const SignatureBlock &s : m_document.signatures) {
        double b = 0;
        if (!s.authorityLine.isEmpty())
            b += m_canvas.textHeight(s.authorityLine.toUpper(), bold, columnWidth, centred);
        b += m_canvas.textHeight(s.title.toUpper(), bold, columnWidth, centred);
        b += m_canvas.mm(25); // the signature and the seal
        b += m_canvas.textHeight(s.name.isEmpty() ? QStringLiteral(" ") : s.name, bold, columnWidth, centred);
        h = qMax(h, b);
    }
    return h;
}

void PdfDocumentPainter::paintSignatures(double x, double width)
{
    const QFont bold = ReportFonts::font(13, true);
    const int n = int(m_document.signatures.size());
    if (n == 0)
        return;
    const double columnWidth = width / n;
    const double top = m_canvas.y();
    const double total = signaturesHeight(columnWidth);
    for (int i = 0; i < n; ++i) {
        const SignatureBlock &s = m_document.signatures[i];
        const double cx = x + i * columnWidth;
        double y = top;
        auto line = [&](const QString &text) {
            const double h = m_canvas.textHeight(text, bold, columnWidth, centred);
            m_canvas.drawText(QRectF(cx, y, columnWidth, h), text, bold, centred);
            y += h;
        };
        if (!s.authorityLine.isEmpty())
            line(s.authorityLine.toUpper());
        line(s.title.toUpper());
        // Names sit on one line across the blocks, however many title lines each block has.
        const double nameH = m_canvas.textHeight(s.name, bold, columnWidth, centred);
        m_canvas.drawText(QRectF(cx, top + total - nameH, columnWidth, nameH), s.name, bold, centred);
    }
    m_canvas.setY(top + total);
}

double PdfDocumentPainter::recipientsHeight(double width) const
{
    if (m_document.recipients.isEmpty())
        return 0;
    double h = m_canvas.textHeight(QStringLiteral("Nơi nhận:"), ReportFonts::font(12, true, true), width, 0);
    for (const QString &r : m_document.recipients)
        h += m_canvas.textHeight(recipientLine(r), ReportFonts::font(11), width, 0);
    return h;
}

void PdfDocumentPainter::paintRecipients(double x, double width)
{
    if (m_document.recipients.isEmpty())
        return;
    const QFont title = ReportFonts::font(12, true, true);
    const QFont item = ReportFonts::font(11);
    double y = m_canvas.y();
    const QString label = QStringLiteral("Nơi nhận:");
    double h = m_canvas.textHeight(label, title, width, 0);
    m_canvas.drawText(QRectF(x, y, width, h), label, title, Qt::AlignLeft | Qt::AlignTop);
    y += h;
    for (const QString &r : m_document.recipients) {
        const QString text = recipientLine(r);
        h = m_canvas.textHeight(text, item, width, 0);
        m_canvas.drawText(QRectF(x, y, width, h), text, item, Qt::AlignLeft | Qt::AlignTop);
        y += h;
    }
    m_canvas.setY(y);
}

bool PdfDocumentPainter::paintClosing()
{
    for (const QString &p : m_document.closingParagraphs)
        if (!paintParagraph(p))
            return false;
    const double w = m_canvas.width();
    const int n = int(m_document.signatures.size());
    const bool sideBySide = n <= 1 && !m_document.recipients.isEmpty();
    m_canvas.advance(m_canvas.mm(4));
    if (sideBySide) {
        // Nơi nhận bottom left, the one signature block bottom right, their tops level.
        const double half = w / 2;
        const double h = qMax(recipientsHeight(half), signaturesHeight(half));
        if (!m_canvas.ensureSpace(h))
            return false;
        const double top = m_canvas.y();
        if (n == 1)
            paintSignatures(half, half);
        m_canvas.setY(top);
        paintRecipients(0, half * 0.95);
        m_canvas.setY(top + h);
        return true;
    }
    if (n > 0) {
        // One signature alone goes to the right half; several share the width.
        const double x = n == 1 ? w / 2 : 0;
        const double width = n == 1 ? w / 2 : w;
        if (!m_canvas.ensureSpace(signaturesHeight(width / n)))
            return false;
        paintSignatures(x, width);
        m_canvas.advance(m_canvas.mm(4));
    }
    if (!m_document.recipients.isEmpty()) {
        if (!m_canvas.ensureSpace(recipientsHeight(w / 2)))
            return false;
        paintRecipients(0, w / 2);
    }
    return true;
}

} // namespace sht::reporting
