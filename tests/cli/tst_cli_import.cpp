// `sohoctap-cli import`: dry run with a report, a new commune file created for the commune named, a
// re-import that changes nothing, legacy CSV with a forced encoding, and refusals that leave the file as it
// was, each with its exit code.
#include "CliRun.h"
#include "RegisterFixtures.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = sht::test::CliRun;

Run cli(const QStringList &arguments)
{
    return sht::test::runCli(arguments);
}

int peopleIn(const QString &db)
{
    const Run info = cli({QStringLiteral("info"), db, QStringLiteral("--json")});
    return QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("people")).toInt(-1);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    sht::test::TempCommune m_temp;
    QString m_workbook;
    sht::test::RegisterFixture m_fixture;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("SHT_CLI")), "SHT_CLI must name the sohoctap-cli binary");
        m_workbook = m_temp.path(QStringLiteral("so-ho-khau.xlsx"));
        m_fixture = sht::test::RegisterFixtures::writeMessyXlsx(m_workbook);
        QVERIFY(QFile::exists(m_workbook));
    }

    void dryRunWritesNothingButTheReport()
    {
        const QString db = m_temp.path(QStringLiteral("dry.sqlite"));
        const QString report = m_temp.path(QStringLiteral("dry-run.xlsx"));
        const Run run = cli({QStringLiteral("import"), m_workbook, QStringLiteral("--db"), db,
                             QStringLiteral("--dry-run"), QStringLiteral("--report"), report});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Thôn Đông (new)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Problems (")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("%1 person(s) to add").arg(m_fixture.personCount())) ||
                     run.out.contains(QStringLiteral("%1 people to add").arg(m_fixture.personCount())),
                 qPrintable(run.out));
        if (!m_fixture.samePerson.isEmpty())
            QVERIFY2(run.out.contains(QStringLiteral("Possible duplicates")), qPrintable(run.out));
        QVERIFY(!QFile::exists(db));
        QVERIFY(QFile::exists(report));
    }

    void importCreatesTheCommuneFileThenChangesNothing()
    {
        const QString db = m_temp.path(QStringLiteral("new.sqlite"));
        const Run refused = cli({QStringLiteral("import"), m_workbook, QStringLiteral("--db"), db});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--commune")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(db));

        const Run run =
            cli({QStringLiteral("import"), m_workbook, QStringLiteral("--db"), db,
                 QStringLiteral("--commune"), QStringLiteral("Xã Hòa An"), QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Imported into")), qPrintable(run.out));
        QCOMPARE(peopleIn(db), m_fixture.personCount());
        const Run info = cli({QStringLiteral("info"), db, QStringLiteral("--json")});
        const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("commune")).toString(), QStringLiteral("Xã Hòa An"));
        QCOMPARE(root.value(QStringLiteral("households")).toInt(), m_fixture.householdCount());
        QCOMPARE(root.value(QStringLiteral("villages")).toArray().size(), m_fixture.villages.size());

        const QByteArray before = sht::test::fileHash(db);
        const Run again = cli({QStringLiteral("import"), m_workbook, QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Nothing to import")), qPrintable(again.out));
        QCOMPARE(peopleIn(db), m_fixture.personCount());
        Q_UNUSED(before) // the batch row of the re-import is written: the bytes differ, the registers do not
    }

    void unreadableFileLeavesTheCommuneFileAlone()
    {
        const QString db = m_temp.path(QStringLiteral("kept.sqlite"));
        QVERIFY(cli({QStringLiteral("import"), m_workbook, QStringLiteral("--db"), db,
                     QStringLiteral("--commune"), QStringLiteral("Xã A"), QStringLiteral("--yes")})
                    .exitCode == 0);
        const QString fake = m_temp.path(QStringLiteral("hong.xlsx"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not a workbook");
        file.close();
        const QByteArray before = sht::test::fileHash(db);
        const Run run = cli({QStringLiteral("import"), m_workbook, fake, QStringLiteral("--db"), db,
                             QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("hong.xlsx")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was imported")), qPrintable(run.err));
        QCOMPARE(sht::test::fileHash(db), before);
    }

    void legacyCsvWithForcedEncoding_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("tcvn3") << int(sht::test::RegisterFixtures::CsvFlavor::Tcvn3)
                               << QStringLiteral("tcvn3");
        QTest::newRow("vni") << int(sht::test::RegisterFixtures::CsvFlavor::Vni) << QStringLiteral("vni");
        QTest::newRow("cp1258 detected")
            << int(sht::test::RegisterFixtures::CsvFlavor::Cp1258) << QStringLiteral("auto");
    }

    void legacyCsvWithForcedEncoding()
    {
        QFETCH(int, flavor);
        QFETCH(QString, encoding);
        const QString csv = m_temp.path(QStringLiteral("thon-nam-%1.csv").arg(encoding));
        const sht::test::RegisterFixture fixture =
            sht::test::RegisterFixtures::writeCsv(csv, sht::test::RegisterFixtures::CsvFlavor(flavor));
        const QString db = m_temp.path(QStringLiteral("csv-%1.sqlite").arg(encoding));
        const Run run =
            cli({QStringLiteral("import"), csv, QStringLiteral("--db"), db, QStringLiteral("--commune"),
                 QStringLiteral("Xã B"), QStringLiteral("--encoding"), encoding});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(peopleIn(db), fixture.personCount());
        const Run people = cli({QStringLiteral("people"), db, QStringLiteral("--csv")});
        for (const auto &village : fixture.villages)
            for (const auto &household : village.households)
                for (const auto &person : household.members)
                    QVERIFY2(people.out.contains(person.fullName), qPrintable(person.fullName));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no db") << QStringList{QStringLiteral("import"), QStringLiteral("a.xlsx")}
                               << QStringLiteral("--db");
        QTest::newRow("no file") << QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                QStringLiteral("x")}
                                 << QStringLiteral("FILE");
        QTest::newRow("unknown encoding")
            << QStringList{QStringLiteral("import"), QStringLiteral("a.xlsx"),     QStringLiteral("--db"),
                           QStringLiteral("x"),      QStringLiteral("--encoding"), QStringLiteral("koi8")}
            << QStringLiteral("koi8");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
