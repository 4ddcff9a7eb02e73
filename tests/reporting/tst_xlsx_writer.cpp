// The .xlsx writer, read back with openpyxl (an independent reader): the heading block, merged title and
// group cells, the column-number row, number formats, SUM and percentage formulas with cached values, the
// target beside each percentage, dates as real dates, print setup and frozen panes; constant-memory mode for
// long lists keeps the merged header; a cancelled or failed export leaves nothing (and an older file intact).
#include "TestSupport.h"
#include "XlsxDump.h"
#include "XlsxReportWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sht;
using namespace sht::reporting;

namespace {

ReportColumn column(const QString &figure, const QString &header, CellKind kind = CellKind::Text,
                    const QString &group = {}, bool summed = false)
{
    ReportColumn c;
    c.figure = figure;
    c.header = header;
    c.kind = kind;
    c.group = group;
    c.summed = summed;
    return c;
}

ReportRow row(const QString &village, int households, int recognised, const QDate &decided)
{
    ReportRow r;
    r.values = {{QStringLiteral("village"), village},
                {QStringLiteral("households"), households},
                {QStringLiteral("recognised"), recognised},
                {QStringLiteral("decided"), decided}};
    return r;
}

ReportTable householdsTable()
{
    ReportTable t;
    const QString group = QStringLiteral("Hộ gia đình");
    t.columns << column(QStringLiteral("village"), QStringLiteral("Thôn"));
    t.columns.last().width = 20;
    t.columns << column(QStringLiteral("households"), QStringLiteral("Tổng số hộ"), CellKind::Integer, group,
                        true)
              << column(QStringLiteral("recognised"), QStringLiteral("Được công nhận"), CellKind::Integer,
                        group, true);
    ReportColumn share = column(QStringLiteral("share"), QStringLiteral("Tỷ lệ"), CellKind::Percent, group);
    share.numerator = QStringLiteral("recognised");
    share.denominator = QStringLiteral("households");
    share.target = QStringLiteral("70%");
    t.columns << share
              << column(QStringLiteral("decided"), QStringLiteral("Ngày quyết định"), CellKind::Date);
    t.rows << row(QStringLiteral("Thôn Đông"), 1200, 1000, QDate(2025, 12, 5))
           << row(QStringLiteral("Thôn Đoài"), 39, 13, QDate(2025, 11, 30))
           << row(QStringLiteral("Xóm Mới"), 0, 0, QDate());
    t.totalsRow = true;
    return t;
}

ReportDocument document()
{
    ReportDocument d;
    d.name = QStringLiteral("test");
    d.heading.parentBody = QStringLiteral("UBND HUYỆN LẠC SƠN");
    d.heading.issuingBody = QStringLiteral("UBND XÃ HÒA BÌNH");
    d.heading.place = QStringLiteral("Hòa Bình");
    d.heading.date = QDate(2026, 1, 5);
    d.title = QStringLiteral("BÁO CÁO");
    d.subtitle = QStringLiteral("Kết quả năm 2025");
    d.tables << householdsTable();
    d.signatures << SignatureBlock{QString(), QStringLiteral("NGƯỜI LẬP BIỂU"), QStringLiteral("Lê Thu Hà")}
                 << SignatureBlock{QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("CHỦ TỊCH"),
                                   QStringLiteral("Nguyễn Văn An")};
    d.recipients << QStringLiteral("UBND huyện") << QStringLiteral("Lưu: VT");
    d.landscape = true;
    d.sheetName = QStringLiteral("Thống kê 2025");
    return d;
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << v.toString();
    return list;
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_dump;

    QJsonObject cell(const QString &name) const { return test::cellOf(m_dump, name); }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
        SHT_VERIFY_OK(XlsxReportWriter().write(document(), path));
        QString error;
        m_dump = test::dumpXlsx(path, &error);
        QVERIFY2(!m_dump.isEmpty(), qPrintable(error));
        QCOMPARE(leftovers(m_dir.path()), QStringList{QStringLiteral("report.xlsx")});
    }

