#include "LearningCentreRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace sht {

LearningCentreRepository::LearningCentreRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status LearningCentreRepository::insertCentre(LearningCentre &centre)
{
    if (centre.name.trimmed().isEmpty())
        return Status::failure(Database::tr("The learning centre needs a name."));
    Status status;
    centre.id =
        m_writer.insert(QStringLiteral("learning_centre"),
                        {{QStringLiteral("name"), centre.name},
                         {QStringLiteral("commune_id"), sql::key(centre.communeId)},
                         {QStringLiteral("established_on"), centre.establishedOn.toString(Qt::ISODate)},
                         {QStringLiteral("director_person_id"), sql::key(centre.directorPersonId)},
                         {QStringLiteral("notes"), centre.notes}},
                        &status, &centre.uuid);
    centre.revision = 1;
    return status;
}

std::optional<LearningCentre> LearningCentreRepository::centre() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT id, uuid, revision, name, commune_id, established_on, director_person_id, "
                           "notes FROM learning_centre ORDER BY id LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    LearningCentre c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.revision = q.value(2).toInt();
    c.name = q.value(3).toString();
    c.communeId = q.value(4).toLongLong();
    c.establishedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.directorPersonId = q.value(6).toLongLong();
    c.notes = q.value(7).toString();
    return c;
}

Status LearningCentreRepository::insertCourse(Course &course)
{
    if (course.title.trimmed().isEmpty())
        return Status::failure(Database::tr("A course needs a title."));
    Status status;
    course.id = m_writer.insert(QStringLiteral("course"),
                                {{QStringLiteral("centre_id"), course.centreId},
                                 {QStringLiteral("title"), course.title},
                                 {QStringLiteral("field"), course.field},
                                 {QStringLiteral("start_date"), course.startDate.toString(Qt::ISODate)},
                                 {QStringLiteral("end_date"), course.endDate.toString(Qt::ISODate)},
                                 {QStringLiteral("hours"), course.hours},
                                 {QStringLiteral("location"), course.location},
                                 {QStringLiteral("notes"), course.notes}},
                                &status, &course.uuid);
    course.revision = 1;
    return status;
}

QList<Course> LearningCentreRepository::courses(qint64 centreId) const
{
    QList<Course> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, uuid, revision, centre_id, title, field, start_date, end_date, hours, "
                       "location, notes FROM course WHERE centre_id = ? ORDER BY start_date, id"));
    q.addBindValue(centreId);
    if (q.exec())
        while (q.next()) {
            Course c;
            c.id = q.value(0).toLongLong();
            c.uuid = q.value(1).toString();
            c.revision = q.value(2).toInt();
            c.centreId = q.value(3).toLongLong();
            c.title = q.value(4).toString();
            c.field = q.value(5).toString();
            c.startDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            c.endDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            c.hours = q.value(8).toDouble();
            c.location = q.value(9).toString();
            c.notes = q.value(10).toString();
            result << c;
        }
    return result;
}

Status LearningCentreRepository::insertSession(CourseSession &session)
{
    if (!session.heldOn.isValid())
        return Status::failure(Database::tr("A session needs a date."));
    Status status;
    session.id = m_writer.insert(QStringLiteral("course_session"),
                                 {{QStringLiteral("course_id"), session.courseId},
                                  {QStringLiteral("held_on"), session.heldOn.toString(Qt::ISODate)},
                                  {QStringLiteral("hours"), session.hours}},
                                 &status, &session.uuid);
    session.revision = 1;
    return status;
}

QList<CourseSession> LearningCentreRepository::sessions(qint64 courseId) const
{
    QList<CourseSession> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, uuid, revision, course_id, held_on, hours FROM course_session "
                             "WHERE course_id = ? ORDER BY held_on, id"));
    q.addBindValue(courseId);
    if (q.exec())
        while (q.next())
            result << CourseSession{q.value(0).toLongLong(),
                                    q.value(1).toString(),
                                    q.value(2).toInt(),
                                    q.value(3).toLongLong(),
                                    QDate::fromString(q.value(4).toString(), Qt::ISODate),
                                    q.value(5).toDouble()};
    return result;
}

Status LearningCentreRepository::addAttendance(qint64 sessionId, qint64 personId)
{
    Status status;
    m_writer.insert(QStringLiteral("attendance"),
                    {{QStringLiteral("session_id"), sessionId}, {QStringLiteral("person_id"), personId}},
                    &status);
    return status;
}

QList<qint64> LearningCentreRepository::attendees(qint64 sessionId) const
{
    QList<qint64> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT person_id FROM attendance WHERE session_id = ? ORDER BY id"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

} // namespace sht
