#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "HouseholdRepository.h"
#include "PersonRepository.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace sht;

namespace {

Person person(const QString &name, Sex sex, int birthYear)
{
    Person p;
    p.name = PersonName(name);
    p.sex = sex;
    p.birthDate = PartialDate::fromYear(birthYear);
    return p;
}

struct Fixture
{
    Fixture()
        : db(temp.create())
        , commands(db, stack, notifier)
    {
        east.name = QStringLiteral("Thôn Đông");
        west.name = QStringLiteral("Thôn Đoài");
        east.validFrom = west.validFrom = QDate(2000, 1, 1);
        AdminUnitService(db).createVillage(east);
        AdminUnitService(db).createVillage(west);
    }

    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands commands;
    AdminUnit east;
    AdminUnit west;
};

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void householdWithMembersUndoRedo()
    {
        Fixture f;
        const QStringList empty = test::databaseState(f.db);
        Household h;
        h.code = QStringLiteral("01.001");
        h.villageId = f.east.id;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        SHT_VERIFY_OK(f.commands.createHousehold(h, head, QDate(2015, 1, 1)));
        Person wife = person(QStringLiteral("Trần Thị Lan"), Sex::Female, 1972);
        SHT_VERIFY_OK(f.commands.addMember(h.id, wife, Relation::Spouse, ResidenceStatus::Permanent,
                                           QDate(2015, 1, 1)));
        QCOMPARE(f.stack.count(), 2);
        QCOMPARE(f.stack.text(1), QStringLiteral("Add Trần Thị Lan to household 01.001"));
        const QStringList full = test::databaseState(f.db);

        f.stack.undo();
        QCOMPARE(HouseholdRepository(f.db).members(h.id).size(), 1);
        QVERIFY(!PersonRepository(f.db).find(wife.id));
        f.stack.undo();
        QCOMPARE(test::databaseState(f.db), empty);
        f.stack.redo();
        f.stack.redo();
        QCOMPARE(test::databaseState(f.db), full); // same ids, same UUIDs, same values
        QCOMPARE(PersonRepository(f.db).find(wife.id)->uuid, wife.uuid);
    }

    void moveMemberUndoRestoresHistory()
    {
        Fixture f;
        Household a;
        a.code = QStringLiteral("01.001");
        a.villageId = f.east.id;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        SHT_VERIFY_OK(f.commands.createHousehold(a, head, QDate(2015, 1, 1)));
        Household b;
        b.code = QStringLiteral("02.001");
        b.villageId = f.west.id;
        Person other = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        SHT_VERIFY_OK(f.commands.createHousehold(b, other, QDate(2015, 1, 1)));
        Person daughter = person(QStringLiteral("Nguyễn Thị Hương"), Sex::Female, 1987);
        SHT_VERIFY_OK(f.commands.addMember(a.id, daughter, Relation::Child, ResidenceStatus::Permanent,
                                           QDate(2015, 1, 1)));
        const QStringList before = test::databaseState(f.db);

        SHT_VERIFY_OK(f.commands.moveMember(daughter.id, b.id, Relation::ChildInLaw, QDate(2020, 5, 10)));
        const QStringList after = test::databaseState(f.db);
        QCOMPARE(HouseholdRepository(f.db).currentMembership(daughter.id)->householdId, b.id);

        f.stack.undo();
        QCOMPARE(test::databaseState(f.db), before);
        const auto history = HouseholdRepository(f.db).membershipHistory(daughter.id);
        QCOMPARE(history.size(), 1);
        QVERIFY(history.at(0).isCurrent());
        f.stack.redo();
        QCOMPARE(test::databaseState(f.db), after);
    }

    void splitHouseholdIsOneUndoStep()
    {
        Fixture f;
        Household a;
        a.code = QStringLiteral("01.001");
        a.villageId = f.east.id;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        SHT_VERIFY_OK(f.commands.createHousehold(a, head, QDate(2015, 1, 1)));
        Person son = person(QStringLiteral("Nguyễn Văn Tuấn"), Sex::Male, 1980);
        Person wife = person(QStringLiteral("Lê Thị Mai"), Sex::Female, 1982);
        SHT_VERIFY_OK(
            f.commands.addMember(a.id, son, Relation::Child, ResidenceStatus::Permanent, QDate(2015, 1, 1)));
        SHT_VERIFY_OK(f.commands.addMember(a.id, wife, Relation::ChildInLaw, ResidenceStatus::Permanent,
                                           QDate(2015, 1, 1)));
        const QStringList before = test::databaseState(f.db);
        const int steps = f.stack.count();

        Household created;
        created.code = QStringLiteral("01.002");
        SHT_VERIFY_OK(f.commands.splitHousehold(a.id, created, son.id, {{wife.id, Relation::Spouse}},
                                                QDate(2024, 3, 1)));
        QCOMPARE(f.stack.count(), steps + 1);
        QCOMPARE(f.stack.text(steps), QStringLiteral("Split household 01.001 into 01.002"));
        QCOMPARE(HouseholdRepository(f.db).members(created.id).size(), 2);
        const QStringList after = test::databaseState(f.db);

        f.stack.undo();
        QCOMPARE(test::databaseState(f.db), before);
        QVERIFY(!HouseholdRepository(f.db).find(created.id));
        QCOMPARE(HouseholdRepository(f.db).members(a.id).size(), 3);
        QCOMPARE(HouseholdRepository(f.db).membershipHistory(son.id).size(), 1);
        f.stack.redo();
        QCOMPARE(test::databaseState(f.db), after);
        QCOMPARE(HouseholdRepository(f.db).currentHead(created.id)->personId, son.id);

        // A refused split is no step and changes nothing.
        Household again;
        again.code = QStringLiteral("01.003");
        QVERIFY(!f.commands.splitHousehold(a.id, again, head.id, {}, QDate(2024, 4, 1)).ok());
        QCOMPARE(f.stack.count(), steps + 1);
        QCOMPARE(test::databaseState(f.db), after);
    }

