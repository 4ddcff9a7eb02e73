// Scenario tests of the volunteer package round trip: export, edits on both sides through the services,
// plan (changes, conflicts, refusals) and apply (resolutions, idempotence, undo as one step).
#include "ChangeNotifier.h"
#include "ClanRepository.h"
#include "ClanService.h"
#include "EditCommands.h"
#include "ExchangeTestSupport.h"
#include "LearningCentreService.h"
#include "MergeCommands.h"

#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>

#include <algorithm>

using namespace sht;
using namespace sht::exchange;

namespace {

struct Fixture
{
    test::TempCommune temp;
    QString clerkPath;
    std::unique_ptr<Database> clerk;
    QStringList villages;

    Fixture()
    {
        clerkPath = temp.demo(300, 7);
        clerk = test::openFile(clerkPath);
        villages = test::villageUuids(*clerk);
    }
    QString packagePath(const QString &name) const { return temp.path(name); }

    // Exports villages to a package and opens it as the volunteer would.
    std::unique_ptr<Database> exportAndOpen(const QStringList &scope, const QString &name)
    {
        const Status s = test::exportPackage(*clerk, scope, packagePath(name));
        if (!s)
            qWarning("%s", qPrintable(s.message()));
        return test::openFile(packagePath(name));
    }
    Status plan(const QString &name, MergePlan &plan)
    {
        return PackageMerger(*clerk).plan(packagePath(name), plan);
    }
    Status merge(const QString &name, Resolution resolution = Resolution::TakeTheirs)
    {
        MergePlan p;
        if (Status s = plan(name, p); !s)
            return s;
        test::decideAll(p, resolution);
        return PackageMerger(*clerk).apply(p);
    }
};

Person newPerson(const QString &name, int year)
{
    Person p;
    p.name = PersonName(name);
    p.sex = Sex::Male;
    p.birthDate = PartialDate::fromYear(year);
    return p;
}

qint64 householdOf(Database &db, const QString &personUuid)
{
    const Person p = test::personByUuid(db, personUuid);
    const auto m = HouseholdRepository(db).currentMembership(p.id);
    return m ? m->householdId : 0;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void volunteersOfDifferentVillages();
    void overlappingEditsOfOnePerson_data();
    void overlappingEditsOfOnePerson();
    void deleteVersusEdit_data();
    void deleteVersusEdit();
    void sameNewPersonTwice_data();
    void sameNewPersonTwice();
    void attendanceOnBothSides();
    void mergingTwiceChangesNothing();
    void clerkEditsWhilePackageIsOut();
    void refusals_data();
    void refusals();
    void undoRestoresTheFile();
    void auditNamesThePackage();
    void rowsUnderDeletedRows_data();
    void rowsUnderDeletedRows();
    void cancelledApplyChangesNothing();
    void movesOnBothSides_data();
    void movesOnBothSides();
    void coursesAndSessionsMerge();
    void courseEditedOnBothSides();
    void contextChangesAreNoticed();
    void referencesAreNamed();
};

void TestMerge::volunteersOfDifferentVillages()
{
    Fixture f;
    QVERIFY(f.villages.size() >= 2);
    auto a = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("a.sht"));
    auto b = f.exportAndOpen({f.villages.at(1)}, QStringLiteral("b.sht"));
    const QString pa = test::plainMembers(*a, f.villages.at(0)).first();
    const QString pb = test::plainMembers(*b, f.villages.at(1)).first();
    SHT_VERIFY_OK(test::editPerson(*a, pa, [](Person &p) { p.occupation = QStringLiteral("Thợ may"); }));
    SHT_VERIFY_OK(test::editPerson(*b, pb, [](Person &p) { p.phone = QStringLiteral("0912345678"); }));
    a.reset();
    b.reset();

    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("a.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 0);
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().kind, ChangeKind::Changed);
    QCOMPARE(plan.changes.first().fields.first().field, QStringLiteral("occupation"));
    QCOMPARE(plan.villages.size(), 1);
    QCOMPARE(plan.villages.first().changed, 1);
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    SHT_VERIFY_OK(f.merge(QStringLiteral("b.sht")));
    QCOMPARE(test::personByUuid(*f.clerk, pa).occupation, QStringLiteral("Thợ may"));
    QCOMPARE(test::personByUuid(*f.clerk, pb).phone, QStringLiteral("0912345678"));
}

void TestMerge::overlappingEditsOfOnePerson_data()
{
    QTest::addColumn<QString>("clerkPhone");
    QTest::addColumn<QString>("volunteerPhone");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<QString>("expectedPhone");
    QTest::newRow("different fields merge")
        << QString() << QString() << int(Resolution::TakeTheirs) << 0 << QString();
    QTest::newRow("same value is no conflict") << QStringLiteral("0901") << QStringLiteral("0901")
                                               << int(Resolution::TakeTheirs) << 0 << QStringLiteral("0901");
    QTest::newRow("same field: take theirs") << QStringLiteral("0901") << QStringLiteral("0902")
                                             << int(Resolution::TakeTheirs) << 1 << QStringLiteral("0902");
    QTest::newRow("same field: keep ours") << QStringLiteral("0901") << QStringLiteral("0902")
                                           << int(Resolution::KeepOurs) << 1 << QStringLiteral("0901");
}

