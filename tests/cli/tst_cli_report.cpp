// `sohoctap-cli report`: `list` names every report with what it needs; `yearly` writes a workbook whose
// totals equal the file's counts (read back with openpyxl), for the commune or one village by name without
// accents; wrong usage is refused with exit code 1 (missing --year, unknown village, bad --out), a missing
// file with 2, a year without an evaluation with 4 and a message saying to press F5.
#include "../reporting/XlsxDump.h"
#include "../reporting/YearFixture.h"
#include "CliRun.h"
#include "RecognitionRepository.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sht;

namespace {

using Run = sht::test::CliRun;

Run cli(const QStringList &arguments)
{
    return sht::test::runCli(arguments);
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    test::TempCommune m_temp;
    QTemporaryDir m_out;
    QString m_path;
    QString m_year = QString::number(QDate::currentDate().year());
    int m_households = 0;
    int m_recognised = 0;
    VillageSummary m_village;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("SHT_CLI")), "SHT_CLI must name the sohoctap-cli binary");
        m_path = m_temp.demo(300, 5);
        Database db;
        SHT_VERIFY_OK(db.open(m_path));
        SHT_VERIFY_OK(test::prepareYear(db, m_year.toInt()));
        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(db).summary(&summary));
        m_households = summary.households;
        m_village = summary.villages.constFirst();
        for (const Recognition &r : RecognitionRepository(db).forYear(m_year.toInt()))
            m_recognised += r.title == criteria::Title::LearningFamily;
        QVERIFY(m_recognised > 0);
    }

    void listNamesEveryReport()
    {
        const Run run = cli({QStringLiteral("report"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("yearly ")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Yearly statistics of the learning titles")));
        QVERIFY(run.out.contains(QStringLiteral("needs: --year [--village]; writes .xlsx, .pdf")));
        QVERIFY(run.out.contains(QStringLiteral("tt25-dossier")));
        QVERIFY(run.out.contains(QStringLiteral("tt24-summary")));
        QVERIFY(run.out.contains(QStringLiteral("needs: --year --unit")));
    }

    void helpListsOptions()
    {
        const Run run = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option :
             {"--db", "--year", "--village", "--unit", "--course", "--title", "--date", "--out"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void yearlyWorkbook()
    {
        const QString out = m_out.filePath(QStringLiteral("yearly.xlsx"));
        const Run run = cli({QStringLiteral("report"), QStringLiteral("yearly"), QStringLiteral("--db"),
                             m_path, QStringLiteral("--year"), m_year, QStringLiteral("--date"),
                             QStringLiteral("2026-01-05"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Wrote ")), qPrintable(run.out));
        QString error;
        const QJsonObject dump = test::dumpXlsx(out, &error);
        QVERIFY2(!dump.isEmpty(), qPrintable(error));
        // The place-and-date line: row 4, right half (where depends on the widest table).
        QString placeDate;
        const QJsonObject cells = dump.value(QStringLiteral("cells")).toObject();
        for (auto it = cells.begin(); it != cells.end(); ++it)
            if (it.key().endsWith(QLatin1Char('4')) && it.key().size() == 2)
                placeDate += it.value().toObject().value(QStringLiteral("value")).toString();
        QVERIFY2(placeDate.endsWith(QStringLiteral(", ngày 05 tháng 01 năm 2026")), qPrintable(placeDate));
        int totals = 0;
        for (int r = 1; r < 100 && !totals; ++r)
            if (test::cellOf(dump, QStringLiteral("A%1").arg(r)).value(QStringLiteral("value")).toString() ==
                QStringLiteral("Toàn xã"))
                totals = r;
        QVERIFY(totals > 0);
        QCOMPARE(int(test::cellOf(dump, QStringLiteral("B%1").arg(totals))
                         .value(QStringLiteral("cached"))
                         .toDouble()),
                 m_households);
        QCOMPARE(int(test::cellOf(dump, QStringLiteral("D%1").arg(totals))
                         .value(QStringLiteral("cached"))
                         .toDouble()),
                 m_recognised);
    }

    void oneVillageByNameWithoutAccents()
    {
        const QString out = m_out.filePath(QStringLiteral("village.xlsx"));
        const QString plain = text::searchKey(m_village.name); // "thon ..." typed on a keyboard without Telex
        const Run run = cli({QStringLiteral("report"), QStringLiteral("yearly"), QStringLiteral("--db"),
                             m_path, QStringLiteral("--year"), m_year, QStringLiteral("--village"), plain,
                             QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject dump = test::dumpXlsx(out);
        // One village: its row, then the totals row, which is that village's households.
        int totals = 0;
        for (int r = 1; r < 100 && !totals; ++r)
            if (test::cellOf(dump, QStringLiteral("A%1").arg(r)).value(QStringLiteral("value")).toString() ==
                QStringLiteral("Toàn xã"))
                totals = r;
        QVERIFY(totals > 0);
        QCOMPARE(test::cellOf(dump, QStringLiteral("A%1").arg(totals - 1))
                     .value(QStringLiteral("value"))
                     .toString(),
                 m_village.name);
        QCOMPARE(int(test::cellOf(dump, QStringLiteral("B%1").arg(totals))
                         .value(QStringLiteral("cached"))
                         .toDouble()),
                 m_village.households);
    }

    void yearlyPdf()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString out = m_out.filePath(QStringLiteral("yearly.pdf"));
        const Run run = cli({QStringLiteral("report"), QStringLiteral("yearly"), QStringLiteral("--db"),
                             m_path, QStringLiteral("--year"), m_year, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess text;
        text.start(pdftotext, {out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
        for (const char *expected :
             {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO THỐNG KÊ", "Gia đình học tập", "Toàn xã"})
            QVERIFY2(extracted.contains(QString::fromUtf8(expected)), expected);
        QVERIFY2(extracted.contains(QString::number(m_households)) ||
                     extracted.contains(QLocale(QLocale::Vietnamese).toString(m_households)),
                 qPrintable(extracted.left(3000)));
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("DB");
        QTest::newRow("no name") << QStringList{"report"} << 1 << QStringLiteral("report needs one NAME");
        QTest::newRow("unknown report")
            << QStringList{"report", "nope", "--db", db, "--year", "2025", "--out", "x.xlsx"} << 1
            << QStringLiteral("Unknown report: nope");
        QTest::newRow("missing year") << QStringList{"report", "yearly", "--db", db, "--out", "x.xlsx"} << 1
                                      << QStringLiteral("yearly needs --year Y");
        QTest::newRow("bad out") << QStringList{"report", "yearly", "--db",  db,
                                                "--year", "2025",   "--out", "x.txt"}
                                 << 1 << QStringLiteral("ending in .xlsx or .pdf");
        QTest::newRow("bad date") << QStringList{"report", "yearly", "--db",     db,      "--year",
                                                 "2025",   "--date", "5/1/2026", "--out", "x.xlsx"}
                                  << 1 << QStringLiteral("--date must be");
        QTest::newRow("unknown village")
            << QStringList{"report", "yearly",    "--db",          db,      "--year",
                           "2025",   "--village", "Thôn Không Có", "--out", "x.xlsx"}
            << 1 << QStringLiteral("There is no village \"Thôn Không Có\"");
        QTest::newRow("unit missing")
            << QStringList{"report", "tt24-summary", "--db", db, "--year", "2025", "--out", "x.xlsx"} << 1
            << QStringLiteral("tt24-summary needs --unit U");
        QTest::newRow("missing file") << QStringList{"report", "yearly", "--db",  "/nonexistent/x.sqlite",
                                                     "--year", "2025",   "--out", "x.xlsx"}
                                      << 2 << QString();
        QTest::newRow("year not evaluated")
            << QStringList{"report", "tt25-dossier", "--db", db, "--year", "2001", "--out", "x.xlsx"} << 4
            << QStringLiteral("press Evaluate (F5) first");
    }

    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), m_path);
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^x\\.")),
                                   m_out.filePath(QStringLiteral("x.")));
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == code, qPrintable(QString::number(run.exitCode) + run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("x.xlsx"))));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
