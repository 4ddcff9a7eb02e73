// libFuzzer target for the report layouts and certificate designs (issue 9): a province edits a copy of
// resources/reports/*.json in the user's layout folder, so any bytes must give a layout or a refusal that
// names the file, never a crash. A layout that loads is then used as a report would use it: filled, given
// rows, and written as .xlsx (widths, groups, totals and percent formulas go into libxlsxwriter).
// The loaders read from a path: each input is written to one file in shared memory.
// Built with clang and -DSHT_FUZZ=ON (tests/fuzz/CMakeLists.txt); fuzz_replay_main.cpp runs the same entry
// point over tests/fuzz/corpus/report_layout in CI (test_fuzz_report_layout_replay).
#include "CertificateLayout.h"
#include "FuzzInput.h"
#include "ReportLayout.h"
#include "XlsxReportWriter.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

using namespace sht::reporting;

// Every figure a column names, with a value of the column's kind, and a row that leaves them empty.
QList<ReportRow> rowsFor(const TableLayout &table)
{
    ReportRow full;
    ReportRow empty;
    int n = 0;
    for (const ReportColumn &c : table.columns) {
        for (const QString &figure : {c.figure, c.numerator, c.denominator})
            if (!figure.isEmpty() && !full.values.contains(figure))
                full.values.insert(figure, ++n % 3 == 0 ? QVariant(QStringLiteral("Nguyễn Văn An"))
                                                        : QVariant(qint64(n * 7)));
    }
    full.values.insert(QStringLiteral("village"), QStringLiteral("Thôn Đông"));
    empty.emphasised = true;
    return {full, empty};
}

void useReportLayout(const ReportLayout &layout, const QString &out)
{
    ReportDocument document;
    layout.applyTo(document, 2025, QStringLiteral("Thôn Đông"));
    if (document.sheetName.size() > 31)
        __builtin_trap();
    for (const TableLayout &table : layout.tables) {
        QStringList figures;
        for (const ReportColumn &c : table.columns)
            figures << c.figure << c.numerator << c.denominator;
        if (!layout.validateFigures(table.key, figures).ok())
            __builtin_trap(); // every figure it names is known: it must pass
        if (layout.validateFigures(table.key, {}).ok() && !table.columns.isEmpty() &&
            !table.columns.first().figure.isEmpty())
            __builtin_trap();
        document.tables << layout.makeTable(table.key, rowsFor(table));
    }
    document.signatures << SignatureBlock{};
    const sht::Status written = XlsxReportWriter().write(document, out);
    if (!written.ok() && written.message().isEmpty())
        __builtin_trap();
    QFile::remove(out);
}

void useCertificateLayout(const CertificateLayout &layout)
{
    const QVariantMap fields{{QStringLiteral("recipient"), QStringLiteral("Gia đình ông Lê Văn Nam")},
                             {QStringLiteral("village"), QStringLiteral("Thôn Đông")},
                             {QStringLiteral("year"), 2025},
                             {QStringLiteral("decision_number"), QStringLiteral("12/QĐ-UBND")}};
    for (const CertificateBlock &block : layout.blocks) {
        if (!(block.box.x() >= 0 && block.box.y() >= 0 && block.box.right() <= 1.0001 &&
              block.box.bottom() <= 1.0001 && block.size >= 4 && block.size <= 120))
            __builtin_trap(); // the loader promises blocks inside the page and a readable size
        const QString text = CertificateLayout::fill(block.text, fields);
        if (text.contains(QStringLiteral("{recipient}")))
            __builtin_trap();
    }
    layout.orientationFor(QStringLiteral("A4"));
    layout.orientationFor(QStringLiteral("A5"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder(sht::fuzz::memoryFolderTemplate(QStringLiteral("layout")));
    const QString path = folder.filePath(QStringLiteral("fuzz.json"));
    if (!sht::fuzz::writeFile(path, data, size))
        return 0;

    sht::Status error;
    if (const auto layout = ReportLayout::loadFile(path, &error)) {
        if (!error.ok())
            __builtin_trap();
        useReportLayout(*layout, folder.filePath(QStringLiteral("out.xlsx")));
    } else if (error.ok() || !error.message().contains(path)) {
        __builtin_trap(); // a refusal says so, and names the file
    }

    sht::Status certificateError;
    if (const auto certificate = CertificateLayout::loadFile(path, &certificateError))
        useCertificateLayout(*certificate);
    else if (certificateError.ok() || !certificateError.message().contains(QStringLiteral("fuzz.json")))
        __builtin_trap();
    return 0;
}