void TestMerge::overlappingEditsOfOnePerson()
{
    QFETCH(QString, clerkPhone);
    QFETCH(QString, volunteerPhone);
    QFETCH(int, resolution);
    QFETCH(int, conflicts);
    QFETCH(QString, expectedPhone);
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("p.sht"));
    const QString uuid = test::plainMembers(*pkg, f.villages.at(0)).first();
    // The clerk changes the notes, the volunteer the occupation: both survive.
    SHT_VERIFY_OK(test::editPerson(*f.clerk, uuid, [&](Person &p) {
        p.notes = QStringLiteral("ghi chú của xã");
        if (!clerkPhone.isEmpty())
            p.phone = clerkPhone;
    }));
    SHT_VERIFY_OK(test::editPerson(*pkg, uuid, [&](Person &p) {
        p.occupation = QStringLiteral("Làm ruộng");
        if (!volunteerPhone.isEmpty())
            p.phone = volunteerPhone;
    }));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("p.sht"), plan));
    QCOMPARE(plan.conflicts.size(), conflicts);
    if (conflicts) {
        const Conflict &c = plan.conflicts.first();
        QCOMPARE(c.kind, ConflictKind::SameField);
        QCOMPARE(c.uuid, uuid);
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields.first().field, QStringLiteral("phone"));
        QCOMPARE(c.fields.first().ours.toString(), clerkPhone);
        QCOMPARE(c.fields.first().theirs.toString(), volunteerPhone);
        QCOMPARE(plan.undecidedCount(), 1);
        QVERIFY(!PackageMerger(*f.clerk).apply(plan)); // undecided: refused
    }
    test::decideAll(plan, Resolution(resolution));
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    const Person p = test::personByUuid(*f.clerk, uuid);
    QCOMPARE(p.occupation, QStringLiteral("Làm ruộng"));
    QCOMPARE(p.notes, QStringLiteral("ghi chú của xã"));
    if (!expectedPhone.isEmpty())
        QCOMPARE(p.phone, expectedPhone);
}

void TestMerge::deleteVersusEdit_data()
{
    QTest::addColumn<bool>("clerkDeletes");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<bool>("personRemains");
    QTest::newRow("deleted here, edited there: keep ours") << true << int(Resolution::KeepOurs) << false;
    QTest::newRow("deleted here, edited there: take theirs") << true << int(Resolution::TakeTheirs) << true;
    QTest::newRow("edited here, deleted there: keep ours") << false << int(Resolution::KeepOurs) << true;
    QTest::newRow("edited here, deleted there: take theirs") << false << int(Resolution::TakeTheirs) << false;
}

void TestMerge::deleteVersusEdit()
{
    QFETCH(bool, clerkDeletes);
    QFETCH(int, resolution);
    QFETCH(bool, personRemains);
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("d.sht"));
    const QString uuid = test::plainMembers(*pkg, f.villages.at(0)).first();
    Database &deleter = clerkDeletes ? *f.clerk : *pkg;
    Database &editor = clerkDeletes ? *pkg : *f.clerk;
    SHT_VERIFY_OK(PersonService(deleter).removePerson(test::personByUuid(deleter, uuid).id));
    SHT_VERIFY_OK(
        test::editPerson(editor, uuid, [](Person &p) { p.occupation = QStringLiteral("Giáo viên"); }));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("d.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().kind,
             clerkDeletes ? ConflictKind::DeletedHereEditedThere : ConflictKind::EditedHereDeletedThere);
    QCOMPARE(plan.conflicts.first().uuid, uuid);
    test::decideAll(plan, Resolution(resolution));
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    const Person p = test::personByUuid(*f.clerk, uuid);
    QCOMPARE(p.id != 0, personRemains);
    if (personRemains)
        QCOMPARE(p.occupation, QStringLiteral("Giáo viên"));
    // Keeping the clerk's person keeps their household too (the package's deletion of the membership, no
    // conflict on its own, does not apply); taking the package's deletion leaves no membership behind.
    if (!clerkDeletes)
        QCOMPARE(test::currentHouseholdUuid(*f.clerk, uuid).isEmpty(), !personRemains);
}

void TestMerge::sameNewPersonTwice_data()
{
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("keep ours") << int(Resolution::KeepOurs) << 1;
    QTest::newRow("take theirs") << int(Resolution::TakeTheirs) << 1;
    QTest::newRow("keep both") << int(Resolution::KeepBoth) << 2;
}

