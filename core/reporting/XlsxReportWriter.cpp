#include "XlsxReportWriter.h"

#include "PdfFormat.h"
#include "XlsxFormats.h"
#include "XlsxSheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QVarLengthArray>

#include <cmath>
#include <cstdio>
#include <optional>
#include <xlsxwriter.h>

#ifdef Q_OS_LINUX
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace sht::reporting {

namespace {

// Above this many table rows the workbook is written in constant-memory mode (docs/PERFORMANCE.md: 100,000
// rows in 4 MB instead of hundreds).
constexpr int ConstantMemoryRows = 5000;
constexpr int ProgressEvery = 1000;
constexpr int MinimumColumns = 6;    // the heading needs room for its two halves
constexpr double LineHeight = 15.75; // points, one line of 12 pt text
constexpr size_t RowFileBuffer = 1 << 20;

// A column as written: a layout column, or the target text that follows a percentage that has one.
struct OutColumn
{
    const ReportColumn *column = nullptr;
    bool isTarget = false;
    QString header;
    QString group;
    double width = 12;
};

QList<OutColumn> outColumns(const ReportTable &table)
{
    QList<OutColumn> out;
    for (const ReportColumn &c : table.columns) {
        out << OutColumn{&c, false, c.header, c.group, c.width};
        if (c.kind == CellKind::Percent && !c.target.isEmpty())
            out << OutColumn{&c, true, QStringLiteral("Chỉ tiêu"), c.group, 10};
    }
    return out;
}

int linesFor(const QString &text, double widthChars)
{
    int lines = 0;
    for (const QString &part : text.split(QLatin1Char('\n')))
        // Bold 12 pt capitals and Vietnamese diacritics take more room than Excel's width unit (a "0" of the
        // default font): about 0.85 characters a unit keeps wrapped headers from being clipped.
        lines += qMax(1, int(std::ceil(part.size() / qMax(1.0, widthChars * 0.85))));
    return lines;
}

std::optional<double> numberOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok || value.typeId() == QMetaType::QString)
        return std::nullopt;
    return d;
}

// Where libxlsxwriter keeps its temporary files (every row of a constant-memory sheet, twice: ~0.6 KB a row
// each): a RAM-backed folder when the system has one with room to spare, else the usual temporary folder.
// The files are unlinked as soon as they are made, so nothing stays there even after a crash.
QString scratchFolder(qint64 rows)
{
    const QString pattern = QStringLiteral("sohoctap-xlsx-XXXXXX");
#ifdef Q_OS_LINUX
    const char *const shm = "/dev/shm";
    struct statvfs space = {};
    const qint64 needed = rows * 2 * 1024 + (qint64(256) << 20);
    if (rows > 0 && ::access(shm, W_OK | X_OK) == 0 && ::statvfs(shm, &space) == 0 &&
        qint64(space.f_bavail) * qint64(space.f_frsize) > needed)
        return QDir(QString::fromLatin1(shm)).filePath(pattern);
#else
    Q_UNUSED(rows)
#endif
    return QDir(QDir::tempPath()).filePath(pattern);
}

