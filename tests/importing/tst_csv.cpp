// Tests of sht::importing::CsvReader: separators, quotes, line ends, byte order marks, every encoding
// detected or forced, and the files it refuses with a message naming them.
#include "CsvReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sht;
using namespace sht::importing;

Q_DECLARE_METATYPE(sht::importing::TextEncoding)

namespace {

// The grid as text: rows joined by '\n', cells by '|', an empty cell as "", an empty row as "".
QString gridText(const SheetGrid &grid)
{
    QStringList rows;
    for (const auto &row : grid.rows) {
        QStringList cells;
        for (const Cell &c : row)
            cells << (c.type == Cell::Type::Text ? c.text : QString());
        rows << cells.join(u'|');
    }
    return rows.join(u'\n');
}

const QString kRegister = QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG\n"
                                         "\n"
                                         "STT,Họ và tên,Năm sinh,Quan hệ với chủ hộ,Ghi chú\n"
                                         "(1),(2),(3),(4),(5)\n"
                                         "1,Nguyễn Văn Hùng,1965,Chủ hộ,\n"
                                         ",Trần Thị Hoà,1968,Vợ,\n"
                                         ",Nguyễn Thị Thuỷ,1992,Con gái,Tạm vắng\n"
                                         "2,Phạm Thị Ánh,1960,Chủ hộ,Người có công\n"
                                         ",Lê Thị Ngọc Yến,1987,Con,Tạm trú\n");

const QString kRegisterGrid = QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG\n"
                                             "\n"
                                             "STT|Họ và tên|Năm sinh|Quan hệ với chủ hộ|Ghi chú\n"
                                             "(1)|(2)|(3)|(4)|(5)\n"
                                             "1|Nguyễn Văn Hùng|1965|Chủ hộ\n"
                                             "|Trần Thị Hoà|1968|Vợ\n"
                                             "|Nguyễn Thị Thuỷ|1992|Con gái|Tạm vắng\n"
                                             "2|Phạm Thị Ánh|1960|Chủ hộ|Người có công\n"
                                             "|Lê Thị Ngọc Yến|1987|Con|Tạm trú");

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void sniffSeparator_data();
    void sniffSeparator();
    void encodings_data();
    void encodings();
    void forcedEncoding();
    void excelUnicodeText();
    void tcvn3CapitalsPerField();
    void refused_data();
    void refused();
    void unknownEncodingCanBeForced();
    void hugeCellRefused();
    void tooManyRows();
    void missingFile();
    void workbookFields();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestCsv::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << QStringLiteral("a|b\nc|d");
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << QStringLiteral("a|b\nc|d");
    QTest::newRow("cr") << QByteArray("a,b\rc,d\r") << QStringLiteral("a|b\nc|d");
    QTest::newRow("no final line end") << QByteArray("a,b\nc,d") << QStringLiteral("a|b\nc|d");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                       "STT,T\xc3\xaan\n")
                         << QStringLiteral("STT|Tên");
    QTest::newRow("quoted separator") << QByteArray("\"Nguyen, Van\",1\n") << QStringLiteral("Nguyen, Van|1");
    QTest::newRow("doubled quotes") << QByteArray("\"He said \"\"hi\"\"\",x\n")
                                    << QStringLiteral("He said \"hi\"|x");
    QTest::newRow("line break inside quotes") << QByteArray("\"Ng\xc3\xa0y sinh\r\n(dd/mm)\",b\r\nc,d\r\n")
                                              << QStringLiteral("Ngày sinh\n(dd/mm)|b\nc|d");
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QStringLiteral("|x");
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,e\n") << QStringLiteral("abcd|e");
    QTest::newRow("quote inside unquoted") << QByteArray("a\"b,c\n") << QStringLiteral("a\"b|c");
    QTest::newRow("unterminated quote") << QByteArray("a,\"bc\nd") << QStringLiteral("a|bc\nd");
    QTest::newRow("empty lines are rows") << QByteArray("a\n\n\nb\n") << QStringLiteral("a\n\n\nb");
    QTest::newRow("empty rows at the end dropped") << QByteArray("a\n\n,,,\n\n") << QStringLiteral("a");
    QTest::newRow("trailing empty fields dropped") << QByteArray("a,,b,,,\n") << QStringLiteral("a||b");
    QTest::newRow("row of separators is empty")
        << QByteArray("a,b\n,,\nc,d\n") << QStringLiteral("a|b\n\nc|d");
    QTest::newRow("cells cleaned") << QByteArray("\" Con\xc2\xa0\",\"Nguy\xe1\xbb\x85n  V\xc4\x83n\tA\"\n")
                                   << QStringLiteral("Con|Nguyễn Văn A");
    QTest::newRow("only spaces is empty") << QByteArray("a,   ,b\n") << QStringLiteral("a||b");
    QTest::newRow("ends with separator") << QByteArray("a,b,") << QStringLiteral("a|b");
    QTest::newRow("one column") << QByteArray("a\nb\n") << QStringLiteral("a\nb");
    QTest::newRow("excel sep line") << QByteArray("sep=;\r\na;b,c\r\n") << QStringLiteral("a|b,c");
    QTest::newRow("sep word in data") << QByteArray("sep=x,y\n") << QStringLiteral("sep=x|y");
}