void TestMerge::sameNewPersonTwice()
{
    QFETCH(int, resolution);
    QFETCH(int, expectedCount);
    Fixture f;
    // Two volunteers of one village enter the same newborn into the same household.
    auto one = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("one.sht"));
    auto two = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("two.sht"));
    const QString member = test::plainMembers(*one, f.villages.at(0)).first();
    for (Database *pkg : {one.get(), two.get()}) {
        Person baby = newPerson(QStringLiteral("Trần Văn Mới"), 2025);
        if (pkg == two.get())
            baby.phone = QStringLiteral("0987");
        SHT_VERIFY_OK(HouseholdService(*pkg).addMember(householdOf(*pkg, member), baby, Relation::Grandchild,
                                                       ResidenceStatus::Permanent, QDate(2025, 3, 1)));
    }
    one.reset();
    two.reset();
    SHT_VERIFY_OK(f.merge(QStringLiteral("one.sht")));
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("two.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().kind, ConflictKind::SameNewPerson);
    QVERIFY(!plan.conflicts.first().otherUuid.isEmpty());
    test::decideAll(plan, Resolution(resolution));
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    const QString count =
        test::scalar(*f.clerk, QStringLiteral("SELECT count(*) FROM person WHERE full_name = ?"),
                     {QStringLiteral("Trần Văn Mới")});
    QCOMPARE(count.toInt(), expectedCount);
    const QString phones = test::column(*f.clerk,
                                        QStringLiteral("SELECT phone FROM person WHERE full_name = ? "
                                                       "ORDER BY id"),
                                        {QStringLiteral("Trần Văn Mới")})
                               .join(QLatin1Char(','));
    if (Resolution(resolution) == Resolution::TakeTheirs)
        QCOMPARE(phones, QStringLiteral("0987"));
    if (Resolution(resolution) == Resolution::KeepOurs)
        QCOMPARE(phones, QString());
    // Nobody ended up with two current households.
    QCOMPARE(
        test::scalar(*f.clerk, QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM membership WHERE "
                                              "valid_to IS NULL GROUP BY person_id HAVING count(*) > 1)")),
        QStringLiteral("0"));
}

void TestMerge::attendanceOnBothSides()
{
    Fixture f;
    const QString session =
        test::scalar(*f.clerk, QStringLiteral("SELECT uuid FROM course_session ORDER BY id LIMIT 1"));
    QVERIFY(!session.isEmpty());
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("att.sht"));
    const QStringList members = test::plainMembers(*pkg, f.villages.at(0));
    QVERIFY(members.size() >= 2);
    const auto sessionId = [&](Database &db) {
        return test::scalar(db, QStringLiteral("SELECT id FROM course_session WHERE uuid = ?"), {session})
            .toLongLong();
    };
    const auto present = [&](Database &db, const QString &person) {
        return test::scalar(
                   db,
                   QStringLiteral("SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id "
                                  "JOIN course_session s ON s.id = a.session_id WHERE p.uuid = ? AND "
                                  "s.uuid = ?"),
                   {person, session})
            .toInt();
    };
    for (const QString &person : members.mid(0, 2))
        if (!present(*f.clerk, person)) {
            SHT_VERIFY_OK(LearningCentreService(*pkg).markPresent(sessionId(*pkg),
                                                                  test::personByUuid(*pkg, person).id));
        }
    // The clerk marks the first one too, from the paper list.
    if (!present(*f.clerk, members.first()))
        SHT_VERIFY_OK(LearningCentreService(*f.clerk).markPresent(
            sessionId(*f.clerk), test::personByUuid(*f.clerk, members.first()).id));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("att.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 0);
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    QCOMPARE(present(*f.clerk, members.at(0)), 1);
    QCOMPARE(present(*f.clerk, members.at(1)), 1);
}

void TestMerge::mergingTwiceChangesNothing()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("t.sht"));
    const QString member = test::plainMembers(*pkg, f.villages.at(0)).first();
    SHT_VERIFY_OK(
        test::editPerson(*pkg, member, [](Person &p) { p.occupation = QStringLiteral("Buôn bán"); }));
    Person baby = newPerson(QStringLiteral("Lê Thị Hai Lần"), 2024);
    SHT_VERIFY_OK(HouseholdService(*pkg).addMember(householdOf(*pkg, member), baby, Relation::Grandchild,
                                                   ResidenceStatus::Permanent, QDate(2024, 5, 1)));
    pkg.reset();
    SHT_VERIFY_OK(f.merge(QStringLiteral("t.sht")));
    const QStringList once = test::databaseState(*f.clerk);
    MergePlan again;
    SHT_VERIFY_OK(f.plan(QStringLiteral("t.sht"), again));
    QVERIFY(again.alreadyMerged);
    QVERIFY(again.isEmpty());
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(again));
    QCOMPARE(test::databaseState(*f.clerk), once);
}

void TestMerge::clerkEditsWhilePackageIsOut()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("out.sht"));
    const qint64 villageId =
        test::scalar(*f.clerk, QStringLiteral("SELECT id FROM admin_unit WHERE uuid = ?"), {f.villages.at(0)})
            .toLongLong();
    Household mine;
    mine.code = QStringLiteral("X-901");
    mine.villageId = villageId;
    Person head = newPerson(QStringLiteral("Phạm Văn Xã"), 1970);
    SHT_VERIFY_OK(HouseholdService(*f.clerk).createHousehold(mine, head, QDate(2025, 1, 1)));
    Household theirs;
    theirs.code = QStringLiteral("X-902");
    theirs.villageId = villageId;
    Person theirHead = newPerson(QStringLiteral("Đỗ Văn Thôn"), 1980);
    SHT_VERIFY_OK(HouseholdService(*pkg).createHousehold(theirs, theirHead, QDate(2025, 2, 1)));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("out.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 0);
    int added = 0;
    for (const exchange::RowChange &c : plan.changes)
        added += c.kind == ChangeKind::Added ? 1 : 0;
    QVERIFY(added >= 4); // household, its village history, the person, the membership
    QCOMPARE(plan.villages.first().added, added);
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    QCOMPARE(test::scalar(*f.clerk,
                          QStringLiteral("SELECT count(*) FROM household WHERE code IN ('X-901', 'X-902')")),
             QStringLiteral("2"));
    QCOMPARE(test::scalar(
                 *f.clerk,
                 QStringLiteral("SELECT h.code FROM person p JOIN membership m ON m.person_id = p.id JOIN "
                                "household h ON h.id = m.household_id WHERE p.full_name = ?"),
                 {QStringLiteral("Đỗ Văn Thôn")}),
             QStringLiteral("X-902"));
}

