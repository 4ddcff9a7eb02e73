// The local units register in core: the criteria rule (which instrument judges which unit), every rule of
// LocalUnitService, that a refused change leaves nothing behind, and that undo/redo through
// LocalUnitCommands restore the exact rows.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "LocalUnitCommands.h"
#include "LocalUnitKind.h"
#include "LocalUnitRepository.h"
#include "LocalUnitService.h"
#include "PersonRepository.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace sht;

namespace {

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

// What a refused change must leave as it was: the rows, their revisions and the audit log.
QList<int> snapshot(Database &db)
{
    return {scalar(db, QStringLiteral("SELECT count(*) FROM local_unit")),
            scalar(db, QStringLiteral("SELECT count(*) FROM local_unit_staff")),
            scalar(db, QStringLiteral("SELECT coalesce(sum(revision), 0) FROM local_unit")),
            scalar(db, QStringLiteral("SELECT coalesce(sum(revision), 0) FROM local_unit_staff")),
            scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"))};
}

LocalUnit unitNamed(const QString &name, const QString &kind = QStringLiteral("primary_school"),
                    const QString &level = QStringLiteral("commune"))
{
    LocalUnit unit;
    unit.name = name;
    unit.kind = kind;
    unit.managingLevel = level;
    unit.staffCount = 12;
    return unit;
}

struct Fixture
{
    Fixture()
        : db(temp.create())
        , edits(db, stack, notifier)
        , commands(edits)
    {
        village.name = QStringLiteral("Thôn Đông");
        village.validFrom = QDate(2000, 1, 1);
        AdminUnitService(db).createVillage(village);
        teacher = addPerson(QStringLiteral("Nguyễn Thị Hà"));
        nurse = addPerson(QStringLiteral("Trần Văn Bình"));
    }

    qint64 addPerson(const QString &name)
    {
        Person p;
        p.name = PersonName(name);
        p.sex = Sex::Female;
        p.birthDate = PartialDate::fromYear(1980);
        const Status s = PersonRepository(db).insert(p);
        if (!s)
            qFatal("%s", qPrintable(s.message()));
        return p.id;
    }

    qint64 school()
    {
        LocalUnit unit = unitNamed(QStringLiteral("Trường Tiểu học Hòa An"));
        unit.villageId = village.id;
        const Status s = LocalUnitService(db).createUnit(unit);
        if (!s)
            qFatal("%s", qPrintable(s.message()));
        return unit.id;
    }

    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    LocalUnitCommands commands;
    AdminUnit village;
    qint64 teacher = 0;
    qint64 nurse = 0;
};

} // namespace

class TestLocalUnits : public QObject
{
    Q_OBJECT

private slots:
    void instrumentRule_data()
    {
        QTest::addColumn<LocalUnitKind>("kind");
        QTest::addColumn<ManagingLevel>("level");
        QTest::addColumn<CriteriaInstrument>("expected");
        using K = LocalUnitKind;
        using L = ManagingLevel;
        const auto tt24 = CriteriaInstrument::Tt24;
        const auto assoc = CriteriaInstrument::Association;
        QTest::newRow("people's committee") << K::PeopleCommittee << L::Commune << tt24;
        QTest::newRow("preschool") << K::Preschool << L::Commune << tt24;
        QTest::newRow("primary school") << K::PrimarySchool << L::Commune << tt24;
        QTest::newRow("lower secondary, district") << K::LowerSecondarySchool << L::District << tt24;
        QTest::newRow("health station, commune") << K::HealthStation << L::Commune << assoc;
        QTest::newRow("health station, district") << K::HealthStation << L::District << tt24;
        QTest::newRow("enterprise, commune") << K::Enterprise << L::Commune << assoc;
        QTest::newRow("cooperative, commune") << K::Cooperative << L::Commune << assoc;
        QTest::newRow("agency, province") << K::Agency << L::Province << tt24;
        QTest::newRow("other, commune") << K::Other << L::Commune << assoc;
    }
    void instrumentRule()
    {
        QFETCH(LocalUnitKind, kind);
        QFETCH(ManagingLevel, level);
        QFETCH(CriteriaInstrument, expected);
        QCOMPARE(criteriaInstrumentFor(kind, level), expected);
        // The explanation names the instrument the rule chose.
        const QString explanation = criteriaExplanation(kind, level);
        QCOMPARE(explanation.contains(QStringLiteral("TT 24/2023")), expected == CriteriaInstrument::Tt24);
        QCOMPARE(explanation.contains(QStringLiteral("448")), expected == CriteriaInstrument::Association);
    }

