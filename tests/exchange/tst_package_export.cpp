// What a volunteer package holds: its villages' registers and the context needed to work on them, never
// a person of another village, a verified base and scope, and no file at all when cancelled.
#include "ExchangeTestSupport.h"
#include "PackageInfo.h"

#include <QFile>

using namespace sht;
using namespace sht::exchange;

class TestPackageExport : public QObject
{
    Q_OBJECT

private slots:
    void holdsOnlyItsVillages_data();
    void holdsOnlyItsVillages();
    void describesItself();
    void cancelledExportWritesNothing();
    void refusesBadScope();
    void untouchedPackageMergesToNothing();
};

void TestPackageExport::holdsOnlyItsVillages_data()
{
    QTest::addColumn<QList<int>>("villageIndexes");
    QTest::newRow("one village") << QList<int>{0};
    QTest::newRow("another village") << QList<int>{2};
    QTest::newRow("two villages") << QList<int>{1, 2};
}

void TestPackageExport::holdsOnlyItsVillages()
{
    QFETCH(QList<int>, villageIndexes);
    test::TempCommune temp;
    auto clerk = test::openFile(temp.demo(400, 11));
    const QStringList all = test::villageUuids(*clerk);
    QStringList scope;
    for (int i : villageIndexes)
        scope << all.at(i);
    const QString path = temp.path(QStringLiteral("pkg.sht"));
    SHT_VERIFY_OK(test::exportPackage(*clerk, scope, path));
    auto pkg = test::openFile(path);
    QVERIFY(pkg->isOpen());

    // Only the package's villages are current there: the volunteer's lists show nothing else. Villages the
    // households lived in before stay (closed) for their history; every household's history resolves.
    QStringList sortedScope = scope;
    sortedScope.sort();
    QStringList villagesThere = test::villageUuids(*pkg);
    villagesThere.sort();
    QCOMPARE(villagesThere, sortedScope);
    QCOMPARE(
        test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM household_village hv LEFT JOIN admin_unit v "
                                          "ON v.id = hv.village_id WHERE v.id IS NULL")),
        QStringLiteral("0"));
    QCOMPARE(test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
             QStringLiteral("0"));

    // Every person in the package lives (or last lived) in one of its villages, and every such person of the
    // clerk's file is there.
    const QString inScope = QStringLiteral("SELECT p.uuid FROM person p JOIN membership m ON m.person_id = "
                                           "p.id AND m.valid_to IS NULL JOIN household "
                                           "h ON h.id = m.household_id JOIN admin_unit v ON v.id = "
                                           "h.village_id WHERE v.uuid IN (%1) ORDER BY p.uuid");
    QStringList marks;
    QVariantList binds;
    for (const QString &uuid : scope) {
        marks << QStringLiteral("?");
        binds << uuid;
    }
    const QStringList expected = test::column(*clerk, inScope.arg(marks.join(QLatin1Char(','))), binds);
    const QStringList current = test::column(*pkg, inScope.arg(marks.join(QLatin1Char(','))), binds);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(current, expected);
    const QStringList people = test::column(*pkg, QStringLiteral("SELECT uuid FROM person ORDER BY uuid"));
    const QStringList othersUuids = test::column(
        *clerk,
        QStringLiteral(
            "SELECT p.uuid FROM person p JOIN membership m ON m.person_id = p.id AND m.valid_to IS "
            "NULL JOIN household h ON h.id = m.household_id JOIN admin_unit v ON v.id = "
            "h.village_id WHERE v.uuid NOT IN (%1)")
            .arg(marks.join(QLatin1Char(','))),
        binds);
    QVERIFY(!othersUuids.isEmpty());
    for (const QString &uuid : othersUuids)
        QVERIFY2(!people.contains(uuid), qPrintable(uuid));
    // Other villages' households, their attendance and staff lists stay home too.
    QCOMPARE(test::scalar(*pkg,
                          QStringLiteral("SELECT count(*) FROM household h JOIN admin_unit v ON v.id = "
                                         "h.village_id WHERE v.uuid NOT IN (%1)")
                              .arg(marks.join(QLatin1Char(','))),
                          binds),
             QStringLiteral("0"));
    QCOMPARE(test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM local_unit_staff")),
             QStringLiteral("0"));
    QCOMPARE(
        test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM attendance a LEFT JOIN person p ON p.id = "
                                          "a.person_id WHERE p.id IS NULL")),
        QStringLiteral("0"));
    // The context to work with: sessions to mark attendance, catalogues to judge with.
    QCOMPARE(test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM course_session")),
             test::scalar(*clerk, QStringLiteral("SELECT count(*) FROM course_session")));
    QCOMPARE(test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM criteria_catalogue")),
             test::scalar(*clerk, QStringLiteral("SELECT count(*) FROM criteria_catalogue")));
    // The base holds every merge row as exported.
    QCOMPARE(
        test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM package_base WHERE tbl = 'person'")).toInt(),
        people.size());
    // The key that signs packages never leaves the clerk's file.
    QVERIFY(
        !test::scalar(*clerk, QStringLiteral("SELECT value FROM meta WHERE key = 'exchange.key'")).isEmpty());
    QCOMPARE(test::scalar(*pkg, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'exchange.%'")),
             QStringLiteral("0"));
    SHT_VERIFY_OK(pkg->checkIntegrity(true));
    QCOMPARE(test::scalar(*pkg, QStringLiteral("PRAGMA foreign_key_check")), QString());
}

