#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "ClanRepository.h"
#include "HouseholdRepository.h"
#include "LearningCentreRepository.h"
#include "LocalUnitRepository.h"
#include "PersonRepository.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace sht;

namespace {

struct AuditEntry
{
    QString action, entity, field, oldValue, newValue, user, source;
};

QList<AuditEntry> auditOf(Database &db, const QString &uuid)
{
    QList<AuditEntry> result;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT action, entity, coalesce(field, ''), coalesce(old_value, ''), "
        "coalesce(new_value, ''), user_name, source FROM audit_log WHERE entity_uuid = ? ORDER BY id"));
    q.addBindValue(uuid);
    q.exec();
    while (q.next())
        result << AuditEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toString()};
    return result;
}

int rowCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}

Person samplePerson()
{
    Person p;
    p.name = PersonName(QStringLiteral("  Nguyễn   Thị Thu\u00a0Hà "));
    p.sex = Sex::Female;
    p.birthDate = PartialDate::fromDate(QDate(1988, 2, 29));
    p.ethnicity = QStringLiteral("Kinh");
    p.religion = QStringLiteral("Không");
    p.citizenId = CitizenId::parse(QStringLiteral("037188001234"));
    p.education = Education::parse(QStringLiteral("ĐH"));
    p.occupation = QStringLiteral("Giáo viên");
    p.phone = QStringLiteral("0912345678");
    p.notes = QStringLiteral("O'Brien; DROP TABLE person; -- 'quoted' \"text\" 😀");
    return p;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void personRoundTrip()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        PersonRepository people(db);
        Person p = samplePerson();
        SHT_VERIFY_OK(people.insert(p));
        QVERIFY(p.id > 0);
        QCOMPARE(p.uuid.size(), 36);
        QCOMPARE(p.revision, 1);

        const auto loaded = people.find(p.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name.full(), QStringLiteral("Nguyễn Thị Thu Hà"));
        QCOMPARE(loaded->name.given(), QStringLiteral("Hà"));
        QCOMPARE(loaded->sex, Sex::Female);
        QCOMPARE(loaded->birthDate.toString(), QStringLiteral("29/02/1988"));
        QCOMPARE(loaded->citizenId.digits(), QStringLiteral("037188001234"));
        QCOMPARE(loaded->education.level(), Education::Level::University);
        QCOMPARE(loaded->notes, p.notes);
        QCOMPARE(loaded->uuid, p.uuid);
        QCOMPARE(people.findByUuid(p.uuid)->id, p.id);
        QCOMPARE(people.findByCitizenId(QStringLiteral("037188001234")).size(), 1);

        // Partial dates keep their precision.
        Person elder;
        elder.name = PersonName(QStringLiteral("Lê Văn Tư"));
        elder.birthDate = PartialDate::fromYear(1938);
        elder.deathDate = PartialDate::fromYearMonth(2024, 11);
        SHT_VERIFY_OK(people.insert(elder));
        const auto elderLoaded = people.find(elder.id);
        QCOMPARE(elderLoaded->birthDate.precision(), PartialDate::Precision::Year);
        QCOMPARE(elderLoaded->deathDate.toString(), QStringLiteral("11/2024"));
        QCOMPARE(people.count(), 2);
    }

    void insertIsAudited()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        Person p = samplePerson();
        SHT_VERIFY_OK(PersonRepository(db).insert(p));
        const auto audit = auditOf(db, p.uuid);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).action, QStringLiteral("insert"));
        QCOMPARE(audit.at(0).entity, QStringLiteral("person"));
        QCOMPARE(audit.at(0).user, QStringLiteral("tester"));
        QCOMPARE(audit.at(0).source, QStringLiteral("test"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next());
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void updateBumpsRevisionAndAuditsEachChangedField()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        PersonRepository people(db);
        Person p = samplePerson();
        SHT_VERIFY_OK(people.insert(p));
        p.occupation = QStringLiteral("Cán bộ");
        p.education = Education::parse(QStringLiteral("Thạc sĩ"));
        SHT_VERIFY_OK(people.update(p));
        QCOMPARE(people.find(p.id)->revision, 2);
        const auto audit = auditOf(db, p.uuid);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(1).action, QStringLiteral("update"));
        QStringList fields{audit.at(1).field, audit.at(2).field};
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("education"), QStringLiteral("occupation")}));
        for (const AuditEntry &e : audit.mid(1)) {
            if (e.field == QLatin1String("occupation")) {
                QCOMPARE(e.oldValue, QStringLiteral("Giáo viên"));
                QCOMPARE(e.newValue, QStringLiteral("Cán bộ"));
            } else {
                QCOMPARE(e.oldValue, QStringLiteral("ĐH"));
                QCOMPARE(e.newValue, QStringLiteral("Thạc sĩ"));
            }
        }
        // Saving the same values again writes nothing.
        SHT_VERIFY_OK(people.update(p));
        QCOMPARE(people.find(p.id)->revision, 2);
        QCOMPARE(auditOf(db, p.uuid).size(), 3);
    }

    void deleteIsAuditedWithTheOldRecord()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        PersonRepository people(db);
        Person p = samplePerson();
        SHT_VERIFY_OK(people.insert(p));
        SHT_VERIFY_OK(people.remove(p.id));
        QVERIFY(!people.find(p.id));
        const auto audit = auditOf(db, p.uuid);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(1).action, QStringLiteral("delete"));
        const QJsonObject record = QJsonDocument::fromJson(audit.at(1).oldValue.toUtf8()).object();
        QCOMPARE(record.value(QStringLiteral("full_name")).toString(), QStringLiteral("Nguyễn Thị Thu Hà"));
        QCOMPARE(record.value(QStringLiteral("citizen_id")).toString(), QStringLiteral("037188001234"));
        QCOMPARE(record.value(QStringLiteral("notes")).toString(), p.notes);
        QVERIFY(!people.remove(p.id).ok());
    }

    void householdsAndMemberships()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        AdminUnit village;
        village.name = QStringLiteral("Thôn Đông");
        SHT_VERIFY_OK(AdminUnitService(db).createVillage(village));
        HouseholdRepository households(db);
        Household h;
        h.code = QStringLiteral("01.001");
        h.villageId = village.id;
        h.address = QStringLiteral("Xóm 1");
        SHT_VERIFY_OK(households.insert(h, QDate(2015, 1, 1)));
        QCOMPARE(households.findByCode(village.id, QStringLiteral("01.001"))->id, h.id);
        QCOMPARE(households.inVillage(village.id).size(), 1);
        QCOMPARE(households.villageAt(h.id, QDate(2020, 1, 1)), village.id);

        Person head = samplePerson();
        SHT_VERIFY_OK(PersonRepository(db).insert(head));
        Membership m;
        m.personId = head.id;
        m.householdId = h.id;
        m.relation = Relation::Head;
        m.validFrom = QDate(2015, 1, 1);
        SHT_VERIFY_OK(households.insertMembership(m));
        QCOMPARE(households.currentHead(h.id)->personId, head.id);
        QCOMPARE(households.currentMembership(head.id)->relation, Relation::Head);

        // The schema itself refuses a second current household for one person.
        Membership twice = m;
        twice.id = 0;
        twice.uuid.clear();
        twice.relation = Relation::Child;
        QVERIFY(!households.insertMembership(twice).ok());
    }

    void clansUnitsAndLearningCentre()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        AdminUnit village;
        village.name = QStringLiteral("Thôn Đoài");
        SHT_VERIFY_OK(AdminUnitService(db).createVillage(village));
        Household h;
        h.code = QStringLiteral("02.001");
        h.villageId = village.id;
        SHT_VERIFY_OK(HouseholdRepository(db).insert(h));
        Person p = samplePerson();
        SHT_VERIFY_OK(PersonRepository(db).insert(p));

        ClanRepository clans(db);
        Clan clan;
        clan.name = QStringLiteral("Họ Nguyễn Văn");
        clan.headPersonId = p.id;
        SHT_VERIFY_OK(clans.insert(clan));
        SHT_VERIFY_OK(clans.addHousehold(clan.id, h.id));
        QCOMPARE(clans.clanOfHousehold(h.id), clan.id);
        Clan other;
        other.name = QStringLiteral("Họ Trần");
        SHT_VERIFY_OK(clans.insert(other));
        SHT_VERIFY_OK(clans.addHousehold(other.id, h.id)); // moves, never two clans
        QCOMPARE(clans.clanOfHousehold(h.id), other.id);
        QCOMPARE(clans.households(clan.id).size(), 0);

        LocalUnitRepository units(db);
        LocalUnit school;
        school.name = QStringLiteral("Trường Tiểu học Hòa An");
        school.kind = QStringLiteral("primary_school");
        school.instrument = QStringLiteral("tt24");
        SHT_VERIFY_OK(units.insert(school));
        SHT_VERIFY_OK(units.addStaff(school.id, p.id, QStringLiteral("Giáo viên"), QDate(2018, 9, 1)));
        QCOMPARE(units.staff(school.id), QList<qint64>{p.id});
        QCOMPARE(units.all().size(), 1);

        LearningCentreRepository centres(db);
        LearningCentre centre;
        centre.name = QStringLiteral("TTHTCĐ xã Thử Nghiệm");
        SHT_VERIFY_OK(centres.insertCentre(centre));
        Course course;
        course.centreId = centre.id;
        course.title = QStringLiteral("Kỹ năng số");
        course.startDate = QDate(2025, 3, 1);
        course.hours = 6;
        SHT_VERIFY_OK(centres.insertCourse(course));
        CourseSession session;
        session.courseId = course.id;
        session.heldOn = QDate(2025, 3, 1);
        session.hours = 3;
        SHT_VERIFY_OK(centres.insertSession(session));
        SHT_VERIFY_OK(centres.addAttendance(session.id, p.id));
        QVERIFY(!centres.addAttendance(session.id, p.id).ok()); // once per session
        QCOMPARE(centres.attendees(session.id), QList<qint64>{p.id});
        QCOMPARE(centres.courses(centre.id).constFirst().title, QStringLiteral("Kỹ năng số"));
        QCOMPARE(centres.sessions(course.id).size(), 1);
        QCOMPARE(centres.centre()->name, centre.name);
    }

    // Removing a person touches what refers to them; each of those rows is audited, none changes silently.
    void removingAPersonAuditsEveryRowItTouches()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        AdminUnit village;
        village.name = QStringLiteral("Thôn Đoài");
        SHT_VERIFY_OK(AdminUnitService(db).createVillage(village));
        Household h;
        h.code = QStringLiteral("02.001");
        h.villageId = village.id;
        SHT_VERIFY_OK(HouseholdRepository(db).insert(h));
        Person p = samplePerson();
        SHT_VERIFY_OK(PersonRepository(db).insert(p));
        Membership m;
        m.personId = p.id;
        m.householdId = h.id;
        m.relation = Relation::Head;
        SHT_VERIFY_OK(HouseholdRepository(db).insertMembership(m));
        Clan clan;
        clan.name = QStringLiteral("Họ Nguyễn");
        clan.headPersonId = p.id;
        SHT_VERIFY_OK(ClanRepository(db).insert(clan));
        SHT_VERIFY_OK(ClanRepository(db).addHousehold(clan.id, h.id));
        LocalUnit school;
        school.name = QStringLiteral("Trường Tiểu học");
        school.kind = QStringLiteral("primary_school");
        SHT_VERIFY_OK(LocalUnitRepository(db).insert(school));
        SHT_VERIFY_OK(LocalUnitRepository(db).addStaff(school.id, p.id, QString(), QDate(2018, 9, 1)));
        LearningCentreRepository centres(db);
        LearningCentre centre;
        centre.name = QStringLiteral("TTHTCĐ");
        centre.directorPersonId = p.id;
        SHT_VERIFY_OK(centres.insertCentre(centre));
        Course course;
        course.centreId = centre.id;
        course.title = QStringLiteral("Kỹ năng số");
        SHT_VERIFY_OK(centres.insertCourse(course));
        for (int day = 1; day <= 3; ++day) {
            CourseSession session;
            session.courseId = course.id;
            session.heldOn = QDate(2025, 3, day);
            SHT_VERIFY_OK(centres.insertSession(session));
            SHT_VERIFY_OK(centres.addAttendance(session.id, p.id));
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && q.next());
        const qint64 lastAudit = q.value(0).toLongLong();

        SHT_VERIFY_OK(PersonRepository(db).remove(p.id));

        QVERIFY(
            q.exec(QStringLiteral("SELECT action || ' ' || entity || coalesce(' ' || field, ''), count(*) "
                                  "FROM audit_log WHERE id > %1 GROUP BY 1 ORDER BY 1")
                       .arg(lastAudit)));
        QStringList entries;
        while (q.next())
            entries << q.value(0).toString() + QStringLiteral(" ×") + q.value(1).toString();
        QCOMPARE(
            entries,
            (QStringList{QStringLiteral("delete attendance ×3"), QStringLiteral("delete local_unit_staff ×1"),
                         QStringLiteral("delete membership ×1"), QStringLiteral("delete person ×1"),
                         QStringLiteral("update clan head_person_id ×1"),
                         QStringLiteral("update learning_centre director_person_id ×1")}));
        QCOMPARE(rowCount(db, QStringLiteral("attendance")), 0);
        QCOMPARE(ClanRepository(db).find(clan.id)->headPersonId, 0);
        QCOMPARE(ClanRepository(db).find(clan.id)->revision, 2);

        // Deleting the household takes its clan membership with it, audited too.
        SHT_VERIFY_OK(HouseholdRepository(db).remove(h.id));
        QVERIFY(
            q.exec(QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity = 'clan_household'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        PersonRepository people(db);
        {
            Transaction outer(db);
            Person a;
            a.name = PersonName(QStringLiteral("Phạm Văn An"));
            SHT_VERIFY_OK(people.insert(a));
            {
                Transaction inner(db);
                Person b;
                b.name = PersonName(QStringLiteral("Phạm Thị Bình"));
                SHT_VERIFY_OK(people.insert(b));
                // inner goes out of scope without commit: rolled back
            }
            SHT_VERIFY_OK(outer.commit());
        }
        QCOMPARE(people.count(), 1);
        {
            Transaction abandoned(db);
            Person c;
            c.name = PersonName(QStringLiteral("Phạm Văn Cường"));
            SHT_VERIFY_OK(people.insert(c));
        }
        QCOMPARE(people.count(), 1);
        QCOMPARE(rowCount(db, QStringLiteral("audit_log")) - rowCount(db, QStringLiteral("admin_unit")) -
                     rowCount(db, QStringLiteral("admin_unit_name")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
