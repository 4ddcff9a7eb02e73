// The duplicate review: pairs found in the whole file, merged into one person (everything moved, one
// transaction, audited, undoable) or kept apart and not proposed again.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "ClanRepository.h"
#include "DuplicateService.h"
#include "EditCommands.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "ImportCommands.h"
#include "ImportRepository.h"
#include "LearningCentreRepository.h"
#include "LocalUnitRepository.h"
#include "PersonRepository.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace sht;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList stateWithAudit(Database &db)
{
    return test::databaseState(db) << QString::number(
               count(db, QStringLiteral("SELECT count(*) FROM audit_log")));
}

struct Fixture
{
    test::TempCommune temp;
    Database &db = temp.create();
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits{db, stack, notifier};
    ImportCommands commands{edits};
    AdminUnit dong, doai;
    Household parents, husbands, single;
    Person father, daughter, husband, daughterAgain, namesake, loner;
    qint64 session1 = 0, session2 = 0, unitId = 0, clanId = 0;

    Fixture()
    {
        dong.name = QStringLiteral("Thôn Đông");
        doai.name = QStringLiteral("Thôn Đoài");
        check(AdminUnitService(db).createVillage(dong));
        check(AdminUnitService(db).createVillage(doai));
        HouseholdService households(db);
        parents = household(dong.id, QStringLiteral("01"));
        father = person(QStringLiteral("Lê Văn Hòa"), PartialDate::fromYear(1950), Sex::Male);
        check(households.createHousehold(parents, father, QDate(2015, 1, 1)));
        // The married daughter, still listed at her parents' as temporarily absent…
        daughter = person(QStringLiteral("Lê Thị Thuỷ"), PartialDate::fromDate({1985, 2, 2}), Sex::Female);
        daughter.citizenId = CitizenId::parse(QStringLiteral("037185001234"));
        check(households.addMember(parents.id, daughter, Relation::Child, ResidenceStatus::TemporarilyAbsent,
                                   QDate(2015, 1, 1)));
        // …and at her husband's, typed in NFD, with the new tone placement, without the ID but with a phone.
        husbands = household(doai.id, QStringLiteral("07"));
        husband = person(QStringLiteral("Phạm Văn Em"), PartialDate::fromYear(1983), Sex::Male);
        check(households.createHousehold(husbands, husband, QDate(2015, 1, 1)));
        daughterAgain =
            person(test::nfd(QStringLiteral("Lê Thị Thủy")), PartialDate::fromYear(1985), Sex::Unknown);
        daughterAgain.phone = QStringLiteral("0912345678");
        check(households.addMember(husbands.id, daughterAgain, Relation::Spouse, ResidenceStatus::Permanent,
                                   QDate(2016, 1, 1)));
        // Same name, other birth year: someone else.
        single = household(doai.id, QStringLiteral("08"));
        namesake = person(QStringLiteral("Lê Thị Thủy"), PartialDate::fromYear(1990), Sex::Female);
        check(households.createHousehold(single, namesake, QDate(2015, 1, 1)));
        // A person with no household, sharing the daughter's ID and name (an old record).
        loner = person(QStringLiteral("Lê Thị Thủy"), PartialDate(), Sex::Female);
        loner.citizenId = daughter.citizenId;
        check(PersonRepository(db).insert(loner));

        // Both records went to courses; one session both, one session only the second record.
        LearningCentreRepository centres(db);
        LearningCentre centre;
        centre.name = QStringLiteral("TTHTCĐ");
        check(centres.insertCentre(centre));
        Course course;
        course.centreId = centre.id;
        course.title = QStringLiteral("Trồng rau an toàn");
        course.startDate = QDate(2025, 3, 1);
        check(centres.insertCourse(course));
        CourseSession s1, s2;
        s1.courseId = s2.courseId = course.id;
        s1.heldOn = QDate(2025, 3, 1);
        s2.heldOn = QDate(2025, 3, 8);
        check(centres.insertSession(s1));
        check(centres.insertSession(s2));
        session1 = s1.id;
        session2 = s2.id;
        check(centres.addAttendance(session1, daughter.id));
        check(centres.addAttendance(session1, daughterAgain.id));
        check(centres.addAttendance(session2, daughterAgain.id));
        LocalUnit unit;
        unit.name = QStringLiteral("Trường Mầm non");
        unit.kind = QStringLiteral("preschool");
        check(LocalUnitRepository(db).insert(unit));
        unitId = unit.id;
        check(LocalUnitRepository(db).addStaff(unit.id, daughterAgain.id, QStringLiteral("Giáo viên"),
                                               QDate(2018, 9, 1)));
        Clan clan;
        clan.name = QStringLiteral("Họ Lê");
        clan.headPersonId = daughterAgain.id;
        check(ClanRepository(db).insert(clan));
        clanId = clan.id;
    }

    static void check(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.message()));
    }
    static Household household(qint64 villageId, const QString &code)
    {
        Household h;
        h.villageId = villageId;
        h.code = code;
        return h;
    }
    static Person person(const QString &name, const PartialDate &birth, Sex sex)
    {
        Person p;
        p.name = PersonName(name);
        p.birthDate = birth;
        p.sex = sex;
        return p;
    }
};

