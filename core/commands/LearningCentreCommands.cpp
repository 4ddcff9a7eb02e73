#include "LearningCentreCommands.h"

#include "EditCommands.h"
#include "LearningCentreRepository.h"
#include "PersonRepository.h"

namespace sht {

namespace {
QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

LearningCentreCommands::LearningCentreCommands(EditCommands &edits)
    : m_edits(edits)
{}

QString LearningCentreCommands::personName(qint64 personId) const
{
    const auto person = PersonRepository(m_edits.database()).find(personId);
    return person ? person->name.full() : QString();
}

QString LearningCentreCommands::courseTitle(qint64 courseId) const
{
    const auto course = LearningCentreRepository(m_edits.database()).course(courseId);
    return course ? course->title : QString();
}

QString LearningCentreCommands::sessionDay(qint64 sessionId) const
{
    const auto session = LearningCentreRepository(m_edits.database()).session(sessionId);
    return session ? dayText(session->heldOn) : QString();
}

Status LearningCentreCommands::createCentre(LearningCentre &centre)
{
    return m_edits.record(tr("Create the learning centre %1").arg(centre.name),
                          [&] { return LearningCentreService(m_edits.database()).createCentre(centre); });
}

Status LearningCentreCommands::updateCentre(const LearningCentre &centre)
{
    return m_edits.record(tr("Edit the learning centre %1").arg(centre.name),
                          [&] { return LearningCentreService(m_edits.database()).updateCentre(centre); });
}

Status LearningCentreCommands::createCourse(Course &course)
{
    return m_edits.record(tr("New course %1").arg(course.title),
                          [&] { return LearningCentreService(m_edits.database()).createCourse(course); });
}

Status LearningCentreCommands::updateCourse(const Course &course)
{
    return m_edits.record(tr("Edit course %1").arg(course.title),
                          [&] { return LearningCentreService(m_edits.database()).updateCourse(course); });
}

Status LearningCentreCommands::removeCourse(qint64 courseId)
{
    return m_edits.record(tr("Delete course %1").arg(courseTitle(courseId)),
                          [&] { return LearningCentreService(m_edits.database()).removeCourse(courseId); });
}

Status LearningCentreCommands::addSession(CourseSession &session)
{
    return m_edits.record(
        tr("New session of %1 on %2").arg(courseTitle(session.courseId), dayText(session.heldOn)),
        [&] { return LearningCentreService(m_edits.database()).addSession(session); });
}

Status LearningCentreCommands::updateSession(const CourseSession &session)
{
    return m_edits.record(tr("Edit the session of %1").arg(sessionDay(session.id)),
                          [&] { return LearningCentreService(m_edits.database()).updateSession(session); });
}

Status LearningCentreCommands::removeSession(qint64 sessionId)
{
    return m_edits.record(tr("Delete the session of %1").arg(sessionDay(sessionId)),
                          [&] { return LearningCentreService(m_edits.database()).removeSession(sessionId); });
}

Status LearningCentreCommands::markPresent(qint64 sessionId, qint64 personId)
{
    return m_edits.record(tr("Mark %1 present on %2").arg(personName(personId), sessionDay(sessionId)), [&] {
        return LearningCentreService(m_edits.database()).markPresent(sessionId, personId);
    });
}

Status LearningCentreCommands::markHouseholdPresent(qint64 sessionId, qint64 personId, MarkResult *result)
{
    return m_edits.record(
        tr("Mark the household of %1 present on %2").arg(personName(personId), sessionDay(sessionId)), [&] {
            return LearningCentreService(m_edits.database())
                .markHouseholdPresent(sessionId, personId, result);
        });
}

Status LearningCentreCommands::copyPreviousSession(qint64 sessionId, MarkResult *result)
{
    return m_edits.record(tr("Copy the previous session's attendance to %1").arg(sessionDay(sessionId)), [&] {
        return LearningCentreService(m_edits.database()).copyPreviousSession(sessionId, result);
    });
}

Status LearningCentreCommands::removeAttendance(qint64 sessionId, const QList<qint64> &personIds)
{
    const QString text =
        personIds.size() == 1
            ? tr("Remove %1 from the session of %2").arg(personName(personIds.first()), sessionDay(sessionId))
            : tr("Remove %n people from the session of %1", nullptr, int(personIds.size()))
                  .arg(sessionDay(sessionId));
    return m_edits.record(text, [&] {
        return LearningCentreService(m_edits.database()).removeAttendance(sessionId, personIds);
    });
}

} // namespace sht