void TestCsv::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Status status;
    const Workbook wb = readCsv(write(QStringLiteral("parse.csv"), bytes), std::nullopt, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.sheets.size(), 1);
    QCOMPARE(gridText(wb.sheets.first()), expected);
    for (const auto &row : wb.sheets.first().rows) {
        for (const Cell &c : row)
            QVERIFY(c.type == Cell::Type::Text ? !c.text.isEmpty() : c.text.isEmpty());
    }
}

void TestCsv::sniffSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("STT;Tên;Điểm\n1;An;7,5\n2;Bình;8,25\n3;Chi;9\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("STT\tHọ và tên\tGhi chú\n1\tNguyễn, Văn\t\n") << QChar(u'\t');
    QTest::newRow("title line with commas before the header")
        << QStringLiteral("Xã Hoà An, huyện Đông, tỉnh Tây\nSTT;Tên;Năm\n1;A;1990\n2;B;1991\n")
        << QChar(u';');
    QTest::newRow("commas inside quotes do not count")
        << QStringLiteral("\"Nguyễn, Văn, A\";1\n\"Trần, B\";2\n\"Lê, C, D\";3\n") << QChar(u';');
    QTest::newRow("excel padding") << QStringLiteral("DANH SÁCH;;;\n;;;\nSTT;Tên;Năm;Ghi chú\n1;A;1990;\n")
                                   << QChar(u';');
    QTest::newRow("none") << QStringLiteral("one\ntwo\n") << QChar(u',');
}

void TestCsv::sniffSeparator()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QCOMPARE(CsvReader::sniffSeparator(text), separator);
}

void TestCsv::encodings_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("lineEnd");
    for (TextEncoding e :
         {TextEncoding::Unicode, TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Cp1258}) {
        QTest::newRow(qPrintable(textEncodingKey(e) + QStringLiteral(" comma lf"))) << e << ","
                                                                                    << "\n";
        QTest::newRow(qPrintable(textEncodingKey(e) + QStringLiteral(" semicolon crlf"))) << e << ";"
                                                                                          << "\r\n";
    }
}

void TestCsv::encodings()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, separator);
    QFETCH(QString, lineEnd);
    QString text = kRegister;
    text.replace(u',', separator).replace(u'\n', lineEnd);
    Status status;
    const Workbook wb =
        readCsv(write(QStringLiteral("thon-dong.csv"), encodeBytes(text, encoding)), std::nullopt, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.encoding, textEncodingKey(encoding));
    QVERIFY2(wb.encodingConfidence >= 0.9, qPrintable(QString::number(wb.encodingConfidence)));
    QCOMPARE(gridText(wb.sheets.first()), kRegisterGrid);
}

