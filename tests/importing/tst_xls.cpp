// The .xls reader (FreeXL): sheets, numbers, dates by format in both date systems, a year in a General
// cell, text, legacy .VnTime text decoded by readWorkbook, empty trailing rows, content over extension.
// Workbooks are written in the test by /usr/bin/python3 with python3-xlwt (scripts/setup.sh installs it).
#include "TestSupport.h"
#include "WorkbookReader.h"
#include "XlsReader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sht;
using namespace sht::importing;

namespace {

const char *script = R"PY(
import sys, datetime, xlwt
out, date1904 = sys.argv[1], sys.argv[2] == '1904'
legacy = sys.argv[3:]
wb = xlwt.Workbook(encoding='utf-8')
wb.dates_1904 = date1904
ws = wb.add_sheet('Thôn 1')
date = xlwt.easyxf(num_format_str='DD/MM/YYYY')
bold = xlwt.easyxf('font: bold on')
for c, h in enumerate(['STT', 'Họ và tên', 'Ngày sinh', 'Năm sinh', 'Số CCCD', 'Ghi chú']):
    ws.write(2, c, h)
ws.write(0, 0, 'DANH SÁCH HỘ GIA ĐÌNH')
ws.write(3, 0, 1)
ws.write(3, 1, 'Nguyễn Văn An')
ws.write(3, 2, datetime.date(1956, 3, 5), date)
ws.write(3, 3, 1956)
ws.write(3, 4, 38012345678)
ws.write(4, 1, '  Trần Thị\u00a0Bình ')
ws.write(4, 2, datetime.date(2001, 12, 31), date)
ws.write(4, 5, 2.5)
for r in range(10, 400):
    ws.row(r).set_style(bold)
ws.write(7, 1, 'Tổng cộng: 1 hộ')
ws2 = wb.add_sheet('Cu')
for i, t in enumerate(legacy):
    ws2.write(i, 0, t)
wb.save(out)
)PY";

} // namespace

class TstXls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QStringList m_names{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                              QStringLiteral("Lê Thị Hoà"),
                              QStringLiteral("Cộng hoà xã hội chủ nghĩa Việt Nam")};

    QString make(const QString &name, bool date1904, TextEncoding legacy = TextEncoding::Tcvn3)
    {
        const QString file = m_dir.filePath(name);
        QStringList args{QStringLiteral("-c"), QString::fromUtf8(script), file,
                         date1904 ? QStringLiteral("1904") : QStringLiteral("1900")};
        for (const QString &n : m_names)
            args << encodeFontText(n, legacy);
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), args);
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            qWarning("python3-xlwt failed (install it: scripts/setup.sh): %s",
                     python.readAllStandardError().constData());
        return file;
    }

private slots:
    void readsCellsAndDates_data()
    {
        QTest::addColumn<bool>("date1904");
        QTest::newRow("1900 date system") << false;
        QTest::newRow("1904 date system") << true;
    }

    void readsCellsAndDates()
    {
        QFETCH(bool, date1904);
        const QString file =
            make(date1904 ? QStringLiteral("mac.xls") : QStringLiteral("so-ho.xls"), date1904);
        QVERIFY(QFile::exists(file));
        Status status;
        const Workbook wb = XlsReader::readFile(file, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.format, QStringLiteral("xls"));
        QCOMPARE(wb.sheets.size(), 2);
        const SheetGrid &s = wb.sheets[0];
        QCOMPARE(s.name, QStringLiteral("Thôn 1"));
        QCOMPARE(s.rowCount(), 8); // formatting down to row 400 is not data
        QCOMPARE(s.at(0, 0).text, QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH"));
        QCOMPARE(s.at(2, 1).text, QStringLiteral("Họ và tên"));
        QCOMPARE(s.at(3, 0).type, Cell::Type::Number);
        QCOMPARE(s.at(3, 0).number, 1.0);
        QCOMPARE(s.at(3, 2).type, Cell::Type::Date);
        QCOMPARE(s.at(3, 2).date, QDate(1956, 3, 5));
        QCOMPARE(s.at(3, 2).number, date1904 ? 19057.0 : 20519.0);
        QCOMPARE(s.at(4, 2).date, QDate(2001, 12, 31));
        QCOMPARE(s.at(3, 3).type, Cell::Type::Number); // a year stays a number
        QCOMPARE(s.at(3, 3).text, QStringLiteral("1956"));
        QCOMPARE(s.at(3, 4).text, QStringLiteral("38012345678"));
        QCOMPARE(s.at(4, 5).number, 2.5);
        QCOMPARE(s.at(4, 1).text, QStringLiteral("  Trần Thị\u00a0Bình ")); // raw: cleaning is readWorkbook's
        QCOMPARE(s.at(7, 1).text, QStringLiteral("Tổng cộng: 1 hộ"));
        QCOMPARE(s.at(5, 0).type, Cell::Type::Empty);
    }

    void legacyFontTextIsDecoded_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("key");
        QTest::newRow("TCVN3") << int(TextEncoding::Tcvn3) << QStringLiteral("tcvn3");
        QTest::newRow("VNI") << int(TextEncoding::Vni) << QStringLiteral("vni");
    }

    void legacyFontTextIsDecoded()
    {
        QFETCH(int, encoding);
        QFETCH(QString, key);
        const QString file = make(QStringLiteral("legacy-%1.xls").arg(key), false, TextEncoding(encoding));
        Status status;
        const Workbook wb = readWorkbook(file, std::nullopt, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.encoding, key);
        for (int i = 0; i < m_names.size(); ++i)
            QCOMPARE(wb.sheets[1].at(i, 0).text, m_names[i]);
        // Unicode cells of the same workbook are left as they are, and cleaned.
        QCOMPARE(wb.sheets[0].at(4, 1).text, QStringLiteral("Trần Thị Bình"));
    }

    void contentNotExtensionDecides()
    {
        const QString file = make(QStringLiteral("named-wrong.xlsx"), false);
        Status status;
        const Workbook wb = readWorkbook(file, std::nullopt, ReadLimits(), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(wb.format, QStringLiteral("xls"));
        QCOMPARE(wb.sheets[0].at(3, 1).text, QStringLiteral("Nguyễn Văn An"));
    }
};

QTEST_GUILESS_MAIN(TstXls)
#include "tst_xls.moc"
