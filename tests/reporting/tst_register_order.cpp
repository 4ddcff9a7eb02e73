// The register's lines are read unsorted and ordered in C++ (ListReportRepository::forEachRegisterRow, for
// speed): this checks that order against the ORDER BY the register used before, run by SQLite on the same
// file, including households whose recorded head has died (still their head: the head's name orders them)
// and households with no head at all (last of their village).
#include "../support/TestSupport.h"
#include "Database.h"
#include "ListReportRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace sht;

namespace {

// The lines of the register as the previous implementation ordered them: person ids, village by village.
QList<qint64> referenceOrder(Database &db, qint64 villageId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id FROM admin_unit v JOIN household h ON h.village_id = v.id"
        " JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
        " JOIN person p ON p.id = m.person_id AND p.death_date = ''"
        " WHERE v.kind IN ('village', 'residential_group')"
        " AND ((:village = 0 AND v.valid_to IS NULL) OR v.id = :village)"
        " ORDER BY v.sort_order, v.name, v.id,"
        " coalesce((SELECT hp.sort_key FROM membership hm JOIN person hp ON hp.id = hm.person_id"
        "  WHERE hm.household_id = h.id AND hm.valid_to IS NULL AND hm.relation = 'head'), '~'),"
        " h.code, h.id, m.relation <> 'head', p.birth_date = '', p.birth_date, p.sort_key, p.id"));
    q.bindValue(QStringLiteral(":village"), villageId);
    QList<qint64> ids;
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> ourOrder(Database &db, qint64 villageId, QList<qint64> *villages = nullptr)
{
    QList<qint64> ids;
    const Status s = ListReportRepository(db).forEachRegisterRow(villageId, [&](const RegisterListRow &row) {
        ids << row.personId;
        if (villages && (villages->isEmpty() || villages->constLast() != row.villageId))
            *villages << row.villageId;
        return true;
    });
    return s ? ids : QList<qint64>{-1};
}

} // namespace

class TestRegisterOrder : public QObject
{
    Q_OBJECT

private slots:
    void sameOrderAsSqlite_data();
    void sameOrderAsSqlite();
    void oneVillage();
    void stops();
};

void TestRegisterOrder::sameOrderAsSqlite_data()
{
    QTest::addColumn<QString>("edit"); // SQL run on the demo commune first (test data, not app code)
    QTest::newRow("demo as made") << QString();
    // Heads who died but are still recorded as heads: their households keep their place.
    QTest::newRow("dead heads") << QStringLiteral(
        "UPDATE person SET death_date = '2020-01-01' WHERE id IN (SELECT person_id FROM membership"
        " WHERE relation = 'head' AND valid_to IS NULL AND person_id % 7 = 0)");
    // Households without a current head: last in their village, by code.
    QTest::newRow("no heads") << QStringLiteral("UPDATE membership SET relation = 'child' WHERE relation = "
                                                "'head' AND valid_to IS NULL AND id % 5 = 0");
    // Same names and birth dates: the ids decide.
    QTest::newRow("ties") << QStringLiteral(
        "UPDATE person SET sort_key = 'same', birth_date = '' WHERE id % 3 = 0");
}

void TestRegisterOrder::sameOrderAsSqlite()
{
    QFETCH(QString, edit);
    test::TempCommune temp;
    const QString path = temp.demo(1500, 5);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    if (!edit.isEmpty()) {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(edit), qPrintable(edit));
        QVERIFY(q.numRowsAffected() > 0);
    }
    const QList<qint64> expected = referenceOrder(db, 0);
    QVERIFY(expected.size() > 1000);
    QList<qint64> villages;
    const QList<qint64> actual = ourOrder(db, 0, &villages);
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual, expected);
    QVERIFY(villages.size() > 1);
}

void TestRegisterOrder::oneVillage()
{
    test::TempCommune temp;
    const QString path = temp.demo(1500, 9);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    QList<ListVillage> villages;
    SHT_VERIFY_OK(ListReportRepository(db).villages(&villages));
    QVERIFY(villages.size() > 1);
    for (const ListVillage &v : villages) {
        const QList<qint64> expected = referenceOrder(db, v.id);
        QCOMPARE(ourOrder(db, v.id), expected);
    }
    // A village that does not exist has no lines.
    QCOMPARE(ourOrder(db, 999999), QList<qint64>());
}

void TestRegisterOrder::stops()
{
    test::TempCommune temp;
    const QString path = temp.demo(600, 3);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    int seen = 0;
    const Status s =
        ListReportRepository(db).forEachRegisterRow(0, [&](const RegisterListRow &) { return ++seen < 5; });
    QVERIFY(!s);
    QVERIFY(s.message().isEmpty()); // a cancel, not an error
    QCOMPARE(seen, 5);
}

QTEST_GUILESS_MAIN(TestRegisterOrder)
#include "tst_register_order.moc"