void TestCsv::forcedEncoding()
{
    const QString path = write(QStringLiteral("vni.csv"), encodeBytes(kRegister, TextEncoding::Vni));
    Status status;
    const Workbook wb = readCsv(path, TextEncoding::Vni, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.encoding, QStringLiteral("vni"));
    QCOMPARE(wb.encodingConfidence, 1.0);
    QCOMPARE(gridText(wb.sheets.first()), kRegisterGrid);
    // Forced wrong, it is read as told (the preview shows the result and the user changes it back).
    const Workbook wrong = readCsv(path, TextEncoding::Cp1252, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wrong.encoding, QStringLiteral("cp1252"));
    QCOMPARE(wrong.sheets.first().at(4, 1).text, QStringLiteral("Nguyeãn Vaên Huøng"));
}

void TestCsv::excelUnicodeText()
{
    // Excel's "Unicode Text": UTF-16 LE with a byte order mark, tab-separated.
    const QString text = QStringLiteral("STT\tHọ và tên\r\n1\tNguyễn Văn Hùng\r\n");
    QByteArray bytes("\xff\xfe");
    for (const QChar c : text)
        bytes.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    Status status;
    const Workbook wb = readCsv(write(QStringLiteral("unicode.txt"), bytes), std::nullopt, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.encoding, QStringLiteral("utf8"));
    QCOMPARE(gridText(wb.sheets.first()), QStringLiteral("STT|Họ và tên\n1|Nguyễn Văn Hùng"));
}

void TestCsv::tcvn3CapitalsPerField()
{
    // Each field decides its capitals on its own: the title was typed with .VnTimeH, the names with .VnTime.
    const QByteArray bytes("DANH S\xb8"
                           "CH H\xe9 GIA \xa7\xd7NH,,\n"
                           "1,Tr\xc7n Th\xde \xb8nh,\xb8nh\n"
                           "2,Ph\xb9m V\xa8n \xa2n,TR\xc7N TH\xde H\xb5\n");
    Status status;
    const Workbook wb = readCsv(write(QStringLiteral("tcvn3.csv"), bytes), std::nullopt, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.encoding, QStringLiteral("tcvn3"));
    QCOMPARE(gridText(wb.sheets.first()),
             QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH\n1|Trần Thị Ánh|ánh\n2|Phạm Văn Ân|TRẦN THỊ HÀ"));
}

void TestCsv::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x14\0garbage", 16) << QStringLiteral("binary data");
    QTest::newRow("shift-jis") << QByteArray::fromHex(
                                      "93fa967b8cea82cc8365834c8358836782c582b78142938c8b9e93739056"
                                      "8f688be681418e8196bc814190b6944e8c8e93fa")
                               << QStringLiteral("Could not tell how the text");
    QRandomGenerator random(7);
    QByteArray noise(20000, 0);
    for (char &c : noise)
        c = char(random.bounded(1, 256));
    QTest::newRow("random bytes") << noise << QStringLiteral("Could not tell how the text");
}

void TestCsv::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    Status status;
    const Workbook wb = readCsv(write(QStringLiteral("so-ho-2009.csv"), bytes), std::nullopt, &status);
    QVERIFY(!status.ok());
    QVERIFY2(status.message().contains(QStringLiteral("so-ho-2009.csv")), qPrintable(status.message()));
    QVERIFY2(status.message().contains(messagePart), qPrintable(status.message()));
    QVERIFY(wb.sheets.isEmpty());
}

void TestCsv::unknownEncodingCanBeForced()
{
    const QByteArray bytes = QByteArray::fromHex("93fa967b8cea82cc8365834c83588367");
    const QString path = write(QStringLiteral("sjis.csv"), bytes);
    Status status;
    readCsv(path, std::nullopt, &status);
    QVERIFY(!status.ok());
    QVERIFY(status.message().contains(QStringLiteral("--encoding")));
    const Workbook wb = readCsv(path, TextEncoding::Cp1252, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.sheets.first().rowCount(), 1);
}

