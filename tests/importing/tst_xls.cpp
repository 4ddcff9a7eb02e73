// The .xls reader (FreeXL): sheets, numbers, dates by format in both date systems, a year in a General
// cell, text, legacy .VnTime text decoded by readWorkbook, empty trailing rows, content over extension.
// Workbooks are written in the test by /usr/bin/python3 with python3-xlwt (scripts/setup.sh installs it).
#include "TestSupport.h"
#include "WorkbookReader.h"
#include "XlsReader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <unistd.h>

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

// Ends the process when a text is translated in a process other than the one that made it: the child that
// reads an .xls was forked from a threaded program and must run no Qt code (a lock such as the translators'
// held by another thread at the fork would never be released in the child, which would hang). A tripped
// child dies, and its read then fails with "the reader of old Excel files stopped on it".
class ChildTripwire : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *, const char *, int) const override
    {
        if (::getpid() != m_parent)
            ::_exit(3);
        return {};
    }

private:
    const pid_t m_parent = ::getpid();
};

bool sameCells(const Workbook &a, const Workbook &b)
{
    if (a.sheets.size() != b.sheets.size())
        return false;
    for (int s = 0; s < a.sheets.size(); ++s) {
        const SheetGrid &x = a.sheets[s];
        const SheetGrid &y = b.sheets[s];
        if (x.name != y.name || x.rows.size() != y.rows.size())
            return false;
        for (int r = 0; r < x.rows.size(); ++r) {
            if (x.rows[r].size() != y.rows[r].size())
                return false;
            for (int c = 0; c < x.rows[r].size(); ++c) {
                const Cell &p = x.rows[r][c];
                const Cell &q = y.rows[r][c];
                if (p.type != q.type || p.text != q.text || p.number != q.number || p.date != q.date)
                    return false;
            }
        }
    }
    return true;
}

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

    // The child gives what a read in this process gives, and every refusal (a damaged file, a row beyond the
    // limit, a cell too long) is worded in the parent: the child translates nothing (ChildTripwire).
    void theChildRunsNoQtCode_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("maxCell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("read whole") << QString() << 1'048'576 << 1024 * 1024 << QString();
        QTest::newRow("truncated") << QStringLiteral("truncate") << 1'048'576 << 1024 * 1024
                                   << QStringLiteral(
                                          "“damaged.xls” is damaged and cannot be read (the file is "
                                          "shorter than it declares (FreeXL error -%1)).");
        QTest::newRow("row limit") << QString() << 4 << 1024 * 1024
                                   << QStringLiteral("“damaged.xls”, sheet “Thôn 1”: row 5 holds data beyond "
                                                     "the 4 rows the import reads.");
        QTest::newRow("cell limit") << QString() << 1'048'576 << 12
                                    << QStringLiteral(
                                           "“damaged.xls”, sheet “Thôn 1”, row 1, column A: the cell "
                                           "holds more than 12 characters of text");
    }

    void theChildRunsNoQtCode()
    {
        QFETCH(QString, damage);
        QFETCH(int, maxRows);
        QFETCH(int, maxCell);
        QFETCH(QString, expected);
        const QString good = make(QStringLiteral("whole.xls"), false);
        const QString file = m_dir.filePath(QStringLiteral("damaged.xls"));
        QFile::remove(file);
        QVERIFY(QFile::copy(good, file));
        if (damage == QLatin1String("truncate")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        }
        ReadLimits limits;
        limits.maxRows = maxRows;
        limits.maxCellBytes = maxCell;
        ChildTripwire tripwire;
        QVERIFY(QCoreApplication::installTranslator(&tripwire));
        Status inChild;
        const Workbook fromChild = XlsReader::readFile(file, limits, &inChild);
        Status here;
        const Workbook fromHere = XlsReader::readInProcess(file, limits, &here);
        QCoreApplication::removeTranslator(&tripwire);
        QCOMPARE(inChild.ok(), here.ok());
        QCOMPARE(inChild.message(), here.message());
        QVERIFY(sameCells(fromChild, fromHere));
        if (expected.isEmpty()) {
            SHT_VERIFY_OK(inChild);
            QCOMPARE(fromChild.sheets.size(), 2);
            QCOMPARE(fromChild.sheets[0].at(3, 1).text, QStringLiteral("Nguyễn Văn An"));
            return;
        }
        QVERIFY(!inChild.ok());
        const QString start =
            expected.contains(QLatin1String("%1")) ? expected.section(QLatin1String("-%1"), 0, 0) : expected;
        QVERIFY2(inChild.message().startsWith(start), qPrintable(inChild.message()));
    }
};

QTEST_GUILESS_MAIN(TstXls)
#include "tst_xls.moc"
