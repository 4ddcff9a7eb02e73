// The learning centre page driven by the keyboard: attendance taken by typing names (Enter, Ctrl+Enter),
// copied from the previous session, removed with Del, courses and sessions through their dialogs, and every
// step undone through the undo stack with the page following.
#include "AdminUnitService.h"
#include "AttendanceModel.h"
#include "ChangeNotifier.h"
#include "CourseDialog.h"
#include "CourseTableModel.h"
#include "EditCommands.h"
#include "GuiTestSupport.h"
#include "HouseholdService.h"
#include "LearningCentreCommands.h"
#include "LearningCentreDialog.h"
#include "LearningCentreRepository.h"
#include "LearningCentreService.h"
#include "LearningCentreWidget.h"
#include "MessageBox.h"
#include "PeopleFinder.h"
#include "SessionDialog.h"
#include "SessionTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace sht;
using namespace sht::test;

namespace {

struct Commune
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    qint64 household = 0;
    qint64 head = 0;
    qint64 wife = 0;
    qint64 son = 0;
    qint64 neighbour = 0;
    LearningCentre centre;
    Course course;
    CourseSession first;
    CourseSession second;

    explicit Commune(bool withCentre = true)
        : db(temp.create())
        , edits(db, stack, notifier)
    {
        AdminUnit village;
        village.name = QStringLiteral("Thôn Đông");
        village.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(village));
        household =
            makeHousehold(village.id, QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"), &head);
        wife = member(QStringLiteral("Lê Thị Bình"), Relation::Spouse);
        son = member(QStringLiteral("Nguyễn Văn Cường"), Relation::Child);
        makeHousehold(village.id, QStringLiteral("01.002"), QStringLiteral("Trần Văn Bảo"), &neighbour);
        if (!withCentre)
            return;
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

    qint64 makeHousehold(qint64 villageId, const QString &code, const QString &headName, qint64 *headId)
    {
        Household h;
        h.code = code;
        h.villageId = villageId;
        Person p;
        p.name = PersonName(headName);
        p.sex = Sex::Male;
        p.birthDate = PartialDate::fromYear(1960);
        check(HouseholdService(db).createHousehold(h, p, QDate(2000, 1, 1)));
        *headId = p.id;
        return h.id;
    }

    qint64 member(const QString &name, Relation relation)
    {
        Person p;
        p.name = PersonName(name);
        p.sex = Sex::Female;
        p.birthDate = PartialDate::fromYear(1965);
        check(HouseholdService(db).addMember(household, p, relation, ResidenceStatus::Permanent,
                                             QDate(2000, 1, 1)));
        return p.id;
    }

    int present(const CourseSession &session)
    {
        return int(LearningCentreRepository(db).attendees(session.id).size());
    }

    static void check(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.message()));
    }
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// The page on the commune's course, its second session current, ready to take attendance.
struct Page
{
    LearningCentreWidget widget;
    QTableView *courses;
    QTableView *sessions;
    QTableView *attendance;
    PeopleFinder *finder;
    QLabel *count;
    QLabel *message;

    explicit Page(Commune &c)
        : courses(child<QTableView>(&widget, "courseTable"))
        , sessions(child<QTableView>(&widget, "sessionTable"))
        , attendance(child<QTableView>(&widget, "attendanceTable"))
        , finder(child<PeopleFinder>(&widget, "attendanceFinder"))
        , count(child<QLabel>(&widget, "attendanceCount"))
        , message(child<QLabel>(&widget, "attendanceMessage"))
    {
        widget.setSession(&c.db, &c.edits, &c.notifier);
        showActive(&widget);
        widget.setYear(2025);
    }
};

} // namespace