    void cellValues_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("parent body") << "A1" << QVariant(QStringLiteral("UBND HUYỆN LẠC SƠN"));
        QTest::newRow("national heading")
            << "D1" << QVariant(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        QTest::newRow("issuing body") << "A2" << QVariant(QStringLiteral("UBND XÃ HÒA BÌNH"));
        QTest::newRow("motto") << "D2" << QVariant(QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
        QTest::newRow("place and date")
            << "D4" << QVariant(QStringLiteral("Hòa Bình, ngày 05 tháng 01 năm 2026"));
        QTest::newRow("title") << "A6" << QVariant(QStringLiteral("BÁO CÁO"));
        QTest::newRow("subtitle") << "A7" << QVariant(QStringLiteral("Kết quả năm 2025"));
        QTest::newRow("header") << "A9" << QVariant(QStringLiteral("Thôn"));
        QTest::newRow("group") << "B9" << QVariant(QStringLiteral("Hộ gia đình"));
        QTest::newRow("sub-header") << "C10" << QVariant(QStringLiteral("Được công nhận"));
        QTest::newRow("target header") << "E10" << QVariant(QStringLiteral("Chỉ tiêu"));
        QTest::newRow("ungrouped header") << "F9" << QVariant(QStringLiteral("Ngày quyết định"));
        QTest::newRow("number row first") << "A11" << QVariant(QStringLiteral("(1)"));
        QTest::newRow("number row last") << "F11" << QVariant(QStringLiteral("(6)"));
        QTest::newRow("first village") << "A12" << QVariant(QStringLiteral("Thôn Đông"));
        QTest::newRow("integer") << "B12" << QVariant(1200);
        QTest::newRow("percent formula") << "D12" << QVariant(QStringLiteral("=IF(B12=0,\"\",C12/B12)"));
        QTest::newRow("target text") << "E12" << QVariant(QStringLiteral("70%"));
        QTest::newRow("date") << "F12" << QVariant(QStringLiteral("2025-12-05"));
        QTest::newRow("totals label") << "A15" << QVariant(QStringLiteral("Tổng cộng"));
        QTest::newRow("sum households") << "B15" << QVariant(QStringLiteral("=SUM(B12:B14)"));
        QTest::newRow("sum recognised") << "C15" << QVariant(QStringLiteral("=SUM(C12:C14)"));
        QTest::newRow("totals percent") << "D15" << QVariant(QStringLiteral("=IF(B15=0,\"\",C15/B15)"));
    }

    void cellValues()
    {
        QFETCH(QString, cell);
        QFETCH(QVariant, value);
        const QJsonValue got = this->cell(cell).value(QStringLiteral("value"));
        if (value.typeId() == QMetaType::Int)
            QCOMPARE(got.toDouble(), value.toDouble());
        else
            QCOMPARE(got.toString(), value.toString());
    }

    void cachedValues()
    {
        // Readers that do not calculate see the figures too.
        QCOMPARE(cell(QStringLiteral("B15")).value(QStringLiteral("cached")).toDouble(), 1239.0);
        QCOMPARE(cell(QStringLiteral("C15")).value(QStringLiteral("cached")).toDouble(), 1013.0);
        QVERIFY(qAbs(cell(QStringLiteral("D12")).value(QStringLiteral("cached")).toDouble() - 1000.0 / 1200) <
                1e-9);
        QVERIFY(qAbs(cell(QStringLiteral("D15")).value(QStringLiteral("cached")).toDouble() - 1013.0 / 1239) <
                1e-9);
        // No households: no percentage (an empty text, not a division by zero).
        QCOMPARE(cell(QStringLiteral("D14")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("=IF(B14=0,\"\",C14/B14)"));
        QVERIFY(cell(QStringLiteral("D14")).value(QStringLiteral("cached")).toString().isEmpty());
        // A missing date is an empty cell, not 1899.
        QVERIFY(cell(QStringLiteral("F14")).value(QStringLiteral("value")).isUndefined());
    }

    void numberFormats()
    {
        QCOMPARE(cell(QStringLiteral("B12")).value(QStringLiteral("format")).toString(),
                 QStringLiteral("#,##0"));
        QCOMPARE(cell(QStringLiteral("B15")).value(QStringLiteral("format")).toString(),
                 QStringLiteral("#,##0"));
        QCOMPARE(cell(QStringLiteral("D12")).value(QStringLiteral("format")).toString(),
                 QStringLiteral("0.0%"));
        QCOMPARE(cell(QStringLiteral("F12")).value(QStringLiteral("format")).toString(),
                 QStringLiteral("dd/mm/yyyy"));
        QVERIFY(cell(QStringLiteral("A15")).value(QStringLiteral("bold")).toBool());
        QVERIFY(cell(QStringLiteral("D4")).value(QStringLiteral("italic")).toBool());
        QVERIFY(cell(QStringLiteral("A2")).value(QStringLiteral("bold")).toBool());
        QVERIFY(!cell(QStringLiteral("A1")).value(QStringLiteral("bold")).toBool());
    }

    void mergedRanges()
    {
        const QStringList merged = strings(m_dump.value(QStringLiteral("merged")));
        for (const QString range :
             {"A1:C1", "D1:F1", "A2:C2", "D2:F2", "D4:F4", "A6:F6", "A7:F7", "A9:A10", "B9:E9", "F9:F10"})
            QVERIFY2(merged.contains(range), qPrintable(range + QStringLiteral(" in ") + merged.join(u' ')));
    }

    void signaturesAndRecipients()
    {
        QStringList texts;
        const QJsonObject cells = m_dump.value(QStringLiteral("cells")).toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it)
            texts << it.value().toObject().value(QStringLiteral("value")).toString();
        for (const char *text : {"NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
                                 "Lê Thu Hà", "Nơi nhận:", "- UBND huyện", "- Lưu: VT"})
            QVERIFY2(texts.contains(QString::fromUtf8(text)), text);
    }

    void printSetup()
    {
        QCOMPARE(strings(m_dump.value(QStringLiteral("sheets"))),
                 QStringList{QStringLiteral("Thống kê 2025")});
        QCOMPARE(m_dump.value(QStringLiteral("orientation")).toString(), QStringLiteral("landscape"));
        QCOMPARE(m_dump.value(QStringLiteral("paper")).toVariant().toString(), QStringLiteral("9"));
        QVERIFY(m_dump.value(QStringLiteral("fitToPage")).toBool());
        // fitToWidth 1 is the OOXML default, so the writer may leave it out.
        QVERIFY(QStringList({QString(), QStringLiteral("1")})
                    .contains(m_dump.value(QStringLiteral("fitToWidth")).toVariant().toString()));
        QCOMPARE(m_dump.value(QStringLiteral("fitToHeight")).toVariant().toString(), QStringLiteral("0"));
        QCOMPARE(m_dump.value(QStringLiteral("freeze")).toString(), QStringLiteral("A12"));
        QCOMPARE(m_dump.value(QStringLiteral("titleRows")).toString(), QStringLiteral("$9:$11"));
    }

    void portraitAndSeveralTables()
    {
        ReportDocument d = document();
        d.landscape = false;
        ReportTable second = householdsTable();
        second.caption = QStringLiteral("II. Dòng họ");
        second.rows.removeLast();
        d.tables << second;
        const QString path = m_dir.filePath(QStringLiteral("two.xlsx"));
        SHT_VERIFY_OK(XlsxReportWriter().write(d, path));
        const QJsonObject dump = test::dumpXlsx(path);
        QCOMPARE(dump.value(QStringLiteral("orientation")).toString(), QStringLiteral("portrait"));
        // Several tables: no frozen header (it would hide the next table's).
        QVERIFY(dump.value(QStringLiteral("freeze")).isNull());
        // The second table: caption on row 17, header 18–19, numbers 20, rows 21–22, totals 23.
        QCOMPARE(test::cellOf(dump, QStringLiteral("A17")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("II. Dòng họ"));
        QCOMPARE(test::cellOf(dump, QStringLiteral("B23")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("=SUM(B21:B22)"));
        QCOMPARE(test::cellOf(dump, QStringLiteral("B23")).value(QStringLiteral("cached")).toDouble(),
                 1239.0);
    }

    void constantMemoryKeepsMergedHeader()
    {
        ReportDocument d = document();
        ReportTable &t = d.tables.first();
        t.rows.clear();
        for (int i = 0; i < 6000; ++i)
            t.rows << row(QStringLiteral("Thôn %1").arg(i), i % 7, i % 3, QDate(2025, 1, 1).addDays(i % 300));
        const QString path = m_dir.filePath(QStringLiteral("long.xlsx"));
        int calls = 0;
        SHT_VERIFY_OK(XlsxReportWriter().write(d, path, [&calls](int done, int total) {
            ++calls;
            return done <= total;
        }));
        QCOMPARE(calls, 6);
        const QJsonObject dump = test::dumpXlsx(path);
        const QStringList merged = strings(dump.value(QStringLiteral("merged")));
        for (const QString range : {"A6:F6", "A9:A10", "B9:E9", "F9:F10"})
            QVERIFY2(merged.contains(range), qPrintable(range + QStringLiteral(" in ") + merged.join(u' ')));
        QCOMPARE(test::cellOf(dump, QStringLiteral("A10")).value(QStringLiteral("value")).toString(),
                 QString());
        QCOMPARE(test::cellOf(dump, QStringLiteral("C10")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Được công nhận"));
        QCOMPARE(test::cellOf(dump, QStringLiteral("A6011")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Thôn 5999"));
        QCOMPARE(test::cellOf(dump, QStringLiteral("B6012")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("=SUM(B12:B6011)"));
        double sum = 0;
        for (int i = 0; i < 6000; ++i)
            sum += i % 7;
        QCOMPARE(test::cellOf(dump, QStringLiteral("B6012")).value(QStringLiteral("cached")).toDouble(), sum);
    }

    // A streamed table (the register's form): rows in column order, given one at a time and never held,
    // written like held ones (percent formulas from the fast form too); a failing stream is an error, a
    // cancel is not.
    void streamedRows()
    {
        ReportDocument d = document();
        ReportTable &t = d.tables.first();
        t.rows.clear();
        const int count = 2500;
        int given = 0;
        bool fail = false;
        t.streamedRowCount = count;
        t.rowStream = [&](const ReportRowSink &sink) {
            ReportRow r;
            r.cells = QVariantList(t.columns.size());
            for (int i = 0; i < count; ++i) {
                if (fail && i == 1500)
                    return false;
                r.cells[0] = QStringLiteral("Thôn %1").arg(i);
                r.cells[1] = i % 7;
                r.cells[2] = i % 3;
                r.cells[4] = QDate(2025, 1, 1).addDays(i % 300);
                r.emphasised = i == 0;
                ++given;
                if (!sink(r))
                    return false;
            }
            return true;
        };
        QVERIFY(t.isStreamed());
        QCOMPARE(t.rowCount(), qint64(count));
        const QString path = m_dir.filePath(QStringLiteral("streamed.xlsx"));
        int last = 0;
        SHT_VERIFY_OK(XlsxReportWriter().write(d, path, [&](int done, int total) {
            last = done;
            return total == count;
        }));
        QCOMPARE(given, count);
        QCOMPARE(last, 2000);
        const QJsonObject dump = test::dumpXlsx(path);
        // Header rows as for held rows: data from row 12.
        QCOMPARE(test::cellOf(dump, QStringLiteral("A12")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Thôn 0"));
        QVERIFY(test::cellOf(dump, QStringLiteral("A12")).value(QStringLiteral("bold")).toBool());
        QVERIFY(!test::cellOf(dump, QStringLiteral("A13")).value(QStringLiteral("bold")).toBool());
        QCOMPARE(test::cellOf(dump, QStringLiteral("A2511")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Thôn 2499"));
        QCOMPARE(test::cellOf(dump, QStringLiteral("B2511")).value(QStringLiteral("value")).toDouble(),
                 double(2499 % 7));
        QCOMPARE(test::cellOf(dump, QStringLiteral("D2510")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("=IF(B2510=0,\"\",C2510/B2510)"));
        QCOMPARE(test::cellOf(dump, QStringLiteral("D2510")).value(QStringLiteral("cached")).toDouble(),
                 double(2498 % 3) / double(2498 % 7));
        double sum = 0;
        for (int i = 0; i < count; ++i)
            sum += i % 7;
        QCOMPARE(test::cellOf(dump, QStringLiteral("B2512")).value(QStringLiteral("cached")).toDouble(), sum);

        // Kept as keyed rows for the PDF and the preview.
        ReportTable held = t;
        QVERIFY(held.materialise(10));
        QVERIFY(!held.isStreamed());
        QCOMPARE(held.rows.size(), 10);
        QCOMPARE(held.rows.at(3).values.value(QStringLiteral("households")).toInt(), 3);
        QVERIFY(!held.rows.at(3).values.contains(QStringLiteral("share")));

        QTemporaryDir dir;
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.xlsx"));
        const Status stopped = XlsxReportWriter().write(d, cancelled, [](int, int) { return false; });
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.message().isEmpty());
        fail = true;
        const Status broken = XlsxReportWriter().write(d, cancelled);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.message().contains(QLatin1String("could not be read")), qPrintable(broken.message()));
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void cancelLeavesNothing()
    {
        ReportDocument d = document();
        for (int i = 0; i < 3000; ++i)
            d.tables.first().rows << row(QStringLiteral("Thôn %1").arg(i), 1, 1, QDate());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.xlsx"));
        const Status s = XlsxReportWriter().write(d, path, [](int, int) { return false; });
        QVERIFY(!s.ok());
        QVERIFY(s.message().isEmpty()); // cancelled: nothing to report
        QVERIFY(leftovers(dir.path()).isEmpty());

        // An older file at the same place is kept as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older report");
        old.close();
        QVERIFY(!XlsxReportWriter().write(d, path, [](int, int) { return false; }).ok());
        QCOMPARE(leftovers(dir.path()), QStringList{QStringLiteral("cancelled.xlsx")});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("older report"));
    }

    void edgeCells()
    {
        ReportDocument d;
        d.name = QStringLiteral("edge:cases/?"); // not a valid sheet name: cleaned
        ReportTable t;
        t.numberRow = false;
        ReportColumn share = column(QStringLiteral("share"), QStringLiteral("Tỷ lệ"), CellKind::Percent);
        t.columns << column(QStringLiteral("name"), QStringLiteral("Tên"))
                  << column(QStringLiteral("count"), QStringLiteral("Số"), CellKind::Integer) << share
                  << column(QStringLiteral("mean"), QStringLiteral("TB"), CellKind::Decimal);
        ReportRow heading;
        heading.emphasised = true;
        heading.values = {{QStringLiteral("name"), QStringLiteral("TC1")}};
        ReportRow item;
        item.indent = 1;
        item.values = {
            {QStringLiteral("name"), QStringLiteral("TC1.CT1")},
            {QStringLiteral("count"), QStringLiteral("không rõ")}, // text in a number column stays text
            {QStringLiteral("share"), 0.25},                       // a ratio without its parts: a value
            {QStringLiteral("mean"), 2.25}};
        t.rows << heading << item;
        d.tables << t;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("edge.xlsx"));
        SHT_VERIFY_OK(XlsxReportWriter().write(d, path));
        const QJsonObject dump = test::dumpXlsx(path);
        QCOMPARE(strings(dump.value(QStringLiteral("sheets"))), QStringList{QStringLiteral("edge cases")});
        // No heading texts (no settings), no title: the table starts after the empty heading block.
        int first = 0;
        for (int r = 1; r < 20 && !first; ++r)
            if (test::cellOf(dump, QStringLiteral("A%1").arg(r)).value(QStringLiteral("value")).toString() ==
                QStringLiteral("TC1"))
                first = r;
        QVERIFY(first > 0);
        QVERIFY(test::cellOf(dump, QStringLiteral("A%1").arg(first)).value(QStringLiteral("bold")).toBool());
        QVERIFY(
            !test::cellOf(dump, QStringLiteral("A%1").arg(first + 1)).value(QStringLiteral("bold")).toBool());
        QCOMPARE(test::cellOf(dump, QStringLiteral("B%1").arg(first + 1))
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("không rõ"));
        QCOMPARE(test::cellOf(dump, QStringLiteral("C%1").arg(first + 1))
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 0.25);
        QCOMPARE(test::cellOf(dump, QStringLiteral("D%1").arg(first + 1))
                     .value(QStringLiteral("format"))
                     .toString(),
                 QStringLiteral("#,##0.0"));
        QCOMPARE(dump.value(QStringLiteral("orientation")).toString(), QStringLiteral("portrait"));
    }

    void missingFolderRefused()
    {
        const Status s = XlsxReportWriter().write(document(), QStringLiteral("/nonexistent/folder/r.xlsx"));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("does not exist")), qPrintable(s.message()));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsx_writer.moc"
