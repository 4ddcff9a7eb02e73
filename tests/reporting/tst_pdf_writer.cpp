// The PDF writer as a reader sees it (poppler's pdfinfo, pdftotext, pdffonts): the Nghị định 30 heading and
// place-and-date line, Vietnamese names intact, the embedded Liberation Serif with every Vietnamese letter,
// a long table over several pages with its header on each and no row cut, totals and Vietnamese number
// formats, landscape pages, certificates shrunk to fit, and a failed write that leaves nothing behind.
#include "CertificateLayout.h"
#include "CertificatePainter.h"
#include "PdfCanvas.h"
#include "PdfFormat.h"
#include "PdfReportWriter.h"
#include "PdfTablePainter.h"
#include "PdfTools.h"
#include "ReportFonts.h"
#include "ReportLayout.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRawFont>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sht;
using namespace sht::reporting;

namespace {

const QStringList names{QStringLiteral("Nguyễn Thị Hằng"), QStringLiteral("Đặng Quốc Việt"),
                        QStringLiteral("Lưu Ngọc Ẩn"),     QStringLiteral("Trần Thị Thu Hà"),
                        QStringLiteral("Phạm Văn Ưng"),    QStringLiteral("Hoàng Thị Yến")};

ReportDocument headed()
{
    ReportDocument d;
    d.name = QStringLiteral("test");
    d.heading.parentBody = QStringLiteral("UBND huyện Kim Bôi");
    d.heading.issuingBody = QStringLiteral("UBND xã Hòa Bình");
    d.heading.documentNumber = QStringLiteral("Số: 12/BC-UBND");
    d.heading.place = QStringLiteral("Hòa Bình");
    d.heading.date = QDate(2026, 1, 5);
    d.title = QStringLiteral("Báo cáo");
    d.subtitle = QStringLiteral("Kết quả xây dựng các mô hình học tập năm 2025");
    d.paragraphs << QStringLiteral(
        "Thực hiện Quyết định số 677/QĐ-TTg, Ủy ban nhân dân xã báo cáo kết quả như sau.");
    d.signatures << SignatureBlock{QString(), QStringLiteral("Người lập biểu"), QStringLiteral("Lưu Ngọc Ẩn")}
                 << SignatureBlock{QStringLiteral("TM. Ủy ban nhân dân"), QStringLiteral("Chủ tịch"),
                                   QStringLiteral("Đặng Quốc Việt")};
    d.recipients << QStringLiteral("UBND huyện Kim Bôi;") << QStringLiteral("Lưu: VT.");
    return d;
}

// A register-like table: row i has its name and, in the last column, a token "R<i>." on the same row.
ReportTable people(int rows)
{
    ReportTable t;
    t.caption = QStringLiteral("I. Danh sách");
    auto column = [&t](const char *figure, const QString &header, const QString &group, double width,
                       CellKind kind, bool summed = false) {
        ReportColumn c;
        c.figure = QString::fromLatin1(figure);
        c.header = header;
        c.group = group;
        c.width = width;
        c.kind = kind;
        c.summed = summed;
        t.columns << c;
    };
    column("stt", QStringLiteral("STT"), {}, 5, CellKind::Integer);
    column("name", QStringLiteral("Họ và tên"), {}, 24, CellKind::Text);
    column("members", QStringLiteral("Nhân khẩu"), QStringLiteral("Hộ gia đình"), 10, CellKind::Integer,
           true);
    column("learners", QStringLiteral("Người học"), QStringLiteral("Hộ gia đình"), 10, CellKind::Integer,
           true);
    column("share", QStringLiteral("Tỷ lệ"), {}, 10, CellKind::Percent);
    t.columns.last().numerator = QStringLiteral("learners");
    t.columns.last().denominator = QStringLiteral("members");
    t.columns.last().target = QStringLiteral("≥ 80%");
    column("token", QStringLiteral("Ghi chú"), {}, 12, CellKind::Text);
    for (int i = 1; i <= rows; ++i) {
        ReportRow r;
        r.values.insert(QStringLiteral("stt"), i);
        r.values.insert(QStringLiteral("name"), names[(i - 1) % names.size()]);
        r.values.insert(QStringLiteral("members"), 5);
        r.values.insert(QStringLiteral("learners"), 4);
        r.values.insert(QStringLiteral("token"), QStringLiteral("R%1.").arg(i));
        t.rows << r;
    }
    t.totalsRow = true;
    return t;
}

// SHT_PDF_OUT=folder keeps the PDFs there to look at them (docs/screenshots are rendered from them).
QString write(const QTemporaryDir &dir, const ReportDocument &d, const QString &name)
{
    const QString keep = qEnvironmentVariable("SHT_PDF_OUT");
    const QString path = keep.isEmpty() ? dir.filePath(name) : QDir(keep).filePath(name);
    const Status s = PdfReportWriter().writePdf(d, path);
    if (!s)
        qWarning("writePdf: %s", qPrintable(s.message()));
    return s ? path : QString();
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils (pdftotext, pdfinfo, pdffonts) must be installed: scripts/setup.sh");
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QDir(ReportLayout::overrideFolder()).removeRecursively(); }

