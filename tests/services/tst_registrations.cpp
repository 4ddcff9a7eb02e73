// Registrations for the learning titles: one by one and a whole village at once (who a village's
// households, adult citizens, clans and units are), idempotent, one transaction (a bad subject leaves
// nothing), audited, and undone / redone through RegistrationCommands.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "ClanService.h"
#include "EditCommands.h"
#include "HouseholdService.h"
#include "LocalUnitService.h"
#include "RegistrationCommands.h"
#include "RegistrationRepository.h"
#include "RegistrationService.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace sht;
using criteria::SubjectKind;
using criteria::Title;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

constexpr int Year = 2025;

// Two villages. Thôn Đông: household D1 (head born 1960, wife 1965, children born 2012 and 2008: 13 and 17
// at the end of 2025, a son born 1990 who moved away), household D2 (its only member died), household D3
// (head born 1985, her mother with no birth date recorded). Thôn Tây: household T1 (head born 1970).
// Clans: one with D1, one with T1; a primary school in Thôn Đông.
struct Fixture
{
    Fixture()
        : db(temp.create())
        , commands(db, stack, notifier)
        , registrations(commands)
    {
        east = village(QStringLiteral("Thôn Đông"));
        west = village(QStringLiteral("Thôn Tây"));
        d1 = household(QStringLiteral("D1"), east, QStringLiteral("Nguyễn Văn An"), 1960, &d1Head);
        member(d1, QStringLiteral("Trần Thị Bình"), PartialDate::fromYear(1965), Relation::Spouse, &d1Wife);
        member(d1, QStringLiteral("Nguyễn Văn Cường"), PartialDate::fromYear(2012), Relation::Child);
        member(d1, QStringLiteral("Nguyễn Thị Dung"), PartialDate::fromYear(2008), Relation::Child, &d1Teen);
        qint64 away = 0;
        member(d1, QStringLiteral("Nguyễn Văn Em"), PartialDate::fromYear(1990), Relation::Child, &away);
        check(HouseholdService(db).markMovedAway(away, PartialDate::fromYear(2020)));
        qint64 deadHead = 0;
        d2 = household(QStringLiteral("D2"), east, QStringLiteral("Lê Văn Giàu"), 1930, &deadHead);
        check(HouseholdService(db).markDeceased(deadHead, PartialDate::fromYear(2021)));
        d3 = household(QStringLiteral("D3"), east, QStringLiteral("Phạm Thị Hoa"), 1985);
        member(d3, QStringLiteral("Võ Thị Kim"), PartialDate(), Relation::Parent);
        t1 = household(QStringLiteral("T1"), west, QStringLiteral("Đỗ Văn Long"), 1970);

        clan.name = QStringLiteral("Họ Nguyễn Văn");
        check(ClanService(db).createClan(clan));
        check(ClanService(db).addHousehold(clan.id, d1.id));
        Clan westClan;
        westClan.name = QStringLiteral("Họ Đỗ");
        check(ClanService(db).createClan(westClan));
        check(ClanService(db).addHousehold(westClan.id, t1.id));

        unit.name = QStringLiteral("Trường Tiểu học Hòa An");
        unit.kind = QStringLiteral("primary_school");
        unit.managingLevel = QStringLiteral("commune");
        unit.instrument = QStringLiteral("tt24");
        unit.villageId = east.id;
        check(LocalUnitService(db).createUnit(unit));
    }

    static void check(const Status &status)
    {
        if (!status)
            qFatal("%s", qPrintable(status.message()));
    }

    AdminUnit village(const QString &name)
    {
        AdminUnit v;
        v.name = name;
        v.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(v));
        return v;
    }

    Household household(const QString &code, const AdminUnit &in, const QString &headName, int born,
                        qint64 *headId = nullptr)
    {
        Household h;
        h.code = code;
        h.villageId = in.id;
        Person head;
        head.name = PersonName(headName);
        head.birthDate = PartialDate::fromYear(born);
        check(HouseholdService(db).createHousehold(h, head, QDate(2010, 1, 1)));
        if (headId)
            *headId = head.id;
        return h;
    }

    Person member(const Household &h, const QString &name, const PartialDate &born, Relation relation,
                  qint64 *id = nullptr)
    {
        Person p;
        p.name = PersonName(name);
        p.birthDate = born;
        check(
            HouseholdService(db).addMember(h.id, p, relation, ResidenceStatus::Permanent, QDate(2010, 1, 1)));
        if (id)
            *id = p.id;
        return p;
    }

    QString personUuid(qint64 id)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT uuid FROM person WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    int registered(Title title) { return RegistrationRepository(db).count(Year, title); }

    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands commands;
    RegistrationCommands registrations;
    AdminUnit east, west;
    Household d1, d2, d3, t1;
    qint64 d1Head = 0, d1Wife = 0, d1Teen = 0;
    Clan clan;
    LocalUnit unit;
};

} // namespace

