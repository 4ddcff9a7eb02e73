#include "PdfReportWriter.h"

#include "CertificateLayout.h"
#include "CertificatePainter.h"
#include "PdfCanvas.h"
#include "PdfDocumentPainter.h"
#include "ReportFonts.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sht::reporting {

namespace {
// Nghị định 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
const QMarginsF documentMargins(30, 20, 15, 20);

QPageSize pageSizeOf(const QString &name)
{
    return name.compare(QLatin1String("A5"), Qt::CaseInsensitive) == 0 ? QPageSize(QPageSize::A5)
                                                                       : QPageSize(QPageSize::A4);
}
} // namespace

Status PdfReportWriter::print(const ReportDocument &document, QPagedPaintDevice &device) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("Printing and PDF need the graphical part of the application. Save the "
                                  "report as .xlsx, or print it from the Reports page of the app."));
    if (ReportFonts::family().isEmpty())
        return Status::failure(tr("The font for printed papers could not be loaded from the application's "
                                  "resources. Reinstall the application."));
    std::optional<CertificateLayout> certificate;
    QPageLayout layout;
    if (!document.certificates.isEmpty()) {
        Status error;
        certificate = CertificateLayout::load(document.certificateLayout, &error);
        if (!certificate)
            return error;
        const double m = certificate->marginsMm;
        layout = QPageLayout(pageSizeOf(document.pageSize), certificate->orientationFor(document.pageSize),
                             QMarginsF(m, m, m, m), QPageLayout::Millimeter);
    } else {
        layout = QPageLayout(QPageSize(QPageSize::A4),
                             document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                             documentMargins, QPageLayout::Millimeter);
    }
    // A printer whose hardware margins are wider than ours keeps its own: the page size and orientation
    // still have to be right.
    if (!device.setPageLayout(layout) &&
        (!device.setPageSize(layout.pageSize()) || !device.setPageOrientation(layout.orientation())))
        return Status::failure(tr("The printer does not accept an %1 page with these margins. Choose another "
                                  "printer or paper size.")
                                   .arg(layout.pageSize().name()));

    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("Printing could not start. Check that the printer is ready, or save as PDF "
                                  "instead."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    PdfCanvas canvas(painter, device);
    bool ok = true;
    if (certificate) {
        CertificatePainter certificates(canvas, *certificate, layout.orientation());
        for (int i = 0; i < document.certificates.size() && ok; ++i) {
            // Certificates carry no page numbers: each is a paper of its own.
            if (i > 0)
                ok = device.newPage();
            if (ok)
                certificates.paint(document.certificates[i]);
        }
    } else {
        // The painter lays out whole tables: a streamed list (the register) is read into memory here, in the
        // keyed form the painter reads.
        ReportDocument held = document;
        for (ReportTable &table : held.tables)
            if (ok && !table.materialise())
                ok = false;
        if (!ok) {
            painter.end();
            return Status::failure(tr("The rows of the report could not be read from the commune file. "
                                      "Build the report again."));
        }
        ok = PdfDocumentPainter(canvas, held).paint();
    }
    painter.end();
    if (!ok)
        return Status::failure(tr("The printer refused a new page. Check the printer and print again."));
    return Status::success();
}

Status PdfReportWriter::writePdf(const ReportDocument &document, const QString &path) const
{
    // QSaveFile writes beside the target and renames on commit: a failure never leaves half a PDF at path.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2. Choose another folder.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Sổ Học Tập"));
        QString title = document.title;
        if (!document.subtitle.isEmpty())
            title += (title.isEmpty() ? QString() : QStringLiteral(" – ")) + document.subtitle;
        writer.setTitle(title.isEmpty() ? document.name : title);
        writer.setResolution(600);
        const Status printed = print(document, writer);
        if (!printed) {
            file.cancelWriting();
            return printed;
        }
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2. Check the free space and try again.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

} // namespace sht::reporting
