// `sohoctap-cli evaluate`: the counts per title, each verdict with the evidence that explains it, JSON for
// scripts, wrong usage refused with exit code 1, a missing file with 2.
#include "AdminUnitService.h"
#include "CliRun.h"
#include "HouseholdService.h"
#include "RegistrationService.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace sht;
using namespace sht::criteria;

namespace {

using Run = sht::test::CliRun;

Run cli(const QStringList &arguments)
{
    return sht::test::runCli(arguments);
}

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.message()));
}

} // namespace

class TestCliEvaluate : public QObject
{
    Q_OBJECT

private:
    test::TempCommune m_temp;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("SHT_CLI")), "SHT_CLI must name the sohoctap-cli binary");
        Database &db = m_temp.create();
        AdminUnit village;
        village.name = QStringLiteral("Thôn Đông");
        village.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(village));
        Household h;
        h.code = QStringLiteral("01.002");
        h.villageId = village.id;
        Person head;
        head.name = PersonName(QStringLiteral("Lê Văn Hải"));
        head.birthDate = PartialDate::fromYear(1978);
        head.education = Education::general(9, 12);
        check(HouseholdService(db).createHousehold(h, head, QDate(2015, 1, 1)));
        Person child;
        child.name = PersonName(QStringLiteral("Lê Văn Nam"));
        child.birthDate = PartialDate::fromDate(QDate(2013, 4, 2));
        child.schoolStatus = SchoolStatus::NotEnrolled;
        check(HouseholdService(db).addMember(h.id, child, Relation::Child, ResidenceStatus::Permanent,
                                             QDate(2015, 1, 1)));
        check(RegistrationService(db).registerSubjects(2025, Title::LearningFamily, SubjectKind::Household,
                                                       {h.uuid}));
        m_path = m_temp.path();
        db.close();
    }

    void textExplainsTheVerdict()
    {
        const Run run =
            cli({QStringLiteral("evaluate"), m_path, QStringLiteral("--year"), QStringLiteral("2025"),
                 QStringLiteral("--title"), QStringLiteral("learning_family")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(
                     QStringLiteral("learning_family: met 0 · not met 0 · waiting for the council 1")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("[waiting] 01.002 – Lê Văn Hải (Thôn Đông)")),
                 qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("1a not met: 0/1 trẻ từ 6 đến 14 tuổi đi học hoặc được miễn")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("✗ Lê Văn Nam, 12 tuổi: không đi học năm 2025")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("learning_commune:"))); // narrowed to one title
    }

    void jsonForScripts()
    {
        const Run run = cli({QStringLiteral("evaluate"), m_path, QStringLiteral("--year"),
                             QStringLiteral("2025"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("year")).toInt(), 2025);
        QJsonObject family;
        for (const QJsonValue &t : root.value(QStringLiteral("titles")).toArray())
            if (t.toObject().value(QStringLiteral("title")).toString() == QLatin1String("learning_family"))
                family = t.toObject();
        QCOMPARE(family.value(QStringLiteral("pending")).toInt(), 1);
        const QJsonObject subject = family.value(QStringLiteral("subjects")).toArray().at(0).toObject();
        QCOMPARE(subject.value(QStringLiteral("verdict")).toString(), QStringLiteral("pending"));
        QCOMPARE(subject.value(QStringLiteral("catalogue")).toString(),
                 QStringLiteral("learning_family.448"));
        const QJsonObject a = subject.value(QStringLiteral("indicators")).toArray().at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("code")).toString(), QStringLiteral("1a"));
        QCOMPARE(a.value(QStringLiteral("met")).toBool(true), false);
        const QJsonObject line = a.value(QStringLiteral("evidence")).toArray().at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Lê Văn Nam, 12 tuổi: không đi học năm 2025"));
        QVERIFY(line.value(QStringLiteral("against_rule")).toBool());
    }

    void wrongUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("no year") << QStringList{QStringLiteral("evaluate"), QStringLiteral("FILE")} << 1;
        QTest::newRow("bad year") << QStringList{"evaluate", "FILE", "--year", "abc"} << 1;
        QTest::newRow("unknown title")
            << QStringList{"evaluate", "FILE", "--year", "2025", "--title", "x"} << 1;
        QTest::newRow("missing file")
            << QStringList{"evaluate", "/nonexistent/x.sqlite", "--year", "2025"} << 2;
    }
    void wrongUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, code);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
