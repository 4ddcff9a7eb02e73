#pragma once

#include "AuditedWriter.h"
#include "LearningCentre.h"
#include "Status.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

// The learning centre, its courses, their sessions and who attended each session.
class LearningCentreRepository
{
public:
    explicit LearningCentreRepository(Database &db);

    Status insertCentre(LearningCentre &centre);
    std::optional<LearningCentre> centre() const;
    Status insertCourse(Course &course);
    QList<Course> courses(qint64 centreId) const;
    Status insertSession(CourseSession &session);
    QList<CourseSession> sessions(qint64 courseId) const;
    Status addAttendance(qint64 sessionId, qint64 personId);
    QList<qint64> attendees(qint64 sessionId) const;

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
