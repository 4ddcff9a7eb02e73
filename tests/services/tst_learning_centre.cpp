// The learning centre's rules (courses, sessions, attendance), each refusal leaving the file as it was, and
// undo/redo through LearningCentreCommands restoring the exact rows.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "LearningCentreCommands.h"
#include "LearningCentreRepository.h"
#include "LearningCentreService.h"
#include "TestSupport.h"

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

// A failed call leaves everything, the audit log included, as it was.
QStringList snapshot(Database &db)
{
    return test::databaseState(db) << QString::number(
               count(db, QStringLiteral("SELECT count(*) FROM audit_log")));
}

Person person(const QString &name, int birthYear)
{
    Person p;
    p.name = PersonName(name);
    p.sex = Sex::Female;
    p.birthDate = PartialDate::fromYear(birthYear);
    return p;
}

struct Fixture
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    LearningCentreCommands commands;
    AdminUnit village;
    LearningCentre centre;
    Course course;
    CourseSession first;
    CourseSession second;
    qint64 household = 0;
    qint64 head = 0;
    qint64 wife = 0;
    qint64 son = 0;

    Fixture()
        : db(temp.create())
        , edits(db, stack, notifier)
        , commands(edits)
    {
        village.name = QStringLiteral("Thôn Đông");
        village.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(village));
        Household h;
        h.code = QStringLiteral("01.001");
        h.villageId = village.id;
        Person p = person(QStringLiteral("Nguyễn Văn An"), 1960);
        check(HouseholdService(db).createHousehold(h, p, QDate(2000, 1, 1)));
        household = h.id;
        head = p.id;
        wife = member(QStringLiteral("Lê Thị Bình"), Relation::Spouse);
        son = member(QStringLiteral("Nguyễn Văn Cường"), Relation::Child);

        centre.name = QStringLiteral("Trung tâm học tập cộng đồng xã Thử Nghiệm");
        check(LearningCentreService(db).createCentre(centre));
        course.title = QStringLiteral("Kỹ thuật trồng lúa");
        course.field = QStringLiteral("agriculture");
        course.startDate = QDate(2025, 3, 1);
        course.endDate = QDate(2025, 3, 31);
        course.hours = 9;
        check(LearningCentreService(db).createCourse(course));
        first.courseId = second.courseId = course.id;
        first.heldOn = QDate(2025, 3, 5);
        second.heldOn = QDate(2025, 3, 12);
        first.hours = second.hours = 3;
        check(LearningCentreService(db).addSession(first));
        check(LearningCentreService(db).addSession(second));
    }

    qint64 member(const QString &name, Relation relation, int born = 1965)
    {
        Person p = person(name, born);
        check(HouseholdService(db).addMember(household, p, relation, ResidenceStatus::Permanent,
                                             QDate(2000, 1, 1)));
        return p.id;
    }

    static void check(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.message()));
    }
};

} // namespace

