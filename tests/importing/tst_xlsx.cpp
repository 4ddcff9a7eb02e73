// The .xlsx reader: every cell type, dates by number format in both date systems, formulas, merges, hidden
// rows, columns and sheets, shared/inline/rich strings, missing references, legacy font text decoded and
// every text cleaned by readWorkbook. Workbooks are written in the test: by libxlsxwriter (as Excel-made
// files look) and part by part (RawXlsx) for what real files contain but writers do not produce.
#include "ExcelDate.h"
#include "TestSupport.h"
#include "WorkbookReader.h"
#include "XlsxFixtureWriter.h"
#include "XlsxReader.h"
#include "XlsxStyles.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace sht;
using namespace sht::importing;
using test::RawXlsx;
using test::XlsxBook;

namespace {

QByteArray row(int number, const QByteArray &cells, const QByteArray &extra = QByteArray())
{
    return "<row r=\"" + QByteArray::number(number) + "\"" + extra + ">" + cells + "</row>";
}

} // namespace

class TstXlsx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Workbook readRaw(const RawXlsx &xlsx, const QString &name = QStringLiteral("raw.xlsx"))
    {
        Status status;
        const Workbook wb = XlsxReader::readBuffer(xlsx.bytes(), name, ReadLimits(), &status);
        if (!status.ok())
            qWarning("%s", qPrintable(status.message()));
        return wb;
    }