    void storageCodesRoundTripAndKeepTheDemoCodes()
    {
        for (const LocalUnitKind kind : localUnitKinds())
            QCOMPARE(localUnitKindFromStorage(localUnitKindToStorage(kind)), kind);
        for (const ManagingLevel level : managingLevels())
            QCOMPARE(managingLevelFromStorage(managingLevelToStorage(level)), level);
        // The codes the demo generator and older files wrote.
        for (const char *code : {"people_committee", "preschool", "primary_school", "lower_secondary_school",
                                 "health_station", "cooperative", "enterprise", "agency", "other"})
            QVERIFY2(localUnitKindFromStorage(QLatin1String(code)), code);
        QCOMPARE(criteriaInstrumentToStorage(CriteriaInstrument::Tt24), QStringLiteral("tt24"));
        QCOMPARE(criteriaInstrumentToStorage(CriteriaInstrument::Association), QStringLiteral("448d"));
        QVERIFY(!localUnitKindFromStorage(QStringLiteral("school")));
        QCOMPARE(localUnitKindLabel(QStringLiteral("school")), QStringLiteral("school"));
    }

    void createDerivesTheInstrumentAndNormalisesTheName()
    {
        Fixture f;
        LocalUnit unit =
            unitNamed(QStringLiteral("  Hợp tác xã\u00a0 Nông nghiệp  "), QStringLiteral("cooperative"));
        unit.instrument = QStringLiteral("tt24"); // whatever the caller says, the rule decides
        SHT_VERIFY_OK(LocalUnitService(f.db).createUnit(unit));
        const auto stored = LocalUnitRepository(f.db).find(unit.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Hợp tác xã Nông nghiệp"));
        QCOMPARE(stored->instrument, QStringLiteral("448d"));
        QCOMPARE(stored->staffCount, 12);

        unit.managingLevel = QStringLiteral("district");
        SHT_VERIFY_OK(LocalUnitService(f.db).updateUnit(unit));
        QCOMPARE(LocalUnitRepository(f.db).find(unit.id)->instrument, QStringLiteral("tt24"));
        QCOMPARE(LocalUnitRepository(f.db).find(unit.id)->revision, 2);
    }

    void refusedUnitsLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("staff");
        QTest::addColumn<bool>("badVillage");
        QTest::addColumn<QString>("message");
        const QString school = QStringLiteral("primary_school");
        const QString commune = QStringLiteral("commune");
        QTest::newRow("no name") << QStringLiteral("  ") << school << commune << 3 << false
                                 << QStringLiteral("Enter the unit's name");
        QTest::newRow("same name, other accents and case")
            << QStringLiteral("TRUONG TIEU HOC HOA AN") << school << commune << 3 << false
            << QStringLiteral("already a unit named");
        QTest::newRow("same name, NFD") << test::nfd(QStringLiteral("Trường Tiểu học Hòa An")) << school
                                        << commune << 3 << false << QStringLiteral("already a unit named");
        QTest::newRow("unknown kind") << QStringLiteral("Trường X") << QStringLiteral("school") << commune
                                      << 3 << false << QStringLiteral("kind of unit");
        QTest::newRow("unknown level") << QStringLiteral("Trường X") << school << QStringLiteral("national")
                                       << 3 << false << QStringLiteral("which level");
        QTest::newRow("negative staff") << QStringLiteral("Trường X") << school << commune << -1 << false
                                        << QStringLiteral("cannot be negative");
        QTest::newRow("no such village") << QStringLiteral("Trường X") << school << commune << 3 << true
                                         << QStringLiteral("village no longer exists");
    }
    void refusedUnitsLeaveNothingBehind()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, level);
        QFETCH(int, staff);
        QFETCH(bool, badVillage);
        QFETCH(QString, message);
        Fixture f;
        f.school();
        const QList<int> before = snapshot(f.db);
        LocalUnit unit = unitNamed(name, kind, level);
        unit.staffCount = staff;
        unit.villageId = badVillage ? 9999 : 0;
        const Status created = LocalUnitService(f.db).createUnit(unit);
        QVERIFY(!created.ok());
        QVERIFY2(created.message().contains(message), qPrintable(created.message()));
        QCOMPARE(snapshot(f.db), before);
        // Through the command: refused, nothing on the undo stack.
        QVERIFY(!f.commands.createUnit(unit).ok());
        QCOMPARE(f.stack.count(), 0);
        QCOMPARE(snapshot(f.db), before);
    }

    void renamingKeepsItsOwnNameAndRefusesAnother()
    {
        Fixture f;
        const qint64 school = f.school();
        LocalUnit other = unitNamed(QStringLiteral("Trạm Y tế"), QStringLiteral("health_station"));
        SHT_VERIFY_OK(LocalUnitService(f.db).createUnit(other));
        LocalUnit same = *LocalUnitRepository(f.db).find(school);
        same.staffCount = 40; // its own name is no clash
        SHT_VERIFY_OK(LocalUnitService(f.db).updateUnit(same));
        other.name = QStringLiteral("trường tiểu học hoà an");
        const QList<int> before = snapshot(f.db);
        QVERIFY(!LocalUnitService(f.db).updateUnit(other).ok());
        QCOMPARE(snapshot(f.db), before);
        LocalUnit gone = unitNamed(QStringLiteral("Gone")); // id 0: never saved
        QVERIFY(!LocalUnitService(f.db).updateUnit(gone).ok());
    }

    void staffRules()
    {
        Fixture f;
        const qint64 school = f.school();
        LocalUnitService service(f.db);
        qint64 staffId = 0;
        SHT_VERIFY_OK(service.addStaff(school, f.teacher, QStringLiteral(" Hiệu trưởng "), QDate(2019, 9, 1),
                                       &staffId));
        QVERIFY(staffId > 0);
        auto row = LocalUnitRepository(f.db).findStaff(staffId);
        QVERIFY(row);
        QCOMPARE(row->role, QStringLiteral("Hiệu trưởng"));
        QCOMPARE(row->personName, QStringLiteral("Nguyễn Thị Hà"));
        QVERIFY(row->isCurrent());

        const QList<int> before = snapshot(f.db);
        // Already on the current staff: refused, and said so.
        Status s = service.addStaff(school, f.teacher, QStringLiteral("Giáo viên"), QDate(2020, 1, 1));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("already on the staff")), qPrintable(s.message()));
        // No such person, no such unit, no start date.
        QVERIFY(!service.addStaff(school, 99999, QString(), QDate(2020, 1, 1)).ok());
        QVERIFY(!service.addStaff(99999, f.nurse, QString(), QDate(2020, 1, 1)).ok());
        QVERIFY(!service.addStaff(school, f.nurse, QString(), QDate()).ok());
        QCOMPARE(snapshot(f.db), before);
        // A dead person.
        Person dead = *PersonRepository(f.db).find(f.nurse);
        dead.deathDate = PartialDate::fromYear(2021);
        SHT_VERIFY_OK(PersonRepository(f.db).update(dead));
        const QList<int> withDeath = snapshot(f.db);
        s = service.addStaff(school, f.nurse, QString(), QDate(2020, 1, 1));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("has died")), qPrintable(s.message()));
        QCOMPARE(snapshot(f.db), withDeath);

        // Leaving before starting is refused; on the start day or after is kept with its date.
        const QList<int> beforeEnd = snapshot(f.db);
        s = service.endStaff(staffId, QDate(2019, 8, 31));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("before they started")), qPrintable(s.message()));
        QVERIFY(!service.endStaff(staffId, QDate()).ok());
        QCOMPARE(snapshot(f.db), beforeEnd);
        SHT_VERIFY_OK(service.endStaff(staffId, QDate(2019, 9, 1)));
        row = LocalUnitRepository(f.db).findStaff(staffId);
        QCOMPARE(row->validTo, QDate(2019, 9, 1));
        QVERIFY(!service.endStaff(staffId, QDate(2020, 1, 1)).ok()); // already left
        QVERIFY(LocalUnitRepository(f.db).staff(school).isEmpty());

        // A former member may come back: a new row, the old one kept.
        SHT_VERIFY_OK(service.addStaff(school, f.teacher, QStringLiteral("Giáo viên"), QDate(2022, 9, 1)));
        QCOMPARE(LocalUnitRepository(f.db).staffRows(school).size(), 2);
        QCOMPARE(LocalUnitRepository(f.db).staffRows(school).constFirst().role, QStringLiteral("Giáo viên"));

        SHT_VERIFY_OK(service.removeStaff(staffId));
        QVERIFY(!LocalUnitRepository(f.db).findStaff(staffId));
        QVERIFY(!service.removeStaff(staffId).ok());
    }

    void summariesCountCurrentStaffInOneQuery()
    {
        Fixture f;
        const qint64 school = f.school();
        LocalUnit empty = unitNamed(QStringLiteral("Bưu điện"), QStringLiteral("agency"));
        SHT_VERIFY_OK(LocalUnitService(f.db).createUnit(empty));
        qint64 former = 0;
        SHT_VERIFY_OK(
            LocalUnitService(f.db).addStaff(school, f.teacher, QString(), QDate(2019, 1, 1), &former));
        SHT_VERIFY_OK(LocalUnitService(f.db).endStaff(former, QDate(2020, 1, 1)));
        SHT_VERIFY_OK(LocalUnitService(f.db).addStaff(school, f.nurse, QString(), QDate(2019, 1, 1)));
        Status status = Status::failure(QStringLiteral("not set"));
        const auto summaries = LocalUnitRepository(f.db).summaries(&status);
        SHT_VERIFY_OK(status);
        QCOMPARE(summaries.size(), 2);
        for (const auto &s : summaries) {
            if (s.unit.id == school) {
                QCOMPARE(s.currentStaff, 1);
                QCOMPARE(s.staffRows, 2);
                QCOMPARE(s.villageName, QStringLiteral("Thôn Đông"));
            } else {
                QCOMPARE(s.currentStaff, 0);
                QCOMPARE(s.staffRows, 0);
                QCOMPARE(s.villageName, QString());
            }
        }
    }

    void deleteAuditsEveryStaffRowThenTheUnit()
    {
        Fixture f;
        const qint64 school = f.school();
        const QString uuid = LocalUnitRepository(f.db).find(school)->uuid;
        SHT_VERIFY_OK(LocalUnitService(f.db).addStaff(school, f.teacher, QString(), QDate(2019, 1, 1)));
        SHT_VERIFY_OK(LocalUnitService(f.db).addStaff(school, f.nurse, QString(), QDate(2019, 1, 1)));
        SHT_VERIFY_OK(LocalUnitService(f.db).removeUnit(school));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT count(*) FROM local_unit_staff")), 0);
        QVERIFY(!LocalUnitRepository(f.db).find(school));
        QCOMPARE(scalar(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                             "entity = 'local_unit_staff'")),
                 2);
        QSqlQuery q(f.db.connection());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity_uuid = ?"));
        q.addBindValue(uuid);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!LocalUnitService(f.db).removeUnit(school).ok());
    }

    void deleteFailingHalfWayLeavesEverything()
    {
        Fixture f;
        const qint64 school = f.school();
        SHT_VERIFY_OK(LocalUnitService(f.db).addStaff(school, f.teacher, QString(), QDate(2019, 1, 1)));
        SHT_VERIFY_OK(LocalUnitService(f.db).addStaff(school, f.nurse, QString(), QDate(2019, 1, 1)));
        // The unit's own delete fails after its staff rows are gone: the transaction must put them back.
        QSqlQuery trigger(f.db.connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER no_unit_delete BEFORE DELETE ON local_unit BEGIN "
                                            "SELECT RAISE(ABORT, 'refused by the test'); END")));
        const QList<int> before = snapshot(f.db);
        const QStringList rows = test::databaseState(f.db);
        QVERIFY(!LocalUnitService(f.db).removeUnit(school).ok());
        QCOMPARE(snapshot(f.db), before);
        QCOMPARE(test::databaseState(f.db), rows);
    }

    void undoRedoRestoreTheExactRows()
    {
        Fixture f;
        QSignalSpy changed(&f.notifier, &ChangeNotifier::changed);
        const QStringList empty = test::databaseState(f.db);
        LocalUnit unit = unitNamed(QStringLiteral("Trường Mầm non Hòa An"), QStringLiteral("preschool"));
        unit.villageId = f.village.id;
        SHT_VERIFY_OK(f.commands.createUnit(unit));
        QCOMPARE(f.stack.text(0), QStringLiteral("New unit Trường Mầm non Hòa An"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<QSet<QString>>().contains(QStringLiteral("local_unit")));
        const QStringList created = test::databaseState(f.db);

        qint64 staffId = 0;
        SHT_VERIFY_OK(f.commands.addStaff(unit.id, f.teacher, QStringLiteral("Hiệu trưởng"),
                                          QDate(2018, 9, 1), &staffId));
        QCOMPARE(f.stack.text(1), QStringLiteral("Add Nguyễn Thị Hà to the staff of Trường Mầm non Hòa An"));
        const QStringList staffed = test::databaseState(f.db);
        SHT_VERIFY_OK(f.commands.endStaff(staffId, QDate(2024, 6, 30)));
        const QStringList ended = test::databaseState(f.db);
        unit.staffCount = 31;
        unit.managingLevel = QStringLiteral("province");
        SHT_VERIFY_OK(f.commands.updateUnit(unit));
        const QStringList edited = test::databaseState(f.db);
        SHT_VERIFY_OK(f.commands.removeStaff(staffId));
        const QStringList removedStaff = test::databaseState(f.db);
        SHT_VERIFY_OK(f.commands.addStaff(unit.id, f.nurse, QString(), QDate(2020, 1, 1)));
        const QStringList restaffed = test::databaseState(f.db);
        SHT_VERIFY_OK(f.commands.removeUnit(unit.id));
        QCOMPARE(f.stack.count(), 7);
        QCOMPARE(test::databaseState(f.db), empty);

        const QList<QStringList> states{empty,  created,      staffed,   ended,
                                        edited, removedStaff, restaffed, empty};
        for (int i = states.size() - 1; i > 0; --i) {
            changed.clear();
            f.stack.undo();
            QCOMPARE(changed.size(), 1); // every undo tells the views
            QCOMPARE(test::databaseState(f.db), states.at(i - 1));
        }
        for (int i = 1; i < states.size(); ++i) {
            f.stack.redo();
            QCOMPARE(test::databaseState(f.db), states.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalUnits)
#include "tst_local_units.moc"