void TestMerge::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a package") << "commune file"
                                   << "not a volunteer package";
    QTest::newRow("another commune") << "other commune"
                                     << "not from this commune";
    QTest::newRow("tampered base") << "tampered"
                                   << "signature";
    QTest::newRow("damaged") << "damaged"
                             << "";
    QTest::newRow("base newer") << "older file"
                                << "older than";
    QTest::newRow("missing") << "missing"
                             << "was not found";
}

void TestMerge::refusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    Fixture f;
    QString target = f.packagePath(QStringLiteral("r.sht"));
    Database *into = f.clerk.get();
    std::unique_ptr<Database> older;
    test::TempCommune other;
    SHT_VERIFY_OK(test::exportPackage(*f.clerk, {f.villages.at(0)}, target));
    if (kind == QLatin1String("commune file")) {
        target = f.clerkPath;
    } else if (kind == QLatin1String("other commune")) {
        into = &other.create(QStringLiteral("Xã Khác"));
    } else if (kind == QLatin1String("tampered")) {
        auto pkg = test::openFile(target);
        QSqlQuery q(pkg->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE package_base SET revision = revision + 1 WHERE tbl = 'person' AND "
                                  "uuid = (SELECT min(uuid) FROM package_base WHERE tbl = 'person')")));
    } else if (kind == QLatin1String("damaged")) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096 + 100);
        file.write(QByteArray(8192, '\x5a'));
    } else if (kind == QLatin1String("older file")) {
        // A backup taken now, then the clerk edits and exports again: the backup is older than that package.
        const QString backup = f.packagePath(QStringLiteral("backup.sqlite"));
        SHT_VERIFY_OK(f.clerk->backupTo(backup));
        const QString member = test::plainMembers(*f.clerk, f.villages.at(0)).first();
        SHT_VERIFY_OK(
            test::editPerson(*f.clerk, member, [](Person &p) { p.phone = QStringLiteral("0111"); }));
        SHT_VERIFY_OK(test::exportPackage(*f.clerk, {f.villages.at(0)}, target));
        older = test::openFile(backup);
        into = older.get();
    } else if (kind == QLatin1String("missing")) {
        target = f.packagePath(QStringLiteral("nowhere.sht"));
    }
    const QStringList before = test::databaseState(*into);
    MergePlan plan;
    const Status s = PackageMerger(*into).plan(target, plan);
    QVERIFY2(!s.ok(), qPrintable(kind));
    if (!expected.isEmpty())
        QVERIFY2(s.message().contains(expected), qPrintable(s.message()));
    QCOMPARE(test::databaseState(*into), before);
}

void TestMerge::undoRestoresTheFile()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("u.sht"));
    const QStringList members = test::plainMembers(*pkg, f.villages.at(0));
    SHT_VERIFY_OK(
        test::editPerson(*pkg, members.at(0), [](Person &p) { p.occupation = QStringLiteral("Thợ xây"); }));
    SHT_VERIFY_OK(PersonService(*pkg).removePerson(test::personByUuid(*pkg, members.at(1)).id));
    Person baby = newPerson(QStringLiteral("Vũ Thị Hoàn Tác"), 2025);
    SHT_VERIFY_OK(HouseholdService(*pkg).addMember(householdOf(*pkg, members.at(0)), baby,
                                                   Relation::Grandchild, ResidenceStatus::Permanent,
                                                   QDate(2025, 6, 1)));
    pkg.reset();
    const QStringList before = test::databaseState(*f.clerk);
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(*f.clerk, stack, notifier);
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("u.sht"), plan));
    SHT_VERIFY_OK(MergeCommands(edits).apply(plan));
    QCOMPARE(stack.count(), 1);
    const QStringList merged = test::databaseState(*f.clerk);
    QVERIFY(merged != before);
    stack.undo();
    QCOMPARE(test::databaseState(*f.clerk), before);
    stack.redo();
    QCOMPARE(test::databaseState(*f.clerk), merged);
    stack.undo();
    // Undone, the package is no longer recorded as merged: planning it again finds the same work.
    MergePlan again;
    SHT_VERIFY_OK(f.plan(QStringLiteral("u.sht"), again));
    QVERIFY(!again.alreadyMerged);
    QCOMPARE(again.changes.size(), plan.changes.size());
}

void TestMerge::auditNamesThePackage()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("audit.sht"));
    const QString member = test::plainMembers(*pkg, f.villages.at(0)).first();
    SHT_VERIFY_OK(
        test::editPerson(*pkg, member, [](Person &p) { p.religion = QStringLiteral("Phật giáo"); }));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("audit.sht"), plan));
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    QCOMPARE(test::scalar(
                 *f.clerk,
                 QStringLiteral("SELECT source FROM audit_log WHERE entity_uuid = ? AND field = 'religion'"),
                 {member}),
             QStringLiteral("merge:") + plan.package.packageUuid);
    QCOMPARE(test::scalar(*f.clerk,
                          QStringLiteral("SELECT user_name FROM audit_log WHERE entity_uuid = ? AND "
                                         "field = 'religion'"),
                          {member}),
             QStringLiteral("tester"));
}

