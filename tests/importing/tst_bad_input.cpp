// Bad input: every file of the corpus in tests/data/bad (written by its make.py) is refused with the exact
// message in the table, naming the file (and the sheet and row where it applies); and what the corpus cannot
// hold is made here: a million formatted empty rows, a part that lies about its size, a 10 MB inline cell,
// data beyond the row limit.
#include "FileSniffer.h"
#include "TestSupport.h"
#include "WorkbookReader.h"
#include "XlsxFixtureWriter.h"
#include "XlsxReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace sht;
using namespace sht::importing;
using test::RawXlsx;

namespace {

const QString damagedTail =
    QStringLiteral("Open it in Excel and save it again, or ask for a new copy of the file.");

QString bad(const QString &name)
{
    return test::dataPath(QStringLiteral("bad/") + name);
}

// Sets the uncompressed size a zip declares for one member (local header and central directory).
QByteArray withDeclaredSize(QByteArray zip, const QByteArray &member, quint32 size)
{
    const struct
    {
        const char *signature;
        int sizeAt, nameLengthAt, nameAt;
    } headers[] = {{"PK\x03\x04", 22, 26, 30}, {"PK\x01\x02", 24, 28, 46}};
    for (const auto &h : headers) {
        for (qsizetype at = zip.indexOf(h.signature); at >= 0; at = zip.indexOf(h.signature, at + 4)) {
            const quint16 length = qFromLittleEndian<quint16>(zip.constData() + at + h.nameLengthAt);
            if (zip.mid(at + h.nameAt, length) == member)
                qToLittleEndian<quint32>(size, zip.data() + at + h.sizeAt);
        }
    }
    return zip;
}

} // namespace

class TstBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        auto damaged = [](const QString &file, const QString &detail) {
            return QStringLiteral("“%1” is damaged and cannot be read (%2). ").arg(file, detail) +
                   damagedTail;
        };
        QTest::newRow("truncated zip")
            << QStringLiteral("truncated.xlsx")
            << damaged(QStringLiteral("truncated.xlsx"),
                       QStringLiteral("its zip archive is broken: Not a zip archive"));
        QTest::newRow("damaged deflate data")
            << QStringLiteral("damaged-data.xlsx")
            << damaged(QStringLiteral("damaged-data.xlsx"), QStringLiteral("Zlib error: data error"));
        QTest::newRow("sheet cut inside a tag")
            << QStringLiteral("broken-sheet.xlsx")
            << damaged(QStringLiteral("broken-sheet.xlsx"),
                       QStringLiteral("sheet “Thôn 1” cannot be read: the part ends inside a tag"));
        QTest::newRow("malformed workbook part")
            << QStringLiteral("broken-workbook.xlsx")
            << damaged(QStringLiteral("broken-workbook.xlsx"),
                       QStringLiteral(
                           "xl/workbook.xml cannot be read: Opening and ending tag mismatch. at line 1"));
        QTest::newRow("zip bomb (declared size)")
            << QStringLiteral("bomb.xlsx")
            << QStringLiteral(
                   "“bomb.xlsx” is refused: unpacked, it would be larger than 512 MB, the import's "
                   "limit. A register is far smaller: the file is damaged or made to exhaust the "
                   "computer's memory (a “zip bomb”).");
        QTest::newRow("10 MB shared string")
            << QStringLiteral("big-cell.xlsx")
            << QStringLiteral(
                   "“big-cell.xlsx”, sheet “Thôn 1”, row 1, column B: the cell holds more than 1048576 "
                   "characters of text, far more than a register's cell, so the file is refused. "
                   "Shorten or clear that cell in Excel and import again.");
        QTest::newRow("password-protected xlsx")
            << QStringLiteral("password.xlsx")
            << QStringLiteral(
                   "“password.xlsx” is protected by a password: open it in Excel, remove the password "
                   "(File > Info > Protect workbook), save, and import again.");
        QTest::newRow("PDF named .xlsx")
            << QStringLiteral("report.xlsx")
            << QStringLiteral(
                   "“report.xlsx” is a PDF document, not a spreadsheet: its table cannot be imported. "
                   "Import the Excel workbook or CSV file the register was printed from.");
        QTest::newRow("CSV named .xlsx")
            << QStringLiteral("register.xlsx")
            << QStringLiteral(
                   "“register.xlsx” is named as an Excel workbook but holds plain text (probably CSV). "
                   "Rename it to end in .csv and import it again.");
        QTest::newRow("HTML named .xls")
            << QStringLiteral("export.xls")
            << QStringLiteral(
                   "“export.xls” is a web page (an HTML table), not a real Excel file, although its "
                   "name says so: many programs export “Excel” files this way. Open it in Excel, "
                   "choose File > Save As > Excel Workbook (.xlsx), and import that file.");
        QTest::newRow("Excel 2003 XML named .xls")
            << QStringLiteral("spreadsheet-2003.xls")
            << QStringLiteral(
                   "“spreadsheet-2003.xls” is an Excel 2003 XML spreadsheet, which the import does not "
                   "read. Open it in Excel, save it as an Excel workbook (.xlsx), and import that file.");
        QTest::newRow("Word document named .xls")
            << QStringLiteral("quyet-dinh.xls")
            << QStringLiteral(
                   "“quyet-dinh.xls” is not a spreadsheet: it is a document of another program (such "
                   "as Word). Save the register from Excel as an Excel workbook (.xlsx) and import "
                   "that file.");
        QTest::newRow("OpenDocument")
            << QStringLiteral("danh-sach.ods")
            << QStringLiteral(
                   "“danh-sach.ods” is an OpenDocument spreadsheet (.ods), which the import does not "
                   "read. Open it in LibreOffice Calc or Excel, save it as an Excel workbook (.xlsx), "
                   "and import that file.");
        QTest::newRow("zip without a workbook")
            << QStringLiteral("photos.xlsx")
            << QStringLiteral(
                   "“photos.xlsx” is a zip archive, not an Excel workbook. If the register is inside "
                   "it, extract it first and import the workbook itself.");
        QTest::newRow("empty file")
            << QStringLiteral("empty.xlsx")
            << QStringLiteral(
                   "“empty.xlsx” is empty (0 bytes): there is nothing to import. The copy may have "
                   "failed: copy the file again.");
        QTest::newRow("unknown binary")
            << QStringLiteral("scan.dat")
            << QStringLiteral(
                   "“scan.dat” is not in a format the import reads. Import Excel workbooks (.xlsx, "
                   ".xls) or CSV files.");
        QTest::newRow("missing file")
            << QStringLiteral("no-such-file.xlsx")
            << QStringLiteral(
                   "“no-such-file.xlsx” cannot be found. Check that the file is still there (a USB "
                   "stick may have been removed) and choose it again.");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        Status status;
        const Workbook wb = readWorkbook(bad(file), std::nullopt, ReadLimits(), &status);
        QVERIFY(!status.ok());
        QCOMPARE(status.message(), message);
        QVERIFY(wb.sheets.isEmpty());
        QVERIFY2(timer.elapsed() < 5000, "a refusal must come at once, before inflating anything big");
    }

    void everyCorpusFileIsInTheTable()
    {
        // A file added to the corpus without its expected message would test nothing.
        QStringList listed;
        listed << QStringLiteral("truncated.xlsx") << QStringLiteral("damaged-data.xlsx")
               << QStringLiteral("broken-sheet.xlsx") << QStringLiteral("broken-workbook.xlsx")
               << QStringLiteral("bomb.xlsx") << QStringLiteral("big-cell.xlsx")
               << QStringLiteral("password.xlsx") << QStringLiteral("report.xlsx")
               << QStringLiteral("register.xlsx") << QStringLiteral("export.xls")
               << QStringLiteral("spreadsheet-2003.xls") << QStringLiteral("quyet-dinh.xls")
               << QStringLiteral("danh-sach.ods") << QStringLiteral("photos.xlsx")
               << QStringLiteral("empty.xlsx") << QStringLiteral("scan.dat");
        QStringList present = QDir(test::dataPath(QStringLiteral("bad"))).entryList(QDir::Files);
        present.removeAll(QStringLiteral("make.py"));
        present.sort();
        listed.sort();
        QCOMPARE(present, listed);
    }

    void sniffing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::newRow("encrypted OOXML")
            << QStringLiteral("password.xlsx") << int(FileSniffer::Kind::EncryptedOoxml);
        QTest::newRow("Word") << QStringLiteral("quyet-dinh.xls") << int(FileSniffer::Kind::OtherOle);
        QTest::newRow("zip") << QStringLiteral("bomb.xlsx") << int(FileSniffer::Kind::Zip);
        QTest::newRow("html") << QStringLiteral("export.xls") << int(FileSniffer::Kind::Html);
        QTest::newRow("pdf") << QStringLiteral("report.xlsx") << int(FileSniffer::Kind::Pdf);
        QTest::newRow("text") << QStringLiteral("register.xlsx") << int(FileSniffer::Kind::Text);
        QTest::newRow("binary") << QStringLiteral("scan.dat") << int(FileSniffer::Kind::Binary);
        QTest::newRow("empty") << QStringLiteral("empty.xlsx") << int(FileSniffer::Kind::Empty);
    }

    void sniffing()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QCOMPARE(int(FileSniffer::sniffFile(bad(file))), kind);
    }

    void millionEmptyFormattedRows()
    {
        // Formatting applied to whole columns leaves a million <row> elements with no value in them.
        QByteArray sheet = "<sheetData>";
        sheet.reserve(48 * 1000000);
        sheet += "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>STT</t></is></c></row>"
                 "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"/></row>";
        for (int r = 3; r <= 1000000; ++r)
            sheet += "<row r=\"" + QByteArray::number(r) + "\" s=\"1\" customFormat=\"1\" ht=\"15\"/>";
        sheet += "</sheetData>";
        RawXlsx xlsx;
        xlsx.setStyles({0, 0});
        xlsx.addSheet(QStringLiteral("Thôn 1"), sheet);
        const QString file = m_dir.filePath(QStringLiteral("million.xlsx"));
        QVERIFY(xlsx.write(file));
        QElapsedTimer timer;
        timer.start();
        Status status;
        const Workbook wb = readWorkbook(file, std::nullopt, ReadLimits(), &status);
        const qint64 ms = timer.elapsed();
        SHT_VERIFY_OK(status);
        qInfo("1,000,000 formatted rows read in %lld ms", ms);
        QCOMPARE(wb.sheets.size(), 1);
        QCOMPARE(wb.sheets[0].rowCount(), 2);
        QCOMPARE(wb.sheets[0].at(1, 0).number, 1.0);
        QVERIFY2(ms < 3000, "well under a second on an idle machine; 3 s leaves room for a loaded CI runner");
    }

    void partLyingAboutItsSize()
    {
        // The central directory says 1,000 bytes; the data inflates to ~2 MB: the counted stream stops it.
        QByteArray sheet = "<sheetData>";
        for (int r = 1; r <= 40000; ++r)
            sheet +=
                "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
        sheet += "</sheetData>";
        RawXlsx xlsx;
        xlsx.addSheet(QStringLiteral("S"), sheet);
        const QByteArray lying = withDeclaredSize(xlsx.bytes(), "xl/worksheets/sheet1.xml", 1000);
        ReadLimits limits;
        limits.maxUncompressedBytes = 1024 * 1024;
        Status status;
        const Workbook wb = XlsxReader::readBuffer(lying, QStringLiteral("lying.xlsx"), limits, &status);
        QVERIFY(!status.ok());
        QVERIFY(wb.sheets.isEmpty());
        QCOMPARE(
            status.message(),
            QStringLiteral("“lying.xlsx” is refused: unpacked, it would be larger than 1 MB, the import's "
                           "limit. A register is far smaller: the file is damaged or made to exhaust the "
                           "computer's memory (a “zip bomb”)."));
    }

    void budgetIsStatedAndEnforcedWhileStreaming()
    {
        RawXlsx xlsx;
        QByteArray sheet = "<sheetData>";
        for (int r = 1; r <= 40000; ++r)
            sheet +=
                "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
        xlsx.addSheet(QStringLiteral("S"), sheet + "</sheetData>");
        ReadLimits limits;
        limits.maxUncompressedBytes = 2 * 1024 * 1024;
        Status status;
        const Workbook wb = XlsxReader::readBuffer(xlsx.bytes(), QStringLiteral("big.xlsx"), limits, &status);
        SHT_VERIFY_OK(status); // ~1.3 MB fits
        limits.maxUncompressedBytes = 1024 * 1024;
        XlsxReader::readBuffer(xlsx.bytes(), QStringLiteral("big.xlsx"), limits, &status);
        QCOMPARE(status.message(),
                 QStringLiteral(
                     "“big.xlsx” is refused: unpacked, it would be larger than 1 MB, the import's limit. "
                     "A register is far smaller: the file is damaged or made to exhaust the computer's "
                     "memory (a “zip bomb”)."));
    }

    void tenMegabyteInlineCell()
    {
        RawXlsx xlsx;
        xlsx.addSheet(QStringLiteral("Thôn 3"),
                      "<sheetData><row r=\"12\"><c r=\"D12\" t=\"inlineStr\"><is><t>" +
                          QByteArray(10 * 1024 * 1024, 'x') + "</t></is></c></row></sheetData>");
        Status status;
        XlsxReader::readBuffer(xlsx.bytes(), QStringLiteral("o.xlsx"), ReadLimits(), &status);
        QCOMPARE(
            status.message(),
            QStringLiteral("“o.xlsx”, sheet “Thôn 3”, row 12, column D: the cell holds more than 1048576 "
                           "characters of text, far more than a register's cell, so the file is refused. "
                           "Shorten or clear that cell in Excel and import again."));
    }

    void dataBeyondTheRowLimit()
    {
        RawXlsx xlsx;
        xlsx.addSheet(QStringLiteral("Thôn 4"),
                      "<sheetData><row r=\"1\"><c><v>1</v></c></row><row r=\"5001\"><c>"
                      "<v>2</v></c></row></sheetData>");
        ReadLimits limits;
        limits.maxRows = 5000;
        Status status;
        XlsxReader::readBuffer(xlsx.bytes(), QStringLiteral("r.xlsx"), limits, &status);
        QCOMPARE(status.message(),
                 QStringLiteral("“r.xlsx”, sheet “Thôn 4”: row 5001 holds data beyond the 5000 rows "
                                "the import reads. Check the sheet in Excel: delete what lies "
                                "below the register and import again."));
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_bad_input.moc"