    void numbers_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands") << pdfformat::integer(1239) << QStringLiteral("1.239");
        QTest::newRow("millions") << pdfformat::integer(1234567) << QStringLiteral("1.234.567");
        QTest::newRow("small") << pdfformat::integer(999) << QStringLiteral("999");
        QTest::newRow("negative") << pdfformat::integer(-4500) << QStringLiteral("-4.500");
        QTest::newRow("percent") << pdfformat::percent(0.883) << QStringLiteral("88,3%");
        QTest::newRow("percent rounds") << pdfformat::percent(2.0 / 3) << QStringLiteral("66,7%");
        QTest::newRow("percent whole") << pdfformat::percent(1) << QStringLiteral("100,0%");
        QTest::newRow("decimal") << pdfformat::decimal(1239.46) << QStringLiteral("1.239,5");
        QTest::newRow("date") << pdfformat::date(QDate(2026, 1, 5)) << QStringLiteral("05/01/2026");
        QTest::newRow("cell percent") << pdfformat::cell(CellKind::Percent, 0.5) << QStringLiteral("50,0%");
        QTest::newRow("cell empty") << pdfformat::cell(CellKind::Integer, QVariant()) << QString();
        QTest::newRow("cell iso date")
            << pdfformat::cell(CellKind::Date, QStringLiteral("2025-12-20")) << QStringLiteral("20/12/2025");
    }
    void numbers()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void placeDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day and month padded")
            << QDate(2026, 1, 5) << QStringLiteral("Hòa Bình, ngày 05 tháng 01 năm 2026");
        QTest::newRow("february padded")
            << QDate(2025, 2, 9) << QStringLiteral("Hòa Bình, ngày 09 tháng 02 năm 2025");
        QTest::newRow("march not padded")
            << QDate(2025, 3, 15) << QStringLiteral("Hòa Bình, ngày 15 tháng 3 năm 2025");
        QTest::newRow("december") << QDate(2025, 12, 1)
                                  << QStringLiteral("Hòa Bình, ngày 01 tháng 12 năm 2025");
        QTest::newRow("invalid: blanks") << QDate() << QStringLiteral("Hòa Bình, ngày …… tháng …… năm ……");
    }
    void placeDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(pdfformat::placeDate(QStringLiteral("Hòa Bình"), date), expected);
    }

    void totalsAreComputed()
    {
        ReportTable t = people(3);
        ReportRow subtotal; // emphasised rows are subtotals: not counted twice
        subtotal.emphasised = true;
        subtotal.values.insert(QStringLiteral("members"), 15);
        t.rows << subtotal;
        t.rows[0].values.insert(QStringLiteral("members"), 1229);
        const QStringList totals = PdfTablePainter::totals(t);
        QCOMPARE(totals.value(1), QStringLiteral("Tổng cộng"));
        QCOMPARE(totals.value(2), QStringLiteral("1.239"));
        QCOMPARE(totals.value(3), QStringLiteral("12"));
        QCOMPARE(totals.value(4), QStringLiteral("1,0%"));
        QCOMPARE(totals.value(5), QString());
        // A percent cell without a value is its row's own ratio.
        QCOMPARE(PdfTablePainter::cellText(t.columns[4], t.rows[1]), QStringLiteral("80,0%"));
    }

    void fontCoversVietnamese()
    {
        QVERIFY(!ReportFonts::family().isEmpty());
        QCOMPARE(ReportFonts::family(), QStringLiteral("Liberation Serif"));
        QFile face(ReportFonts::regularFacePath());
        QVERIFY(face.open(QIODevice::ReadOnly));
        const QRawFont raw(face.readAll(), 12);
        QVERIFY(raw.isValid());
        const QString letters = QStringLiteral(
            "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ");
        const QString all = letters + letters.toUpper() + QStringLiteral("0123456789–“”…≥%");
        for (const QChar c : all)
            QVERIFY2(raw.supportsCharacter(c), qPrintable(QStringLiteral("missing glyph: %1").arg(c)));
    }

    void headingAndNames()
    {
        ReportDocument d = headed();
        d.tables << people(6);
        const QString path = write(m_dir, d, QStringLiteral("heading.pdf"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(test::pdfPages(path), 1);
        const QString text = test::pdfText(path);
        for (const QString &expected :
             {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
              QStringLiteral("Hòa Bình, ngày 05 tháng 01 năm 2026"), QStringLiteral("UBND HUYỆN KIM BÔI"),
              QStringLiteral("UBND XÃ HÒA BÌNH"), QStringLiteral("Số: 12/BC-UBND"), QStringLiteral("BÁO CÁO"),
              QStringLiteral("Kết quả xây dựng các mô hình học tập năm 2025"),
              QStringLiteral("NGƯỜI LẬP BIỂU"), QStringLiteral("TM. ỦY BAN NHÂN DÂN"),
              QStringLiteral("Nơi nhận:"), QStringLiteral("- Lưu: VT."), QStringLiteral("Nguyễn Thị Hằng"),
              QStringLiteral("Đặng Quốc Việt"), QStringLiteral("Lưu Ngọc Ẩn"), QStringLiteral("Phạm Văn Ưng"),
              QStringLiteral("≥ 80%"), QStringLiteral("80,0%"), QStringLiteral("Tổng cộng")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in: ") + text.left(600)));
        QCOMPARE(test::pdfInfo(path, QStringLiteral("Creator")), QStringLiteral("Sổ Học Tập"));
        QVERIFY(test::pdfInfo(path, QStringLiteral("Title")).startsWith(QStringLiteral("Báo cáo")));
        const QSizeF size = test::pdfPageSize(path);
        QVERIFY2(qAbs(size.width() - 595.28) < 1 && qAbs(size.height() - 841.89) < 1, "A4 portrait");
    }

    void fontIsEmbedded()
    {
        const QString path = write(m_dir, headed(), QStringLiteral("fonts.pdf"));
        QVERIFY(!path.isEmpty());
        const QStringList lines = test::poppler(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
        int liberation = 0;
        for (const QString &line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            // Every font of the file is ours and embedded ("emb" column yes): nothing depends on the reader.
            QVERIFY2(line.contains(QStringLiteral("LiberationSerif")), qPrintable(line));
            QVERIFY2(
                line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))),
                qPrintable(line));
            ++liberation;
        }
        QVERIFY(liberation >= 2); // regular, bold (and italic)
    }

    void longTableRepeatsHeader()
    {
        ReportDocument d = headed();
        d.tables << people(120);
        QElapsedTimer timer;
        timer.start();
        const QString path = write(m_dir, d, QStringLiteral("long.pdf"));
        qInfo("120-row table: %lld ms", timer.elapsed());
        QVERIFY(!path.isEmpty());
        const int pages = test::pdfPages(path);
        // About 30–40 rows an A4 page at 12 pt: four pages, the signatures fitting on the last.
        QVERIFY2(pages >= 3 && pages <= 5, qPrintable(QString::number(pages)));
        QList<int> pageOfRow(121, 0);
        for (int page = 1; page <= pages; ++page) {
            const QString text = test::pdfText(path, page);
            if (page > 1) {
                QVERIFY2(text.startsWith(QString::number(page)), qPrintable(text.left(40))); // page number
                if (page < pages || text.contains(QStringLiteral("R120.")))
                    QVERIFY2(text.contains(QStringLiteral("Họ và tên")) &&
                                 text.contains(QStringLiteral("(6)")) &&
                                 text.contains(QStringLiteral("Hộ gia đình")),
                             qPrintable(QStringLiteral("page %1 without the header").arg(page)));
            }
            // A row's first and last cells are on the same page: no row is cut.
            const QRegularExpression row(QStringLiteral("\\bR(\\d+)\\."));
            for (auto it = row.globalMatch(text); it.hasNext();) {
                const int i = it.next().captured(1).toInt();
                QVERIFY(i >= 1 && i <= 120);
                QVERIFY2(pageOfRow[i] == 0, qPrintable(QStringLiteral("row %1 twice").arg(i)));
                pageOfRow[i] = page;
            }
        }
        for (int i = 1; i <= 120; ++i) {
            QVERIFY2(pageOfRow[i] > 0, qPrintable(QStringLiteral("row %1 missing").arg(i)));
            QVERIFY(i == 1 || pageOfRow[i] >= pageOfRow[i - 1]);
        }
        QVERIFY(test::pdfText(path, pages).contains(QStringLiteral("Đặng Quốc Việt")));
        QVERIFY(test::pdfText(path, pages).contains(QStringLiteral("600"))); // 120 × 5 members
        QVERIFY(!test::pdfText(path, 1).startsWith(QStringLiteral("1 ")));   // no number on page 1
    }

    // A village register of a big commune: thousands of rows stay fast, every row once, in order.
    void thousandsOfRows()
    {
        ReportDocument d = headed();
        d.tables << people(5000);
        QElapsedTimer timer;
        timer.start();
        const QString path = write(m_dir, d, QStringLiteral("big.pdf"));
        const qint64 ms = timer.elapsed();
        qInfo("5,000-row table: %lld ms, %lld KB", ms, QFileInfo(path).size() / 1024);
        QVERIFY(!path.isEmpty());
        const int pages = test::pdfPages(path);
        QVERIFY2(pages > 100 && pages < 200, qPrintable(QString::number(pages)));
        const QString last = test::pdfText(path, pages);
        QVERIFY(last.contains(QStringLiteral("R5000.")));
        QVERIFY(last.contains(QStringLiteral("25.000"))); // 5,000 × 5 members, thousands with a dot
        QVERIFY(test::pdfText(path, pages / 2).contains(QStringLiteral("Họ và tên")));
    }

    void landscapePage()
    {
        ReportDocument d = headed();
        d.landscape = true;
        d.recipients.clear();
        d.tables << people(4);
        const QString path = write(m_dir, d, QStringLiteral("landscape.pdf"));
        QVERIFY(!path.isEmpty());
        const QSizeF size = test::pdfPageSize(path);
        QVERIFY2(qAbs(size.width() - 841.89) < 1 && qAbs(size.height() - 595.28) < 1,
                 qPrintable(test::pdfInfo(path, QStringLiteral("Page size"))));
        QCOMPARE(test::pdfPages(path), 1);
    }

    void certificatesOnePerPage_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4 landscape") << QStringLiteral("A4") << QSizeF(841.89, 595.28);
        QTest::newRow("A5 landscape") << QStringLiteral("A5") << QSizeF(595.28, 419.53);
    }
    void certificatesOnePerPage()
    {
        QFETCH(QString, pageSize);
        QFETCH(QSizeF, points);
        ReportDocument d = headed();
        d.certificateLayout = QStringLiteral("learning_family");
        d.pageSize = pageSize;
        const QString longName =
            QStringLiteral("Nguyễn Hoàng Thị Phương Thảo Ngọc Diễm Quỳnh Như Ý Bảo Khánh Linh Đan");
        for (const QString &name : QStringList{names[0], names[1], longName}) {
            QVariantMap c;
            c.insert(QStringLiteral("recipient"), name);
            c.insert(QStringLiteral("village"), QStringLiteral("Thôn Đông"));
            c.insert(QStringLiteral("commune"), QStringLiteral("Xã Hòa Bình"));
            c.insert(QStringLiteral("year"), QStringLiteral("2025"));
            c.insert(QStringLiteral("decision_number"), QStringLiteral("15/QĐ-UBND"));
            c.insert(QStringLiteral("decision_date"), QStringLiteral("20/12/2025"));
            c.insert(QStringLiteral("issuing_body"), QStringLiteral("UBND xã Hòa Bình"));
            c.insert(QStringLiteral("place_date"), QStringLiteral("Hòa Bình, ngày 20 tháng 12 năm 2025"));
            c.insert(QStringLiteral("authority_line"), QStringLiteral("TM. ỦY BAN NHÂN DÂN"));
            c.insert(QStringLiteral("signer_title"), QStringLiteral("CHỦ TỊCH"));
            c.insert(QStringLiteral("signer_name"), QStringLiteral("Đặng Quốc Việt"));
            d.certificates << c;
        }
        const QString path = write(m_dir, d, QStringLiteral("certificates-%1.pdf").arg(pageSize));
        QVERIFY(!path.isEmpty());
        QCOMPARE(test::pdfPages(path), 3);
        const QSizeF size = test::pdfPageSize(path);
        QVERIFY2(qAbs(size.width() - points.width()) < 1 && qAbs(size.height() - points.height()) < 1,
                 qPrintable(test::pdfInfo(path, QStringLiteral("Page size"))));
        for (int page = 1; page <= 3; ++page) {
            const QString text = test::pdfText(path, page);
            const QString recipient = d.certificates[page - 1].value(QStringLiteral("recipient")).toString();
            QVERIFY2(text.contains(recipient), qPrintable(text));
            for (const QString &expected :
                 {QStringLiteral("GIẤY CÔNG NHẬN"), QStringLiteral("GIA ĐÌNH HỌC TẬP"),
                  QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                  QStringLiteral("Thôn Đông, Xã Hòa Bình"),
                  QStringLiteral("Quyết định số 15/QĐ-UBND ngày 20/12/2025"), QStringLiteral("Năm 2025"),
                  QStringLiteral("Đặng Quốc Việt"), QStringLiteral("UBND XÃ HÒA BÌNH")})
                QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
            QVERIFY(!text.contains(QLatin1Char('{'))); // every placeholder filled
        }
    }

    void longNamesShrinkToFit()
    {
        Status error;
        const auto layout = CertificateLayout::load(QStringLiteral("learning_family"), &error);
        QVERIFY2(layout, qPrintable(error.message()));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape,
                                         QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter));
        QPainter painter(&writer);
        PdfCanvas canvas(painter, writer);
        const CertificatePainter certificate(canvas, *layout, QPageLayout::Landscape);
        CertificateBlock block;
        block.size = 28;
        block.bold = true;
        const QSizeF box(canvas.width() * 0.84, canvas.height() * 0.09);
        QCOMPARE(certificate.fittingSize(QStringLiteral("Lưu Ngọc Ẩn"), block, 20, box), 20.0);
        const double shrunk = certificate.fittingSize(
            QStringLiteral("Nguyễn Hoàng Thị Phương Thảo Ngọc Diễm Quỳnh Như Ý Bảo Khánh Linh Đan"), block,
            20, box);
        QVERIFY2(shrunk < 20 && shrunk >= 8, qPrintable(QString::number(shrunk)));
        painter.end();
    }

    void certificateLayoutErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("no blocks") << QByteArray(R"({ "name": "learning_family" })")
                                   << QStringLiteral("blocks");
        QTest::newRow("outside the page")
            << QByteArray(R"({ "blocks": [ { "text": "x", "x": 0.5, "y": 0, "w": 0.8, "h": 0.1 } ] })")
            << QStringLiteral("blocks[0]");
        QTest::newRow("bad alignment")
            << QByteArray(R"({ "blocks": [ { "text": "x", "w": 1, "h": 0.1, "align": "middle" } ] })")
            << QStringLiteral("blocks[0].align");
        QTest::newRow("bad orientation")
            << QByteArray(R"({ "orientation": { "A5": "sideways" }, "blocks": [ { "w": 1, "h": 0.1 } ] })")
            << QStringLiteral("orientation.A5");
    }
    void certificateLayoutErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        // A broken design in the override folder is refused by name; nothing is printed.
        const QString folder = QDir(ReportLayout::overrideFolder()).filePath(QStringLiteral("certificates"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(QDir(folder).filePath(QStringLiteral("learning_family.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        Status error;
        QVERIFY(!CertificateLayout::load(QStringLiteral("learning_family"), &error));
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY(error.message().contains(file.fileName()));

        ReportDocument d = headed();
        d.certificateLayout = QStringLiteral("learning_family");
        d.certificates << QVariantMap{{QStringLiteral("recipient"), names[0]}};
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        QVERIFY(!PdfReportWriter().writePdf(d, path));
        QVERIFY(!QFile::exists(path));
    }

    void everyBuiltInDesignLoads_data()
    {
        QTest::addColumn<QString>("title");
        for (const char *t :
             {"learning_family", "learning_clan", "learning_citizen", "learning_village", "learning_unit"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void everyBuiltInDesignLoads()
    {
        QFETCH(QString, title);
        Status error;
        const auto layout = CertificateLayout::load(title, &error);
        QVERIFY2(layout, qPrintable(error.message()));
        QCOMPARE(layout->orientationFor(QStringLiteral("A5")), QPageLayout::Landscape);
        bool hasRecipient = false;
        for (const CertificateBlock &b : layout->blocks)
            hasRecipient = hasRecipient || b.text.contains(QStringLiteral("{recipient}"));
        QVERIFY(hasRecipient);
        Status missing;
        QVERIFY(!CertificateLayout::load(QStringLiteral("centre_rating"), &missing));
        QVERIFY(missing.message().contains(QStringLiteral("centre_rating")));
    }

    void fillTidiesEmptyFields()
    {
        const QVariantMap fields{{QStringLiteral("village"), QString()},
                                 {QStringLiteral("commune"), QStringLiteral("Xã Hòa Bình")}};
        QCOMPARE(CertificateLayout::fill(QStringLiteral("{village}, {commune}"), fields),
                 QStringLiteral("Xã Hòa Bình"));
        QCOMPARE(
            CertificateLayout::fill(QStringLiteral("Năm {year}{unknown}"), {{QStringLiteral("year"), 2025}}),
            QStringLiteral("Năm 2025"));
    }

    void failedWriteLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/report.pdf"));
        const Status s = PdfReportWriter().writePdf(headed(), path);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QStringLiteral("report.pdf")));
        QVERIFY(!QFile::exists(path));
        // An existing file is replaced whole, never left half-written.
        const QString existing = m_dir.filePath(QStringLiteral("replace.pdf"));
        QVERIFY(PdfReportWriter().writePdf(headed(), existing));
        ReportDocument second = headed();
        second.title = QStringLiteral("Biên bản");
        QVERIFY(PdfReportWriter().writePdf(second, existing));
        QVERIFY(test::pdfText(existing).contains(QStringLiteral("BIÊN BẢN")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("replace.pdf*")}, QDir::Files).size(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdf_writer.moc"