    void villageMergeUndoRedo()
    {
        Fixture f;
        for (int i = 1; i <= 3; ++i) {
            Household h;
            h.code = QStringLiteral("01.%1").arg(i, 3, 10, QLatin1Char('0'));
            h.villageId = f.east.id;
            Person head = person(QStringLiteral("Lê Văn Hộ %1").arg(i), Sex::Male, 1960 + i);
            SHT_VERIFY_OK(f.commands.createHousehold(h, head, QDate(2015, 1, 1)));
        }
        const QStringList before = test::databaseState(f.db);
        QSignalSpy changed(&f.notifier, &ChangeNotifier::changed);
        SHT_VERIFY_OK(f.commands.mergeVillages(f.east.id, f.west.id, QDate(2025, 7, 1)));
        QCOMPARE(changed.count(), 1);
        const auto tables = changed.at(0).at(0).value<QSet<QString>>();
        QVERIFY(tables.contains(QStringLiteral("household")));
        QVERIFY(tables.contains(QStringLiteral("admin_unit")));
        QCOMPARE(AdminUnitRepository(f.db).villages().size(), 1);
        const QStringList merged = test::databaseState(f.db);

        f.stack.undo();
        QCOMPARE(test::databaseState(f.db), before);
        QCOMPARE(AdminUnitRepository(f.db).villages().size(), 2);
        QCOMPARE(HouseholdRepository(f.db).inVillage(f.east.id).size(), 3);
        QCOMPARE(changed.count(), 2);
        f.stack.redo();
        QCOMPARE(test::databaseState(f.db), merged);
    }

    void failedEditIsNotOnTheStack()
    {
        Fixture f;
        Household h;
        h.code = QStringLiteral("01.001");
        h.villageId = f.east.id;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        SHT_VERIFY_OK(f.commands.createHousehold(h, head, QDate(2015, 1, 1)));
        const QStringList before = test::databaseState(f.db);
        Household duplicate = h;
        duplicate.id = 0;
        duplicate.uuid.clear();
        Person another = person(QStringLiteral("Lê Văn Nam"), Sex::Male, 1980);
        QVERIFY(!f.commands.createHousehold(duplicate, another, QDate()).ok());
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(test::databaseState(f.db), before);
        // An edit that changes nothing is not a step either.
        SHT_VERIFY_OK(f.commands.renameVillage(f.east.id, f.east.name, QDate(2025, 1, 1)));
        QCOMPARE(f.stack.count(), 1);
    }

    void undoRefusesWhenTheRecordChangedSince()
    {
        Fixture f;
        Household h;
        h.code = QStringLiteral("01.001");
        h.villageId = f.east.id;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        SHT_VERIFY_OK(f.commands.createHousehold(h, head, QDate(2015, 1, 1)));
        Person edited = *PersonRepository(f.db).find(head.id);
        edited.occupation = QStringLiteral("Làm ruộng");
        SHT_VERIFY_OK(f.commands.updatePerson(edited));
        // Someone changes the same record outside the stack (another window, an import).
        Person outside = *PersonRepository(f.db).find(head.id);
        outside.occupation = QStringLiteral("Công nhân");
        SHT_VERIFY_OK(PersonRepository(f.db).update(outside));
        const QStringList before = test::databaseState(f.db);
        QSignalSpy failed(&f.notifier, &ChangeNotifier::failed);
        f.stack.undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("changed since")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(test::databaseState(f.db), before);
        QCOMPARE(PersonRepository(f.db).find(head.id)->occupation, QStringLiteral("Công nhân"));
    }

    void undoIsAudited()
    {
        Fixture f;
        Household h;
        h.code = QStringLiteral("01.001");
        h.villageId = f.east.id;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        SHT_VERIFY_OK(f.commands.createHousehold(h, head, QDate(2015, 1, 1)));
        QSqlQuery q(f.db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        f.stack.undo();
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity_uuid = '%1'")
                   .arg(head.uuid));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
