#pragma once

#include <QFont>
#include <QString>

namespace sht::reporting {

// The font every printed paper and PDF uses: Liberation Serif (metric-compatible with Times New Roman, the
// font Nghị định 30/2020 asks for, full Vietnamese coverage, SIL OFL), embedded in the app's resources
// (:/fonts) so a PDF made on any machine looks the same and carries the same embedded font.
class ReportFonts
{
public:
    // Registers the four faces with QFontDatabase once per process (thread-safe) and returns the family
    // name to ask for; empty when the resources could not be loaded (the caller reports it).
    static QString family();
    // The family at a point size with weight and style; pixel sizes are never used so the layout scales
    // with the device's resolution.
    static QFont font(double pointSize, bool bold = false, bool italic = false);
    // The resource path of the regular face (tests check its coverage with QRawFont).
    static QString regularFacePath();
};

} // namespace sht::reporting