void TestMerge::rowsUnderDeletedRows_data()
{
    QTest::addColumn<bool>("clerkDeletes");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<bool>("personRemains");
    QTest::newRow("attendance under a person deleted here: keep ours")
        << true << int(Resolution::KeepOurs) << false;
    QTest::newRow("attendance under a person deleted here: take theirs")
        << true << int(Resolution::TakeTheirs) << true;
    QTest::newRow("attendance here under a person deleted there: keep ours")
        << false << int(Resolution::KeepOurs) << true;
    QTest::newRow("attendance here under a person deleted there: take theirs")
        << false << int(Resolution::TakeTheirs) << false;
}

// One side deletes a person, the other only adds attendance for that person: not an edit of the row itself,
// yet deleting would silently take the new attendance along, so the clerk decides.
void TestMerge::rowsUnderDeletedRows()
{
    QFETCH(bool, clerkDeletes);
    QFETCH(int, resolution);
    QFETCH(bool, personRemains);
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("under.sht"));
    const QString uuid = test::plainMembers(*pkg, f.villages.at(0)).first();
    Database &deleter = clerkDeletes ? *f.clerk : *pkg;
    Database &marker = clerkDeletes ? *pkg : *f.clerk;
    const QStringList sessions = test::column(
        marker,
        QStringLiteral(
            "SELECT s.id FROM course_session s WHERE NOT EXISTS (SELECT 1 FROM attendance a JOIN "
            "person p ON p.id = a.person_id WHERE a.session_id = s.id AND p.uuid = ?) ORDER BY s.id"),
        {uuid});
    QVERIFY(!sessions.isEmpty());
    SHT_VERIFY_OK(LearningCentreService(marker).markPresent(sessions.first().toLongLong(),
                                                            test::personByUuid(marker, uuid).id));
    SHT_VERIFY_OK(PersonService(deleter).removePerson(test::personByUuid(deleter, uuid).id));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("under.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().kind,
             clerkDeletes ? ConflictKind::DeletedHereEditedThere : ConflictKind::EditedHereDeletedThere);
    QCOMPARE(plan.conflicts.first().uuid, uuid);
    test::decideAll(plan, Resolution(resolution));
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    const Person p = test::personByUuid(*f.clerk, uuid);
    QCOMPARE(p.id != 0, personRemains);
    if (personRemains)
        QVERIFY(test::scalar(*f.clerk, QStringLiteral("SELECT count(*) FROM attendance WHERE person_id = ?"),
                             {p.id})
                    .toInt() > 0);
    QCOMPARE(test::scalar(*f.clerk, QStringLiteral("PRAGMA foreign_key_check")), QString());
}