void TestPackageExport::describesItself()
{
    test::TempCommune temp;
    auto clerk = test::openFile(temp.demo(200, 3));
    const QStringList all = test::villageUuids(*clerk);
    PackageInfo made;
    QVERIFY(!PackageInfo::read(*clerk));
    SHT_VERIFY_OK(PackageExporter(*clerk).exportVillages({all.at(0), all.at(1)},
                                                         temp.path(QStringLiteral("i.sht")), {}, &made));
    auto pkg = test::openFile(temp.path(QStringLiteral("i.sht")));
    const auto info = PackageInfo::read(*pkg);
    QVERIFY(info);
    QCOMPARE(info->packageUuid, made.packageUuid);
    QCOMPARE(info->villageUuids, (QStringList{all.at(0), all.at(1)}));
    QCOMPARE(info->villageNames.size(), 2);
    QVERIFY(!info->communeName.isEmpty());
    QCOMPARE(info->createdAt, made.createdAt);
    QCOMPARE(info->createdBy, QStringLiteral("tester"));
    QVERIFY(info->describe().contains(info->villageNames.first()));
    // A package cannot export packages.
    QVERIFY(!PackageExporter(*pkg).exportVillages({all.at(0)}, temp.path(QStringLiteral("j.sht"))));
}

void TestPackageExport::cancelledExportWritesNothing()
{
    test::TempCommune temp;
    auto clerk = test::openFile(temp.demo(200, 3));
    const QString path = temp.path(QStringLiteral("c.sht"));
    int calls = 0;
    const Status s = PackageExporter(*clerk).exportVillages(test::villageUuids(*clerk).mid(0, 1), path,
                                                            [&](int, int) { return ++calls < 2; });
    QVERIFY(!s);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestPackageExport::refusesBadScope()
{
    test::TempCommune temp;
    auto clerk = test::openFile(temp.demo(200, 3));
    QVERIFY(!PackageExporter(*clerk).exportVillages({}, temp.path(QStringLiteral("e.sht"))));
    QVERIFY(!PackageExporter(*clerk).exportVillages({QStringLiteral("no-such-village")},
                                                    temp.path(QStringLiteral("e.sht"))));
    QVERIFY(!QFile::exists(temp.path(QStringLiteral("e.sht"))));
}

void TestPackageExport::untouchedPackageMergesToNothing()
{
    test::TempCommune temp;
    auto clerk = test::openFile(temp.demo(300, 5));
    const QString path = temp.path(QStringLiteral("n.sht"));
    SHT_VERIFY_OK(test::exportPackage(*clerk, test::villageUuids(*clerk), path));
    const QStringList before = test::databaseState(*clerk);
    MergePlan plan;
    SHT_VERIFY_OK(PackageMerger(*clerk).plan(path, plan));
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.undecidedCount(), 0);
    SHT_VERIFY_OK(PackageMerger(*clerk).apply(plan));
    QCOMPARE(test::databaseState(*clerk), before);
}

QTEST_GUILESS_MAIN(TestPackageExport)
#include "tst_package_export.moc"