QList<QPair<qint64, qint64>> pairsOf(Database &db)
{
    QList<DuplicatePair> found;
    const Status s = DuplicateService(db).candidates(&found);
    if (!s)
        qFatal("%s", qPrintable(s.message()));
    QList<QPair<qint64, qint64>> pairs;
    for (const DuplicatePair &p : found)
        pairs << qMakePair(p.firstId, p.secondId);
    return pairs;
}

} // namespace

class TestDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void candidatesWithBothPlaces();
    void mergeMovesEverythingAndIsUndoable();
    void mergeRefusedWhenTheOtherHeadsAHousehold();
    void keptApartIsNotProposedAgain();
};

void TestDuplicates::candidatesWithBothPlaces()
{
    Fixture f;
    QList<DuplicatePair> found;
    SHT_VERIFY_OK(DuplicateService(f.db).candidates(&found));
    // daughter ~ daughterAgain (name key and 1985 ⊇ 02/02/1985), daughter ~ loner (same ID and name);
    // the namesake born 1990 is nobody's duplicate, and loner (no birth date) does not match by name alone.
    QCOMPARE(pairsOf(f.db), (QList<QPair<qint64, qint64>>{{f.daughter.id, f.daughterAgain.id},
                                                          {f.daughter.id, f.loner.id}}));
    QCOMPARE(found.at(0).firstPlace, QStringLiteral("Thôn Đông, household 01"));
    QCOMPARE(found.at(0).secondPlace, QStringLiteral("Thôn Đoài, household 07"));
    QVERIFY(!found.at(0).sameId);
    QVERIFY(found.at(1).sameId);
    QCOMPARE(found.at(1).citizenId, QStringLiteral("037185001234"));
    QCOMPARE(found.at(1).secondPlace, QStringLiteral("in no household"));
}

void TestDuplicates::mergeMovesEverythingAndIsUndoable()
{
    Fixture f;
    const QStringList before = test::databaseState(f.db);
    const int audit = count(f.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    // Keep the record at her husband's (where she lives), fold the one at her parents' into it.
    SHT_VERIFY_OK(f.commands.merge(f.daughterAgain.id, f.daughter.id));
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.stack.undoText(), QStringLiteral("Merge Lê Thị Thủy into Lê Thị Thủy"));
    QVERIFY(!PersonRepository(f.db).find(f.daughter.id));
    const Person kept = *PersonRepository(f.db).find(f.daughterAgain.id);
    QCOMPARE(kept.citizenId.digits(), QStringLiteral("037185001234")); // taken from the other record
    QCOMPARE(kept.birthDate, PartialDate::fromDate({1985, 2, 2}));     // the more precise date
    QCOMPARE(kept.sex, Sex::Female);
    QCOMPARE(kept.phone, QStringLiteral("0912345678"));
    HouseholdRepository households(f.db);
    QCOMPARE(households.currentMembership(kept.id)->householdId, f.husbands.id);
    const QList<Membership> history = households.membershipHistory(kept.id);
    QCOMPARE(history.size(), 2); // her place at her parents' is history now
    QCOMPARE(history.at(0).householdId, f.parents.id);
    QCOMPARE(history.at(0).endReason, QStringLiteral("merged"));
    QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM attendance WHERE person_id = %1").arg(kept.id)),
             2);
    QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM attendance")), 2);
    QCOMPARE(count(f.db,
                   QStringLiteral("SELECT count(*) FROM local_unit_staff WHERE person_id = %1").arg(kept.id)),
             1);
    QCOMPARE(count(f.db, QStringLiteral("SELECT head_person_id FROM clan")), int(kept.id));
    QVERIFY(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log")) > audit);
    QCOMPARE(count(f.db, QStringLiteral(
                             "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'person'")),
             1);
    const QStringList after = test::databaseState(f.db);
    f.stack.undo();
    QCOMPARE(test::databaseState(f.db), before);
    f.stack.redo();
    QCOMPARE(test::databaseState(f.db), after);
}

void TestDuplicates::mergeRefusedWhenTheOtherHeadsAHousehold()
{
    Fixture f;
    const QStringList before = stateWithAudit(f.db);
    // Folding the father into someone else would leave his household without a head.
    const Status s = f.commands.merge(f.daughterAgain.id, f.father.id);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("head")), qPrintable(s.message()));
    QCOMPARE(stateWithAudit(f.db), before);
    QCOMPARE(f.stack.count(), 0);
    QVERIFY(!f.commands.merge(f.father.id, f.father.id));
}

void TestDuplicates::keptApartIsNotProposedAgain()
{
    Fixture f;
    SHT_VERIFY_OK(f.commands.keepApart(f.daughter.id, f.loner.id));
    SHT_VERIFY_OK(f.commands.keepApart(f.loner.id, f.daughter.id)); // once is enough, either order
    QCOMPARE(pairsOf(f.db), (QList<QPair<qint64, qint64>>{{f.daughter.id, f.daughterAgain.id}}));
    QCOMPARE(ImportRepository(f.db).keptApart().size(), 1);
    QVERIFY(!f.commands.keepApart(f.daughter.id, 999999));
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
