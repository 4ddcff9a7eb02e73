// `sohoctap-cli package`: export by village name, merge with --dry-run and --json, exit code 5 when conflicts
// need a decision (and nothing applied), refusals and wrong usage.
#include "../exchange/ExchangeTestSupport.h"
#include "ClanService.h"
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace sht;

namespace {

using Run = sht::test::CliRun;

Run cli(const QStringList &arguments)
{
    return sht::test::runCli(arguments);
}

} // namespace

class TestCliPackage : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void exportEditMerge();
    void conflictsExitFiveAndApplyNothing();
    void entryTemplate_data();
    void entryTemplate();
    void notMergedIsSaid();
};

void TestCliPackage::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("package")} << 1;
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("package"), QStringLiteral("fly")} << 1;
    QTest::newRow("export without village")
        << QStringList{QStringLiteral("package"),  QStringLiteral("export"), QStringLiteral("--db"),
                       QStringLiteral("x.sqlite"), QStringLiteral("--out"),  QStringLiteral("y.sht")}
        << 1;
    QTest::newRow("merge without file") << QStringList{QStringLiteral("package"), QStringLiteral("merge"),
                                                       QStringLiteral("--db"), QStringLiteral("x.sqlite")}
                                        << 1;
    QTest::newRow("merge help") << QStringList{QStringLiteral("package"), QStringLiteral("merge"),
                                               QStringLiteral("--help")}
                                << 0;
    QTest::newRow("missing db") << QStringList{QStringLiteral("package"), QStringLiteral("merge"),
                                               QStringLiteral("--db"),
                                               QStringLiteral("/nonexistent/x.sqlite"),
                                               QStringLiteral("p.sht")}
                                << 2;
}

void TestCliPackage::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, code);
    if (code == 0)
        QVERIFY(run.out.contains(QStringLiteral("5")));
}

void TestCliPackage::exportEditMerge()
{
    test::TempCommune temp;
    const QString clerkPath = temp.demo(300, 7);
    QString villageName;
    QString villageUuid;
    {
        auto clerk = test::openFile(clerkPath);
        villageUuid = test::villageUuids(*clerk).first();
        villageName =
            test::scalar(*clerk, QStringLiteral("SELECT name FROM admin_unit WHERE uuid = ?"), {villageUuid});
    }
    const QString pkgPath = temp.path(QStringLiteral("cli.sht"));
    Run run = cli({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--db"), clerkPath,
                   QStringLiteral("--village"), villageName, QStringLiteral("--out"), pkgPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString member;
    {
        auto pkg = test::openFile(pkgPath);
        member = test::plainMembers(*pkg, villageUuid).first();
        SHT_VERIFY_OK(
            test::editPerson(*pkg, member, [](Person &p) { p.occupation = QStringLiteral("Dệt vải"); }));
    }
    run = cli({QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), clerkPath, pkgPath,
               QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(plan.value(QStringLiteral("changes")).toArray().size(), 1);
    QCOMPARE(plan.value(QStringLiteral("villages"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("village"))
                 .toString(),
             villageName);
    {
        auto clerk = test::openFile(clerkPath);
        QVERIFY(test::personByUuid(*clerk, member).occupation != QStringLiteral("Dệt vải"));
    }
    run =
        cli({QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), clerkPath, pkgPath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(villageName));
    {
        auto clerk = test::openFile(clerkPath);
        QCOMPARE(test::personByUuid(*clerk, member).occupation, QStringLiteral("Dệt vải"));
    }
    run =
        cli({QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), clerkPath, pkgPath});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("merged before")));
    // A commune file is not a package.
    run = cli(
        {QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), clerkPath, clerkPath});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains(QStringLiteral("not a volunteer package")));
}

void TestCliPackage::conflictsExitFiveAndApplyNothing()
{
    test::TempCommune temp;
    const QString clerkPath = temp.demo(300, 7);
    const QString pkgPath = temp.path(QStringLiteral("conflict.sht"));
    QString member;
    QStringList before;
    {
        auto clerk = test::openFile(clerkPath);
        const QString village = test::villageUuids(*clerk).first();
        SHT_VERIFY_OK(test::exportPackage(*clerk, {village}, pkgPath));
        member = test::plainMembers(*clerk, village).first();
        SHT_VERIFY_OK(test::editPerson(*clerk, member, [](Person &p) { p.phone = QStringLiteral("0901"); }));
        auto pkg = test::openFile(pkgPath);
        SHT_VERIFY_OK(test::editPerson(*pkg, member, [](Person &p) {
            p.phone = QStringLiteral("0902");
            p.notes = QStringLiteral("không xung đột");
        }));
        before = test::databaseState(*clerk);
    }
    const Run run =
        cli({QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), clerkPath, pkgPath});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.out.contains(QStringLiteral("0901")));
    QVERIFY(run.out.contains(QStringLiteral("0902")));
    auto clerk = test::openFile(clerkPath);
    QCOMPARE(test::databaseState(*clerk), before);
}