class TestRegistrations : public QObject
{
    Q_OBJECT

private slots:
    void registerOneByOneIsIdempotent()
    {
        Fixture f;
        int added = -1;
        SHT_VERIFY_OK(RegistrationService(f.db).registerSubjects(
            Year, Title::LearningFamily, SubjectKind::Household, {f.d1.uuid}, &added));
        QCOMPARE(added, 1);
        QVERIFY(RegistrationRepository(f.db).isRegistered(Year, Title::LearningFamily, f.d1.uuid));
        QVERIFY(!RegistrationRepository(f.db).isRegistered(Year + 1, Title::LearningFamily, f.d1.uuid));
        QVERIFY(!RegistrationRepository(f.db).isRegistered(Year, Title::LearningClan, f.d1.uuid));

        // Twice, and once more with another one: one row each.
        SHT_VERIFY_OK(RegistrationService(f.db).registerSubjects(
            Year, Title::LearningFamily, SubjectKind::Household, {f.d1.uuid, f.t1.uuid, f.t1.uuid}, &added));
        QCOMPARE(added, 1);
        QCOMPARE(RegistrationRepository(f.db).subjectUuids(Year, Title::LearningFamily),
                 QStringList({f.d1.uuid, f.t1.uuid}));
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM registration")), 2);
        QCOMPARE(RegistrationRepository(f.db).counts(Year).value(Title::LearningFamily), 2);
        QCOMPARE(RegistrationRepository(f.db).years(), QList<int>({Year}));

        // Each registration is audited, and the row carries its kind and a uuid.
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'registration'"
                                            " AND action = 'insert'")),
                 2);
        QCOMPARE(
            count(f.db, QStringLiteral("SELECT count(*) FROM registration WHERE subject_kind = 'household'"
                                       " AND title = 'learning_family' AND length(uuid) = 36"
                                       " AND registered_on <> ''")),
            2);
    }

    void registerVillage_data()
    {
        QTest::addColumn<int>("title");
        QTest::addColumn<bool>("east");
        QTest::addColumn<int>("expected");
        // D1 and D3 have living members; D2's only member died.
        QTest::newRow("households of Thôn Đông") << int(Title::LearningFamily) << true << 2;
        QTest::newRow("households of Thôn Tây") << int(Title::LearningFamily) << false << 1;
        // ≥ 15 at the end of 2025: An, Bình, Dung (17), Hoa; not Cường (13), not Em (moved away), not Kim
        // (birth date unknown), not Giàu (died).
        QTest::newRow("citizens of Thôn Đông") << int(Title::LearningCitizen) << true << 4;
        QTest::newRow("the village itself") << int(Title::LearningVillage) << true << 1;
        QTest::newRow("clans with a household there") << int(Title::LearningClan) << true << 1;
        QTest::newRow("units located there") << int(Title::LearningUnit) << true << 1;
        QTest::newRow("no unit in Thôn Tây") << int(Title::LearningUnit) << false << 0;
    }

    void registerVillage()
    {
        QFETCH(int, title);
        QFETCH(bool, east);
        QFETCH(int, expected);
        Fixture f;
        const Title t = Title(title);
        const qint64 villageId = east ? f.east.id : f.west.id;
        int added = -1;
        SHT_VERIFY_OK(RegistrationService(f.db).registerVillage(Year, t, villageId, &added));
        QCOMPARE(added, expected);
        QCOMPARE(f.registered(t), expected);
        // Again: nothing new, nothing doubled.
        SHT_VERIFY_OK(RegistrationService(f.db).registerVillage(Year, t, villageId, &added));
        QCOMPARE(added, 0);
        QCOMPARE(f.registered(t), expected);
    }

    void citizensAreTheAdultsOfTheVillage()
    {
        Fixture f;
        SHT_VERIFY_OK(RegistrationService(f.db).registerVillage(Year, Title::LearningCitizen, f.east.id));
        const RegistrationRepository repository(f.db);
        QVERIFY(repository.isRegistered(Year, Title::LearningCitizen, f.personUuid(f.d1Head)));
        QVERIFY(repository.isRegistered(Year, Title::LearningCitizen, f.personUuid(f.d1Teen)));
        // In 2022 the teenager was 14 (age = year − birth year): not yet among the village's citizens.
        QList<RegistrationCandidate> candidates;
        SHT_VERIFY_OK(repository.candidates(2022, Title::LearningCitizen, f.east.id, 15, &candidates));
        QCOMPARE(candidates.size(), 3);
        for (const RegistrationCandidate &c : candidates) {
            QVERIFY(!c.registered); // registered for 2025, not 2022
            QCOMPARE(c.villageName, QStringLiteral("Thôn Đông"));
        }
    }

    void citizenAgeIsACommuneSetting()
    {
        Fixture f;
        QCOMPARE(RegistrationRepository(f.db).citizenMinAge(), 15);
        // The commune may count adults from 18 (a setting in meta): Dung, 17 at the end of 2025, is left out.
        QSqlQuery q(f.db.connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('commune.citizen_min_age', '18')")));
        QCOMPARE(RegistrationRepository(f.db).citizenMinAge(), 18);
        int added = -1;
        SHT_VERIFY_OK(
            RegistrationService(f.db).registerVillage(Year, Title::LearningCitizen, f.east.id, &added));
        QCOMPARE(added, 3);
        QVERIFY(
            !RegistrationRepository(f.db).isRegistered(Year, Title::LearningCitizen, f.personUuid(f.d1Teen)));
        // A year later she is 18.
        SHT_VERIFY_OK(
            RegistrationService(f.db).registerVillage(Year + 1, Title::LearningCitizen, f.east.id, &added));
        QCOMPARE(added, 4);
        QVERIFY(RegistrationRepository(f.db).isRegistered(Year + 1, Title::LearningCitizen,
                                                          f.personUuid(f.d1Teen)));
    }

    void candidatesSayWhoIsRegistered()
    {
        Fixture f;
        SHT_VERIFY_OK(RegistrationService(f.db).registerSubjects(Year, Title::LearningFamily,
                                                                 SubjectKind::Household, {f.d3.uuid}));
        QList<RegistrationCandidate> all;
        SHT_VERIFY_OK(RegistrationRepository(f.db).candidates(Year, Title::LearningFamily, 0, 15, &all));
        QStringList names;
        for (const RegistrationCandidate &c : all)
            names << c.name + (c.registered ? QStringLiteral(" *") : QString());
        QCOMPARE(names,
                 QStringList({QStringLiteral("D1 – Nguyễn Văn An"), QStringLiteral("D3 – Phạm Thị Hoa *"),
                              QStringLiteral("T1 – Đỗ Văn Long")}));
        QCOMPARE(all.first().villageName, QStringLiteral("Thôn Đông"));
        QVERIFY(all.first().detail.contains(QLatin1String("4"))); // 4 living current members

        QList<RegistrationCandidate> none;
        QVERIFY(!RegistrationRepository(f.db).candidates(Year, Title::LearningCommune, 0, 15, &none));
    }

    void unregister()
    {
        Fixture f;
        SHT_VERIFY_OK(RegistrationService(f.db).registerVillage(Year, Title::LearningFamily, f.east.id));
        int removed = -1;
        SHT_VERIFY_OK(RegistrationService(f.db).unregister(Year, Title::LearningFamily,
                                                           {f.d1.uuid, f.t1.uuid}, &removed));
        QCOMPARE(removed, 1); // T1 was never registered
        QCOMPARE(RegistrationRepository(f.db).subjectUuids(Year, Title::LearningFamily),
                 QStringList({f.d3.uuid}));
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'registration'"
                                            " AND action = 'delete'")),
                 1);
        // Taking back what is not there changes nothing.
        const QStringList before = test::databaseState(f.db);
        SHT_VERIFY_OK(
            RegistrationService(f.db).unregister(Year, Title::LearningFamily, {f.d1.uuid}, &removed));
        QCOMPARE(removed, 0);
        QCOMPARE(test::databaseState(f.db), before);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("title");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("bogus");
        QTest::addColumn<QString>("message");
        QTest::newRow("the commune needs none") << int(Title::LearningCommune) << int(SubjectKind::Commune)
                                                << Year << false << "needs no registration";
        QTest::newRow("the centre needs none") << int(Title::CentreRating) << int(SubjectKind::LearningCentre)
                                               << Year << false << "needs no registration";
        QTest::newRow("households for the citizen title")
            << int(Title::LearningCitizen) << int(SubjectKind::Household) << Year << false
            << "other subjects";
        QTest::newRow("a year long past")
            << int(Title::LearningFamily) << int(SubjectKind::Household) << 1975 << false << "1975";
        QTest::newRow("one subject gone: none registered")
            << int(Title::LearningFamily) << int(SubjectKind::Household) << Year << true << "no longer";
    }

    void refusals()
    {
        QFETCH(int, title);
        QFETCH(int, kind);
        QFETCH(int, year);
        QFETCH(bool, bogus);
        QFETCH(QString, message);
        Fixture f;
        const QStringList before = test::databaseState(f.db);
        const int audit = count(f.db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QStringList uuids{f.d1.uuid, f.d3.uuid};
        if (bogus)
            uuids << QStringLiteral("00000000-0000-7000-8000-000000000000");
        int added = -1;
        const Status status =
            RegistrationService(f.db).registerSubjects(year, Title(title), SubjectKind(kind), uuids, &added);
        QVERIFY(!status);
        QVERIFY2(status.message().contains(message), qPrintable(status.message()));
        QCOMPARE(added, 0);
        QCOMPARE(test::databaseState(f.db), before);
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void villageRefusals()
    {
        Fixture f;
        QVERIFY(!RegistrationService(f.db).registerVillage(Year, Title::LearningFamily, 9999));
        QVERIFY(!RegistrationService(f.db).registerVillage(Year, Title::LearningCommune, f.east.id));
        // A village merged into another is gone: its households are registered through the one it joined.
        SHT_VERIFY_OK(AdminUnitService(f.db).mergeVillages(f.west.id, f.east.id, QDate(2024, 1, 1)));
        const Status status =
            RegistrationService(f.db).registerVillage(Year, Title::LearningFamily, f.west.id);
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("Thôn Tây")), qPrintable(status.message()));
        QCOMPARE(f.registered(Title::LearningFamily), 0);
    }

    void undoAndRedo()
    {
        Fixture f;
        QSignalSpy announced(&f.notifier, &ChangeNotifier::changed);
        const QStringList before = test::databaseState(f.db);
        int added = -1;
        SHT_VERIFY_OK(f.registrations.registerVillage(Year, Title::LearningCitizen, f.east.id, &added));
        QCOMPARE(added, 4);
        QCOMPARE(f.stack.count(), 1);
        QVERIFY2(f.stack.text(0).contains(QStringLiteral("Thôn Đông")), qPrintable(f.stack.text(0)));
        QVERIFY(f.stack.text(0).contains(QLatin1String("4")));
        QVERIFY(!announced.isEmpty());
        QVERIFY(announced.last().first().value<QSet<QString>>().contains(QStringLiteral("registration")));
        const QStringList after = test::databaseState(f.db);

        f.stack.undo();
        QCOMPARE(f.registered(Title::LearningCitizen), 0);
        QCOMPARE(test::databaseState(f.db), before);
        f.stack.redo();
        QCOMPARE(f.registered(Title::LearningCitizen), 4);
        QCOMPARE(test::databaseState(f.db), after);

        // Nothing new to register: no step at all.
        SHT_VERIFY_OK(f.registrations.registerVillage(Year, Title::LearningCitizen, f.east.id, &added));
        QCOMPARE(added, 0);
        QCOMPARE(f.stack.count(), 1);

        // One by one, and taking one back, each its own step.
        SHT_VERIFY_OK(f.registrations.registerSubjects(Year, Title::LearningFamily, {f.d1.uuid}));
        SHT_VERIFY_OK(f.registrations.unregister(Year, Title::LearningCitizen, {f.personUuid(f.d1Head)}));
        QCOMPARE(f.stack.count(), 3);
        QCOMPARE(f.registered(Title::LearningCitizen), 3);
        f.stack.undo();
        QCOMPARE(f.registered(Title::LearningCitizen), 4);
        f.stack.undo();
        QCOMPARE(f.registered(Title::LearningFamily), 0);
        // A refused command leaves no step.
        QVERIFY(!f.registrations.registerSubjects(Year, Title::LearningCommune, {f.d1.uuid}));
        QCOMPARE(f.stack.index(), 1);
    }

    // Every village at once: the same rows as village by village, one transaction, one undo step.
    void registerCommuneIsOneStep()
    {
        Fixture f;
        const QStringList before = test::databaseState(f.db);
        int added = -1;
        SHT_VERIFY_OK(f.registrations.registerCommune(Year, Title::LearningFamily, &added));
        QCOMPARE(added, 3); // D1 and D3 in Thôn Đông, T1 in Thôn Tây (D2 has no living member)
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.registered(Title::LearningFamily), 3);
        SHT_VERIFY_OK(f.registrations.registerCommune(Year, Title::LearningCitizen, &added));
        QCOMPARE(f.stack.count(), 2);
        const int citizens = f.registered(Title::LearningCitizen);
        QCOMPARE(added, citizens);
        QSqlQuery audit(f.db.connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'registration'")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 3 + citizens);
        f.stack.undo();
        f.stack.undo();
        QCOMPARE(test::databaseState(f.db), before);

        // Village by village gives the same registrations.
        int byVillage = 0;
        for (const AdminUnit &village : {f.east, f.west}) {
            SHT_VERIFY_OK(
                RegistrationService(f.db).registerVillage(Year, Title::LearningCitizen, village.id, &added));
            byVillage += added;
        }
        QCOMPARE(byVillage, citizens);
    }
};

QTEST_GUILESS_MAIN(TestRegistrations)
#include "tst_registrations.moc"
