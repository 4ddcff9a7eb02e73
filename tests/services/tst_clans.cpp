// The clans register's core: ClanService's rules (name, head, one clan per household), one transaction per
// change (a failure leaves nothing behind, audit log included), the register's summary queries, and undo /
// redo through ClanCommands restoring the exact rows.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "ClanCommands.h"
#include "ClanRepository.h"
#include "ClanService.h"
#include "EditCommands.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "PersonRepository.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
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

// Every row of the clan tables and of the audit log: what a failed change must leave as it was.
QStringList rows(Database &db, const QString &table)
{
    QStringList result;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    while (q.next()) {
        QStringList values;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        result << values.join(QLatin1Char('|'));
    }
    return result;
}
QStringList snapshot(Database &db)
{
    return rows(db, QStringLiteral("clan")) + rows(db, QStringLiteral("clan_household")) +
           rows(db, QStringLiteral("audit_log"));
}

struct Fixture
{
    Fixture()
        : db(temp.create())
        , commands(db, stack, notifier)
        , clans(commands)
    {
        village.name = QStringLiteral("Thôn Đông");
        village.validFrom = QDate(2000, 1, 1);
        if (!AdminUnitService(db).createVillage(village))
            qFatal("no village");
    }

    // A household with a head and `others` more members; returns its id, the head's id in *headId.
    qint64 household(const QString &code, const QString &headName, int others = 0, qint64 *headId = nullptr)
    {
        Household h;
        h.code = code;
        h.villageId = village.id;
        Person head;
        head.name = PersonName(headName);
        head.sex = Sex::Male;
        head.birthDate = PartialDate::fromYear(1950);
        if (Status s = HouseholdService(db).createHousehold(h, head, QDate(2010, 1, 1)); !s)
            qFatal("%s", qPrintable(s.message()));
        for (int i = 0; i < others; ++i) {
            Person member;
            member.name = PersonName(QStringLiteral("%1 Con %2").arg(headName).arg(i + 1));
            member.birthDate = PartialDate::fromYear(1980 + i);
            if (Status s = HouseholdService(db).addMember(h.id, member, Relation::Child,
                                                          ResidenceStatus::Permanent, QDate(2010, 1, 1));
                !s)
                qFatal("%s", qPrintable(s.message()));
        }
        if (headId)
            *headId = head.id;
        return h.id;
    }

    Clan clan(const QString &name, qint64 headId = 0)
    {
        Clan c;
        c.name = name;
        c.headPersonId = headId;
        if (Status s = ClanService(db).createClan(c); !s)
            qFatal("%s", qPrintable(s.message()));
        return c;
    }

    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands commands;
    ClanCommands clans;
    AdminUnit village;
};

} // namespace