QString sheetNameOf(const ReportDocument &document)
{
    QString name = document.sheetName.isEmpty() ? document.name : document.sheetName;
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    name.replace(forbidden, QStringLiteral(" "));
    name = name.simplified().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

// Lays out one document on one sheet, top to bottom.
class DocumentSheet
{
public:
    DocumentSheet(lxw_worksheet *sheet, XlsxFormats &formats, const ReportDocument &document,
                  const ReportProgress &progress)
        : m_sheet(sheet)
        , m_formats(formats)
        , m_document(document)
        , m_progress(progress)
    {
        for (const ReportTable &t : document.tables) {
            m_columns << outColumns(t);
            m_width = qMax(m_width, int(m_columns.constLast().size()));
            m_totalRows += int(t.rowCount());
        }
    }

    // The last write() stopped because a streamed table's rows could not be read (not a cancel).
    bool failed() const { return m_failed; }

    bool write()
    {
        setUpColumns();
        heading();
        titles();
        paragraphs(m_document.paragraphs);
        for (int i = 0; i < m_document.tables.size(); ++i)
            if (!table(m_document.tables.at(i), m_columns.at(i), m_document.tables.size() == 1))
                return false;
        paragraphs(m_document.closingParagraphs);
        signatures();
        pageSetup();
        return true;
    }

private:
    void setUpColumns()
    {
        QList<double> widths(m_width, 0);
        for (const QList<OutColumn> &columns : m_columns)
            for (int c = 0; c < columns.size(); ++c)
                widths[c] = qMax(widths[c], columns.at(c).width);
        for (int c = 0; c < m_width; ++c) {
            const double w = widths.at(c) > 0 ? widths.at(c) : 12;
            m_widthChars += w;
            worksheet_set_column(m_sheet.handle(), lxw_col_t(c), lxw_col_t(c), w, nullptr);
        }
    }

    int half() const { return m_width / 2; }

    // Issuing body top left, national heading and motto top right, the place-and-date line in italics under
    // the motto (Nghị định 30/2020, Appendix I).
    void heading()
    {
        const DocumentHeading &h = m_document.heading;
        const int leftLast = qMax(0, half() - 1);
        const int rightFirst = leftLast + 1;
        const int last = m_width - 1;
        QStringList left;
        QList<lxw_format *> leftFormats;
        if (!h.parentBody.isEmpty()) {
            left << h.parentBody.toUpper();
            leftFormats << m_formats.parentBody();
        }
        left << h.issuingBody.toUpper();
        leftFormats << m_formats.issuingBody();
        left << (h.documentNumber.isEmpty() ? QString() : h.documentNumber);
        leftFormats << m_formats.centred();
        const QStringList right{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QString(),
                                pdfformat::placeDate(h.place, h.date)};
        const QList<lxw_format *> rightFormats{m_formats.nationalHeading(), m_formats.motto(),
                                               m_formats.centred(), m_formats.placeDate()};
        // The place-and-date line sits one row below the motto's rule, as on paper.
        const int rows = qMax(int(left.size()), int(right.size()));
        for (int r = 0; r < rows; ++r) {
            if (r < left.size() && !left.at(r).isEmpty())
                m_sheet.merge(0, leftLast, left.at(r), leftFormats.at(r));
            if (r < right.size() && !right.at(r).isEmpty())
                m_sheet.merge(rightFirst, last, right.at(r), rightFormats.at(r));
            m_sheet.nextRow();
        }
        m_sheet.nextRow();
    }

    void titles()
    {
        if (!m_document.title.isEmpty()) {
            m_sheet.setHeight(20);
            m_sheet.merge(0, m_width - 1, m_document.title, m_formats.title());
            m_sheet.nextRow();
        }
        if (!m_document.subtitle.isEmpty()) {
            m_sheet.setHeight(LineHeight * linesFor(m_document.subtitle, m_widthChars * 0.9));
            m_sheet.merge(0, m_width - 1, m_document.subtitle, m_formats.subtitle());
            m_sheet.nextRow();
        }
        m_sheet.nextRow();
    }

    void paragraphs(const QStringList &texts)
    {
        if (texts.isEmpty())
            return;
        for (const QString &text : texts) {
            m_sheet.setHeight(LineHeight * linesFor(text, m_widthChars));
            m_sheet.merge(0, m_width - 1, text, m_formats.paragraph());
            m_sheet.nextRow();
        }
        m_sheet.nextRow();
    }

    bool table(const ReportTable &table, const QList<OutColumn> &columns, bool only)
    {
        if (!table.caption.isEmpty()) {
            m_sheet.merge(0, m_width - 1, table.caption, m_formats.caption());
            m_sheet.nextRow();
        }
        const int headerFirst = m_sheet.row();
        header(columns);
        if (table.numberRow) {
            for (int c = 0; c < columns.size(); ++c)
                m_sheet.text(c, QStringLiteral("(%1)").arg(c + 1),
                             m_formats.cell(CellKind::Text, XlsxFormats::Role::Number));
            m_sheet.nextRow();
        }
        const int headerLast = m_sheet.row() - 1;
        if (only) {
            // One table: its header stays in view and on every printed page.
            worksheet_freeze_panes(m_sheet.handle(), lxw_row_t(headerLast + 1), 0);
            worksheet_repeat_rows(m_sheet.handle(), lxw_row_t(headerFirst), lxw_row_t(headerLast));
        }

        // Where each figure is on this table's rows, for the percentage formulas.
        QHash<QString, int> columnOf;
        for (int c = 0; c < columns.size(); ++c)
            if (!columns.at(c).isTarget)
                columnOf.insert(columns.at(c).column->figure, c);
        // Resolved once a table, not once a cell: where each written column's value is in a fast-form row
        // (its index among the layout's columns) and its body formats.
        QVarLengthArray<int, 32> cellIndex(columns.size());
        QVarLengthArray<lxw_format *, 32> plain(columns.size()), bold(columns.size());
        for (int c = 0; c < columns.size(); ++c) {
            const OutColumn &out = columns.at(c);
            cellIndex[c] = out.isTarget ? -1 : int(out.column - table.columns.constData());
            const CellKind kind = out.isTarget ? CellKind::Text : out.column->kind;
            const XlsxFormats::Role role = out.isTarget ? XlsxFormats::Role::Target : XlsxFormats::Role::Body;
            plain[c] = m_formats.cell(kind, role, false);
            bold[c] = m_formats.cell(kind, role, true);
        }
        const int firstData = m_sheet.row();
        QList<double> sums(columns.size(), 0);
        QVarLengthArray<QVariant, 32> values(columns.size()); // each figure looked up once a row
        bool cancelled = false;
        const bool complete = table.forEachRow([&](const ReportRow &row) {
            const bool fast = !row.cells.isEmpty();
            for (int c = 0; c < columns.size(); ++c) {
                if (cellIndex.at(c) < 0)
                    values[c] = QVariant();
                else if (fast)
                    values[c] =
                        cellIndex.at(c) < row.cells.size() ? row.cells.at(cellIndex.at(c)) : QVariant();
                else
                    values[c] = row.values.value(columns.at(c).column->figure);
            }
            wrapRow(values, columns);
            for (int c = 0; c < columns.size(); ++c) {
                lxw_format *f =
                    c == 0 && row.indent != 0
                        ? m_formats.cell(columns.at(c).isTarget ? CellKind::Text : columns.at(c).column->kind,
                                         columns.at(c).isTarget ? XlsxFormats::Role::Target
                                                                : XlsxFormats::Role::Body,
                                         row.emphasised, row.indent)
                        : (row.emphasised ? bold.at(c) : plain.at(c));
                const std::optional<double> value =
                    dataCell(row, values, values.at(c), columns.at(c), c, columnOf, f);
                if (value)
                    sums[c] += *value;
            }
            m_sheet.nextRow();
            if (++m_done % ProgressEvery == 0 && m_progress && !m_progress(m_done, m_totalRows)) {
                cancelled = true;
                return false;
            }
            return true;
        });
        if (!complete) {
            m_failed = !cancelled; // the stream could not read its rows
            return false;
        }
        const int lastData = m_sheet.row() - 1;
        if (table.totalsRow)
            totals(table, columns, columnOf, sums, firstData, lastData);
        m_sheet.nextRow();
        return true;
    }

    // One or two header rows: columns of a group share a merged cell above their own headers; a column
    // without a group spans both rows.
    void header(const QList<OutColumn> &columns)
    {
        lxw_format *f = m_formats.cell(CellKind::Text, XlsxFormats::Role::Header);
        bool grouped = false;
        int lines = 1;
        for (const OutColumn &c : columns) {
            grouped = grouped || !c.group.isEmpty();
            lines = qMax(lines, linesFor(c.header, c.width));
        }
        if (!grouped) {
            m_sheet.setHeight(LineHeight * lines);
            for (int c = 0; c < columns.size(); ++c)
                m_sheet.text(c, columns.at(c).header, f);
            m_sheet.nextRow();
            return;
        }
        // Upper row: the groups (merged across their columns) and the ungrouped headers.
        int groupLines = 1;
        for (int c = 0; c < columns.size();) {
            int end = c;
            while (!columns.at(c).group.isEmpty() && end + 1 < columns.size() &&
                   columns.at(end + 1).group == columns.at(c).group)
                ++end;
            if (!columns.at(c).group.isEmpty()) {
                double width = 0;
                for (int k = c; k <= end; ++k)
                    width += columns.at(k).width;
                groupLines = qMax(groupLines, linesFor(columns.at(c).group, width));
            }
            c = end + 1;
        }
        m_sheet.setHeight(LineHeight * groupLines);
        for (int c = 0; c < columns.size();) {
            int end = c;
            if (columns.at(c).group.isEmpty()) {
                m_sheet.text(c, columns.at(c).header, f);
            } else {
                while (end + 1 < columns.size() && columns.at(end + 1).group == columns.at(c).group)
                    ++end;
                m_sheet.merge(c, end, columns.at(c).group, f);
            }
            c = end + 1;
        }
        m_sheet.nextRow();
        m_sheet.setHeight(LineHeight * lines);
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).group.isEmpty())
                m_sheet.mergeDown(c, columns.at(c).header, f);
            else
                m_sheet.text(c, columns.at(c).header, f);
        }
        m_sheet.nextRow();
    }

    // Excel does not fit row heights to wrapped text when it opens a file: a row with a long text (a TT 25
    // requirement) gets the height it needs here. Short cells cost one length comparison.
    void wrapRow(const QVarLengthArray<QVariant, 32> &values, const QList<OutColumn> &columns)
    {
        int lines = 1;
        for (int c = 0; c < columns.size(); ++c) {
            const OutColumn &out = columns.at(c);
            if (out.isTarget || out.column->kind != CellKind::Text ||
                values.at(c).typeId() != QMetaType::QString)
                continue;
            const QString text = values.at(c).toString();
            if (text.size() > out.width * 0.85 || text.contains(QLatin1Char('\n')))
                lines = qMax(lines, linesFor(text, out.width));
        }
        if (lines > 1)
            m_sheet.setHeight(LineHeight * lines);
    }

    // Writes one cell of a data row; returns its numeric value for the totals.
    std::optional<double> dataCell(const ReportRow &row, const QVarLengthArray<QVariant, 32> &rowValues,
                                   const QVariant &value, const OutColumn &out, int c,
                                   const QHash<QString, int> &columnOf, lxw_format *f)
    {
        const ReportColumn &column = *out.column;
        if (out.isTarget) {
            m_sheet.text(c, column.target, f);
            return std::nullopt;
        }
        switch (column.kind) {
        case CellKind::Text:
            m_sheet.text(c, value.toString(), f);
            return std::nullopt;
        case CellKind::Date:
            m_sheet.date(c, value.toDate(), f);
            return std::nullopt;
        case CellKind::Percent:
            if (row.cells.isEmpty()) {
                percent(row.values, column, c, columnOf, f);
            } else {
                // A fast-form row: the figures the ratio needs, from the written columns.
                QVariantMap figures;
                for (const QString &figure : {column.numerator, column.denominator, column.figure})
                    if (columnOf.contains(figure))
                        figures.insert(figure, rowValues.at(columnOf.value(figure)));
                percent(figures, column, c, columnOf, f);
            }
            return std::nullopt;
        case CellKind::Integer:
        case CellKind::Decimal:
            break;
        }
        const std::optional<double> number = numberOf(value);
        if (number)
            m_sheet.number(c, *number, f);
        else
            m_sheet.text(c, value.toString(), f);
        return number;
    }

    // A ratio: a formula over its numerator and denominator cells when both are columns of the table (the
    // sheet recalculates when someone upstream corrects a figure), with the value cached for readers that do
    // not calculate; else the value itself.
    void percent(const QVariantMap &values, const ReportColumn &column, int c,
                 const QHash<QString, int> &columnOf, lxw_format *f)
    {
        std::optional<double> ratio;
        if (!column.numerator.isEmpty()) {
            const auto n = numberOf(values.value(column.numerator));
            const auto d = numberOf(values.value(column.denominator));
            if (n && d && *d != 0)
                ratio = *n / *d;
        } else {
            ratio = numberOf(values.value(column.figure));
        }
        if (columnOf.contains(column.numerator) && columnOf.contains(column.denominator)) {
            const QString d = XlsxSheet::cellName(m_sheet.row(), columnOf.value(column.denominator));
            const QString n = XlsxSheet::cellName(m_sheet.row(), columnOf.value(column.numerator));
            const QString formula = QStringLiteral("=IF(%1=0,\"\",%2/%1)").arg(d, n);
            if (ratio)
                m_sheet.formula(c, formula, *ratio, f);
            else
                m_sheet.formulaText(c, formula, QString(), f);
            return;
        }
        if (ratio)
            m_sheet.number(c, *ratio, f);
        else
            m_sheet.blank(c, f);
    }

    void totals(const ReportTable &table, const QList<OutColumn> &columns,
                const QHash<QString, int> &columnOf, const QList<double> &sums, int firstData, int lastData)
    {
        int labelColumn = -1;
        const QString labelFigure = table.totalsLabelFigure;
        for (int c = 0; c < columns.size() && labelColumn < 0; ++c) {
            const OutColumn &out = columns.at(c);
            if (out.isTarget)
                continue;
            if (labelFigure.isEmpty() ? out.column->kind == CellKind::Text
                                      : out.column->figure == labelFigure)
                labelColumn = c;
        }
        QVariantMap totalValues; // the totals as figures, for the percentages of the totals row
        for (int c = 0; c < columns.size(); ++c)
            if (!columns.at(c).isTarget && columns.at(c).column->summed)
                totalValues.insert(columns.at(c).column->figure, sums.at(c));
        for (int c = 0; c < columns.size(); ++c) {
            const OutColumn &out = columns.at(c);
            const CellKind kind = out.isTarget ? CellKind::Text : out.column->kind;
            lxw_format *f = m_formats.cell(kind, XlsxFormats::Role::Totals);
            if (c == labelColumn) {
                m_sheet.text(c, table.totalsLabel.isEmpty() ? QStringLiteral("Tổng cộng") : table.totalsLabel,
                             f);
            } else if (out.isTarget) {
                m_sheet.text(c, out.column->target,
                             m_formats.cell(CellKind::Text, XlsxFormats::Role::Target, true));
            } else if (out.column->summed) {
                if (lastData >= firstData)
                    m_sheet.formula(
                        c,
                        QStringLiteral("=SUM(%1:%2)")
                            .arg(XlsxSheet::cellName(firstData, c), XlsxSheet::cellName(lastData, c)),
                        sums.at(c), f);
                else
                    m_sheet.number(c, 0, f);
            } else if (kind == CellKind::Percent && totalValues.contains(out.column->numerator) &&
                       totalValues.contains(out.column->denominator)) {
                percent(totalValues, *out.column, c, columnOf, f);
            } else {
                m_sheet.blank(c, f);
            }
        }
        m_sheet.nextRow();
    }

    // Left to right across the sheet; "Nơi nhận" bottom left beside a single signature, else under them.
    void signatures()
    {
        const QList<SignatureBlock> &blocks = m_document.signatures;
        const QStringList &recipients = m_document.recipients;
        const bool recipientsBeside = blocks.size() == 1 && !recipients.isEmpty();
        QList<std::pair<int, int>> spans;
        if (recipientsBeside) {
            spans << std::pair{half(), m_width - 1};
        } else {
            for (int i = 0; i < blocks.size(); ++i)
                spans << std::pair{i * m_width / int(blocks.size()),
                                   (i + 1) * m_width / int(blocks.size()) - 1};
        }
        // Rows of each block: authority line, title, "(Ký, ghi rõ họ tên)", room to sign, name.
        const int signingRows = 4;
        QList<QStringList> lines;
        for (const SignatureBlock &b : blocks) {
            QStringList l;
            if (!b.authorityLine.isEmpty())
                l << b.authorityLine;
            l << b.title;
            lines << l;
        }
        int headRows = 0;
        for (const QStringList &l : lines)
            headRows = qMax(headRows, int(l.size()));
        QStringList left;
        if (recipientsBeside) {
            left << QStringLiteral("Nơi nhận:");
            for (const QString &r : recipients)
                left << QStringLiteral("- %1").arg(r);
        }
        const int rows = qMax(blocks.isEmpty() ? 0 : headRows + 1 + signingRows + 1, int(left.size()));
        for (int r = 0; r < rows; ++r) {
            if (r < left.size())
                m_sheet.merge(0, half() - 1, left.at(r),
                              r == 0 ? m_formats.recipientsHead() : m_formats.recipient());
            for (int b = 0; b < blocks.size(); ++b) {
                const auto [first, last] = spans.at(b);
                // Each block's lines sit at the bottom of the heading rows, so the titles line up.
                const int offset = headRows - int(lines.at(b).size());
                if (r >= offset && r < headRows)
                    m_sheet.merge(first, last, lines.at(b).at(r - offset), m_formats.signatureBold());
                else if (r == headRows)
                    m_sheet.merge(first, last, QStringLiteral("(Ký, ghi rõ họ tên)"),
                                  m_formats.signatureNote());
                else if (r == headRows + 1 + signingRows && !blocks.at(b).name.isEmpty())
                    m_sheet.merge(first, last, blocks.at(b).name, m_formats.signatureBold());
            }
            m_sheet.nextRow();
        }
        if (!recipientsBeside && !recipients.isEmpty()) {
            m_sheet.nextRow();
            m_sheet.merge(0, m_width - 1, QStringLiteral("Nơi nhận:"), m_formats.recipientsHead());
            m_sheet.nextRow();
            for (const QString &r : recipients) {
                m_sheet.merge(0, m_width - 1, QStringLiteral("- %1").arg(r), m_formats.recipient());
                m_sheet.nextRow();
            }
        }
    }

    void pageSetup()
    {
        lxw_worksheet *s = m_sheet.handle();
        worksheet_set_paper(s, 9); // A4
        if (m_document.landscape)
            worksheet_set_landscape(s);
        else
            worksheet_set_portrait(s);
        // Nghị định 30/2020 margins (left 30 mm, right 15 mm, top and bottom 20 mm), in inches.
        worksheet_set_margins(s, 30 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4);
        worksheet_fit_to_pages(s, 1, 0); // as wide as one page, as long as it takes
        worksheet_center_horizontally(s);
        worksheet_set_footer(s, "&C&P/&N");
    }

    XlsxSheet m_sheet;
    XlsxFormats &m_formats;
    const ReportDocument &m_document;
    const ReportProgress &m_progress;
    QList<QList<OutColumn>> m_columns;
    int m_width = MinimumColumns;
    double m_widthChars = 0;
    int m_totalRows = 0;
    int m_done = 0;
    bool m_failed = false;
};

} // namespace

