#include "LearningCentreRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace sht {

namespace {

const QString courseColumns = QStringLiteral(
    "c.id, c.uuid, c.revision, c.centre_id, c.title, c.field, c.start_date, c.end_date, c.hours, c.location, "
    "c.notes");
constexpr int courseColumnCount = 11;

Course courseFrom(const QSqlQuery &q)
{
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
    return c;
}

const QString sessionColumns = QStringLiteral("s.id, s.uuid, s.revision, s.course_id, s.held_on, s.hours");
constexpr int sessionColumnCount = 6;

CourseSession sessionFrom(const QSqlQuery &q)
{
    return CourseSession{q.value(0).toLongLong(),
                         q.value(1).toString(),
                         q.value(2).toInt(),
                         q.value(3).toLongLong(),
                         QDate::fromString(q.value(4).toString(), Qt::ISODate),
                         q.value(5).toDouble()};
}

// Text columns are NOT NULL: an unknown date is stored as "".
QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}

AuditedWriter::Fields courseFields(const Course &course)
{
    return {{QStringLiteral("title"), course.title},
            {QStringLiteral("field"), course.field},
            {QStringLiteral("start_date"), isoOrEmpty(course.startDate)},
            {QStringLiteral("end_date"), isoOrEmpty(course.endDate)},
            {QStringLiteral("hours"), course.hours},
            {QStringLiteral("location"), course.location},
            {QStringLiteral("notes"), course.notes}};
}

} // namespace

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
    q.prepare(QStringLiteral("SELECT %1 FROM course c WHERE c.centre_id = ? ORDER BY c.start_date, c.id")
                  .arg(courseColumns));
    q.addBindValue(centreId);
    if (q.exec())
        while (q.next())
            result << courseFrom(q);
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
    q.prepare(QStringLiteral("SELECT %1 FROM course_session s WHERE s.course_id = ? ORDER BY s.held_on, s.id")
                  .arg(sessionColumns));
    q.addBindValue(courseId);
    if (q.exec())
        while (q.next())
            result << sessionFrom(q);
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

Status LearningCentreRepository::updateCentre(const LearningCentre &centre)
{
    if (centre.name.trimmed().isEmpty())
        return Status::failure(Database::tr("The learning centre needs a name."));
    return m_writer.update(QStringLiteral("learning_centre"), centre.id,
                           {{QStringLiteral("name"), centre.name},
                            {QStringLiteral("established_on"), isoOrEmpty(centre.establishedOn)},
                            {QStringLiteral("director_person_id"), sql::key(centre.directorPersonId)},
                            {QStringLiteral("notes"), centre.notes}});
}

Status LearningCentreRepository::updateCourse(const Course &course)
{
    if (course.title.trimmed().isEmpty())
        return Status::failure(Database::tr("A course needs a title."));
    return m_writer.update(QStringLiteral("course"), course.id, courseFields(course));
}

Status LearningCentreRepository::removeCourse(qint64 courseId)
{
    for (const CourseSession &session : sessions(courseId))
        if (Status s =
                m_writer.removeWhere(QStringLiteral("attendance"), QStringLiteral("session_id"), session.id);
            !s)
            return s;
    if (Status s =
            m_writer.removeWhere(QStringLiteral("course_session"), QStringLiteral("course_id"), courseId);
        !s)
        return s;
    return m_writer.remove(QStringLiteral("course"), courseId);
}

std::optional<Course> LearningCentreRepository::course(qint64 courseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM course c WHERE c.id = ?").arg(courseColumns));
    q.addBindValue(courseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return courseFrom(q);
}

QList<CourseSummary> LearningCentreRepository::courseSummaries(qint64 centreId, int year) const
{
    QList<CourseSummary> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Correlated counts: one statement for the whole year, each count served by the course_id and
    // session_id indexes.
    q.prepare(QStringLiteral("SELECT %1, "
                             "(SELECT count(*) FROM course_session s WHERE s.course_id = c.id), "
                             "(SELECT count(DISTINCT a.person_id) FROM attendance a "
                             " JOIN course_session s ON s.id = a.session_id WHERE s.course_id = c.id) "
                             "FROM course c WHERE c.centre_id = ? AND substr(c.start_date, 1, 4) = ? "
                             "ORDER BY c.start_date, c.id")
                  .arg(courseColumns));
    q.addBindValue(centreId);
    q.addBindValue(QString::number(year).rightJustified(4, QLatin1Char('0')));
    if (q.exec())
        while (q.next())
            result << CourseSummary{courseFrom(q), q.value(courseColumnCount).toInt(),
                                    q.value(courseColumnCount + 1).toInt()};
    return result;
}

QList<int> LearningCentreRepository::courseYears(qint64 centreId) const
{
    QList<int> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT substr(start_date, 1, 4) AS year FROM course "
                             "WHERE centre_id = ? AND start_date <> '' ORDER BY year DESC"));
    q.addBindValue(centreId);
    if (q.exec())
        while (q.next())
            if (const int year = q.value(0).toInt(); year > 0)
                result << year;
    return result;
}

