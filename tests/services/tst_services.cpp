#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace sht;

namespace {

int rowCount(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

// Everything a failed operation must leave as it was.
QList<int> snapshot(Database &db)
{
    QList<int> counts;
    for (const char *table : {"person", "household", "household_village", "membership", "admin_unit",
                              "admin_unit_name", "audit_log"})
        counts << rowCount(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    counts << rowCount(db, QStringLiteral("SELECT sum(revision) FROM admin_unit"));
    counts << rowCount(db, QStringLiteral("SELECT sum(revision) FROM household"));
    return counts;
}

Person person(const QString &name, Sex sex, int birthYear)
{
    Person p;
    p.name = PersonName(name);
    p.sex = sex;
    p.birthDate = PartialDate::fromYear(birthYear);
    return p;
}

class Fixture
{
public:
    Fixture()
        : db(temp.create())
    {
        east.name = QStringLiteral("Thôn Đông");
        west.name = QStringLiteral("Thôn Đoài");
        east.validFrom = west.validFrom = QDate(2000, 1, 1);
        AdminUnitService(db).createVillage(east);
        AdminUnitService(db).createVillage(west);
    }

    qint64 household(qint64 villageId, const QString &code, Person &head)
    {
        Household h;
        h.code = code;
        h.villageId = villageId;
        const Status s = HouseholdService(db).createHousehold(h, head, QDate(2015, 1, 1));
        if (!s)
            qFatal("%s", qPrintable(s.message()));
        return h.id;
    }

    test::TempCommune temp;
    Database &db;
    AdminUnit east;
    AdminUnit west;
};

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void createHouseholdWithMembers()
    {
        Fixture f;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        const qint64 id = f.household(f.east.id, QStringLiteral("01.001"), head);
        Person wife = person(QStringLiteral("Trần Thị Lan"), Sex::Female, 1972);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(id, wife, Relation::Spouse, ResidenceStatus::Permanent,
                                                       QDate(2015, 1, 1)));
        const auto members = HouseholdRepository(f.db).members(id);
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).relation, Relation::Head);
        QCOMPARE(members.at(1).personId, wife.id);