Status XlsxReportWriter::write(const ReportDocument &document, const QString &path,
                               const ReportProgress &progress) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Status::failure(tr("The folder of %1 does not exist. Choose another folder.").arg(shown));
    // The workbook is written beside its destination, then renamed over it: a failure or a cancel never
    // leaves half a workbook where the clerk expects one, and an older file stays until the new one is whole.
    QTemporaryFile partial(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!partial.open())
        return Status::failure(
            tr("%1 could not be written: the folder may not be written (%2). Choose another folder.")
                .arg(shown, partial.errorString()));
    partial.close();
    const QByteArray partialName = QFile::encodeName(partial.fileName());

    qint64 rows = 0;
    bool streamed = false;
    for (const ReportTable &t : document.tables) {
        rows += t.rowCount();
        streamed = streamed || t.isStreamed();
    }
    const bool constantMemory = streamed || rows > ConstantMemoryRows;
    QTemporaryDir scratch(scratchFolder(constantMemory ? rows : 0)); // the workbook's temporary files
    const QByteArray scratchName = QFile::encodeName(scratch.path());
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = const_cast<char *>(scratchName.constData());
    options.use_zip64 = LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(partialName.constData(), &options);
    if (!book)
        return Status::failure(
            tr("%1 could not be created. Check that the folder may be written.").arg(shown));
    lxw_doc_properties properties{};
    const QByteArray title = (document.title + QLatin1Char(' ') + document.subtitle).trimmed().toUtf8();
    const QByteArray author = document.heading.issuingBody.toUtf8();
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(author.constData());
    workbook_set_properties(book, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetNameOf(document).toUtf8().constData());
    // Constant-memory mode writes every row to a temporary file through stdio's 4 KB buffer, then reads it
    // back: a larger buffer, set before the first row, makes 15,000 system calls of a 100,000-row list ~60.
    if (sheet && sheet->optimize_tmpfile)
        std::setvbuf(sheet->optimize_tmpfile, nullptr, _IOFBF, RowFileBuffer);
    XlsxFormats formats(book);
    DocumentSheet *written = nullptr;
    std::optional<DocumentSheet> laidOut;
    if (sheet) {
        laidOut.emplace(sheet, formats, document, progress);
        written = &*laidOut;
    }
    const bool complete = written && written->write();
    const lxw_error closed = workbook_close(book);
    if (!complete) {
        QFile::remove(partial.fileName());
        if (written && written->failed())
            return Status::failure(tr("%1 was not written: the rows of the report could not be read from the "
                                      "commune file. Build the report again.")
                                       .arg(shown));
        return sheet ? Status::failure(QString())
                     : Status::failure(tr("%1 could not be created: the sheet name \"%2\" is not allowed.")
                                           .arg(shown, sheetNameOf(document)));
    }
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial.fileName());
        return Status::failure(
            tr("%1 could not be written (%2). Check the free space and that the folder may "
               "be written.")
                .arg(shown, QString::fromUtf8(lxw_strerror(closed))));
    }
    // rename() replaces the destination in one step; where it cannot (a file open in Excel on Windows), say
    // so.
    if (std::rename(partialName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial.fileName());
        return Status::failure(
            tr("%1 could not be replaced. If it is open in Excel or LibreOffice, close it and export again.")
                .arg(shown));
    }
    partial.setAutoRemove(false);
    return Status::success();
}

} // namespace sht::reporting
