#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace sht::reporting {

// What every official paper carries (Nghị định 30/2020/NĐ-CP, ../docs/REPORTS.md): the issuing body top left,
// the national heading top right, the place-and-date line, the signature block. Names come from the commune's
// settings (DocumentSettings), never from code.
struct DocumentHeading
{
    QString parentBody;     // "UBND HUYỆN …" (regular weight above the issuing body); may be empty
    QString issuingBody;    // "UBND XÃ HÒA BÌNH" / "HỘI KHUYẾN HỌC XÃ HÒA BÌNH"
    QString documentNumber; // "Số: 12/BC-UBND"; empty = "Số:      /BC-…" left for the clerk
    QString place;          // "Hòa Bình"
    QDate date;             // the place-and-date line; invalid = "ngày … tháng … năm …" left blank
};

struct SignatureBlock
{
    QString authorityLine; // "TM. ỦY BAN NHÂN DÂN"; may be empty
    QString title;         // "CHỦ TỊCH" / "NGƯỜI LẬP BIỂU"
    QString name;          // the signer's full name, bold under the space for signature and seal
};

enum class CellKind {
    Text,
    Integer, // whole numbers, thousands with a dot in Vietnamese documents
    Decimal, // one decimal
    Percent, // value is a ratio (0.883 = 88,3%); computed as numerator/denominator when the column says so
    Date,    // value is a QDate, written dd/MM/yyyy
};

// One column of a table as the layout (resources/reports/*.json) asks for it: the figure it shows, its header
// (and the group header above it, for two-row headers), width in characters, and how totals are made.
struct ReportColumn
{
    QString figure; // the key in ReportRow::values
    QString header;
    QString group; // two-row headers: columns with the same non-empty group share a merged cell above them
    double width = 12;
    CellKind kind = CellKind::Text;
    bool summed = false; // the totals row holds =SUM(...) of this column
    // Percent columns: the figures whose ratio this is; the .xlsx cell is a formula (=IF(d=0,"",n/d)) so it
    // recalculates upstream, with the value cached for readers that do not calculate.
    QString numerator;
    QString denominator;
    QString target; // optional: the target this percentage is shown beside, e.g. "≥ 80%"
};

struct ReportRow
{
    QVariantMap
        values; // figure → value (QString, qint64/int, double, QDate); a missing figure is an empty cell
    // The fast form long lists use instead of values: one value per ReportTable::columns entry, in that
    // order (missing trailing values are empty cells). When not empty, values is ignored.
    QVariantList cells;
    bool emphasised = false; // sub-headings and subtotals (bold)
    int indent = 0;
};

// Receives the rows of a streamed table one at a time; returns false to stop (cancel).
using ReportRowSink = std::function<bool(const ReportRow &)>;

struct ReportTable
{
    QString caption; // optional, above the table ("I. Gia đình học tập")
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    bool numberRow = true;     // "(1) (2) (3) …" under the header
    bool totalsRow = false;    // a last row "Tổng cộng" with SUM formulas for summed columns
    QString totalsLabel;       // default "Tổng cộng"
    QString totalsLabelFigure; // the column that holds the totals label (default: the first text column)

    // A long list (the register of 100,000 people) is not held in memory: rowStream, when set, gives every
    // row in order to the sink as the database yields it, and rows stays empty. It returns false when the
    // sink stopped or the query failed. The stream reads the database the document was built from, so that
    // database must stay open while the document is written. streamedRowCount is how many rows it gives.
    std::function<bool(const ReportRowSink &sink)> rowStream;
    qint64 streamedRowCount = -1;

    bool isStreamed() const { return bool(rowStream); }
    qint64 rowCount() const { return rowStream ? qMax<qint64>(0, streamedRowCount) : rows.size(); }
    // Every row, streamed or held; false when the sink stopped or the stream failed.
    bool forEachRow(const ReportRowSink &sink) const
    {
        if (rowStream)
            return rowStream(sink);
        for (const ReportRow &row : rows)
            if (!sink(row))
                return false;
        return true;
    }
    // A row in the keyed form (values filled from cells when the row uses the fast form).
    ReportRow keyed(const ReportRow &row) const
    {
        if (row.cells.isEmpty())
            return row;
        ReportRow out;
        out.emphasised = row.emphasised;
        out.indent = row.indent;
        for (qsizetype c = 0; c < row.cells.size() && c < columns.size(); ++c)
            if (row.cells.at(c).isValid())
                out.values.insert(columns.at(c).figure, row.cells.at(c));
        return out;
    }
    // For the PDF and the preview, which lay out whole tables: the rows held in memory in the keyed form
    // (at most limit of them, when limit ≥ 0), and the stream dropped. Returns false if the stream failed.
    bool materialise(qint64 limit = -1)
    {
        if (!rowStream) {
            for (ReportRow &row : rows)
                if (!row.cells.isEmpty())
                    row = keyed(row);
            return true;
        }
        QList<ReportRow> held;
        const bool ok = rowStream([&](const ReportRow &row) {
            if (limit >= 0 && held.size() >= limit)
                return false;
            held << keyed(row);
            return true;
        });
        const bool complete = ok || (limit >= 0 && held.size() >= limit);
        rows = held;
        rowStream = nullptr;
        return complete;
    }
};

// A whole report as it is exported (.xlsx), printed or saved as PDF. Built by a ReportSource; the writers
// never query the database.
struct ReportDocument
{
    QString name; // "yearly", "register", …
    DocumentHeading heading;
    QString title;          // "BÁO CÁO"
    QString subtitle;       // "Kết quả xây dựng các mô hình học tập năm 2025"
    QStringList paragraphs; // prose before the tables (minutes, self-assessment drafts)
    QList<ReportTable> tables;
    QStringList closingParagraphs;
    QList<SignatureBlock> signatures; // left to right; usually "NGƯỜI LẬP BIỂU" and the chairman
    QStringList recipients;           // "Nơi nhận:"
    bool landscape = false;
    QString sheetName; // .xlsx sheet name (≤ 31 characters); default from name

    // Certificates (giấy công nhận): one page each, laid out by resources/reports/certificates/<layout>.json
    // (PdfReportWriter). Each map holds the fields the layout's placeholders name ({recipient}, {village},
    // {year}, {decision_number}, {decision_date}, …). The .xlsx export of such a document is its tables (the
    // list of recipients).
    QString certificateLayout;
    QList<QVariantMap> certificates;
    QString pageSize = QStringLiteral("A4"); // "A4" or "A5"
};

} // namespace sht::reporting