class TestLearningCentre : public QObject
{
    Q_OBJECT

private slots:
    void courseRules_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("says");
        QTest::newRow("no title") << "  "
                                  << "health" << QDate(2025, 1, 1) << QDate(2025, 1, 2) << 3.0 << "title";
        QTest::newRow("end before start")
            << "Sức khỏe"
            << "health" << QDate(2025, 1, 10) << QDate(2025, 1, 9) << 3.0 << "09/01/2025";
        QTest::newRow("no start") << "Sức khỏe"
                                  << "health" << QDate() << QDate(2025, 1, 9) << 3.0 << "starts";
        QTest::newRow("negative hours")
            << "Sức khỏe"
            << "health" << QDate(2025, 1, 1) << QDate(2025, 1, 2) << -1.0 << "negative";
        QTest::newRow("unknown field")
            << "Sức khỏe"
            << "cooking" << QDate(2025, 1, 1) << QDate(2025, 1, 2) << 3.0 << "field";
    }

    void courseRules()
    {
        QFETCH(QString, title);
        QFETCH(QString, field);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(double, hours);
        QFETCH(QString, says);
        Fixture f;
        const QStringList before = snapshot(f.db);
        Course c;
        c.title = title;
        c.field = field;
        c.startDate = start;
        c.endDate = end;
        c.hours = hours;
        const Status created = LearningCentreService(f.db).createCourse(c);
        QVERIFY(!created.ok());
        QVERIFY2(created.message().contains(says), qPrintable(created.message()));
        QCOMPARE(snapshot(f.db), before);
        // The same values refused on an edit of an existing course.
        c.id = f.course.id;
        c.centreId = f.course.centreId;
        QVERIFY(!LearningCentreService(f.db).updateCourse(c).ok());
        QCOMPARE(snapshot(f.db), before);
        // An end on the start day and zero hours are fine.
        c = f.course;
        c.endDate = c.startDate.addDays(30);
        c.hours = 0;
        SHT_VERIFY_OK(LearningCentreService(f.db).updateCourse(c));
    }

    void courseDatesMustKeepItsSessions()
    {
        Fixture f;
        const QStringList before = snapshot(f.db);
        Course c = f.course;
        c.endDate = QDate(2025, 3, 10); // the session of 12/03 would fall outside
        const Status s = LearningCentreService(f.db).updateCourse(c);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("12/03/2025")), qPrintable(s.message()));
        QCOMPARE(snapshot(f.db), before);
    }

    void sessionDateInsideTheCourse()
    {
        Fixture f;
        const QStringList before = snapshot(f.db);
        CourseSession s;
        s.courseId = f.course.id;
        s.heldOn = QDate(2025, 4, 2);
        s.hours = 3;
        const Status refused = LearningCentreService(f.db).addSession(s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("01/03/2025")) &&
                     refused.message().contains(QStringLiteral("31/03/2025")),
                 qPrintable(refused.message()));
        s.heldOn = QDate(2025, 3, 20);
        s.hours = -2;
        QVERIFY(!LearningCentreService(f.db).addSession(s).ok());
        QCOMPARE(snapshot(f.db), before);
        CourseSession moved = f.first;
        moved.heldOn = QDate(2025, 2, 28);
        QVERIFY(!LearningCentreService(f.db).updateSession(moved).ok());
        QCOMPARE(snapshot(f.db), before);
        s.hours = 2.5;
        SHT_VERIFY_OK(LearningCentreService(f.db).addSession(s));
        QCOMPARE(LearningCentreRepository(f.db).sessions(f.course.id).size(), 3);
    }

    void markedTwiceIsRefusedWithoutWriting()
    {
        Fixture f;
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, f.wife));
        const QStringList before = snapshot(f.db);
        const Status again = LearningCentreService(f.db).markPresent(f.first.id, f.wife);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QStringLiteral("Lê Thị Bình")) &&
                     again.message().contains(QStringLiteral("already")),
                 qPrintable(again.message()));
        QCOMPARE(snapshot(f.db), before);
    }

    void deceasedPersonIsRefused()
    {
        Fixture f;
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(f.son, PartialDate::fromDate(QDate(2025, 3, 8))));
        const QStringList before = snapshot(f.db);
        const Status s = LearningCentreService(f.db).markPresent(f.second.id, f.son);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("died")), qPrintable(s.message()));
        QCOMPARE(snapshot(f.db), before);
        // Before the death, the attendance stands: past lists stay true.
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, f.son));
    }

    void householdMarksLivingCurrentMembersOnly()
    {
        Fixture f;
        const qint64 grandma = f.member(QStringLiteral("Trần Thị Dung"), Relation::Parent, 1935);
        const qint64 daughter = f.member(QStringLiteral("Nguyễn Thị Em"), Relation::Child, 1995);
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(grandma, PartialDate::fromYear(2020)));
        SHT_VERIFY_OK(HouseholdService(f.db).markMovedAway(daughter, PartialDate::fromYear(2021)));
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, f.wife));

        LearningCentreService::MarkResult result;
        SHT_VERIFY_OK(LearningCentreService(f.db).markHouseholdPresent(f.first.id, f.son, &result));
        QCOMPARE(result.added, 2); // the head and the son; the wife was there already
        QCOMPARE(result.alreadyPresent, 1);
        QCOMPARE(result.source, QStringLiteral("01.001"));
        QList<qint64> present = LearningCentreRepository(f.db).attendees(f.first.id);
        std::sort(present.begin(), present.end());
        QList<qint64> expected{f.head, f.wife, f.son};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(present, expected);

        // Everyone already there: refused, nothing written.
        const QStringList before = snapshot(f.db);
        const Status again = LearningCentreService(f.db).markHouseholdPresent(f.first.id, f.head, &result);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QStringLiteral("01.001")), qPrintable(again.message()));
        QCOMPARE(snapshot(f.db), before);
    }

    void copyLastSession()
    {
        Fixture f;
        const QStringList empty = snapshot(f.db);
        const Status none = LearningCentreService(f.db).copyPreviousSession(f.first.id);
        QVERIFY(!none.ok());
        QVERIFY2(none.message().contains(QStringLiteral("first session")), qPrintable(none.message()));
        QVERIFY(
            !LearningCentreService(f.db).copyPreviousSession(f.second.id).ok()); // nobody came to the first
        QCOMPARE(snapshot(f.db), empty);

        for (qint64 id : {f.head, f.wife, f.son})
            SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, id));
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.second.id, f.wife));
        LearningCentreService::MarkResult result;
        SHT_VERIFY_OK(LearningCentreService(f.db).copyPreviousSession(f.second.id, &result));
        QCOMPARE(result.added, 2);
        QCOMPARE(result.alreadyPresent, 1);
        QCOMPARE(result.source, QStringLiteral("05/03/2025"));
        QCOMPARE(LearningCentreRepository(f.db).attendees(f.second.id).size(), 3);
        const QStringList full = snapshot(f.db);
        const Status again = LearningCentreService(f.db).copyPreviousSession(f.second.id, &result);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QStringLiteral("already")), qPrintable(again.message()));
        QCOMPARE(snapshot(f.db), full);
    }

    void copyFailingHalfwayLeavesNothing()
    {
        Fixture f;
        for (qint64 id : {f.head, f.wife, f.son})
            SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, id));
        const QStringList before = snapshot(f.db);
        QSqlQuery q(f.db.connection());
        // The third attendance row of the second session fails: the two before it must go too.
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER fail_third BEFORE INSERT ON attendance WHEN (SELECT count(*) FROM "
            "attendance WHERE session_id = NEW.session_id) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); "
            "END")));
        QVERIFY(!LearningCentreService(f.db).copyPreviousSession(f.second.id).ok());
        QCOMPARE(snapshot(f.db), before);
    }

    void deleteCourseTakesSessionsAndAttendanceAudited()
    {
        Fixture f;
        for (qint64 id : {f.head, f.wife})
            SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, id));
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.second.id, f.son));
        QCOMPARE(LearningCentreRepository(f.db).courseAttendanceCount(f.course.id), 3);

        // A failure at the last step (the course row) leaves the sessions and attendance too.
        {
            const QStringList before = snapshot(f.db);
            QSqlQuery q(f.db.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER keep_course BEFORE DELETE ON course BEGIN "
                                          "SELECT RAISE(ABORT, 'locked'); END")));
            QVERIFY(!LearningCentreService(f.db).removeCourse(f.course.id).ok());
            QCOMPARE(snapshot(f.db), before);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER keep_course")));
        }

        const int audited =
            count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'"));
        SHT_VERIFY_OK(LearningCentreService(f.db).removeCourse(f.course.id));
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM course")), 0);
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM course_session")), 0);
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM attendance")), 0);
        // One audit entry per row: 3 attendance, 2 sessions, 1 course.
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")),
                 audited + 6);
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                            "entity = 'attendance'")),
                 3);
    }

    void deleteSessionTakesItsAttendance()
    {
        Fixture f;
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, f.head));
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.second.id, f.head));
        SHT_VERIFY_OK(LearningCentreService(f.db).removeSession(f.first.id));
        QCOMPARE(count(f.db, QStringLiteral("SELECT count(*) FROM attendance")), 1);
        QVERIFY(!LearningCentreRepository(f.db).session(f.first.id));
        QVERIFY(!LearningCentreService(f.db).removeSession(f.first.id).ok());
    }

    void readModels()
    {
        Fixture f;
        Course other;
        other.title = QStringLiteral("Tin học cơ bản");
        other.field = QStringLiteral("ict");
        other.startDate = QDate(2024, 10, 1);
        SHT_VERIFY_OK(LearningCentreService(f.db).createCourse(other));
        for (qint64 id : {f.head, f.wife})
            SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, id));
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.second.id, f.wife));
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.second.id, f.son));
        LearningCentreRepository centres(f.db);
        QCOMPARE(centres.courseYears(f.centre.id), (QList<int>{2025, 2024}));
        const auto summaries = centres.courseSummaries(f.centre.id, 2025);
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.at(0).course.title, QStringLiteral("Kỹ thuật trồng lúa"));
        QCOMPARE(summaries.at(0).sessions, 2);
        QCOMPARE(summaries.at(0).learners, 3); // the wife came twice: counted once
        QCOMPARE(centres.courseSummaries(f.centre.id, 2024).at(0).learners, 0);
        const auto sessions = centres.sessionSummaries(f.course.id);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).present, 2);
        QCOMPARE(centres.previousSession(f.second.id)->id, f.first.id);
        QVERIFY(!centres.previousSession(f.first.id));
        const auto rows = centres.attendeeRows(f.second.id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).name, QStringLiteral("Lê Thị Bình")); // "Bình" before "Cường"
        QCOMPARE(rows.at(0).householdCode, QStringLiteral("01.001"));
        QCOMPARE(rows.at(0).village, QStringLiteral("Thôn Đông"));
        QCOMPARE(rows.at(0).birthDate.year(), 1965);
        // A deceased attendee keeps the household they last belonged to.
        SHT_VERIFY_OK(HouseholdService(f.db).markDeceased(f.son, PartialDate::fromYear(2025)));
        QCOMPARE(centres.attendeeRows(f.second.id).at(1).householdCode, QStringLiteral("01.001"));
    }

    void oneCentreAFile()
    {
        Fixture f;
        const QStringList before = snapshot(f.db);
        LearningCentre second;
        second.name = QStringLiteral("Trung tâm khác");
        QVERIFY(!LearningCentreService(f.db).createCentre(second).ok());
        LearningCentre edited = f.centre;
        edited.name = QStringLiteral(" ");
        QVERIFY(!LearningCentreService(f.db).updateCentre(edited).ok());
        QCOMPARE(snapshot(f.db), before);
        edited.name = QStringLiteral("TTHTCĐ xã Thử Nghiệm");
        edited.directorPersonId = f.head;
        edited.establishedOn = QDate(2006, 9, 5);
        SHT_VERIFY_OK(LearningCentreService(f.db).updateCentre(edited));
        const auto stored = LearningCentreRepository(f.db).centre();
        QCOMPARE(stored->name, edited.name);
        QCOMPARE(stored->directorPersonId, f.head);
        QCOMPARE(stored->establishedOn, QDate(2006, 9, 5));
    }

    void everyCommandUndoesAndRedoesExactly()
    {
        Fixture f;
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, f.head));
        SHT_VERIFY_OK(LearningCentreService(f.db).markPresent(f.first.id, f.wife));
        Course newCourse;
        newCourse.title = QStringLiteral("Phòng chống dịch bệnh");
        newCourse.field = QStringLiteral("health");
        newCourse.startDate = QDate(2025, 5, 1);
        newCourse.endDate = QDate(2025, 5, 30);
        CourseSession newSession;
        newSession.courseId = f.course.id;
        newSession.heldOn = QDate(2025, 3, 19);
        newSession.hours = 2;
        Course edited = f.course;
        edited.title = QStringLiteral("Kỹ thuật trồng lúa chất lượng cao");
        edited.location = QStringLiteral("Nhà văn hóa thôn Đông");
        CourseSession movedSession = f.second;
        movedSession.heldOn = QDate(2025, 3, 13);
        LearningCentre centre = f.centre;
        centre.directorPersonId = f.head;

        const struct
        {
            const char *name;
            QString text;
            std::function<Status()> edit;
        } steps[] = {
            {"mark present", QStringLiteral("Mark Nguyễn Văn Cường present on 05/03/2025"),
             [&] { return f.commands.markPresent(f.first.id, f.son); }},
            {"household", QStringLiteral("Mark the household of Nguyễn Văn An present on 12/03/2025"),
             [&] { return f.commands.markHouseholdPresent(f.second.id, f.head); }},
            {"copy", QStringLiteral("Copy the previous session's attendance to 12/03/2025"),
             [&] { return f.commands.copyPreviousSession(f.second.id); }},
            {"remove attendee", QStringLiteral("Remove Nguyễn Văn An from the session of 05/03/2025"),
             [&] { return f.commands.removeAttendance(f.first.id, {f.head}); }},
            {"remove two", QString(),
             [&] {
                 return f.commands.removeAttendance(f.first.id, {f.head, f.wife});
             }},
            {"new course", QStringLiteral("New course Phòng chống dịch bệnh"),
             [&] {
                 Course c = newCourse;
                 return f.commands.createCourse(c);
             }},
            {"edit course", QString(), [&] { return f.commands.updateCourse(edited); }},
            {"delete course", QStringLiteral("Delete course Kỹ thuật trồng lúa"),
             [&] { return f.commands.removeCourse(f.course.id); }},
            {"new session", QString(),
             [&] {
                 CourseSession s = newSession;
                 return f.commands.addSession(s);
             }},
            {"edit session", QString(), [&] { return f.commands.updateSession(movedSession); }},
            {"delete session", QStringLiteral("Delete the session of 05/03/2025"),
             [&] { return f.commands.removeSession(f.first.id); }},
            {"edit centre", QString(), [&] { return f.commands.updateCentre(centre); }},
        };
        for (const auto &step : steps) {
            const QStringList before = test::databaseState(f.db);
            const int depth = f.stack.index(); // the undone steps before it are dropped by the push
            const Status s = step.edit();
            QVERIFY2(s.ok(), qPrintable(QLatin1String(step.name) + QStringLiteral(": ") + s.message()));
            QCOMPARE(f.stack.index(), depth + 1);
            if (!step.text.isEmpty())
                QCOMPARE(f.stack.text(depth), step.text);
            const QStringList after = test::databaseState(f.db);
            QVERIFY2(after != before, step.name);
            f.stack.undo();
            QVERIFY2(test::databaseState(f.db) == before, step.name);
            f.stack.redo();
            QVERIFY2(test::databaseState(f.db) == after, step.name);
            f.stack.undo(); // each step starts from the fixture's state
            QVERIFY2(test::databaseState(f.db) == before, step.name);
        }
        // A refusal is no step.
        const int depth = f.stack.index();
        QVERIFY(!f.commands.markPresent(f.first.id, f.head).ok());
        QCOMPARE(f.stack.index(), depth);
    }

    void demoCommuneHasTwoYearsOfCourses()
    {
        test::TempCommune temp;
        Database db;
        SHT_VERIFY_OK(db.open(temp.demo()));
        LearningCentreRepository centres(db);
        const auto centre = centres.centre();
        QVERIFY(centre);
        const QList<int> years = centres.courseYears(centre->id);
        QCOMPARE(years.size(), 2);
        const auto courses = centres.courseSummaries(centre->id, years.first());
        QVERIFY(!courses.isEmpty());
        int learners = 0;
        for (const CourseSummary &c : courses) {
            QVERIFY(c.sessions >= 1);
            learners += c.learners;
        }
        QVERIFY(learners > 0);
    }
};

QTEST_GUILESS_MAIN(TestLearningCentre)
#include "tst_learning_centre.moc"
