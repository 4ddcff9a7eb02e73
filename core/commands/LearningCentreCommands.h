#pragma once

#include "LearningCentre.h"
#include "LearningCentreService.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>

namespace sht {

class EditCommands;

// The learning centre's edits as undoable steps: each call runs LearningCentreService once through
// EditCommands::record, named for Edit > History ("Mark Nguyễn Văn An present on 12/03/2025"), or changes
// nothing and says why.
class LearningCentreCommands
{
    Q_DECLARE_TR_FUNCTIONS(LearningCentreCommands)

public:
    using MarkResult = LearningCentreService::MarkResult;

    explicit LearningCentreCommands(EditCommands &edits);

    Status createCentre(LearningCentre &centre);
    Status updateCentre(const LearningCentre &centre);
    Status createCourse(Course &course);
    Status updateCourse(const Course &course);
    Status removeCourse(qint64 courseId);
    Status addSession(CourseSession &session);
    Status updateSession(const CourseSession &session);
    Status removeSession(qint64 sessionId);
    Status markPresent(qint64 sessionId, qint64 personId);
    Status markHouseholdPresent(qint64 sessionId, qint64 personId, MarkResult *result = nullptr);
    Status copyPreviousSession(qint64 sessionId, MarkResult *result = nullptr);
    Status removeAttendance(qint64 sessionId, const QList<qint64> &personIds);

private:
    QString personName(qint64 personId) const;
    QString courseTitle(qint64 courseId) const;
    QString sessionDay(qint64 sessionId) const;

    EditCommands &m_edits;
};

} // namespace sht