Status LearningCentreRepository::updateSession(const CourseSession &session)
{
    if (!session.heldOn.isValid())
        return Status::failure(Database::tr("A session needs a date."));
    return m_writer.update(QStringLiteral("course_session"), session.id,
                           {{QStringLiteral("held_on"), session.heldOn.toString(Qt::ISODate)},
                            {QStringLiteral("hours"), session.hours}});
}

Status LearningCentreRepository::removeSession(qint64 sessionId)
{
    if (Status s =
            m_writer.removeWhere(QStringLiteral("attendance"), QStringLiteral("session_id"), sessionId);
        !s)
        return s;
    return m_writer.remove(QStringLiteral("course_session"), sessionId);
}

std::optional<CourseSession> LearningCentreRepository::session(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM course_session s WHERE s.id = ?").arg(sessionColumns));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

QList<SessionSummary> LearningCentreRepository::sessionSummaries(qint64 courseId) const
{
    QList<SessionSummary> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) "
                             "FROM course_session s WHERE s.course_id = ? ORDER BY s.held_on, s.id")
                  .arg(sessionColumns));
    q.addBindValue(courseId);
    if (q.exec())
        while (q.next())
            result << SessionSummary{sessionFrom(q), q.value(sessionColumnCount).toInt()};
    return result;
}

std::optional<CourseSession> LearningCentreRepository::previousSession(qint64 sessionId) const
{
    const auto current = session(sessionId);
    if (!current)
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM course_session s WHERE s.course_id = ? "
                             "AND (s.held_on < ? OR (s.held_on = ? AND s.id < ?)) "
                             "ORDER BY s.held_on DESC, s.id DESC LIMIT 1")
                  .arg(sessionColumns));
    const QString heldOn = current->heldOn.toString(Qt::ISODate);
    q.addBindValue(current->courseId);
    q.addBindValue(heldOn);
    q.addBindValue(heldOn);
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

int LearningCentreRepository::courseAttendanceCount(qint64 courseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM attendance a JOIN course_session s ON s.id = a.session_id "
                             "WHERE s.course_id = ?"));
    q.addBindValue(courseId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Status LearningCentreRepository::removeAttendance(qint64 sessionId, qint64 personId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM attendance WHERE session_id = ? AND person_id = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return Status::failure(Database::tr("This person is no longer on the attendance list."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return m_writer.remove(QStringLiteral("attendance"), id);
}

bool LearningCentreRepository::isPresent(qint64 sessionId, qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM attendance WHERE session_id = ? AND person_id = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(personId);
    return q.exec() && q.next();
}

QList<AttendeeRow> LearningCentreRepository::attendeeRows(qint64 sessionId) const
{
    QList<AttendeeRow> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The household is the current one (found through the partial index of current memberships), else the
    // last one the person belonged to: coalesce() runs that scan of the memberships only for former residents
    // (without it, 56 attendees of a 100,000-person file cost 38 ms, and the page reads them on every mark).
    q.prepare(QStringLiteral(
        "SELECT p.id, p.full_name, p.sort_key, p.birth_date, h.code, u.name FROM attendance a "
        "JOIN person p ON p.id = a.person_id "
        "LEFT JOIN membership cm ON cm.person_id = p.id AND cm.valid_to IS NULL "
        "LEFT JOIN household h ON h.id = coalesce(cm.household_id, (SELECT m.household_id FROM membership m "
        " WHERE m.person_id = p.id ORDER BY m.valid_to DESC, m.id DESC LIMIT 1)) "
        "LEFT JOIN admin_unit u ON u.id = h.village_id "
        "WHERE a.session_id = ? ORDER BY p.sort_key, p.id"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next()) {
            AttendeeRow row;
            row.personId = q.value(0).toLongLong();
            row.name = q.value(1).toString();
            row.sortKey = q.value(2).toString();
            row.birthDate = PartialDate::fromStorage(q.value(3).toString());
            row.householdCode = q.value(4).toString();
            row.village = q.value(5).toString();
            result << row;
        }
    return result;
}

} // namespace sht
