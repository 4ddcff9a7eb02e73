#pragma once

#include "AuditedWriter.h"
#include "LearningCentre.h"
#include "PartialDate.h"
#include "Status.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

// A course as the register lists it: with how many sessions it had and how many different people came.
struct CourseSummary
{
    Course course;
    int sessions = 0;
    int learners = 0;
};

// A session with how many people were present.
struct SessionSummary
{
    CourseSession session;
    int present = 0;
};

// One person present at a session, with what the attendance list shows of them.
struct AttendeeRow
{
    qint64 personId = 0;
    QString name;
    QString sortKey;
    PartialDate birthDate;
    QString householdCode; // current household, else the last one
    QString village;
};

// The learning centre, its courses, their sessions and who attended each session.
class LearningCentreRepository
{
public:
    explicit LearningCentreRepository(Database &db);

    Status insertCentre(LearningCentre &centre);
    Status updateCentre(const LearningCentre &centre);
    std::optional<LearningCentre> centre() const;

    Status insertCourse(Course &course);
    Status updateCourse(const Course &course);
    // Deletes the course with its sessions and their attendance, each row through the audited writer (the
    // schema's ON DELETE CASCADE would remove them unaudited).
    Status removeCourse(qint64 courseId);
    std::optional<Course> course(qint64 courseId) const;
    QList<Course> courses(qint64 centreId) const;
    // The courses starting in `year`, by start date, with their session and learner counts (one query).
    QList<CourseSummary> courseSummaries(qint64 centreId, int year) const;
    // The years in which courses start, newest first.
    QList<int> courseYears(qint64 centreId) const;

    Status insertSession(CourseSession &session);
    Status updateSession(const CourseSession &session);
    // Deletes the session and its attendance, audited row by row.
    Status removeSession(qint64 sessionId);
    std::optional<CourseSession> session(qint64 sessionId) const;
    QList<CourseSession> sessions(qint64 courseId) const;
    // The sessions of a course by date, with how many were present at each (one query).
    QList<SessionSummary> sessionSummaries(qint64 courseId) const;
    // The session of the same course held just before this one (by date, then by id), if any.
    std::optional<CourseSession> previousSession(qint64 sessionId) const;
    // How many attendance records the sessions of a course hold.
    int courseAttendanceCount(qint64 courseId) const;

    Status addAttendance(qint64 sessionId, qint64 personId);
    Status removeAttendance(qint64 sessionId, qint64 personId);
    bool isPresent(qint64 sessionId, qint64 personId) const;
    QList<qint64> attendees(qint64 sessionId) const;
    // Who was present, in Vietnamese name order, with their household and village (one query).
    QList<AttendeeRow> attendeeRows(qint64 sessionId) const;

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
