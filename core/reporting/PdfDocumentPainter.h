#pragma once

#include "ReportDocument.h"

#include <QFont>

namespace sht::reporting {

class PdfCanvas;

// Lays out a ReportDocument as an official paper (Nghị định 30/2020/NĐ-CP, /docs/REPORTS.md): the issuing
// body and "Số:" top left, the national heading, the motto and the place-and-date line top right, the title,
// the paragraphs, the tables, the signature blocks side by side and "Nơi nhận:". The canvas' device already
// has its page size and margins.
class PdfDocumentPainter
{
public:
    PdfDocumentPainter(PdfCanvas &canvas, const ReportDocument &document);
    // False when the device refused a page.
    bool paint();

private:
    void paintHeading();
    void paintTitle();
    bool paintParagraph(const QString &text);
    bool paintClosing();
    double signaturesHeight(double columnWidth) const;
    void paintSignatures(double x, double width);
    double recipientsHeight(double width) const;
    void paintRecipients(double x, double width);

    PdfCanvas &m_canvas;
    const ReportDocument &m_document;
};

} // namespace sht::reporting