void TestCliPackage::entryTemplate_data()
{
    QTest::addColumn<QString>("village"); // "first": the first village's name; "uuid": its uuid
    QTest::addColumn<bool>("twoVillages");
    QTest::addColumn<int>("code");
    QTest::newRow("by name") << QStringLiteral("first") << false << 0;
    QTest::newRow("by uuid") << QStringLiteral("uuid") << false << 0;
    QTest::newRow("two villages") << QStringLiteral("first") << true << 1;
    QTest::newRow("unknown village") << QStringLiteral("Thôn Không Có") << false << 1;
}

// `package template` writes the village's workbook: the data sheets and the hidden _sohoctap identity sheet
// that Import matches rows by; the clerk's file is not changed.
void TestCliPackage::entryTemplate()
{
    QFETCH(QString, village);
    QFETCH(bool, twoVillages);
    QFETCH(int, code);
    test::TempCommune temp;
    const QString clerkPath = temp.demo(300, 7);
    QStringList villages;
    QString name;
    QString member;
    QStringList before;
    {
        auto clerk = test::openFile(clerkPath);
        villages = test::villageUuids(*clerk);
        name = test::scalar(*clerk, QStringLiteral("SELECT name FROM admin_unit WHERE uuid = ?"),
                            {villages.first()});
        member = test::scalar(*clerk, QStringLiteral("SELECT full_name FROM person WHERE uuid = ?"),
                              {test::plainMembers(*clerk, villages.first()).first()});
        before = test::databaseState(*clerk);
    }
    QVERIFY(villages.size() >= 2 && !member.isEmpty());
    const QString out = temp.path(QStringLiteral("mau.xlsx"));
    QStringList arguments{QStringLiteral("package"), QStringLiteral("template"),
                          QStringLiteral("--db"),    clerkPath,
                          QStringLiteral("--out"),   out};
    arguments << QStringLiteral("--village")
              << (village == QLatin1String("first")  ? name
                  : village == QLatin1String("uuid") ? villages.first()
                                                     : village);
    if (twoVillages)
        arguments << QStringLiteral("--village") << villages.at(1);
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == code, qPrintable(run.out + run.err));
    {
        auto clerk = test::openFile(clerkPath);
        QCOMPARE(test::databaseState(*clerk), before);
    }
    if (code != 0) {
        QVERIFY(!QFile::exists(out));
        QVERIFY(!run.err.isEmpty());
        return;
    }
    QVERIFY(run.out.contains(out));
    // The workbook's own parts, as Excel reads them: the sheet list (with the identity sheet's state) and the
    // text of the cells (libxlsxwriter keeps it in the shared strings).
    const auto part = [&](const QString &name) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), out, name});
        unzip.waitForFinished(60000);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString workbook = part(QStringLiteral("xl/workbook.xml"));
    QVERIFY2(workbook.contains(QRegularExpression(
                 QStringLiteral("<sheet name=\"_sohoctap\"[^>]*state=\"(hidden|veryHidden)\""))),
             qPrintable(workbook));
    QVERIFY(workbook.count(QStringLiteral("<sheet ")) >= 2);
    const QString text = part(QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(text.contains(member));
    QVERIFY(text.contains(villages.first()) || text.contains(name));
}

// What the package changed that is not merged (a clan) is said in the text output and in --json.
void TestCliPackage::notMergedIsSaid()
{
    test::TempCommune temp;
    const QString clerkPath = temp.demo(300, 7);
    const QString pkgPath = temp.path(QStringLiteral("clan.sht"));
    {
        auto clerk = test::openFile(clerkPath);
        SHT_VERIFY_OK(test::exportPackage(*clerk, {test::villageUuids(*clerk).first()}, pkgPath));
        auto pkg = test::openFile(pkgPath);
        Clan clan;
        clan.name = QStringLiteral("Họ Tạ");
        SHT_VERIFY_OK(ClanService(*pkg).createClan(clan));
    }
    Run run = cli({QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), clerkPath,
                   pkgPath, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray notices =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("notices")).toArray();
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().toString().contains(QStringLiteral("the clans")));
    run = cli({QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), clerkPath, pkgPath,
               QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Not merged: ")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
