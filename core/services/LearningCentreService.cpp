#include "LearningCentreService.h"

#include "AdminUnitRepository.h"
#include "CourseField.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "LearningCentreRepository.h"
#include "PersonRepository.h"
#include "Transaction.h"

namespace sht {

namespace {
QString dayText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

LearningCentreService::LearningCentreService(Database &db)
    : m_db(db)
{}

QString LearningCentreService::titleProblem(const QString &title)
{
    return title.trimmed().isEmpty() ? tr("Type the title of the course.") : QString();
}

QString LearningCentreService::datesProblem(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return tr("Enter the date the course starts.");
    if (end.isValid() && end < start)
        return tr("The course cannot end (%1) before it starts (%2).").arg(dayText(end), dayText(start));
    return QString();
}

QString LearningCentreService::hoursProblem(double hours)
{
    return hours < 0 ? tr("The number of hours cannot be negative.") : QString();
}

QString LearningCentreService::sessionDateProblem(const QDate &heldOn, const Course &course)
{
    if (!heldOn.isValid())
        return tr("Enter the date of the session.");
    const bool beforeStart = course.startDate.isValid() && heldOn < course.startDate;
    const bool afterEnd = course.endDate.isValid() && heldOn > course.endDate;
    if (!beforeStart && !afterEnd)
        return QString();
    if (course.endDate.isValid())
        return tr("The session must be held within the course's dates, %1 to %2.")
            .arg(dayText(course.startDate), dayText(course.endDate));
    return tr("The session cannot be held before the course starts (%1).").arg(dayText(course.startDate));
}

Status LearningCentreService::createCentre(LearningCentre &centre)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LearningCentreRepository centres(m_db);
    if (centres.centre())
        return Status::failure(tr("This commune already has a learning centre; edit it instead."));
    if (centre.name.trimmed().isEmpty())
        return Status::failure(tr("Type the name of the learning centre."));
    if (centre.directorPersonId != 0 && !PersonRepository(m_db).find(centre.directorPersonId))
        return Status::failure(tr("The director chosen is no longer in the registers."));
    if (centre.communeId == 0)
        if (const auto commune = AdminUnitRepository(m_db).commune())
            centre.communeId = commune->id;
    if (Status s = centres.insertCentre(centre); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::updateCentre(const LearningCentre &centre)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (centre.name.trimmed().isEmpty())
        return Status::failure(tr("Type the name of the learning centre."));
    if (centre.directorPersonId != 0 && !PersonRepository(m_db).find(centre.directorPersonId))
        return Status::failure(tr("The director chosen is no longer in the registers."));
    if (Status s = LearningCentreRepository(m_db).updateCentre(centre); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::checkCourse(const Course &course) const
{
    for (const QString &problem : {titleProblem(course.title), datesProblem(course.startDate, course.endDate),
                                   hoursProblem(course.hours)})
        if (!problem.isEmpty())
            return Status::failure(problem);
    if (!course.field.isEmpty() && !CourseField::isKnown(course.field))
        return Status::failure(tr("Choose the field of the course from the list."));
    return Status::success();
}

Status LearningCentreService::createCourse(Course &course)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = checkCourse(course); !s)
        return s;
    LearningCentreRepository centres(m_db);
    if (course.centreId == 0) {
        const auto centre = centres.centre();
        if (!centre)
            return Status::failure(tr("Create the learning centre first."));
        course.centreId = centre->id;
    }
    if (Status s = centres.insertCourse(course); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::updateCourse(const Course &course)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = checkCourse(course); !s)
        return s;
    LearningCentreRepository centres(m_db);
    if (!centres.course(course.id))
        return Status::failure(tr("The course no longer exists."));
    for (const CourseSession &session : centres.sessions(course.id))
        if (!sessionDateProblem(session.heldOn, course).isEmpty())
            return Status::failure(tr("The session of %1 would fall outside the course's new dates. Change "
                                      "the session's date or delete it first.")
                                       .arg(dayText(session.heldOn)));
    if (Status s = centres.updateCourse(course); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::removeCourse(qint64 courseId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LearningCentreRepository centres(m_db);
    if (!centres.course(courseId))
        return Status::failure(tr("The course no longer exists."));
    if (Status s = centres.removeCourse(courseId); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::addSession(CourseSession &session)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LearningCentreRepository centres(m_db);
    const auto course = centres.course(session.courseId);
    if (!course)
        return Status::failure(tr("The course no longer exists."));
    for (const QString &problem : {sessionDateProblem(session.heldOn, *course), hoursProblem(session.hours)})
        if (!problem.isEmpty())
            return Status::failure(problem);
    if (Status s = centres.insertSession(session); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::updateSession(const CourseSession &session)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LearningCentreRepository centres(m_db);
    const auto stored = centres.session(session.id);
    if (!stored)
        return Status::failure(tr("The session no longer exists."));
    const auto course = centres.course(stored->courseId);
    if (!course)
        return Status::failure(tr("The course no longer exists."));
    for (const QString &problem : {sessionDateProblem(session.heldOn, *course), hoursProblem(session.hours)})
        if (!problem.isEmpty())
            return Status::failure(problem);
    if (Status s = centres.updateSession(session); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::removeSession(qint64 sessionId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LearningCentreRepository centres(m_db);
    if (!centres.session(sessionId))
        return Status::failure(tr("The session no longer exists."));
    if (Status s = centres.removeSession(sessionId); !s)
        return s;
    return transaction.commit();
}

QString LearningCentreService::attendanceProblem(const Person &person, const CourseSession &session) const
{
    // A death or move recorded after the session does not undo the attendance: past lists stay true.
    if (!person.deathDate.isNull() && !person.deathDate.isAfter(session.heldOn))
        return tr("%1 died (%2) and cannot be marked present on %3.")
            .arg(person.name.full(), person.deathDate.toString(), dayText(session.heldOn));
    if (!person.movedAwayDate.isNull() && !person.movedAwayDate.isAfter(session.heldOn))
        return tr("%1 moved away (%2) and cannot be marked present on %3.")
            .arg(person.name.full(), person.movedAwayDate.toString(), dayText(session.heldOn));
    return QString();
}

Status LearningCentreService::markPresent(qint64 sessionId, qint64 personId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LearningCentreRepository centres(m_db);
    const auto session = centres.session(sessionId);
    if (!session)
        return Status::failure(tr("The session no longer exists."));
    const auto person = PersonRepository(m_db).find(personId);
    if (!person)
        return Status::failure(tr("The person is no longer in the registers."));
    if (const QString problem = attendanceProblem(*person, *session); !problem.isEmpty())
        return Status::failure(problem);
    if (centres.isPresent(sessionId, personId))
        return Status::failure(tr("%1 is already marked present.").arg(person->name.full()));
    if (Status s = centres.addAttendance(sessionId, personId); !s)
        return s;
    return transaction.commit();
}

Status LearningCentreService::markMany(qint64 sessionId, const QList<qint64> &personIds, MarkResult *result)
{
    LearningCentreRepository centres(m_db);
    PersonRepository people(m_db);
    const auto session = centres.session(sessionId);
    if (!session)
        return Status::failure(tr("The session no longer exists."));
    for (qint64 personId : personIds) {
        const auto person = people.find(personId);
        if (!person || !attendanceProblem(*person, *session).isEmpty()) {
            ++result->notAllowed;
            continue;
        }
        if (centres.isPresent(sessionId, personId)) {
            ++result->alreadyPresent;
            continue;
        }
        if (Status s = centres.addAttendance(sessionId, personId); !s)
            return s;
        ++result->added;
    }
    return Status::success();
}

Status LearningCentreService::markHouseholdPresent(qint64 sessionId, qint64 personId, MarkResult *result)
{
    MarkResult local;
    MarkResult &done = result ? *result : local;
    done = MarkResult();
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    const auto membership = households.currentMembership(personId);
    if (!membership) {
        const auto person = PersonRepository(m_db).find(personId);
        return Status::failure(
            tr("%1 has no current household.").arg(person ? person->name.full() : QString()));
    }
    const auto household = households.find(membership->householdId);
    done.source = household ? household->code : QString();
    QList<qint64> members;
    for (const Membership &member : households.members(membership->householdId, true))
        members << member.personId;
    if (Status s = markMany(sessionId, members, &done); !s)
        return s;
    if (done.added == 0)
        return Status::failure(tr("Everyone of household %1 is already marked present.").arg(done.source));
    return transaction.commit();
}

Status LearningCentreService::copyPreviousSession(qint64 sessionId, MarkResult *result)
{
    MarkResult local;
    MarkResult &done = result ? *result : local;
    done = MarkResult();
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LearningCentreRepository centres(m_db);
    if (!centres.session(sessionId))
        return Status::failure(tr("The session no longer exists."));
    const auto previous = centres.previousSession(sessionId);
    if (!previous)
        return Status::failure(
            tr("This is the first session of the course: there is no earlier session to copy from."));
    done.source = dayText(previous->heldOn);
    const QList<qint64> attendees = centres.attendees(previous->id);
    if (attendees.isEmpty())
        return Status::failure(tr("Nobody was marked present at the session of %1.").arg(done.source));
    if (Status s = markMany(sessionId, attendees, &done); !s)
        return s;
    if (done.added == 0)
        return Status::failure(
            tr("Everyone present at the session of %1 is already marked present here.").arg(done.source));
    return transaction.commit();
}

Status LearningCentreService::removeAttendance(qint64 sessionId, const QList<qint64> &personIds)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (personIds.isEmpty())
        return Status::failure(tr("Choose who to remove from the attendance list."));
    LearningCentreRepository centres(m_db);
    for (qint64 personId : personIds)
        if (Status s = centres.removeAttendance(sessionId, personId); !s)
            return s;
    return transaction.commit();
}

} // namespace sht