private slots:
    void excelMadeWorkbook()
    {
        const QString file = path(QStringLiteral("so-ho.xlsx"));
        {
            XlsxBook book(file);
            lxw_worksheet *village = book.addSheet(QStringLiteral("Thôn 1"));
            lxw_worksheet *old = book.addSheet(QStringLiteral("Cũ"));
            worksheet_hide(old);
            lxw_format *date = book.dateFormat();
            worksheet_merge_range(village, 0, 0, 0, 4, "DANH SÁCH HỘ GIA ĐÌNH", nullptr);
            XlsxBook::text(village, 2, 0, QStringLiteral("STT"));
            XlsxBook::text(village, 2, 1, QStringLiteral("Họ và tên"));
            XlsxBook::number(village, 3, 0, 1);
            XlsxBook::text(village, 3, 1, QStringLiteral("Nguyễn Văn An"));
            XlsxBook::number(village, 3, 2, 20519, date);   // 05/03/1956
            XlsxBook::number(village, 3, 3, 1956);          // a year in a General cell
            XlsxBook::number(village, 3, 4, 38012345678.0); // a CCCD that lost its leading zero
            worksheet_write_formula_num(village, 4, 0, "=A4+1", nullptr, 2);
            worksheet_write_boolean(village, 4, 1, 1, nullptr);
            lxw_format *bold = workbook_add_format(book.workbook());
            format_set_bold(bold);
            char firstRun[] = "Trần ", secondRun[] = "Thị Bình";
            lxw_rich_string_tuple first = {bold, firstRun};
            lxw_rich_string_tuple second = {nullptr, secondRun};
            lxw_rich_string_tuple *rich[] = {&first, &second, nullptr};
            worksheet_write_rich_string(village, 5, 1, rich, nullptr);
            lxw_row_col_options hidden = {1, 0, 0};
            worksheet_set_row_opt(village, 5, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
            worksheet_set_column_opt(village, 6, 6, 10, nullptr, &hidden);
            XlsxBook::text(village, 6, 6, QStringLiteral("old id"));
            worksheet_merge_range(village, 7, 5, 9, 5, "Họ Nguyễn", nullptr);
            // Formatted but empty rows far below the data must not become rows.
            for (int r = 20; r < 2000; ++r)
                worksheet_set_row(village, lxw_row_t(r), 20, bold);
            XlsxBook::text(old, 0, 0, QStringLiteral("x"));
            QVERIFY(book.close());
        }
        Status status;
        const Workbook wb = XlsxReader::readFile(file, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.format, QStringLiteral("xlsx"));
        QCOMPARE(wb.sheets.size(), 2);
        const SheetGrid &s = wb.sheets[0];
        QCOMPARE(s.name, QStringLiteral("Thôn 1"));
        QVERIFY(!s.hidden);
        QVERIFY(wb.sheets[1].hidden);
        QCOMPARE(s.rowCount(),
                 8); // the last value is the merge's, in row 8; rows 21..2000 are only formatting
        QCOMPARE(s.at(0, 0).text, QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH"));
        QCOMPARE(s.at(0, 1).type, Cell::Type::Empty);
        QCOMPARE(s.at(3, 1).text, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(s.at(3, 2).type, Cell::Type::Date);
        QCOMPARE(s.at(3, 2).date, QDate(1956, 3, 5));
        QCOMPARE(s.at(3, 2).number, 20519.0);
        QCOMPARE(s.at(3, 2).text, QStringLiteral("05/03/1956"));
        QCOMPARE(s.at(3, 3).type, Cell::Type::Number);
        QCOMPARE(s.at(3, 3).number, 1956.0);
        QCOMPARE(s.at(3, 3).text, QStringLiteral("1956"));
        QCOMPARE(s.at(3, 4).text, QStringLiteral("38012345678"));
        QCOMPARE(s.at(4, 0).type, Cell::Type::Number);
        QVERIFY(s.at(4, 0).fromFormula);
        QCOMPARE(s.at(4, 0).formula, QStringLiteral("=A4+1"));
        QCOMPARE(s.at(4, 0).number, 2.0);
        QCOMPARE(s.at(4, 1).type, Cell::Type::Boolean);
        QCOMPARE(s.at(4, 1).text, QStringLiteral("TRUE"));
        QCOMPARE(s.at(5, 1).text, QStringLiteral("Trần Thị Bình"));
        QCOMPARE(s.hiddenRows.size(), s.rowCount());
        QVERIFY(s.hiddenRows[5]);
        QVERIFY(!s.hiddenRows[4]);
        QCOMPARE(s.hiddenColumns.size(), s.columnCount());
        QVERIFY(s.hiddenColumns[6]);
        QVERIFY(!s.hiddenColumns[5]);
        QCOMPARE(s.merges.size(), 2);
        QCOMPARE(s.merges[0].firstRow, 0);
        QCOMPARE(s.merges[0].lastColumn, 4);
        QCOMPARE(s.merges[1].firstRow, 7);
        QCOMPARE(s.merges[1].lastRow, 9);
        QCOMPARE(s.merges[1].firstColumn, 5);
        QCOMPARE(s.at(7, 5).text, QStringLiteral("Họ Nguyễn"));
        QCOMPARE(s.at(8, 5).type, Cell::Type::Empty); // the value only in the top-left cell, as stored
    }

    void cellTypes_data()
    {
        QTest::addColumn<QByteArray>("cellXml");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("number");
        QTest::addColumn<QDate>("date");
        const int text = int(Cell::Type::Text), num = int(Cell::Type::Number), date = int(Cell::Type::Date);
        QTest::newRow("shared string") << QByteArray("<c r=\"A1\" t=\"s\"><v>1</v></c>") << text
                                       << QStringLiteral("Lê Thị Hoà") << 0.0 << QDate();
        QTest::newRow("shared string, phonetic run ignored")
            << QByteArray("<c r=\"A1\" t=\"s\"><v>2</v></c>") << text << QStringLiteral("Đỗ Minh") << 0.0
            << QDate();
        QTest::newRow("inline string")
            << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t>Phạm Văn Hùng</t></is></c>") << text
            << QStringLiteral("Phạm Văn Hùng") << 0.0 << QDate();
        QTest::newRow("inline rich runs")
            << QByteArray(
                   "<c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t xml:space=\"preserve\">Võ </t></r>"
                   "<r><t>Thị Lan</t></r></is></c>")
            << text << QStringLiteral("Võ Thị Lan") << 0.0 << QDate();
        QTest::newRow("formula string") << QByteArray("<c r=\"A1\" t=\"str\"><f>B1&amp;C1</f><v>Hộ 5</v></c>")
                                        << text << QStringLiteral("Hộ 5") << 0.0 << QDate();
        QTest::newRow("entities and references")
            << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t>&lt;a&gt; &amp; &#272;&#x1EA1;i</t></is></c>")
            << text << QStringLiteral("<a> & Đại") << 0.0 << QDate();
        QTest::newRow("escaped control")
            << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t>Ngày_x000D_\nsinh</t></is></c>") << text
            << QStringLiteral("Ngày\r\nsinh") << 0.0 << QDate();
        QTest::newRow("CDATA") << QByteArray(
                                      "<c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a<b]]></t></is></c>")
                               << text << QStringLiteral("a<b") << 0.0 << QDate();
        QTest::newRow("number") << QByteArray("<c r=\"A1\"><v>2.5</v></c>") << num << QStringLiteral("2.5")
                                << 2.5 << QDate();
        QTest::newRow("number, explicit type") << QByteArray("<c r=\"A1\" t=\"n\"><v>1956</v></c>") << num
                                               << QStringLiteral("1956") << 1956.0 << QDate();
        QTest::newRow("scientific") << QByteArray("<c r=\"A1\"><v>3.8012345678E+10</v></c>") << num
                                    << QStringLiteral("38012345678") << 38012345678.0 << QDate();
        QTest::newRow("date, built-in 14") << QByteArray("<c r=\"A1\" s=\"1\"><v>44197</v></c>") << date
                                           << QStringLiteral("01/01/2021") << 44197.0 << QDate(2021, 1, 1);
        QTest::newRow("date, custom dd/mm/yyyy")
            << QByteArray("<c r=\"A1\" s=\"2\"><v>20519</v></c>") << date << QStringLiteral("05/03/1956")
            << 20519.0 << QDate(1956, 3, 5);
        QTest::newRow("date with time") << QByteArray("<c r=\"A1\" s=\"1\"><v>44197.75</v></c>") << date
                                        << QStringLiteral("01/01/2021") << 44197.75 << QDate(2021, 1, 1);
        QTest::newRow("number in a text-format style") << QByteArray("<c r=\"A1\" s=\"3\"><v>1956</v></c>")
                                                       << num << QStringLiteral("1956") << 1956.0 << QDate();
        QTest::newRow("ISO date (t=d)")
            << QByteArray("<c r=\"A1\" t=\"d\"><v>1956-03-05T00:00:00</v></c>") << date
            << QStringLiteral("05/03/1956") << 20519.0 << QDate(1956, 3, 5);
        QTest::newRow("boolean false")
            << QByteArray("<c r=\"A1\" t=\"b\"><v>0</v></c>") << int(Cell::Type::Boolean)
            << QStringLiteral("FALSE") << 0.0 << QDate();
        QTest::newRow("error") << QByteArray("<c r=\"A1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
                               << int(Cell::Type::Error) << QStringLiteral("#DIV/0!") << 0.0 << QDate();
        QTest::newRow("not a number")
            << QByteArray("<c r=\"A1\"><v>12a</v></c>") << text << QStringLiteral("12a") << 0.0 << QDate();
        QTest::newRow("formatted, no value")
            << QByteArray("<c r=\"A1\" s=\"1\"/>") << int(Cell::Type::Empty) << QString() << 0.0 << QDate();
        QTest::newRow("prefixed namespace") << QByteArray("<x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c>") << text
                                            << QStringLiteral("STT") << 0.0 << QDate();
    }

    void cellTypes()
    {
        QFETCH(QByteArray, cellXml);
        QFETCH(int, type);
        QFETCH(QString, text);
        QFETCH(double, number);
        QFETCH(QDate, date);
        RawXlsx xlsx;
        xlsx.setSharedStrings({"<t>STT</t>", "<t>Lê Thị Hoà</t>",
                               "<r><t>Đỗ </t></r><r><t>Minh</t></r><rPh sb=\"0\" eb=\"1\"><t>ド</t></rPh>"});
        xlsx.setStyles({0, 14, 164, 49}, {{164, QStringLiteral("dd/mm/yyyy")}});
        xlsx.addSheet(QStringLiteral("Thôn 1"), "<sheetData>" + row(1, cellXml) + "</sheetData>");
        const Workbook wb = readRaw(xlsx);
        QCOMPARE(wb.sheets.size(), 1);
        const Cell &cell = wb.sheets[0].at(0, 0);
        QCOMPARE(int(cell.type), type);
        QCOMPARE(cell.text, text);
        if (type == int(Cell::Type::Number) || type == int(Cell::Type::Date))
            QCOMPARE(cell.number, number);
        QCOMPARE(cell.date, date);
    }

    void missingReferencesArePositional()
    {
        RawXlsx xlsx;
        xlsx.addSheet(QStringLiteral("S"),
                      "<sheetData><row><c><v>1</v></c><c><v>2</v></c></row>"
                      "<row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"
                      "<row r=\"5\"><c><v>5</v></c></row><row><c><v>6</v></c></row></sheetData>");
        const Workbook wb = readRaw(xlsx);
        const SheetGrid &s = wb.sheets.value(0);
        QCOMPARE(s.rowCount(), 6);
        QCOMPARE(s.at(0, 1).number, 2.0);
        QCOMPARE(s.at(1, 2).number, 3.0);
        QCOMPARE(s.at(1, 3).number, 4.0);
        QCOMPARE(s.at(4, 0).number, 5.0);
        QCOMPARE(s.at(5, 0).number, 6.0);
        QCOMPARE(s.at(2, 0).type, Cell::Type::Empty);
    }

    void date1904()
    {
        RawXlsx xlsx;
        xlsx.setDate1904(true);
        xlsx.setStyles({0, 14});
        xlsx.addSheet(QStringLiteral("S"),
                      "<sheetData>" + row(1, "<c r=\"A1\" s=\"1\"><v>42735</v></c>") + "</sheetData>");
        const Workbook wb = readRaw(xlsx);
        QCOMPARE(wb.sheets.value(0).at(0, 0).date, QDate(2021, 1, 1));
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1900: day 1") << 1.0 << false << QDate(1900, 1, 1);
        QTest::newRow("1900: day 59") << 59.0 << false << QDate(1900, 2, 28);
        QTest::newRow("1900: phantom 29 Feb") << 60.0 << false << QDate();
        QTest::newRow("1900: day 61") << 61.0 << false << QDate(1900, 3, 1);
        QTest::newRow("1900: 1956") << 20519.0 << false << QDate(1956, 3, 5);
        QTest::newRow("1900: 2021") << 44197.0 << false << QDate(2021, 1, 1);
        QTest::newRow("1900: negative") << -1.0 << false << QDate();
        QTest::newRow("1904: day 0") << 0.0 << true << QDate(1904, 1, 1);
        QTest::newRow("1904: 2021") << 42735.0 << true << QDate(2021, 1, 1);
    }

    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, date);
        QCOMPARE(ExcelDate::fromSerial(serial, date1904), date);
        if (date.isValid())
            QCOMPARE(ExcelDate::toSerial(date, date1904), std::floor(serial));
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("dd/mm/yyyy") << true;
        QTest::newRow("d-mmm-yy") << QStringLiteral("d-mmm-yy") << true;
        QTest::newRow("locale prefix") << QStringLiteral("[$-42A]dd/mm/yyyy") << true;
        QTest::newRow("year only") << QStringLiteral("yyyy") << true;
        QTest::newRow("month-year") << QStringLiteral("mm/yyyy") << true;
        QTest::newRow("escaped words") << QStringLiteral("dd\\ \"tháng\"\\ mm") << true;
        QTest::newRow("General") << QStringLiteral("General") << false;
        QTest::newRow("0.00") << QStringLiteral("0.00") << false;
        QTest::newRow("scientific") << QStringLiteral("0.00E+00") << false;
        QTest::newRow("quoted d") << QStringLiteral("0 \"đồng\"") << false;
        QTest::newRow("quoted date word") << QStringLiteral("#,##0 \"ngày\"") << false;
        QTest::newRow("colour") << QStringLiteral("[Red]0") << false;
        QTest::newRow("minutes") << QStringLiteral("mm:ss") << false;
        QTest::newRow("time") << QStringLiteral("h:mm") << false;
        QTest::newRow("elapsed") << QStringLiteral("[h]:mm:ss") << false;
        QTest::newRow("text") << QStringLiteral("@") << false;
        QTest::newRow("padding") << QStringLiteral("_-* #,##0_-") << false;
    }

    void dateFormats()
    {
        QFETCH(QString, code);
        QFETCH(bool, isDate);
        QCOMPARE(XlsxStyles::isDateFormatCode(code), isDate);
    }

    void builtInDateIds()
    {
        for (int id = 0; id < 60; ++id)
            QCOMPARE(XlsxStyles::isBuiltInDateFormat(id), (id >= 14 && id <= 22) || (id >= 45 && id <= 47));
    }

    void legacyFontTextIsDecodedAndCleaned()
    {
        // A register typed in .VnTime: what Excel shows for the TCVN3 bytes, plus the usual stray spaces.
        const QStringList names{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                                QStringLiteral("Lê Thị Hoà"), QStringLiteral("Phạm Đức Thắng"),
                                QStringLiteral("Cộng hoà xã hội chủ nghĩa Việt Nam")};
        const QString file = path(QStringLiteral("vntime.xlsx"));
        {
            XlsxBook book(file);
            lxw_worksheet *sheet =
                book.addSheet(encodeFontText(QStringLiteral("Thôn Đông"), TextEncoding::Tcvn3));
            for (int i = 0; i < names.size(); ++i)
                XlsxBook::text(sheet, i, 0,
                               QStringLiteral(" ") + encodeFontText(names[i], TextEncoding::Tcvn3) +
                                   QStringLiteral("\u00a0 "));
            // Unicode in the same workbook (a title typed later): a character outside cp1252 tells it apart.
            XlsxBook::text(sheet, 10, 0, QStringLiteral("Quan hệ với chủ hộ"));
            QVERIFY(book.close());
        }
        Status status;
        const Workbook wb = readWorkbook(file, std::nullopt, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.encoding, QStringLiteral("tcvn3"));
        QVERIFY2(wb.encodingConfidence >= kTrustedEncodingConfidence,
                 qPrintable(QString::number(wb.encodingConfidence)));
        QCOMPARE(wb.sheets[0].name, QStringLiteral("Thôn Đông"));
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(wb.sheets[0].at(i, 0).text, names[i]);
        QCOMPARE(wb.sheets[0].at(10, 0).text, QStringLiteral("Quan hệ với chủ hộ"));

        // The user's choice wins over the detector.
        const Workbook forced = readWorkbook(file, TextEncoding::Unicode, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(forced.encoding, QStringLiteral("utf8"));
        QCOMPARE(forced.sheets[0].at(0, 0).text, encodeFontText(names[0], TextEncoding::Tcvn3));
    }

    void unicodeTextIsCleaned()
    {
        RawXlsx xlsx;
        const QByteArray nfd = test::nfd(QStringLiteral("Nguyễn Thị Thuỷ")).toUtf8();
        xlsx.setSharedStrings(
            {"<t xml:space=\"preserve\">  " + nfd + "\t</t>", "<t>Con\xc2\xa0</t>", "<t> </t>"});
        xlsx.addSheet(QStringLiteral("Thôn 1"),
                      "<sheetData>" +
                          row(1,
                              "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
                              "t=\"s\"><v>2</v></c>") +
                          "</sheetData>");
        const QString file = path(QStringLiteral("nfd.xlsx"));
        QVERIFY(xlsx.write(file));
        Status status;
        const Workbook wb = readWorkbook(file, std::nullopt, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.encoding, QStringLiteral("utf8"));
        QCOMPARE(wb.sheets[0].at(0, 0).text, QStringLiteral("Nguyễn Thị Thuỷ"));
        QCOMPARE(wb.sheets[0].at(0, 1).text, QStringLiteral("Con"));
        QCOMPARE(wb.sheets[0].at(0, 2).type, Cell::Type::Empty);
    }

    void sheetsFollowTheWorkbookOrder()
    {
        // Relationship ids and part names in another order than the tabs, and an absolute target.
        RawXlsx xlsx;
        xlsx.addSheet(QStringLiteral("Tổng hợp"),
                      "<sheetData>" + row(1, "<c r=\"A1\"><v>1</v></c>") + "</sheetData>");
        xlsx.addSheet(QStringLiteral("TDP Bắc Sơn"),
                      "<sheetData>" + row(1, "<c r=\"A1\"><v>2</v></c>") + "</sheetData>");
        QMap<QString, QByteArray> parts = xlsx.parts();
        QByteArray rels = parts[QStringLiteral("xl/_rels/workbook.xml.rels")];
        rels.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"/xl/worksheets/sheet2.xml\"");
        parts[QStringLiteral("xl/_rels/workbook.xml.rels")] = rels;
        const QString file = path(QStringLiteral("order.xlsx"));
        QVERIFY(RawXlsx::writeZip(file, parts));
        Status status;
        const Workbook wb = XlsxReader::readFile(file, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.sheets.size(), 2);
        QCOMPARE(wb.sheets[0].name, QStringLiteral("Tổng hợp"));
        QCOMPARE(wb.sheets[1].name, QStringLiteral("TDP Bắc Sơn"));
        QCOMPARE(wb.sheets[1].at(0, 0).number, 2.0);
    }

    void contentNotExtensionDecides()
    {
        // An .xlsx saved with an .xls name is read as what it is.
        RawXlsx xlsx;
        xlsx.addSheet(QStringLiteral("S"),
                      "<sheetData>" + row(1, "<c r=\"A1\"><v>7</v></c>") + "</sheetData>");
        const QString file = path(QStringLiteral("really-xlsx.xls"));
        QVERIFY(xlsx.write(file));
        Status status;
        const Workbook wb = readWorkbook(file, std::nullopt, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.format, QStringLiteral("xlsx"));
        QCOMPARE(wb.sheets[0].at(0, 0).number, 7.0);
    }

    void inlineStringsWorkbook()
    {
        // libxlsxwriter's constant-memory mode writes inline strings, as many exporters do.
        const QString file = path(QStringLiteral("inline.xlsx"));
        {
            XlsxBook book(file, true);
            lxw_worksheet *sheet = book.addSheet(QStringLiteral("Thôn 2"));
            for (int r = 0; r < 300; ++r) {
                XlsxBook::number(sheet, r, 0, r + 1);
                XlsxBook::text(sheet, r, 1, QStringLiteral("Người %1").arg(r + 1));
            }
            QVERIFY(book.close());
        }
        Status status;
        const Workbook wb = readWorkbook(file, std::nullopt, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.sheets[0].rowCount(), 300);
        QCOMPARE(wb.sheets[0].at(299, 1).text, QStringLiteral("Người 300"));
        QCOMPARE(wb.sheets[0].at(299, 0).number, 300.0);
    }
};

QTEST_GUILESS_MAIN(TstXlsx)
#include "tst_xlsx.moc"