void TestMerge::cancelledApplyChangesNothing()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("cancel.sht"));
    for (const QString &uuid : test::plainMembers(*pkg, f.villages.at(0)).mid(0, 100))
        SHT_VERIFY_OK(test::editPerson(*pkg, uuid, [](Person &p) { p.notes = QStringLiteral("đã sửa"); }));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("cancel.sht"), plan));
    QVERIFY(plan.changes.size() >= 50);
    const QStringList before = test::databaseState(*f.clerk);
    const QString audit = test::scalar(*f.clerk, QStringLiteral("SELECT count(*) FROM audit_log"));
    int calls = 0;
    bool ordered = true;
    const Status s = PackageMerger(*f.clerk).apply(plan, [&](int done, int total) {
        ordered = ordered && done <= total;
        return ++calls < 2;
    });
    QVERIFY(ordered);
    QVERIFY(!s);
    QVERIFY(calls >= 2);
    QCOMPARE(test::databaseState(*f.clerk), before);
    QCOMPARE(test::scalar(*f.clerk, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    // Planning a cancelled package again finds all of it.
    MergePlan again;
    SHT_VERIFY_OK(f.plan(QStringLiteral("cancel.sht"), again));
    QCOMPARE(again.changes.size(), plan.changes.size());
}

void TestMerge::movesOnBothSides_data()
{
    QTest::addColumn<bool>("sameMove");
    QTest::addColumn<bool>("headChange");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("conflicts");
    QTest::newRow("the same move") << true << false << int(Resolution::TakeTheirs) << 0;
    QTest::newRow("different moves: keep ours") << false << false << int(Resolution::KeepOurs) << 1;
    QTest::newRow("different moves: take theirs") << false << false << int(Resolution::TakeTheirs) << 1;
    QTest::newRow("the same new head") << true << true << int(Resolution::TakeTheirs) << 0;
    QTest::newRow("different new heads: keep ours") << false << true << int(Resolution::KeepOurs) << 1;
    QTest::newRow("different new heads: take theirs") << false << true << int(Resolution::TakeTheirs) << 1;
}

// A person has one current household and a household one head: the same move recorded on both sides merges
// to one, different ones are the clerk's decision, and the file's unique rules hold whatever is decided.
void TestMerge::movesOnBothSides()
{
    QFETCH(bool, sameMove);
    QFETCH(bool, headChange);
    QFETCH(int, resolution);
    QFETCH(int, conflicts);
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("move.sht"));
    // A household with at least two plain members, and two other households to move to.
    const QStringList households = test::column(
        *pkg, QStringLiteral("SELECT h.uuid FROM household h JOIN membership m ON m.household_id = h.id AND "
                             "m.valid_to IS NULL AND m.relation <> 'head' GROUP BY h.id HAVING count(*) >= 2 "
                             "ORDER BY h.id"));
    QVERIFY(households.size() >= 3);
    const QString home = households.at(0);
    const QStringList members = test::column(
        *pkg,
        QStringLiteral(
            "SELECT p.uuid FROM person p JOIN membership m ON m.person_id = p.id AND m.valid_to IS "
            "NULL AND m.relation <> 'head' JOIN household h ON h.id = m.household_id WHERE h.uuid = ? "
            "ORDER BY p.id"),
        {home});
    const auto householdId = [](Database &db, const QString &uuid) {
        return test::scalar(db, QStringLiteral("SELECT id FROM household WHERE uuid = ?"), {uuid})
            .toLongLong();
    };
    const QDate date(2025, 9, 1);
    for (Database *db : {f.clerk.get(), pkg.get()}) {
        const bool clerk = db == f.clerk.get();
        if (headChange) {
            const QString newHead = sameMove || clerk ? members.at(0) : members.at(1);
            SHT_VERIFY_OK(HouseholdService(*db).changeHead(
                householdId(*db, home), test::personByUuid(*db, newHead).id, Relation::Spouse, date));
        } else {
            const QString to = sameMove || clerk ? households.at(1) : households.at(2);
            SHT_VERIFY_OK(HouseholdService(*db).moveMember(test::personByUuid(*db, members.at(0)).id,
                                                           householdId(*db, to), Relation::Other, date));
        }
    }
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("move.sht"), plan));
    QCOMPARE(plan.conflicts.size(), conflicts);
    test::decideAll(plan, Resolution(resolution));
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    QCOMPARE(
        test::scalar(*f.clerk, QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM membership WHERE "
                                              "valid_to IS NULL GROUP BY person_id HAVING count(*) > 1)")),
        QStringLiteral("0"));
    QCOMPARE(test::scalar(*f.clerk,
                          QStringLiteral("SELECT count(*) FROM (SELECT household_id FROM membership WHERE "
                                         "valid_to IS NULL AND relation = 'head' GROUP BY household_id "
                                         "HAVING count(*) > 1)")),
             QStringLiteral("0"));
    if (headChange) {
        const QString expected =
            sameMove || Resolution(resolution) == Resolution::KeepOurs ? members.at(0) : members.at(1);
        QCOMPARE(test::scalar(*f.clerk,
                              QStringLiteral(
                                  "SELECT p.uuid FROM membership m JOIN person p ON p.id = m.person_id JOIN "
                                  "household h ON h.id = m.household_id WHERE h.uuid = ? AND m.valid_to IS "
                                  "NULL AND m.relation = 'head'"),
                              {home}),
                 expected);
    } else {
        const QString expected =
            sameMove || Resolution(resolution) == Resolution::KeepOurs ? households.at(1) : households.at(2);
        QCOMPARE(test::currentHouseholdUuid(*f.clerk, members.at(0)), expected);
    }
}

