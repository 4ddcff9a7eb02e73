// Property test of the merge: seeded random edit sequences on both sides (through the services, as a clerk
// and a volunteer would make them), then a merge with every conflict resolved "take the package's", then
// invariants that must hold whatever the edits were.
#include "ExchangeTestSupport.h"
#include "LearningCentreService.h"
#include "PackageRepository.h"
#include "PackageSignature.h"
#include "ThreeWayMerge.h"

#include <QRandomGenerator>
#include <QSet>

using namespace sht;
using namespace sht::exchange;

namespace {

using Tables = QHash<QString, package::CanonicalTable>;

Tables readAll(Database &db)
{
    Tables tables;
    Status status;
    for (const package::TableSpec &spec : package::mergeTables())
        tables.insert(spec.name, PackageRepository(db).readTable(spec, &status));
    return tables;
}

// One random edit through the services; a refused edit (a head with members, …) is simply skipped.
void randomEdit(Database &db, const QString &village, QRandomGenerator &random, int n)
{
    const QStringList people = test::column(
        db,
        QStringLiteral(
            "SELECT p.uuid FROM person p JOIN membership m ON m.person_id = p.id AND m.valid_to IS "
            "NULL JOIN household h ON h.id = m.household_id JOIN admin_unit v ON v.id = h.village_id "
            "WHERE v.uuid = ? ORDER BY p.uuid"),
        {village});
    if (people.isEmpty())
        return;
    const QString someone = people.at(random.bounded(int(people.size())));
    const Person person = test::personByUuid(db, someone);
    static const QStringList values{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    switch (random.bounded(8)) {
    case 0:
    case 1: {
        Person p = person;
        const QString value = values.at(random.bounded(3));
        switch (random.bounded(4)) {
        case 0:
            p.occupation = value;
            break;
        case 1:
            p.phone = QStringLiteral("09") + value;
            break;
        case 2:
            p.notes = value;
            break;
        default:
            p.religion = value;
        }
        PersonService(db).updatePerson(p);
        break;
    }
    case 2: {
        Person baby;
        baby.name = PersonName(QStringLiteral("Hà Văn Số %1").arg(random.bounded(3)));
        baby.sex = Sex::Male;
        baby.birthDate = PartialDate::fromYear(2025);
        const auto m = HouseholdRepository(db).currentMembership(person.id);
        if (m)
            HouseholdService(db).addMember(m->householdId, baby, Relation::Grandchild,
                                           ResidenceStatus::Permanent, QDate(2025, 1, 1));
        break;
    }
    case 3:
        PersonService(db).removePerson(person.id);
        break;
    case 4: {
        const QStringList sessions =
            test::column(db, QStringLiteral("SELECT id FROM course_session ORDER BY id LIMIT 5"));
        if (!sessions.isEmpty())
            LearningCentreService(db).markPresent(
                sessions.at(random.bounded(int(sessions.size()))).toLongLong(), person.id);
        break;
    }
    case 6: {
        // A class held in the village: a new session of a course, with this person present.
        const QStringList course =
            test::column(db, QStringLiteral("SELECT id, start_date FROM course ORDER BY id LIMIT 1 OFFSET ?"),
                         {random.bounded(3)});
        if (course.isEmpty())
            break;
        CourseSession session;
        session.courseId = course.first().toLongLong();
        session.heldOn =
            QDate::fromString(test::scalar(db, QStringLiteral("SELECT start_date FROM course WHERE id = ?"),
                                           {session.courseId}),
                              Qt::ISODate);
        session.hours = 1 + random.bounded(3);
        if (LearningCentreService(db).addSession(session))
            LearningCentreService(db).markPresent(session.id, person.id);
        break;
    }
    case 7: {
        const QStringList sessions =
            test::column(db, QStringLiteral("SELECT id FROM course_session ORDER BY id LIMIT 5"));
        if (sessions.isEmpty())
            break;
        const qint64 id = sessions.at(random.bounded(int(sessions.size()))).toLongLong();
        CourseSession session;
        session.id = id;
        session.courseId =
            test::scalar(db, QStringLiteral("SELECT course_id FROM course_session WHERE id = ?"), {id})
                .toLongLong();
        session.heldOn = QDate::fromString(
            test::scalar(db, QStringLiteral("SELECT held_on FROM course_session WHERE id = ?"), {id}),
            Qt::ISODate);
        session.hours = 1 + random.bounded(3);
        LearningCentreService(db).updateSession(session);
        break;
    }
    default: {
        Household h;
        h.code = QStringLiteral("R-%1-%2").arg(n).arg(random.bounded(1000));
        h.villageId = test::scalar(db, QStringLiteral("SELECT id FROM admin_unit WHERE uuid = ?"), {village})
                          .toLongLong();
        Person head;
        head.name = PersonName(QStringLiteral("Lý Văn Chủ %1").arg(random.bounded(1000)));
        head.birthDate = PartialDate::fromYear(1980);
        HouseholdService(db).createHousehold(h, head, QDate(2025, 1, 1));
    }
    }
}

} // namespace

class TestMergeProperty : public QObject
{
    Q_OBJECT

private slots:
    void randomEditsMergeSafely_data();
    void randomEditsMergeSafely();
};

void TestMergeProperty::randomEditsMergeSafely_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("resolution");
    for (quint32 seed = 1; seed <= 30; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("take theirs, seed %1").arg(seed)))
            << seed << int(Resolution::TakeTheirs);
    // Keeping the clerk's side shows that every field changed on both sides was listed: an unlisted one would
    // have been overwritten by the package.
    for (quint32 seed = 101; seed <= 110; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("keep ours, seed %1").arg(seed)))
            << seed << int(Resolution::KeepOurs);
}

