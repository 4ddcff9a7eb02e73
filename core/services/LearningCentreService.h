#pragma once

#include "LearningCentre.h"
#include "Person.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>

namespace sht {

class Database;

// The learning centre's register: the centre, its courses, their sessions and who was present. Each call is
// one transaction (whole or nothing, every row audited); a refusal says why and changes nothing.
class LearningCentreService
{
    Q_DECLARE_TR_FUNCTIONS(LearningCentreService)

public:
    // What a mark of several people did.
    struct MarkResult
    {
        int added = 0;
        int alreadyPresent = 0;
        int notAllowed = 0; // died or moved away before the session
        QString source;     // the household code, or the date of the session copied
    };

    explicit LearningCentreService(Database &db);

    // What is wrong with a value, "" when nothing. The dialogs show the same words beside the field.
    static QString titleProblem(const QString &title);
    static QString datesProblem(const QDate &start, const QDate &end);
    static QString hoursProblem(double hours);
    static QString sessionDateProblem(const QDate &heldOn, const Course &course);

    // One centre a file; communeId 0 means the file's commune.
    Status createCentre(LearningCentre &centre);
    Status updateCentre(const LearningCentre &centre);

    Status createCourse(Course &course);
    // Refused when a session would fall outside the new dates.
    Status updateCourse(const Course &course);
    // The course goes with its sessions and their attendance.
    Status removeCourse(qint64 courseId);

    // The date must lie within the course's dates.
    Status addSession(CourseSession &session);
    Status updateSession(const CourseSession &session);
    // The session goes with its attendance.
    Status removeSession(qint64 sessionId);

    // Refused when the person is already present, or died or moved away before the session.
    Status markPresent(qint64 sessionId, qint64 personId);
    // Marks the living current members of the person's household present, skipping those already present;
    // refused when nobody is left to mark.
    Status markHouseholdPresent(qint64 sessionId, qint64 personId, MarkResult *result = nullptr);
    // Marks present everyone present at the course's previous session; refused when there is none, or when
    // nobody is left to mark.
    Status copyPreviousSession(qint64 sessionId, MarkResult *result = nullptr);
    Status removeAttendance(qint64 sessionId, const QList<qint64> &personIds);

private:
    Status checkCourse(const Course &course) const;
    // Why the person cannot be present at the session, "" when they can.
    QString attendanceProblem(const Person &person, const CourseSession &session) const;
    Status markMany(qint64 sessionId, const QList<qint64> &personIds, MarkResult *result);

    Database &m_db;
};

} // namespace sht