// A volunteer holds a new class in the village: the course, its sessions and the attendance come back, the
// attendance mapped to the new session by uuid (before, courses were context and the attendance was lost).
void TestMerge::coursesAndSessionsMerge()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("course.sht"));
    const qint64 centre =
        test::scalar(*pkg, QStringLiteral("SELECT id FROM learning_centre LIMIT 1")).toLongLong();
    QVERIFY(centre > 0);
    Course course;
    course.centreId = centre;
    course.title = QStringLiteral("Kỹ thuật nuôi ong");
    course.field = QStringLiteral("agriculture");
    course.startDate = QDate(2026, 11, 10);
    course.endDate = QDate(2026, 11, 20);
    course.hours = 6;
    course.location = QStringLiteral("Nhà văn hóa thôn");
    LearningCentreService service(*pkg);
    SHT_VERIFY_OK(service.createCourse(course));
    CourseSession first{0, {}, 0, course.id, QDate(2026, 11, 10), 3};
    SHT_VERIFY_OK(service.addSession(first));
    // A new session of a course the clerk already had.
    const QString oldCourse =
        test::scalar(*pkg, QStringLiteral("SELECT uuid FROM course ORDER BY id LIMIT 1"));
    QVERIFY(!oldCourse.isEmpty());
    CourseSession extra;
    extra.courseId =
        test::scalar(*pkg, QStringLiteral("SELECT id FROM course WHERE uuid = ?"), {oldCourse}).toLongLong();
    extra.heldOn = QDate::fromString(
        test::scalar(*pkg, QStringLiteral("SELECT start_date FROM course WHERE uuid = ?"), {oldCourse}),
        Qt::ISODate);
    extra.hours = 2;
    SHT_VERIFY_OK(service.addSession(extra));
    const QStringList members = test::plainMembers(*pkg, f.villages.at(0));
    QVERIFY(members.size() >= 2);
    for (const QString &person : members.mid(0, 2)) {
        SHT_VERIFY_OK(service.markPresent(first.id, test::personByUuid(*pkg, person).id));
        SHT_VERIFY_OK(service.markPresent(extra.id, test::personByUuid(*pkg, person).id));
    }
    const QString firstUuid = first.uuid;
    const QString extraUuid = extra.uuid;
    const QString courseUuid = course.uuid;
    pkg.reset();

    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("course.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 0);
    QVERIFY(plan.notices.isEmpty());
    const auto added = [&](const QString &table) {
        return std::count_if(plan.changes.cbegin(), plan.changes.cend(), [&](const exchange::RowChange &c) {
            return c.table == table && c.kind == ChangeKind::Added;
        });
    };
    QCOMPARE(added(QStringLiteral("course")), 1);
    QCOMPARE(added(QStringLiteral("course_session")), 2);
    QCOMPARE(added(QStringLiteral("attendance")), 4);
    for (const exchange::RowChange &c : plan.changes) {
        if (c.table == QLatin1String("course") || c.table == QLatin1String("course_session"))
            QCOMPARE(c.villageName, QStringLiteral("Learning centre"));
        if (c.table != QLatin1String("attendance"))
            continue;
        // Named for the review: the person and the session, never uuids.
        QVERIFY2(!c.description.contains(QStringLiteral("a session")), qPrintable(c.description));
        for (const FieldValues &field : c.fields) {
            const QString shown = plan.displayValue(c.table, field.field, field.theirs).toString();
            QVERIFY2(shown != field.theirs.toString(),
                     qPrintable(field.field + QStringLiteral(": ") + shown));
            if (field.field == QLatin1String("person_id"))
                QCOMPARE(shown, test::personByUuid(*f.clerk, field.theirs.toString()).name.full());
            if (field.field == QLatin1String("session_id") && field.theirs.toString() == firstUuid)
                QCOMPARE(shown, QStringLiteral("Kỹ thuật nuôi ong, 2026-11-10"));
        }
    }
    // One undoable step, announced to the learning centre's pages.
    const QStringList before = test::databaseState(*f.clerk);
    QUndoStack stack;
    ChangeNotifier notifier;
    QSet<QString> announced;
    QObject::connect(&notifier, &ChangeNotifier::changed,
                     [&](const QSet<QString> &tables) { announced += tables; });
    EditCommands edits(*f.clerk, stack, notifier);
    SHT_VERIFY_OK(MergeCommands(edits).apply(plan));
    QVERIFY(announced.contains(QStringLiteral("course_session")));
    QVERIFY(announced.contains(QStringLiteral("attendance")));
    const QStringList merged = test::databaseState(*f.clerk);
    stack.undo();
    QCOMPARE(test::databaseState(*f.clerk), before);
    stack.redo();
    QCOMPARE(test::databaseState(*f.clerk), merged);
    QCOMPARE(test::scalar(*f.clerk, QStringLiteral("SELECT title FROM course WHERE uuid = ?"), {courseUuid}),
             course.title);
    const auto attendanceAt = [&](const QString &session) {
        return test::scalar(
                   *f.clerk,
                   QStringLiteral("SELECT count(*) FROM attendance a JOIN course_session s ON s.id = "
                                  "a.session_id WHERE s.uuid = ?"),
                   {session})
            .toInt();
    };
    QCOMPARE(attendanceAt(firstUuid), 2);
    QCOMPARE(attendanceAt(extraUuid), 2);
    QCOMPARE(
        test::scalar(*f.clerk,
                     QStringLiteral("SELECT c.uuid FROM course_session s JOIN course c ON c.id = s.course_id "
                                    "WHERE s.uuid = ?"),
                     {extraUuid}),
        oldCourse);
    MergePlan again;
    SHT_VERIFY_OK(f.plan(QStringLiteral("course.sht"), again));
    QVERIFY(again.alreadyMerged);
}

// Courses merge field by field like the registers: one side's change applies, both sides' is a decision.
void TestMerge::courseEditedOnBothSides()
{
    Fixture f;
    const QString uuid =
        test::scalar(*f.clerk, QStringLiteral("SELECT uuid FROM course ORDER BY id LIMIT 1"));
    QVERIFY(!uuid.isEmpty());
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("c2.sht"));
    const auto edit = [&](Database &db, const std::function<void(Course &)> &change) {
        Course c;
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT id, centre_id, title, field, start_date, end_date, hours, location, notes "
                           "FROM course WHERE uuid = ?"));
        q.addBindValue(uuid);
        if (!q.exec() || !q.next())
            return Status::failure(QStringLiteral("no course"));
        c.id = q.value(0).toLongLong();
        c.uuid = uuid;
        c.centreId = q.value(1).toLongLong();
        c.title = q.value(2).toString();
        c.field = q.value(3).toString();
        c.startDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        c.endDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        c.hours = q.value(6).toDouble();
        c.location = q.value(7).toString();
        c.notes = q.value(8).toString();
        change(c);
        return LearningCentreService(db).updateCourse(c);
    };
    SHT_VERIFY_OK(edit(*pkg, [](Course &c) {
        c.location = QStringLiteral("Sân kho hợp tác xã");
        c.notes = QStringLiteral("Ghi chú của tình nguyện viên");
    }));
    SHT_VERIFY_OK(edit(*f.clerk, [](Course &c) { c.location = QStringLiteral("Hội trường xã"); }));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("c2.sht"), plan));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.at(0).table, QStringLiteral("course"));
    QCOMPARE(plan.conflicts.at(0).fields.size(), 1);
    QCOMPARE(plan.conflicts.at(0).fields.at(0).field, QStringLiteral("location"));
    test::decideAll(plan, Resolution::KeepOurs);
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    QCOMPARE(test::scalar(*f.clerk, QStringLiteral("SELECT location FROM course WHERE uuid = ?"), {uuid}),
             QStringLiteral("Hội trường xã"));
    QCOMPARE(test::scalar(*f.clerk, QStringLiteral("SELECT notes FROM course WHERE uuid = ?"), {uuid}),
             QStringLiteral("Ghi chú của tình nguyện viên"));
}