class TestLearningCentreGui : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        MessageBox::clearRecords();
        MessageBox::setAutoAnswer(true);
    }

    void modelsAreSound()
    {
        Commune c;
        LearningCentreRepository centres(c.db);
        SHT_VERIFY_OK(LearningCentreService(c.db).markPresent(c.first.id, c.wife));

        CourseTableModel courses;
        QAbstractItemModelTester courseTester(&courses,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        courses.setCourses(centres.courseSummaries(c.centre.id, 2025));
        QCOMPARE(courses.rowCount(), 1);
        QCOMPARE(courses.index(0, CourseTableModel::FieldColumn).data().toString(),
                 QStringLiteral("Agriculture"));
        QCOMPARE(courses.index(0, CourseTableModel::SessionsColumn).data().toInt(), 2);
        QCOMPARE(courses.index(0, CourseTableModel::LearnersColumn).data().toInt(), 1);
        QCOMPARE(courses.index(0, CourseTableModel::FromColumn).data().toString(),
                 QStringLiteral("01/03/2025"));
        courses.setFilterText(QStringLiteral("trong lua")); // without accents
        QCOMPARE(courses.rowCount(), 1);
        courses.setFilterText(QStringLiteral("agri")); // the field's name
        QCOMPARE(courses.rowCount(), 1);
        courses.setFilterText(QStringLiteral("tin hoc"));
        QCOMPARE(courses.rowCount(), 0);
        QCOMPARE(courses.rowOfCourse(c.course.id), -1);
        courses.setFilterText(QString());
        QCOMPARE(courses.rowOfCourse(c.course.id), 0);

        SessionTableModel sessions;
        QAbstractItemModelTester sessionTester(&sessions,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        sessions.setSessions(centres.sessionSummaries(c.course.id));
        QCOMPARE(sessions.rowCount(), 2);
        QCOMPARE(sessions.index(0, SessionTableModel::DateColumn).data().toString(),
                 QStringLiteral("05/03/2025"));
        QCOMPARE(sessions.index(0, SessionTableModel::PresentColumn).data().toInt(), 1);
        QCOMPARE(sessions.rowOfSession(c.second.id), 1);
        sessions.setSessions({});
        QCOMPARE(sessions.rowCount(), 0);

        AttendanceModel attendance;
        QAbstractItemModelTester attendanceTester(&attendance,
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        attendance.setAttendees(centres.attendeeRows(c.first.id));
        QCOMPARE(attendance.rowCount(), 1);
        QCOMPARE(attendance.index(0, AttendanceModel::NameColumn).data().toString(),
                 QStringLiteral("Lê Thị Bình"));
        QCOMPARE(attendance.index(0, AttendanceModel::BornColumn).data().toString(), QStringLiteral("1965"));
        QCOMPARE(attendance.index(0, AttendanceModel::HouseholdColumn).data().toString(),
                 QStringLiteral("01.001"));
        QCOMPARE(attendance.index(0, AttendanceModel::VillageColumn).data().toString(),
                 QStringLiteral("Thôn Đông"));
        QCOMPARE(attendance.index(0, 0).data(AttendanceModel::PersonIdRole).toLongLong(), c.wife);
    }

    void pageShowsTheCourseAndItsLatestSession()
    {
        Commune c;
        Page p(c);
        QCOMPARE(child<QLabel>(&p.widget, "centreName")->text(), c.centre.name);
        QCOMPARE(child<QComboBox>(&p.widget, "yearCombo")->currentText(), QStringLiteral("2025"));
        QCOMPARE(p.courses->model()->rowCount(), 1);
        QCOMPARE(p.widget.currentCourseId(), c.course.id);
        QCOMPARE(p.widget.currentSessionId(), c.second.id); // the latest: the one being recorded
        QCOMPARE(p.count->text(), QStringLiteral("0 present"));
        // Ctrl+F on the page: the filter, its text selected.
        p.widget.focusFilter();
        QCOMPARE(focused()->objectName(), QStringLiteral("courseFilter"));
        type(QStringLiteral("tin hoc"));
        QCOMPARE(p.courses->model()->rowCount(), 0);
        QCOMPARE(p.widget.currentSessionId(), 0);
        key(Qt::Key_Escape);
        QCOMPARE(p.courses->model()->rowCount(), 1);
    }

    void typeANameEnterMarksPresentAndClears()
    {
        Commune c;
        Page p(c);
        p.finder->restart();
        QCOMPARE(focused(), p.finder->findEdit());
        type(QStringLiteral("binh"));
        key(Qt::Key_Return);
        QCOMPARE(c.present(c.second), 1);
        QCOMPARE(p.attendance->model()->rowCount(), 1);
        QCOMPARE(p.attendance->model()->index(0, 0).data().toString(), QStringLiteral("Lê Thị Bình"));
        QCOMPARE(p.finder->findEdit()->text(), QString());
        QCOMPARE(focused(), p.finder->findEdit());
        QCOMPARE(p.count->text(), QStringLiteral("1 present"));
        QCOMPARE(c.stack.count(), 1);
        QCOMPARE(c.stack.text(0), QStringLiteral("Mark Lê Thị Bình present on 12/03/2025"));

        // The next name at once.
        type(QStringLiteral("bao"));
        key(Qt::Key_Enter);
        QCOMPARE(c.present(c.second), 2);
        QCOMPARE(p.count->text(), QStringLiteral("2 present"));

        // The same person again: said in the line, no step, no box.
        type(QStringLiteral("le thi binh"));
        key(Qt::Key_Return);
        QCOMPARE(c.present(c.second), 2);
        QCOMPARE(c.stack.count(), 2);
        QVERIFY2(p.message->text().contains(QStringLiteral("already")), qPrintable(p.message->text()));
        QVERIFY(MessageBox::records().isEmpty());

        // Undo through the stack: the page follows.
        c.stack.undo();
        QCOMPARE(c.present(c.second), 1);
        QCOMPARE(p.attendance->model()->rowCount(), 1);
        QCOMPARE(p.count->text(), QStringLiteral("1 present"));
        c.stack.redo();
        QCOMPARE(p.attendance->model()->rowCount(), 2);
        QCOMPARE(p.courses->model()->index(0, CourseTableModel::LearnersColumn).data().toInt(), 2);
    }

    void ctrlEnterMarksTheWholeHousehold()
    {
        Commune c;
        SHT_VERIFY_OK(LearningCentreService(c.db).markPresent(c.second.id, c.wife));
        Page p(c);
        p.finder->restart();
        type(QStringLiteral("cuong"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(c.present(c.second), 3);
        QCOMPARE(p.count->text(), QStringLiteral("3 present"));
        QVERIFY2(p.message->text().contains(QStringLiteral("01.001")) &&
                     p.message->text().contains(QStringLiteral("2")),
                 qPrintable(p.message->text()));
        QCOMPARE(p.finder->findEdit()->text(), QString());
        QCOMPARE(c.stack.count(), 1);
        c.stack.undo();
        QCOMPARE(c.present(c.second), 1);
        QCOMPARE(p.attendance->model()->rowCount(), 1);
    }

    void copyLastSession()
    {
        Commune c;
        for (qint64 id : {c.head, c.wife, c.neighbour})
            SHT_VERIFY_OK(LearningCentreService(c.db).markPresent(c.first.id, id));
        Page p(c);
        p.sessions->setFocus();
        key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(c.present(c.second), 3);
        QCOMPARE(p.count->text(), QStringLiteral("3 present"));
        QVERIFY2(p.message->text().contains(QStringLiteral("05/03/2025")), qPrintable(p.message->text()));
        QCOMPARE(c.stack.count(), 1);

        // On the first session there is nothing to copy from: explained.
        p.widget.selectSession(c.first.id);
        QCOMPARE(p.count->text(), QStringLiteral("3 present"));
        QPushButton *copy = child<QPushButton>(&p.widget, "copyButton");
        QVERIFY(!copy->isEnabled());
        p.widget.copyLastSession();
        QVERIFY2(p.message->text().contains(QStringLiteral("first session")), qPrintable(p.message->text()));
        QCOMPARE(c.stack.count(), 1);

        c.stack.undo();
        QCOMPARE(c.present(c.second), 0);
    }

    void delRemovesOneAtOnceAndAsksForSeveral()
    {
        Commune c;
        for (qint64 id : {c.head, c.wife, c.son})
            SHT_VERIFY_OK(LearningCentreService(c.db).markPresent(c.second.id, id));
        Page p(c);
        p.attendance->setFocus();
        p.attendance->selectionModel()->setCurrentIndex(p.attendance->model()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        const QString first = p.attendance->model()->index(0, 0).data().toString();
        key(Qt::Key_Delete);
        QCOMPARE(c.present(c.second), 2);
        QVERIFY(MessageBox::records().isEmpty()); // one name: no question, Ctrl+Z puts it back
        QCOMPARE(c.stack.text(0), QStringLiteral("Remove %1 from the session of 12/03/2025").arg(first));

        key(Qt::Key_A, Qt::ControlModifier);
        MessageBox::setNextAnswer(QMessageBox::No);
        key(Qt::Key_Delete);
        QCOMPARE(MessageBox::records().size(), 1);
        QVERIFY(MessageBox::records().at(0).text.contains(QStringLiteral("2")));
        QCOMPARE(c.present(c.second), 2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        key(Qt::Key_Delete);
        QCOMPARE(c.present(c.second), 0);
        QCOMPARE(p.count->text(), QStringLiteral("0 present"));
        QCOMPARE(c.stack.count(), 2);

        c.stack.undo();
        c.stack.undo();
        QCOMPARE(c.present(c.second), 3);
        QCOMPARE(p.attendance->model()->rowCount(), 3);
    }

    void newCourseAndDeleteItByKeyboard()
    {
        Commune c;
        Page p(c);
        p.courses->setFocus();
        const bool seen = whileModal<CourseDialog>(
            [] { key(Qt::Key_Insert); },
            [](CourseDialog *dialog) {
                QCOMPARE(focused()->objectName(), QStringLiteral("titleEdit"));
                auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                QVERIFY(!ok->isEnabled()); // no title yet
                type(QStringLiteral("Tin học cơ bản"));
                QVERIFY(ok->isEnabled());
                auto *field = dialog->findChild<QComboBox *>(QStringLiteral("fieldCombo"));
                field->setCurrentIndex(field->findData(QStringLiteral("ict")));
                auto *start = dialog->findChild<QDateEdit *>(QStringLiteral("startEdit"));
                auto *end = dialog->findChild<QDateEdit *>(QStringLiteral("endEdit"));
                start->setDate(QDate(2025, 6, 10));
                QCOMPARE(end->date(), QDate(2025, 6, 10)); // the end follows the start
                end->setDate(QDate(2025, 6, 1));
                auto *datesError = dialog->findChild<QLabel *>(QStringLiteral("datesError"));
                QVERIFY(!datesError->isHidden());
                QVERIFY2(datesError->text().contains(QStringLiteral("01/06/2025")),
                         qPrintable(datesError->text()));
                QVERIFY(!ok->isEnabled());
                end->setDate(QDate(2025, 6, 24));
                QVERIFY(datesError->isHidden());
                dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setFocus();
                key(Qt::Key_Return);
                QCOMPARE(dialog->result(), int(QDialog::Accepted));
            });
        QVERIFY(seen);
        QCOMPARE(c.stack.count(), 1);
        QCOMPARE(c.stack.text(0), QStringLiteral("New course Tin học cơ bản"));
        QCOMPARE(p.courses->model()->rowCount(), 2);
        const auto added = LearningCentreRepository(c.db).courses(c.centre.id).last();
        QCOMPARE(added.field, QStringLiteral("ict"));
        QCOMPARE(p.widget.currentCourseId(), added.id);

        // Del on the first course asks, saying what goes with it.
        SHT_VERIFY_OK(LearningCentreService(c.db).markPresent(c.first.id, c.wife));
        SHT_VERIFY_OK(LearningCentreService(c.db).markPresent(c.second.id, c.wife));
        p.widget.selectCourse(c.course.id);
        p.courses->setFocus();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        key(Qt::Key_Delete);
        QCOMPARE(MessageBox::records().size(), 1);
        const QString asked = MessageBox::records().at(0).text;
        QVERIFY2(asked.contains(QStringLiteral("2 session")) &&
                     asked.contains(QStringLiteral("2 attendance")),
                 qPrintable(asked));
        QVERIFY(!LearningCentreRepository(c.db).course(c.course.id));
        QCOMPARE(p.courses->model()->rowCount(), 1);
        c.stack.undo();
        QCOMPARE(p.courses->model()->rowCount(), 2);
        QCOMPARE(c.present(c.second), 1);
    }

    void newSessionDefaultsToTheDayAfterTheLast()
    {
        Commune c;
        Page p(c);
        p.courses->setFocus();
        const bool seen = whileModal<SessionDialog>(
            [] { key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); },
            [](SessionDialog *dialog) {
                auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
                QCOMPARE(date->date(), QDate(2025, 3, 13));
                QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("hoursSpin"))->value(), 3.0);
                // Outside the course: explained beside the date, OK off.
                date->setDate(QDate(2025, 4, 2));
                auto *error = dialog->findChild<QLabel *>(QStringLiteral("dateError"));
                QVERIFY2(error->text().contains(QStringLiteral("31/03/2025")), qPrintable(error->text()));
                QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
                date->setDate(QDate(2025, 3, 19));
                date->setFocus();
                key(Qt::Key_Return);
                QCOMPARE(dialog->result(), int(QDialog::Accepted));
            });
        QVERIFY(seen);
        QCOMPARE(LearningCentreRepository(c.db).sessions(c.course.id).size(), 3);
        const auto added = LearningCentreRepository(c.db).sessions(c.course.id).last();
        QCOMPARE(p.widget.currentSessionId(), added.id);
        QCOMPARE(focused(), p.finder->findEdit()); // on to the attendance
        // Del on a session with attendance asks and says how many records go.
        LearningCentreCommands commands(c.edits);
        SHT_VERIFY_OK(commands.markPresent(c.second.id, c.wife));
        p.widget.selectSession(c.second.id);
        p.sessions->setFocus();
        MessageBox::setNextAnswer(QMessageBox::No);
        key(Qt::Key_Delete);
        QCOMPARE(MessageBox::records().size(), 1);
        QVERIFY2(MessageBox::records().at(0).text.contains(QStringLiteral("1 attendance")),
                 qPrintable(MessageBox::records().at(0).text));
        QVERIFY(LearningCentreRepository(c.db).session(c.second.id));
    }

    void noCentreOffersToCreateIt()
    {
        Commune c(false);
        LearningCentreWidget widget;
        widget.setSession(&c.db, &c.edits, &c.notifier);
        showActive(&widget);
        auto *button = child<QPushButton>(&widget, "centreButton");
        QVERIFY(button->text().contains(QStringLiteral("Create")));
        QVERIFY(!child<QTableView>(&widget, "courseTable")->isVisible());
        const bool seen = whileModal<LearningCentreDialog>([&] { button->click(); },
                                                           [](LearningCentreDialog *d) {
                                                               QCOMPARE(focused()->objectName(),
                                                                        QStringLiteral("nameEdit"));
                                                               type(QStringLiteral("TTHTCĐ xã Thử Nghiệm"));
                                                               d->directorFinder()->findEdit()->setFocus();
                                                               type(QStringLiteral("nguyen van an"));
                                                               key(Qt::Key_Return);
                                                               QCOMPARE(d->result(), int(QDialog::Accepted));
                                                           });
        QVERIFY(seen);
        const auto centre = LearningCentreRepository(c.db).centre();
        QVERIFY(centre);
        QCOMPARE(centre->name, QStringLiteral("TTHTCĐ xã Thử Nghiệm"));
        QCOMPARE(centre->directorPersonId, c.head);
        QCOMPARE(child<QLabel>(&widget, "centreName")->text(), centre->name);
        QVERIFY(child<QTableView>(&widget, "courseTable")->isVisible());
        QVERIFY(child<QLabel>(&widget, "centreInfo")->text().contains(QStringLiteral("Nguyễn Văn An")));
        c.stack.undo();
        QVERIFY(button->text().contains(QStringLiteral("Create")));
        // File closed: everything cleared.
        widget.setSession(nullptr, nullptr, nullptr);
        QCOMPARE(child<QLabel>(&widget, "centreName")->text(), QString());
    }

    void screenshot()
    {
        test::TempCommune temp;
        Database db;
        SHT_VERIFY_OK(db.open(temp.demo(1500)));
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(db, stack, notifier);
        LearningCentreWidget widget;
        widget.setSession(&db, &edits, &notifier);
        showActive(&widget);
        QVERIFY(widget.currentCourseId() != 0);
        QVERIFY(widget.currentSessionId() != 0);
        QVERIFY(widget.findChild<QTableView *>(QStringLiteral("attendanceTable"))->model()->rowCount() > 0);
        auto *finder = widget.findChild<PeopleFinder *>(QStringLiteral("attendanceFinder"));
        finder->restart();
        type(QStringLiteral("nguyen thi h"));
        const QString out = qEnvironmentVariable(
            "SHT_CENTRE_SHOT", QDir::temp().filePath(QStringLiteral("learning-centre.png")));
        QVERIFY(widget.grab().save(out));
    }
};

QTEST_MAIN(TestLearningCentreGui)
#include "tst_learning_centre_gui.moc"
