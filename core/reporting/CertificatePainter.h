#pragma once

#include "CertificateLayout.h"

#include <QVariantMap>

namespace sht::reporting {

class PdfCanvas;

// Paints one certificate on the current page: the border, then each block of the layout with its
// placeholders filled. A block whose text does not fit its box (a long household name) is shrunk until it
// does, so nothing ever runs over the border or into the next block.
class CertificatePainter
{
public:
    CertificatePainter(PdfCanvas &canvas, const CertificateLayout &layout,
                       QPageLayout::Orientation orientation);
    void paint(const QVariantMap &fields);

    // The point size at which text fits a box of the given size (device pixels): on one line down to 70%
    // of `size`, else wrapped down to 40% of it; exposed for tests.
    double fittingSize(const QString &text, const CertificateBlock &block, double size,
                       const QSizeF &box) const;

private:
    PdfCanvas &m_canvas;
    const CertificateLayout &m_layout;
    double m_scale = 1;
};

} // namespace sht::reporting