// Clans stay context: the package's change to one is not merged, and the plan says so instead of dropping
// it in silence (the dialog and the CLI show plan.notices).
void TestMerge::contextChangesAreNoticed()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("clan.sht"));
    Clan clan;
    clan.name = QStringLiteral("Họ Đinh Mới");
    SHT_VERIFY_OK(ClanService(*pkg).createClan(clan));
    pkg.reset();
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("clan.sht"), plan));
    QCOMPARE(plan.notices.size(), 1);
    QVERIFY2(plan.notices.first().contains(QStringLiteral("the clans")), qPrintable(plan.notices.first()));
    QVERIFY(plan.notices.first().contains(QStringLiteral("not merged")));
    SHT_VERIFY_OK(PackageMerger(*f.clerk).apply(plan));
    QCOMPARE(test::scalar(*f.clerk, QStringLiteral("SELECT count(*) FROM clan WHERE name = ?"), {clan.name}),
             QStringLiteral("0"));
}

// A new member's membership points to a household and a person by uuid: the plan names both, the household
// by its code and head, as the review and the CLI show them.
void TestMerge::referencesAreNamed()
{
    Fixture f;
    auto pkg = f.exportAndOpen({f.villages.at(0)}, QStringLiteral("names.sht"));
    const QString member = test::plainMembers(*pkg, f.villages.at(0)).first();
    const QString household = test::currentHouseholdUuid(*pkg, member);
    Person baby = newPerson(QStringLiteral("Đặng Minh Tâm"), 2026);
    SHT_VERIFY_OK(HouseholdService(*pkg).addMember(householdOf(*pkg, member), baby, Relation::Grandchild,
                                                   ResidenceStatus::Permanent, QDate(2026, 11, 1)));
    // The household joins a clan it is not in: the change names the clan.
    const QString clanName = test::scalar(
        *pkg,
        QStringLiteral("SELECT name FROM clan WHERE id NOT IN (SELECT clan_id FROM clan_household ch JOIN "
                       "household h ON h.id = ch.household_id WHERE h.uuid = ?) ORDER BY id LIMIT 1"),
        {household});
    QVERIFY(!clanName.isEmpty());
    SHT_VERIFY_OK(ClanService(*pkg).addHousehold(
        test::scalar(*pkg, QStringLiteral("SELECT id FROM clan WHERE name = ?"), {clanName}).toLongLong(),
        householdOf(*pkg, member)));
    pkg.reset();
    const QString code =
        test::scalar(*f.clerk, QStringLiteral("SELECT code FROM household WHERE uuid = ?"), {household});
    const QString head = test::scalar(
        *f.clerk,
        QStringLiteral(
            "SELECT p.full_name FROM membership m JOIN person p ON p.id = m.person_id JOIN household h "
            "ON h.id = m.household_id WHERE h.uuid = ? AND m.relation = 'head' AND m.valid_to IS NULL"),
        {household});
    QVERIFY(!code.isEmpty() && !head.isEmpty());
    MergePlan plan;
    SHT_VERIFY_OK(f.plan(QStringLiteral("names.sht"), plan));
    bool seen = false;
    for (const exchange::RowChange &c : plan.changes) {
        if (c.table != QLatin1String("membership") || c.kind != ChangeKind::Added)
            continue;
        for (const FieldValues &field : c.fields) {
            if (field.field == QLatin1String("household_id"))
                QCOMPARE(plan.displayValue(c.table, field.field, field.theirs).toString(),
                         QStringLiteral("household %1 (%2)").arg(code, head));
            if (field.field == QLatin1String("person_id"))
                QCOMPARE(plan.displayValue(c.table, field.field, field.theirs).toString(),
                         QStringLiteral("Đặng Minh Tâm"));
        }
        seen = true;
    }
    QVERIFY(seen);
    bool clanSeen = false;
    for (const exchange::RowChange &c : plan.changes)
        if (c.table == QLatin1String("clan_household"))
            for (const FieldValues &field : c.fields)
                if (field.field == QLatin1String("clan_id")) {
                    QCOMPARE(plan.displayValue(c.table, field.field, field.theirs).toString(), clanName);
                    clanSeen = true;
                }
    QVERIFY(clanSeen);
    // A value that is not a reference is shown as it is, even when it looks like one.
    QCOMPARE(plan.displayValue(QStringLiteral("person"), QStringLiteral("notes"), household).toString(),
             household);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