void TestMergeProperty::randomEditsMergeSafely()
{
    QFETCH(quint32, seed);
    QFETCH(int, resolution);
    const bool takeTheirs = Resolution(resolution) == Resolution::TakeTheirs;
    QRandomGenerator random(seed);
    test::TempCommune temp;
    auto clerk = test::openFile(temp.demo(150, 5));
    const QString village = test::villageUuids(*clerk).first();
    const QString path = temp.path(QStringLiteral("prop.sht"));
    SHT_VERIFY_OK(test::exportPackage(*clerk, {village}, path));
    auto pkg = test::openFile(path);
    for (int i = 0; i < 40; ++i) {
        randomEdit(*pkg, village, random, i);
        randomEdit(*clerk, village, random, 100 + i);
    }
    const Tables theirs = readAll(*pkg);
    pkg.reset();
    Tables base;
    {
        auto again = test::openFile(path);
        Status status;
        for (const package::BaseRow &row : PackageRepository(*again).readBase(&status))
            base[row.table].insert(row.uuid, {0, row.revision, signature::decodeRow(row.values)});
    }
    const Tables oursBefore = readAll(*clerk);

    MergePlan plan;
    SHT_VERIFY_OK(PackageMerger(*clerk).plan(path, plan));
    QHash<int, int> kinds;
    for (const Conflict &c : plan.conflicts)
        ++kinds[int(c.kind)];
    qInfo("seed %u: %d changes, conflicts: %d same field, %d deleted here, %d deleted there, %d same person",
          seed, int(plan.changes.size()), kinds.value(0), kinds.value(1), kinds.value(2), kinds.value(3));
    test::decideAll(plan, Resolution(resolution));
    SHT_VERIFY_OK(PackageMerger(*clerk).apply(plan));
    const Tables after = readAll(*clerk);

    // What the plan removed, and people matched to the clerk's own: their rows may go, nothing else may.
    QSet<QString> removed;
    QSet<QString> aliased;
    for (const exchange::RowChange &c : plan.changes)
        if (c.kind == ChangeKind::Deleted)
            removed.insert(c.uuid);
    QSet<QString> keptDeleted;                    // deleted here, the deletion kept
    QSet<QPair<QString, QString>> conflictFields; // (uuid, field) listed as changed on both sides
    for (const Conflict &c : plan.conflicts) {
        if (c.kind == ConflictKind::EditedHereDeletedThere && takeTheirs)
            removed.insert(c.uuid);
        if (c.kind == ConflictKind::SameNewPerson)
            aliased.insert(c.uuid);
        if (c.kind == ConflictKind::DeletedHereEditedThere && !takeTheirs)
            keptDeleted.insert(c.uuid);
        if (c.kind == ConflictKind::SameField)
            for (const FieldValues &f : c.fields)
                conflictFields.insert({c.uuid, f.field});
    }
    const auto excused = [&](const package::TableSpec &spec, const QVariantList &values) {
        for (auto fk = spec.foreignKeys.cbegin(); fk != spec.foreignKeys.cend(); ++fk) {
            const QString parent = values.value(spec.indexOf(fk.key())).toString();
            if (removed.contains(parent) || aliased.contains(parent) || keptDeleted.contains(parent))
                return true;
        }
        return false;
    };
    int checkedFields = 0;
    for (const package::TableSpec &spec : package::mergeTables()) {
        const package::CanonicalTable &now = after[spec.name];
        // No lost row: the clerk's rows stay unless the plan removed them (or their parent).
        for (auto it = oursBefore[spec.name].cbegin(); it != oursBefore[spec.name].cend(); ++it)
            if (!removed.contains(it.key()) && !excused(spec, it->values))
                QVERIFY2(now.contains(it.key()), qPrintable(spec.name + QLatin1Char(' ') + it.key()));
        // The volunteer's new rows arrive unless matched to an existing one by natural key or by person.
        for (auto it = theirs[spec.name].cbegin(); it != theirs[spec.name].cend(); ++it) {
            if (base[spec.name].contains(it.key()) || aliased.contains(it.key()) || excused(spec, it->values))
                continue;
            bool matched = false;
            for (const Conflict &c : plan.conflicts)
                matched = matched ||
                          (c.table == spec.name && c.uuid != it.key() && c.kind == ConflictKind::SameField);
            if (!now.contains(it.key()) && !spec.naturalKey.isEmpty())
                continue; // the same fact was already in the clerk's file under another uuid
            QVERIFY2(now.contains(it.key()) || matched, qPrintable(spec.name + QLatin1Char(' ') + it.key()));
        }
        // Every field the volunteer changed now holds the volunteer's value (all conflicts taken from the
        // package); every field only the clerk changed keeps the clerk's value.
        for (auto it = base[spec.name].cbegin(); it != base[spec.name].cend(); ++it) {
            if (!now.contains(it.key()) || !theirs[spec.name].contains(it.key()))
                continue;
            const QVariantList &b = it->values;
            const QVariantList &t = theirs[spec.name][it.key()].values;
            const QVariantList &a = now[it.key()].values;
            const bool oursHad = oursBefore[spec.name].contains(it.key());
            for (int i = 0; i < spec.columns.size(); ++i) {
                if (spec.derived.contains(spec.columns.at(i)))
                    continue;
                if (spec.foreignKeys.contains(spec.columns.at(i)) &&
                    (aliased.contains(t.at(i).toString()) || removed.contains(t.at(i).toString())))
                    continue;
                ++checkedFields;
                const QString where =
                    spec.name + QLatin1Char('.') + spec.columns.at(i) + QLatin1Char(' ') + it.key();
                const QVariant o = oursHad ? oursBefore[spec.name][it.key()].values.at(i) : QVariant();
                // Worked out from the three sides, not from the plan: changed on both sides to different
                // values is a conflict, which must be listed and decided as asked.
                if (oursHad && !ThreeWayMerge::same(t.at(i), b.at(i)) && !ThreeWayMerge::same(o, b.at(i)) &&
                    !ThreeWayMerge::same(o, t.at(i))) {
                    QVERIFY2(conflictFields.contains({it.key(), spec.columns.at(i)}), qPrintable(where));
                    QVERIFY2(ThreeWayMerge::same(a.at(i), takeTheirs ? t.at(i) : o), qPrintable(where));
                } else if (!ThreeWayMerge::same(t.at(i), b.at(i)))
                    QVERIFY2(ThreeWayMerge::same(a.at(i), t.at(i)), qPrintable(where));
                else if (oursHad)
                    QVERIFY2(ThreeWayMerge::same(a.at(i), oursBefore[spec.name][it.key()].values.at(i)),
                             qPrintable(spec.name + QLatin1Char('.') + spec.columns.at(i)));
            }
        }
    }
    QVERIFY(checkedFields > 0);
    // No duplicates where the registers allow one: one current household a person, one attendance a session.
    QCOMPARE(
        test::scalar(*clerk, QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM membership WHERE "
                                            "valid_to IS NULL GROUP BY person_id HAVING count(*) > 1)")),
        QStringLiteral("0"));
    QCOMPARE(test::scalar(*clerk, QStringLiteral("PRAGMA foreign_key_check")), QString());
    // Audit complete: every added row has its insert entry, every deleted row its delete entry, every changed
    // field its update entry, all under the package's source.
    const QString source = QStringLiteral("merge:") + plan.package.packageUuid;
    // Rows the clerk kept although the package deleted them keep what points to them (memberships,
    // attendance): the package's deletion of those does not apply.
    QSet<QString> kept;
    for (const exchange::Conflict &c : plan.conflicts)
        if (c.kind == ConflictKind::EditedHereDeletedThere &&
            c.fieldResolutions.value(0) != Resolution::TakeTheirs)
            kept.insert(c.uuid);
    const auto pointsToKept = [&](const exchange::RowChange &c) {
        const package::TableSpec &spec = *package::mergeTable(c.table);
        const QVariantList values = after[c.table].value(c.uuid).values;
        for (int i = 0; i < spec.columns.size(); ++i)
            if ((spec.foreignKeys.contains(spec.columns.at(i)) ||
                 spec.columns.at(i) == QLatin1String("subject_uuid")) &&
                kept.contains(values.value(i).toString()))
                return true;
        return false;
    };
    for (const exchange::RowChange &c : plan.changes) {
        if (c.kind == ChangeKind::Deleted && after[c.table].contains(c.uuid)) {
            QVERIFY2(pointsToKept(c), qPrintable(c.table + QStringLiteral(" not deleted ") + c.uuid));
            continue;
        }
        if (c.kind == ChangeKind::Changed && !after[c.table].contains(c.uuid))
            continue;
        if (c.kind == ChangeKind::Added && !after[c.table].contains(c.uuid))
            continue;
        const QString action = c.kind == ChangeKind::Added     ? QStringLiteral("insert")
                               : c.kind == ChangeKind::Deleted ? QStringLiteral("delete")
                                                               : QStringLiteral("update");
        QVERIFY2(
            test::scalar(*clerk,
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_uuid = ? AND action = ? "
                                        "AND source = ?"),
                         {c.uuid, action, source})
                    .toInt() > 0,
            qPrintable(c.table + QLatin1Char(' ') + action + QLatin1Char(' ') + c.uuid));
    }
    // And merging it again changes nothing.
    const QStringList once = test::databaseState(*clerk);
    MergePlan again;
    SHT_VERIFY_OK(PackageMerger(*clerk).plan(path, again));
    QVERIFY(again.alreadyMerged);
    QCOMPARE(test::databaseState(*clerk), once);
}

QTEST_GUILESS_MAIN(TestMergeProperty)
#include "tst_merge_property.moc"