        // A second head, a duplicate code, a person already living elsewhere: refused with reasons.
        Person other = person(QStringLiteral("Lê Văn Nam"), Sex::Male, 1980);
        QVERIFY(!HouseholdService(f.db)
                     .addMember(id, other, Relation::Head, ResidenceStatus::Permanent, QDate())
                     .ok());
        Person another = person(QStringLiteral("Lê Văn Bình"), Sex::Male, 1980);
        Household duplicate;
        duplicate.code = QStringLiteral("01.001");
        duplicate.villageId = f.east.id;
        const Status s = HouseholdService(f.db).createHousehold(duplicate, another, QDate());
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("01.001")), qPrintable(s.message()));
        QVERIFY(!HouseholdService(f.db)
                     .addMember(id, wife, Relation::Child, ResidenceStatus::Permanent, QDate())
                     .ok());
    }

    // A code typed with stray spaces is stored as an edit would store it, so the same code typed twice
    // with different spacing is refused as a duplicate (it was stored verbatim at creation).
    void createdHouseholdIsStoredLikeAnEditedOne()
    {
        Fixture f;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        Household h;
        h.code = QStringLiteral("  01   002 ");
        h.villageId = f.east.id;
        h.address = QStringLiteral(" Xóm  Trại ");
        h.notes = QStringLiteral("  ghi chú  ");
        SHT_VERIFY_OK(HouseholdService(f.db).createHousehold(h, head, QDate(2015, 1, 1)));
        const auto stored = HouseholdRepository(f.db).find(h.id);
        QVERIFY(stored);
        QCOMPARE(stored->code, QStringLiteral("01 002"));
        QCOMPARE(stored->address, QStringLiteral("Xóm Trại"));
        QCOMPARE(stored->notes, QStringLiteral("ghi chú"));

        Person other = person(QStringLiteral("Lê Văn Bình"), Sex::Male, 1980);
        Household same;
        same.code = QStringLiteral("01 002");
        same.villageId = f.east.id;
        QVERIFY(!HouseholdService(f.db).createHousehold(same, other, QDate(2015, 1, 1)).ok());
    }

    void invalidPersonIsNeverSaved()
    {
        Fixture f;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        const qint64 id = f.household(f.east.id, QStringLiteral("01.001"), head);
        const QList<int> before = snapshot(f.db);
        Person wrongSex = person(QStringLiteral("Trần Thị Lan"), Sex::Female, 1972);
        wrongSex.citizenId = CitizenId::parse(QStringLiteral("037072001234")); // digit 4 = 0: a man born 19xx
        const Status s = HouseholdService(f.db).addMember(id, wrongSex, Relation::Spouse,
                                                          ResidenceStatus::Permanent, QDate());
        QVERIFY(!s.ok());
        QVERIFY(!s.message().isEmpty());
        QCOMPARE(snapshot(f.db), before);

        Person future = person(QStringLiteral("Trần Văn Tí"), Sex::Male, QDate::currentDate().year() + 2);
        QVERIFY(!HouseholdService(f.db)
                     .addMember(id, future, Relation::Child, ResidenceStatus::Permanent, QDate())
                     .ok());
        QCOMPARE(snapshot(f.db), before);
    }

    void moveMemberKeepsHistory()
    {
        Fixture f;
        Person a = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        Person b = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        const qint64 from = f.household(f.east.id, QStringLiteral("01.001"), a);
        const qint64 to = f.household(f.west.id, QStringLiteral("02.001"), b);
        Person daughter = person(QStringLiteral("Nguyễn Thị Hương"), Sex::Female, 1987);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(from, daughter, Relation::Child,
                                                       ResidenceStatus::Permanent, QDate(2015, 1, 1)));
        SHT_VERIFY_OK(
            HouseholdService(f.db).moveMember(daughter.id, to, Relation::Spouse, QDate(2020, 5, 10)));

        HouseholdRepository households(f.db);
        const auto history = households.membershipHistory(daughter.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).householdId, from);
        QCOMPARE(history.at(0).validTo, QDate(2020, 5, 10));
        QCOMPARE(history.at(0).endReason, QStringLiteral("moved"));
        QCOMPARE(history.at(1).householdId, to);
        QVERIFY(history.at(1).isCurrent());
        QCOMPARE(history.at(1).relation, Relation::Spouse);
        QCOMPARE(households.members(from).size(), 1);
        QCOMPARE(households.members(from, false).size(), 2);

        // A head with others at home must hand over first.
        Person son = person(QStringLiteral("Nguyễn Văn Tuấn"), Sex::Male, 1990);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(from, son, Relation::Child, ResidenceStatus::Permanent,
                                                       QDate()));
        const Status s = HouseholdService(f.db).moveMember(a.id, to, Relation::Parent, QDate(2021, 1, 1));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("head")), qPrintable(s.message()));
    }

    void splitHouseholdKeepsHistory()
    {
        Fixture f;
        Person father = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        const qint64 from = f.household(f.east.id, QStringLiteral("01.001"), father);
        Person son = person(QStringLiteral("Nguyễn Văn Tuấn"), Sex::Male, 1980);
        Person wife = person(QStringLiteral("Lê Thị Mai"), Sex::Female, 1982);
        Person daughter = person(QStringLiteral("Nguyễn Thị Hoa"), Sex::Female, 1985);
        for (auto [p, relation] : {std::pair<Person *, Relation>{&son, Relation::Child},
                                   {&wife, Relation::ChildInLaw},
                                   {&daughter, Relation::Child}})
            SHT_VERIFY_OK(HouseholdService(f.db).addMember(from, *p, relation, ResidenceStatus::Temporary,
                                                           QDate(2015, 1, 1)));
        const int audited = rowCount(f.db, QStringLiteral("SELECT count(*) FROM audit_log"));

        Household created;
        created.code = QStringLiteral("01.002");
        created.address = QStringLiteral("Xóm 3");
        SHT_VERIFY_OK(HouseholdService(f.db).splitHousehold(
            from, created, son.id, {{son.id, Relation::Child}, {wife.id, Relation::Spouse}},
            QDate(2024, 3, 1)));
        HouseholdRepository households(f.db);
        QVERIFY(created.id != 0);
        QCOMPARE(households.find(created.id)->villageId, f.east.id); // the village of the old household
        QCOMPARE(households.villageAt(created.id, QDate(2024, 3, 1)), f.east.id);
        const auto newMembers = households.members(created.id);
        QCOMPARE(newMembers.size(), 2);
        QCOMPARE(households.currentHead(created.id)->personId, son.id);
        QCOMPARE(households.currentMembership(wife.id)->relation, Relation::Spouse);
        QCOMPARE(households.currentMembership(wife.id)->residence, ResidenceStatus::Temporary);
        for (const qint64 id : {son.id, wife.id}) {
            const auto history = households.membershipHistory(id);
            QCOMPARE(history.size(), 2);
            QCOMPARE(history.at(0).householdId, from);
            QCOMPARE(history.at(0).validTo, QDate(2024, 3, 1));
            QCOMPARE(history.at(0).endReason, QStringLiteral("split"));
            QCOMPARE(history.at(1).householdId, created.id);
            QCOMPARE(history.at(1).validFrom, QDate(2024, 3, 1));
            QVERIFY(history.at(1).isCurrent());
        }
        QCOMPARE(households.members(from).size(), 2);
        QCOMPARE(households.currentHead(from)->personId, father.id);
        QCOMPARE(households.members(from, false).size(), 4);
        // Every row written is audited: household, its village, two ends (two fields each), two memberships.
        QVERIFY(rowCount(f.db, QStringLiteral("SELECT count(*) FROM audit_log")) > audited + 4);
        QCOMPARE(
            rowCount(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'membership' AND "
                                          "field = 'end_reason' AND new_value = 'split'")),
            2);
    }

    void splitHouseholdRefusals_data()
    {
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no date") << "no date"
                                 << "date";
        QTest::addRow("date before joining") << "early"
                                             << "before";
        QTest::addRow("head leaves") << "head"
                                     << "Make another member head";
        QTest::addRow("nobody stays") << "everyone"
                                      << "keep at least one member";
        QTest::addRow("code used") << "code"
                                   << "01.001";
        QTest::addRow("empty code") << "empty code"
                                    << "code";
        QTest::addRow("deceased") << "dead"
                                  << "died";
        QTest::addRow("not a member") << "stranger"
                                      << "not a current member";
        QTest::addRow("second head") << "two heads"
                                     << "Only the new head";
    }

    void splitHouseholdRefusals()
    {
        QFETCH(QString, refusal);
        QFETCH(QString, expected);
        Fixture f;
        Person father = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        const qint64 from = f.household(f.east.id, QStringLiteral("01.001"), father);
        Person son = person(QStringLiteral("Nguyễn Văn Tuấn"), Sex::Male, 1980);
        Person wife = person(QStringLiteral("Lê Thị Mai"), Sex::Female, 1982);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(from, son, Relation::Child, ResidenceStatus::Permanent,
                                                       QDate(2015, 1, 1)));
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(from, wife, Relation::ChildInLaw,
                                                       ResidenceStatus::Permanent, QDate(2018, 6, 1)));
        Person other = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        f.household(f.west.id, QStringLiteral("02.001"), other);
        if (refusal == QLatin1String("dead"))
            SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(wife.id, PartialDate::fromYear(2020)));
        const QList<int> before = snapshot(f.db);

        Household created;
        created.code = QStringLiteral("01.002");
        qint64 head = son.id;
        QList<QPair<qint64, Relation>> moving{{son.id, Relation::Head}, {wife.id, Relation::Spouse}};
        QDate date(2024, 3, 1);
        if (refusal == QLatin1String("no date"))
            date = QDate();
        else if (refusal == QLatin1String("early"))
            date = QDate(2017, 1, 1); // the son lived there, his wife came in 2018
        else if (refusal == QLatin1String("head"))
            moving = {{son.id, Relation::Head}, {father.id, Relation::Parent}}; // the wife stays
        else if (refusal == QLatin1String("everyone"))
            head = father.id, moving = {{son.id, Relation::Child}, {wife.id, Relation::ChildInLaw}};
        else if (refusal == QLatin1String("code"))
            created.code = QStringLiteral("01.001");
        else if (refusal == QLatin1String("empty code"))
            created.code = QStringLiteral("  ");
        else if (refusal == QLatin1String("stranger"))
            moving << qMakePair(other.id, Relation::Other);
        else if (refusal == QLatin1String("two heads"))
            moving[1].second = Relation::Head;
        const Status s = HouseholdService(f.db).splitHousehold(from, created, head, moving, date);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(expected, Qt::CaseInsensitive), qPrintable(s.message()));
        QCOMPARE(snapshot(f.db), before);
        QCOMPARE(HouseholdRepository(f.db).members(from).size(), refusal == QLatin1String("dead") ? 2 : 3);
    }

    void serviceChangesAreAudited()
    {
        Fixture f;
        Person a = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        Person b = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        const qint64 from = f.household(f.east.id, QStringLiteral("01.001"), a);
        const qint64 to = f.household(f.west.id, QStringLiteral("02.001"), b);
        Person daughter = person(QStringLiteral("Nguyễn Thị Hương"), Sex::Female, 1987);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(from, daughter, Relation::Child,
                                                       ResidenceStatus::Permanent, QDate(2015, 1, 1)));
        const int before = rowCount(f.db, QStringLiteral("SELECT count(*) FROM audit_log"));
        SHT_VERIFY_OK(
            HouseholdService(f.db).moveMember(daughter.id, to, Relation::ChildInLaw, QDate(2020, 5, 10)));
        // The old membership gets valid_to and end_reason (two field entries), the new one an insert entry.
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT action, entity, coalesce(field, ''), coalesce(new_value, ''), source, "
                           "user_name FROM audit_log WHERE id > %1 ORDER BY id")
                .arg(before)));
        QStringList entries;
        while (q.next()) {
            entries << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString()}
                           .join(QLatin1Char('|'));
            QCOMPARE(q.value(4).toString(), QStringLiteral("test"));
            QCOMPARE(q.value(5).toString(), QStringLiteral("tester"));
        }
        entries.sort();
        QCOMPARE(entries, (QStringList{QStringLiteral("insert|membership||"),
                                       QStringLiteral("update|membership|end_reason|moved"),
                                       QStringLiteral("update|membership|valid_to|2020-05-10")}));
    }

    void changeHead()
    {
        Fixture f;
        Person father = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1940);
        const qint64 id = f.household(f.east.id, QStringLiteral("01.001"), father);
        Person son = person(QStringLiteral("Nguyễn Văn Tuấn"), Sex::Male, 1970);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(id, son, Relation::Child, ResidenceStatus::Permanent,
                                                       QDate(2015, 1, 1)));
        SHT_VERIFY_OK(HouseholdService(f.db).changeHead(id, son.id, Relation::Parent, QDate(2023, 6, 1)));
        HouseholdRepository households(f.db);
        QCOMPARE(households.currentHead(id)->personId, son.id);
        QCOMPARE(households.currentMembership(father.id)->relation, Relation::Parent);
        QCOMPARE(households.members(id).size(), 2);
        QCOMPARE(households.members(id, false).size(), 4);
        // Now the father may die without leaving the household headless.
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(father.id, PartialDate::fromYear(2024)));
        QCOMPARE(households.members(id).size(), 1);
        QCOMPARE(PersonRepository(f.db).find(father.id)->deathDate.year(), 2024);
        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(f.db).summary(&summary));
        QCOMPARE(summary.people, 1);
    }

    void emptyHouseholdsAreNotCounted()
    {
        Fixture f;
        Person a = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        Person b = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        f.household(f.east.id, QStringLiteral("01.001"), a);
        const qint64 second = f.household(f.east.id, QStringLiteral("01.002"), b);
        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(f.db).summary(&summary));
        QCOMPARE(summary.villages.at(0).households, 2);
        // The only member moves into the first household: the second is empty and no longer counted.
        const qint64 first = HouseholdRepository(f.db).inVillage(f.east.id).at(0).id;
        QVERIFY(first != second);
        SHT_VERIFY_OK(HouseholdService(f.db).moveMember(b.id, first, Relation::Other, QDate(2024, 1, 1)));
        SHT_VERIFY_OK(StatisticsRepository(f.db).summary(&summary));
        QCOMPARE(summary.villages.at(0).households, 1);
        QCOMPARE(summary.villages.at(0).people, 2);
        QCOMPARE(summary.villages.at(1).households, 0); // Thôn Đoài is still listed, with zeros
        // A village whose only household has no living member stays listed too.
        AdminUnit lone;
        lone.name = QStringLiteral("Thôn Mới");
        SHT_VERIFY_OK(AdminUnitService(f.db).createVillage(lone));
        Person last = person(QStringLiteral("Lê Thị Cuối"), Sex::Female, 1930);
        f.household(lone.id, QStringLiteral("03.001"), last);
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(last.id, PartialDate::fromYear(2024)));
        SHT_VERIFY_OK(StatisticsRepository(f.db).summary(&summary));
        QCOMPARE(summary.villages.size(), 3);
        QCOMPARE(summary.villages.at(2).name, QStringLiteral("Thôn Mới"));
        QCOMPARE(summary.villages.at(2).households, 0);
        QCOMPARE(summary.villages.at(2).people, 0);
    }

    void markDeceasedRefusesDeathBeforeBirth()
    {
        Fixture f;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        f.household(f.east.id, QStringLiteral("01.001"), head);
        const QList<int> before = snapshot(f.db);
        QVERIFY(!HouseholdService(f.db).markDeceased(head.id, PartialDate::fromYear(1960)).ok());
        QVERIFY(!HouseholdService(f.db).markDeceased(head.id, PartialDate()).ok());
        QCOMPARE(snapshot(f.db), before);
    }

    void personEditAndRemoval()
    {
        Fixture f;
        Person head = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1970);
        const qint64 id = f.household(f.east.id, QStringLiteral("01.001"), head);
        Person child = person(QStringLiteral("Nguyễn Thị Mai"), Sex::Female, 2000);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(id, child, Relation::Child, ResidenceStatus::Permanent,
                                                       QDate()));
        child.occupation = QStringLiteral("Sinh viên");
        SHT_VERIFY_OK(PersonService(f.db).updatePerson(child));
        QCOMPARE(PersonRepository(f.db).find(child.id)->occupation, QStringLiteral("Sinh viên"));

        // Two people may not share one ID (a 9-digit CMND: no sex or year to check against).
        head.citizenId = CitizenId::parse(QStringLiteral("162345678"));
        SHT_VERIFY_OK(PersonService(f.db).updatePerson(head));
        child.citizenId = CitizenId::parse(QStringLiteral("162345678"));
        const Status s = PersonService(f.db).updatePerson(child);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("Nguyễn Văn Hùng")), qPrintable(s.message()));

        QVERIFY(!PersonService(f.db).removePerson(head.id).ok()); // heads a household with others
        SHT_VERIFY_OK(PersonService(f.db).removePerson(child.id));
        QVERIFY(!PersonRepository(f.db).find(child.id));
        QCOMPARE(HouseholdRepository(f.db).members(id).size(), 1);
    }

    void datesAndLifeStatesAreChecked()
    {
        Fixture f;
        Person a = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        Person b = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        const qint64 first = f.household(f.east.id, QStringLiteral("01.001"), a);
        const qint64 second = f.household(f.west.id, QStringLiteral("02.001"), b);
        Person child = person(QStringLiteral("Nguyễn Văn Tí"), Sex::Male, 2010);
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(first, child, Relation::Child,
                                                       ResidenceStatus::Permanent, QDate(2015, 1, 1)));
        const QList<int> before = snapshot(f.db);
        // Steps of history need their date, and not one before the record they end.
        QVERIFY(!HouseholdService(f.db).moveMember(child.id, second, Relation::Other, QDate()).ok());
        QVERIFY(
            !HouseholdService(f.db).moveMember(child.id, second, Relation::Other, QDate(2010, 1, 1)).ok());
        QVERIFY(!HouseholdService(f.db).changeHead(first, child.id, Relation::Parent, QDate()).ok());
        QVERIFY(
            !HouseholdService(f.db).changeHead(first, child.id, Relation::Parent, QDate(1900, 1, 1)).ok());
        QVERIFY(!AdminUnitService(f.db).mergeVillages(f.east.id, f.west.id, QDate()).ok());
        QVERIFY(!AdminUnitService(f.db).renameVillage(f.east.id, QStringLiteral("Thôn Mới"), QDate()).ok());
        QVERIFY(!AdminUnitService(f.db)
                     .renameVillage(f.east.id, QStringLiteral("Thôn Mới"), QDate(1999, 1, 1))
                     .ok());
        QCOMPARE(snapshot(f.db), before);

        // A death in "1990" of someone born on 05/03/1990 is possible; the dead join no household.
        Person baby = person(QStringLiteral("Nguyễn Thị Bé"), Sex::Female, 1990);
        baby.birthDate = PartialDate::fromDate(QDate(1990, 3, 5));
        SHT_VERIFY_OK(HouseholdService(f.db).addMember(first, baby, Relation::Child,
                                                       ResidenceStatus::Permanent, QDate(1990, 3, 5)));
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(baby.id, PartialDate::fromYear(1990)));
        QVERIFY(!HouseholdService(f.db).moveMember(baby.id, second, Relation::Other, QDate(2020, 1, 1)).ok());
        Person dead = *PersonRepository(f.db).find(baby.id);
        QVERIFY(!HouseholdService(f.db)
                     .addMember(second, dead, Relation::Other, ResidenceStatus::Permanent, QDate(2020, 1, 1))
                     .ok());
    }

    void renameKeepsOldNames()
    {
        Fixture f;
        SHT_VERIFY_OK(AdminUnitService(f.db).renameVillage(f.east.id, QStringLiteral("Thôn Đông Hòa"),
                                                           QDate(2025, 7, 1)));
        AdminUnitRepository units(f.db);
        QCOMPARE(units.find(f.east.id)->name, QStringLiteral("Thôn Đông Hòa"));
        QCOMPARE(units.nameAt(f.east.id, QDate(2024, 12, 31)), QStringLiteral("Thôn Đông"));
        QCOMPARE(units.nameAt(f.east.id, QDate(2025, 7, 1)), QStringLiteral("Thôn Đông Hòa"));
        QCOMPARE(units.nameHistory(f.east.id).size(), 2);
        QVERIFY(!AdminUnitService(f.db)
                     .renameVillage(f.east.id, QStringLiteral("Thôn Đoài"), QDate(2025, 8, 1))
                     .ok());
    }

    void mergeVillagesKeepsHistory()
    {
        Fixture f;
        Person a = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        Person b = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        const qint64 h1 = f.household(f.east.id, QStringLiteral("01.001"), a);
        const qint64 h2 = f.household(f.east.id, QStringLiteral("01.002"), b);
        const QDate merger(2025, 7, 1);
        SHT_VERIFY_OK(AdminUnitService(f.db).mergeVillages(f.east.id, f.west.id, merger));

        AdminUnitRepository units(f.db);
        HouseholdRepository households(f.db);
        const auto east = units.find(f.east.id);
        QCOMPARE(east->validTo, merger);
        QCOMPARE(east->mergedIntoId, f.west.id);
        QCOMPARE(units.villages().size(), 1);
        QCOMPARE(units.villages(true).size(), 2);
        for (qint64 h : {h1, h2}) {
            QCOMPARE(households.find(h)->villageId, f.west.id);
            QCOMPARE(households.villageAt(h, QDate(2024, 12, 31)),
                     f.east.id); // a 2024 report still sees Thôn Đông
            QCOMPARE(households.villageAt(h, merger), f.west.id);
        }
        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(f.db).summary(&summary));
        QCOMPARE(summary.villages.size(), 1);
        QCOMPARE(summary.villages.at(0).households, 2);
        QCOMPARE(summary.villages.at(0).people, 2);
        // A former village cannot be merged again or into itself.
        QVERIFY(!AdminUnitService(f.db).mergeVillages(f.east.id, f.west.id, QDate(2025, 8, 1)).ok());
        QVERIFY(!AdminUnitService(f.db).mergeVillages(f.west.id, f.west.id, QDate(2025, 8, 1)).ok());
    }

    // A failure half-way through a merge leaves nothing half-written.
    void mergeFailingMidwayRollsBackWhole()
    {
        Fixture f;
        for (int i = 1; i <= 5; ++i) {
            Person head = person(QStringLiteral("Nguyễn Văn Hộ %1").arg(i), Sex::Male, 1960 + i);
            f.household(f.east.id, QStringLiteral("01.%1").arg(i, 3, 10, QLatin1Char('0')), head);
        }
        // Simulate a failing disk on the fourth household moved.
        QSqlQuery trigger(f.db.connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TEMP TRIGGER fail_fourth BEFORE INSERT ON household_village "
            "WHEN (SELECT count(*) FROM household_village WHERE valid_from = '2025-07-01') >= 3 "
            "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")));
        const QList<int> before = snapshot(f.db);
        const Status s = AdminUnitService(f.db).mergeVillages(f.east.id, f.west.id, QDate(2025, 7, 1));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("simulated write failure")), qPrintable(s.message()));
        QCOMPARE(snapshot(f.db), before);
        QCOMPARE(HouseholdRepository(f.db).inVillage(f.east.id).size(), 5);
        QVERIFY(AdminUnitRepository(f.db).find(f.east.id)->isCurrent());
    }

    void splitVillage()
    {
        Fixture f;
        Person a = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        Person b = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        const qint64 h1 = f.household(f.east.id, QStringLiteral("01.001"), a);
        const qint64 h2 = f.household(f.east.id, QStringLiteral("01.002"), b);
        AdminUnit north;
        north.name = QStringLiteral("Thôn Đông Bắc");
        SHT_VERIFY_OK(AdminUnitService(f.db).splitVillage(f.east.id, north, {h2}, QDate(2025, 1, 1)));
        HouseholdRepository households(f.db);
        QCOMPARE(households.find(h1)->villageId, f.east.id);
        QCOMPARE(households.find(h2)->villageId, north.id);
        QCOMPARE(households.villageAt(h2, QDate(2024, 6, 1)), f.east.id);
        QCOMPARE(AdminUnitRepository(f.db).find(north.id)->splitFromId, f.east.id);

        // A nameless new village is refused, and the split leaves nothing behind.
        const QList<int> before = snapshot(f.db);
        AdminUnit nameless;
        nameless.name = QStringLiteral("   ");
        const Status s = AdminUnitService(f.db).splitVillage(f.east.id, nameless, {h1}, QDate(2025, 2, 1));
        QVERIFY(!s.ok());
        QCOMPARE(s.message(), QStringLiteral("Type the village's name."));
        QCOMPARE(snapshot(f.db), before);
        QCOMPARE(households.find(h1)->villageId, f.east.id);
    }

    void householdDetails()
    {
        Fixture f;
        Person a = person(QStringLiteral("Nguyễn Văn Hùng"), Sex::Male, 1950);
        Person b = person(QStringLiteral("Phạm Văn Long"), Sex::Male, 1985);
        Person c = person(QStringLiteral("Lê Văn Nam"), Sex::Male, 1985);
        const qint64 h1 = f.household(f.east.id, QStringLiteral("01.001"), a);
        f.household(f.east.id, QStringLiteral("01.002"), b);
        const qint64 h3 = f.household(f.west.id, QStringLiteral("02.001"), c);
        HouseholdRepository households(f.db);
        Household edited = *households.find(h1);
        const int revision = edited.revision;
        edited.code = QStringLiteral("  01.010 ");
        edited.address = QStringLiteral(" Xóm 2,  Thôn Đông ");
        edited.notes = QStringLiteral("Hộ nghèo 2024\n");
        edited.villageId = f.west.id; // not changed here: a village changes through a split
        SHT_VERIFY_OK(HouseholdService(f.db).updateDetails(edited));
        const Household stored = *households.find(h1);
        QCOMPARE(stored.code, QStringLiteral("01.010"));
        QCOMPARE(stored.address, QStringLiteral("Xóm 2, Thôn Đông"));
        QCOMPARE(stored.notes, QStringLiteral("Hộ nghèo 2024"));
        QCOMPARE(stored.villageId, f.east.id);
        QCOMPARE(stored.revision, revision + 1);

        // Refused: an empty code, a code used in the same village; nothing written.
        const QList<int> before = snapshot(f.db);
        edited = stored;
        edited.code = QStringLiteral(" ");
        QCOMPARE(HouseholdService(f.db).updateDetails(edited).message(),
                 QStringLiteral("Enter the household code."));
        edited.code = QStringLiteral("01.002");
        QCOMPARE(HouseholdService(f.db).updateDetails(edited).message(),
                 QStringLiteral("Household code 01.002 is already used in this village."));
        QCOMPARE(snapshot(f.db), before);
        // The same code in another village is fine; so is keeping one's own code.
        Household west = *households.find(h3);
        west.code = QStringLiteral("01.002");
        SHT_VERIFY_OK(HouseholdService(f.db).updateDetails(west));
        SHT_VERIFY_OK(HouseholdService(f.db).updateDetails(*households.find(h3)));
        edited.id = 999999;
        edited.code = QStringLiteral("09.999");
        QCOMPARE(HouseholdService(f.db).updateDetails(edited).message(),
                 QStringLiteral("The household no longer exists."));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
