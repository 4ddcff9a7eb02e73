#pragma once

#include "LearningCentre.h"
#include "Status.h"

#include <QMetaObject>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sht {

class AttendanceModel;
class ChangeNotifier;
class CourseTableModel;
class Database;
class EditCommands;
class LearningCentreCommands;
class PeopleFinder;
class SessionTableModel;

// The learning centre register (TTHTCĐ): the centre, the courses of a year, the sessions of the selected
// course and who was present at the selected session. Attendance is taken at typing speed: type part of a
// name in the finder, Enter marks the person present and clears the field for the next name; Ctrl+Enter
// marks the person's whole household. Every edit is one undoable step (LearningCentreCommands), and the page
// reloads whenever ChangeNotifier reports one of its tables, so undo and redo show at once.
//
// Keys: Ctrl+N (or Insert in the courses) new course, F2 or Enter edit it, Del delete it; Ctrl+Shift+N (or
// Insert in the sessions) new session, F2 edit it, Del delete it, Enter go to the finder; in the finder
// Enter mark present, Ctrl+Enter the whole household; Ctrl+Shift+C copy the previous session's list; Del in
// the attendance list removes the selected people (asking first when there are several).
class LearningCentreWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LearningCentreWidget(QWidget *parent = nullptr);
    ~LearningCentreWidget() override;

    // db and commands null: file closed, clear everything. Loads lazily on first show or at once if visible.
    void setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier);
    void focusFilter(); // Ctrl+F on the page: focus + select the filter/find field

    // The selected course and session (0 when none), for tests and the main window.
    qint64 currentCourseId() const;
    qint64 currentSessionId() const;
    int year() const;
    void setYear(int year);
    void selectCourse(qint64 courseId);
    void selectSession(qint64 sessionId);

    void editCentre();
    void newCourse();
    void editCourse();
    void deleteCourse();
    void newSession();
    void editSession();
    void deleteSession();
    void markChosenPresent();
    void markChosenHousehold();
    void copyLastSession();
    void removeAttendees();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QAction *addViewAction(QWidget *view, const QKeySequence &key, void (LearningCentreWidget::*slot)());
    void load();
    void reload(bool people);
    void reloadCentre();
    void reloadYears();
    void reloadCourses(qint64 keepCourseId);
    void reloadSessions(qint64 keepSessionId);
    void reloadAttendance();
    void updateActions();
    void updateCount();
    void say(const QString &message, bool refusal = false);
    bool report(const Status &status, const QString &title);
    std::optional<Course> currentCourse() const;

    Database *m_db = nullptr;
    EditCommands *m_edits = nullptr;
    std::unique_ptr<LearningCentreCommands> m_commands;
    QMetaObject::Connection m_notifierConnection;
    bool m_loaded = false;
    std::optional<LearningCentre> m_centre;

    CourseTableModel *m_courses = nullptr;
    SessionTableModel *m_sessions = nullptr;
    AttendanceModel *m_attendance = nullptr;

    QLabel *m_centreName = nullptr;
    QLabel *m_centreInfo = nullptr;
    QPushButton *m_centreButton = nullptr;
    QLabel *m_noCentre = nullptr;
    QWidget *m_body = nullptr;
    QComboBox *m_yearCombo = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_courseTable = nullptr;
    QLabel *m_sessionsHeading = nullptr;
    QTableView *m_sessionTable = nullptr;
    QLabel *m_attendanceHeading = nullptr;
    QTableView *m_attendanceTable = nullptr;
    PeopleFinder *m_finder = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;

    QPushButton *m_newCourseButton = nullptr;
    QPushButton *m_editCourseButton = nullptr;
    QPushButton *m_deleteCourseButton = nullptr;
    QPushButton *m_newSessionButton = nullptr;
    QPushButton *m_editSessionButton = nullptr;
    QPushButton *m_deleteSessionButton = nullptr;
    QPushButton *m_markButton = nullptr;
    QPushButton *m_householdButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace sht