void TestCsv::hugeCellRefused()
{
    // A 10 MB cell: refused with the row, the column and the limit.
    QByteArray bytes("STT,Ghi chu\n1,\"");
    bytes.append(QByteArray(10 * 1024 * 1024, 'x'));
    bytes.append("\"\n");
    Status status;
    const Workbook wb = readCsv(write(QStringLiteral("huge.csv"), bytes), std::nullopt, &status);
    QVERIFY(!status.ok());
    QVERIFY(wb.sheets.isEmpty());
    QVERIFY2(status.message().contains(QStringLiteral("Row 2, column B of “huge.csv”")),
             qPrintable(status.message()));
    QVERIFY2(status.message().contains(QStringLiteral("1.0 MB")), qPrintable(status.message()));
    // Just below the limit is read.
    CsvLimits limits;
    limits.maxCellBytes = 100;
    const QString path = write(QStringLiteral("edge.csv"), "a," + QByteArray(100, 'y') + "\n");
    readCsv(path, std::nullopt, &status, limits);
    SHT_VERIFY_OK(status);
    // Vietnamese letters count as their UTF-8 bytes: 40 × "ệ" is 120 bytes.
    QString forty;
    for (int i = 0; i < 40; ++i)
        forty += QStringLiteral("ệ");
    readCsv(write(QStringLiteral("edge2.csv"), forty.toUtf8()), std::nullopt, &status, limits);
    QVERIFY(!status.ok());
}

void TestCsv::tooManyRows()
{
    CsvLimits limits;
    limits.maxRows = 3;
    Status status;
    readCsv(write(QStringLiteral("rows.csv"), "1\n2\n3\n"), std::nullopt, &status, limits);
    SHT_VERIFY_OK(status);
    readCsv(write(QStringLiteral("rows.csv"), "1\n2\n3\n4\n"), std::nullopt, &status, limits);
    QVERIFY(!status.ok());
    QVERIFY2(status.message().contains(QStringLiteral("“rows.csv” has more than 3 rows")),
             qPrintable(status.message()));
    limits.maxFileBytes = 4;
    readCsv(write(QStringLiteral("big.csv"), "12345"), std::nullopt, &status, limits);
    QVERIFY(!status.ok());
    QVERIFY(status.message().contains(QStringLiteral("big.csv")));
}

void TestCsv::missingFile()
{
    Status status;
    const Workbook wb = readCsv(m_dir.filePath(QStringLiteral("khong-co.csv")), std::nullopt, &status);
    QVERIFY(!status.ok());
    QVERIFY(status.message().contains(QStringLiteral("khong-co.csv")));
    QVERIFY(wb.sheets.isEmpty());
}

void TestCsv::workbookFields()
{
    const QString path = write(QStringLiteral("Thôn Đông.2024.csv"), kRegister.toUtf8());
    Status status;
    const Workbook wb = readCsv(path, std::nullopt, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.path, path);
    QCOMPARE(wb.format, QStringLiteral("csv"));
    QCOMPARE(wb.encoding, QStringLiteral("utf8"));
    QCOMPARE(wb.sheets.size(), 1);
    const SheetGrid &sheet = wb.sheets.first();
    QCOMPARE(sheet.name, QStringLiteral("Thôn Đông.2024"));
    QCOMPARE(sheet.rowCount(), 9);
    QCOMPARE(sheet.columnCount(), 5);
    QCOMPARE(sheet.fileRowNumber(4), 5);
    QVERIFY(sheet.rows[1].isEmpty());
    QCOMPARE(sheet.at(4, 1).type, Cell::Type::Text);
    QCOMPARE(sheet.at(4, 4).type, Cell::Type::Empty);
    // No status pointer: still read.
    QCOMPARE(readCsv(path, std::nullopt, nullptr).sheets.size(), 1);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