class TestClans : public QObject
{
    Q_OBJECT

private slots:
    void nameIsRequired_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("nbsp and tab") << QStringLiteral("\u00a0\t\u200b");
    }
    void nameIsRequired()
    {
        QFETCH(QString, name);
        Fixture f;
        const QStringList before = snapshot(f.db);
        Clan c;
        c.name = name;
        const Status s = ClanService(f.db).createClan(c);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("Type the name")), qPrintable(s.message()));
        QCOMPARE(c.id, 0);
        QCOMPARE(snapshot(f.db), before);
    }

    void nameIsCleanedAndComposed()
    {
        Fixture f;
        Clan c;
        c.name = test::nfd(QStringLiteral("  Họ   Nguyễn\u00a0Văn "));
        c.notes = test::nfd(QStringLiteral(" Nhà thờ họ ở xóm Trên.\nGiỗ tổ 10/3. "));
        SHT_VERIFY_OK(ClanService(f.db).createClan(c));
        QVERIFY(c.id > 0);
        QVERIFY(!c.uuid.isEmpty());
        const auto stored = ClanRepository(f.db).find(c.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Họ Nguyễn Văn"));
        QCOMPARE(stored->notes, QStringLiteral("Nhà thờ họ ở xóm Trên.\nGiỗ tổ 10/3."));
        QCOMPARE(c.name, stored->name);
    }

    void duplicateNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("same") << QStringLiteral("Họ Nguyễn Văn");
        QTest::newRow("no accents, capitals") << QStringLiteral("HO NGUYEN VAN");
        QTest::newRow("decomposed") << test::nfd(QStringLiteral("họ nguyễn văn"));
        QTest::newRow("extra spaces") << QStringLiteral(" Họ  Nguyễn Văn ");
    }
    void duplicateNamesAreRefused()
    {
        QFETCH(QString, name);
        Fixture f;
        const Clan first = f.clan(QStringLiteral("Họ Nguyễn Văn"));
        const Clan second = f.clan(QStringLiteral("Họ Trần"));
        const QStringList before = snapshot(f.db);

        Clan again;
        again.name = name;
        Status s = ClanService(f.db).createClan(again);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("\"Họ Nguyễn Văn\" already exists")),
                 qPrintable(s.message()));
        // Renaming another clan to it is refused too; the clan keeps its own name when edited.
        Clan renamed = second;
        renamed.name = name;
        QVERIFY(!ClanService(f.db).updateClan(renamed).ok());
        QCOMPARE(snapshot(f.db), before);
        Clan same = first;
        same.name = name;
        SHT_VERIFY_OK(ClanService(f.db).updateClan(same));
        QCOMPARE(ClanService(f.db).checkName(name, first.id).ok(), true);
        QCOMPARE(ClanService(f.db).checkName(name, 0).ok(), false);
    }

    void headMustBeALivingPerson()
    {
        Fixture f;
        qint64 headId = 0;
        const qint64 h = f.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn Cả"), 2, &headId);
        const auto members = HouseholdRepository(f.db).members(h);
        const qint64 dead = members.at(1).personId;
        const qint64 away = members.at(2).personId;
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(dead, PartialDate::fromYear(2020)));
        SHT_VERIFY_OK(HouseholdService(f.db).markMovedAway(away, PartialDate::fromYear(2021)));
        const QStringList before = snapshot(f.db);

        const struct
        {
            qint64 id;
            const char *says;
        } refused[] = {{999999, "no longer in the registers"}, {dead, "has died"}, {away, "moved away"}};
        for (const auto &r : refused) {
            Clan c;
            c.name = QStringLiteral("Họ Nguyễn");
            c.headPersonId = r.id;
            const Status s = ClanService(f.db).createClan(c);
            QVERIFY(!s.ok());
            QVERIFY2(s.message().contains(QLatin1String(r.says)), qPrintable(s.message()));
        }
        QCOMPARE(snapshot(f.db), before);

        Clan c = f.clan(QStringLiteral("Họ Nguyễn"), headId);
        QCOMPARE(ClanRepository(f.db).find(c.id)->headPersonId, headId);
        // Changing to a deceased head is refused; a head who dies later stays until the clerk names another,
        // and the notes can still be edited meanwhile.
        Clan changed = c;
        changed.headPersonId = dead;
        QVERIFY(!ClanService(f.db).updateClan(changed).ok());
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(headId, PartialDate::fromYear(2024)));
        c.notes = QStringLiteral("Trưởng họ mất năm 2024.");
        SHT_VERIFY_OK(ClanService(f.db).updateClan(c));
        c.headPersonId = 0;
        SHT_VERIFY_OK(ClanService(f.db).updateClan(c));
        QCOMPARE(ClanRepository(f.db).find(c.id)->headPersonId, 0);
    }

    void householdBelongsToOneClanAndMoves()
    {
        Fixture f;
        const qint64 h = f.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
        const Clan a = f.clan(QStringLiteral("Họ Nguyễn"));
        const Clan b = f.clan(QStringLiteral("Họ Nguyễn Văn"));
        SHT_VERIFY_OK(ClanService(f.db).addHousehold(a.id, h));
        const QString uuid =
            rows(f.db, QStringLiteral("clan_household")).constFirst().section(QLatin1Char('|'), 1, 1);

        // Adding it to the clan it is in says so and changes nothing.
        const QStringList before = snapshot(f.db);
        const Status again = ClanService(f.db).addHousehold(a.id, h);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QStringLiteral("already a member of Họ Nguyễn")),
                 qPrintable(again.message()));
        QCOMPARE(snapshot(f.db), before);

        SHT_VERIFY_OK(ClanService(f.db).addHousehold(b.id, h));
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM clan_household")), 1);
        QCOMPARE(ClanRepository(f.db).clanOfHousehold(h), b.id);
        QCOMPARE(ClanRepository(f.db).households(a.id), QList<qint64>());
        // The same membership row, moved (its identity is kept for merging copies), and audited.
        QCOMPARE(rows(f.db, QStringLiteral("clan_household")).constFirst().section(QLatin1Char('|'), 1, 1),
                 uuid);
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'clan_household' "
                                            "AND action = 'update' AND field = 'clan_id'")),
                 1);

        QVERIFY(!ClanService(f.db).addHousehold(a.id, 999999).ok());
        QVERIFY(!ClanService(f.db).addHousehold(999999, h).ok());
        const Status notMember = ClanService(f.db).removeHousehold(a.id, h);
        QVERIFY(!notMember.ok());
        QCOMPARE(ClanRepository(f.db).clanOfHousehold(h), b.id);
        SHT_VERIFY_OK(ClanService(f.db).removeHousehold(b.id, h));
        QCOMPARE(ClanRepository(f.db).clanOfHousehold(h), 0);
        QVERIFY(HouseholdRepository(f.db).find(h));
    }

    void removingAClanReleasesItsHouseholds()
    {
        Fixture f;
        const Clan clan = f.clan(QStringLiteral("Họ Lê"));
        const Clan other = f.clan(QStringLiteral("Họ Phạm"));
        QList<qint64> households;
        for (int i = 1; i <= 3; ++i)
            households << f.household(QStringLiteral("01.00%1").arg(i),
                                      QStringLiteral("Lê Văn %1").arg(QChar(u'A' + i)));
        for (qint64 h : households)
            SHT_VERIFY_OK(ClanService(f.db).addHousehold(clan.id, h));
        const qint64 kept = f.household(QStringLiteral("01.009"), QStringLiteral("Phạm Văn Bình"));
        SHT_VERIFY_OK(ClanService(f.db).addHousehold(other.id, kept));
        const int audited =
            count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'"));

        SHT_VERIFY_OK(ClanService(f.db).removeClan(clan.id));
        QVERIFY(!ClanRepository(f.db).find(clan.id));
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM clan_household")), 1);
        QCOMPARE(ClanRepository(f.db).clanOfHousehold(kept), other.id);
        for (qint64 h : households)
            QVERIFY(HouseholdRepository(f.db).find(h));
        // Each released membership and the clan itself: one audited delete each, with the old row.
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")),
                 audited + 4);
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' "
                                            "AND entity = 'clan_household'")),
                 3);
        QVERIFY(!ClanService(f.db).removeClan(clan.id).ok());
    }

    void failureLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<int>("operation");
        // The last write of each change fails, after the others were written.
        QTest::newRow("delete clan after its members") << QStringLiteral("BEFORE DELETE ON clan") << 0;
        QTest::newRow("move household") << QStringLiteral("BEFORE UPDATE ON clan_household") << 1;
        QTest::newRow("create clan") << QStringLiteral("BEFORE INSERT ON clan") << 2;
        QTest::newRow("audit of an update")
            << QStringLiteral("BEFORE INSERT ON audit_log WHEN NEW.action = 'update'") << 3;
    }
    void failureLeavesNothingBehind()
    {
        QFETCH(QString, trigger);
        QFETCH(int, operation);
        Fixture f;
        qint64 headId = 0;
        const Clan clan = f.clan(QStringLiteral("Họ Đỗ"));
        const Clan other = f.clan(QStringLiteral("Họ Đinh"));
        const qint64 h1 = f.household(QStringLiteral("01.001"), QStringLiteral("Đỗ Văn Một"), 1, &headId);
        const qint64 h2 = f.household(QStringLiteral("01.002"), QStringLiteral("Đỗ Văn Hai"));
        SHT_VERIFY_OK(ClanService(f.db).addHousehold(clan.id, h1));
        SHT_VERIFY_OK(ClanService(f.db).addHousehold(clan.id, h2));
        QSqlQuery q(f.db.connection());
        QVERIFY2(
            q.exec(QStringLiteral("CREATE TEMP TRIGGER fail %1 BEGIN SELECT RAISE(ABORT, 'simulated write "
                                  "failure'); END")
                       .arg(trigger)),
            qPrintable(trigger));
        const QStringList before = snapshot(f.db);
        const int steps = f.stack.count();
        Status s;
        switch (operation) {
        case 0:
            s = f.clans.removeClan(clan.id);
            break;
        case 1:
            s = f.clans.addHousehold(other.id, h1);
            break;
        case 2: {
            Clan c;
            c.name = QStringLiteral("Họ Mới");
            s = f.clans.createClan(c);
            QCOMPARE(c.id, 0);
            break;
        }
        default: {
            Clan c = clan;
            c.headPersonId = headId;
            s = f.clans.updateClan(c);
        }
        }
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("simulated write failure")), qPrintable(s.message()));
        QCOMPARE(snapshot(f.db), before);
        QCOMPARE(f.stack.count(), steps); // a refused edit is no undo step
    }

    void undoRedoRestoresTheExactState()
    {
        Fixture f;
        qint64 headId = 0;
        const qint64 h1 = f.household(QStringLiteral("01.001"), QStringLiteral("Vũ Văn Trưởng"), 2, &headId);
        const qint64 h2 = f.household(QStringLiteral("01.002"), QStringLiteral("Vũ Văn Thứ"));
        QSignalSpy changed(&f.notifier, &ChangeNotifier::changed);
        QList<QStringList> states{test::databaseState(f.db)};

        Clan vu;
        vu.name = QStringLiteral("Họ Vũ");
        vu.headPersonId = headId;
        vu.notes = QStringLiteral("Nhà thờ họ ở xóm Đình.");
        SHT_VERIFY_OK(f.clans.createClan(vu));
        states << test::databaseState(f.db);
        Clan other;
        other.name = QStringLiteral("Họ Vũ Đình");
        SHT_VERIFY_OK(f.clans.createClan(other));
        states << test::databaseState(f.db);
        SHT_VERIFY_OK(f.clans.addHousehold(vu.id, h1));
        states << test::databaseState(f.db);
        SHT_VERIFY_OK(f.clans.addHousehold(vu.id, h2));
        states << test::databaseState(f.db);
        SHT_VERIFY_OK(f.clans.addHousehold(other.id, h2)); // a move
        states << test::databaseState(f.db);
        Clan renamed = vu;
        renamed.name = QStringLiteral("Họ Vũ Văn");
        renamed.headPersonId = 0;
        SHT_VERIFY_OK(f.clans.updateClan(renamed));
        states << test::databaseState(f.db);
        SHT_VERIFY_OK(f.clans.removeHousehold(other.id, h2));
        states << test::databaseState(f.db);
        SHT_VERIFY_OK(f.clans.removeClan(vu.id));
        states << test::databaseState(f.db);

        QCOMPARE(f.stack.count(), 8);
        const QStringList texts{QStringLiteral("New clan Họ Vũ"),
                                QStringLiteral("New clan Họ Vũ Đình"),
                                QStringLiteral("Add household 01.001 to Họ Vũ"),
                                QStringLiteral("Add household 01.002 to Họ Vũ"),
                                QStringLiteral("Move household 01.002 from Họ Vũ to Họ Vũ Đình"),
                                QStringLiteral("Edit clan Họ Vũ Văn"),
                                QStringLiteral("Remove household 01.002 from Họ Vũ Đình"),
                                QStringLiteral("Delete clan Họ Vũ Văn")};
        for (int i = 0; i < texts.size(); ++i)
            QCOMPARE(f.stack.text(i), texts.at(i));
        QCOMPARE(changed.count(), 8);
        QVERIFY(changed.constLast().at(0).value<QSet<QString>>().contains(QStringLiteral("clan_household")));

        for (int i = 8; i > 0; --i) {
            f.stack.undo();
            QCOMPARE(test::databaseState(f.db), states.at(i - 1));
        }
        QCOMPARE(changed.count(), 16);
        for (int i = 1; i <= 8; ++i) {
            f.stack.redo();
            QCOMPARE(test::databaseState(f.db), states.at(i));
        }
        QCOMPARE(changed.count(), 24);
    }

    void summariesCountInOneQuery()
    {
        Fixture f;
        qint64 headId = 0;
        const qint64 h1 = f.household(QStringLiteral("01.001"), QStringLiteral("Hoàng Văn Cả"), 3, &headId);
        const qint64 h2 = f.household(QStringLiteral("01.002"), QStringLiteral("Hoàng Văn Hai"), 1);
        f.household(QStringLiteral("01.003"), QStringLiteral("Hoàng Văn Ba"), 1); // in no clan
        // A deceased member is no longer counted.
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(
            HouseholdRepository(f.db).members(h1).constLast().personId, PartialDate::fromYear(2022)));
        const Clan hoang = f.clan(QStringLiteral("Họ Hoàng"), headId);
        const Clan empty = f.clan(QStringLiteral("Họ Trịnh"));
        SHT_VERIFY_OK(ClanService(f.db).addHousehold(hoang.id, h2));
        SHT_VERIFY_OK(ClanService(f.db).addHousehold(hoang.id, h1));

        QList<ClanSummary> summaries;
        SHT_VERIFY_OK(ClanRepository(f.db).summaries(&summaries));
        QCOMPARE(summaries.size(), 2);
        const ClanSummary &a = summaries.at(0).id == hoang.id ? summaries.at(0) : summaries.at(1);
        const ClanSummary &b = summaries.at(0).id == hoang.id ? summaries.at(1) : summaries.at(0);
        QCOMPARE(a.name, QStringLiteral("Họ Hoàng"));
        QCOMPARE(a.headPersonId, headId);
        QCOMPARE(a.headName, QStringLiteral("Hoàng Văn Cả"));
        QCOMPARE(a.households, 2);
        QCOMPARE(a.people, 3 + 2); // h1: the head and three children, one of whom died; h2: two
        QCOMPARE(b.id, empty.id);
        QCOMPARE(b.headName, QString());
        QCOMPARE(b.households, 0);
        QCOMPARE(b.people, 0);

        QList<ClanHouseholdSummary> households;
        SHT_VERIFY_OK(ClanRepository(f.db).householdSummaries(hoang.id, &households));
        QCOMPARE(households.size(), 2);
        QCOMPARE(households.at(0).code, QStringLiteral("01.001")); // by code
        QCOMPARE(households.at(0).householdId, h1);
        QCOMPARE(households.at(0).headName, QStringLiteral("Hoàng Văn Cả"));
        QCOMPARE(households.at(0).village, QStringLiteral("Thôn Đông"));
        QCOMPARE(households.at(0).villageId, f.village.id);
        QCOMPARE(households.at(0).members, 3);
        QCOMPARE(households.at(1).members, 2);
        SHT_VERIFY_OK(ClanRepository(f.db).householdSummaries(empty.id, &households));
        QVERIFY(households.isEmpty());
    }

    void demoCommuneSummaries()
    {
        test::TempCommune temp;
        const QString path = temp.demo(1500, 7);
        Database db;
        SHT_VERIFY_OK(db.open(path));
        QList<ClanSummary> summaries;
        SHT_VERIFY_OK(ClanRepository(db).summaries(&summaries));
        QVERIFY(!summaries.isEmpty());
        int households = 0;
        for (const ClanSummary &c : summaries) {
            households += c.households;
            QVERIFY2(c.households > 0, qPrintable(c.name));
            QVERIFY(c.people >= c.households / 2);
            QList<ClanHouseholdSummary> members;
            SHT_VERIFY_OK(ClanRepository(db).householdSummaries(c.id, &members));
            QCOMPARE(members.size(), c.households);
            int people = 0;
            for (const ClanHouseholdSummary &h : members)
                people += h.members;
            QCOMPARE(people, c.people);
        }
        QCOMPARE(households, count(db, QStringLiteral("SELECT count(*) FROM clan_household")));
    }
};

QTEST_GUILESS_MAIN(TestClans)
#include "tst_clans.moc"
