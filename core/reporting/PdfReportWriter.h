#pragma once

#include "ReportDocument.h"
#include "Status.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace sht::reporting {

// Prints a ReportDocument (or its certificates) on any paged device: QPdfWriter for "Save as PDF" and the
// CLI, the GUI's QPrinter for printing and print preview. Uses the font embedded in the app's resources
// (ReportFonts), so the output is identical on every machine and every Vietnamese letter is there.
// Follows Nghị định 30/2020 (A4, margins, national heading, title, signature block, "Nơi nhận").
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    // Sets page size, orientation and margins on the device, then paints every page.
    Status print(const ReportDocument &document, QPagedPaintDevice &device) const;
    // A PDF file (temporary file, then renamed: never half a file at path).
    Status writePdf(const ReportDocument &document, const QString &path) const;
};

} // namespace sht::reporting
