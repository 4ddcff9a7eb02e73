#include "Facts.h"

namespace sht::criteria::facts {

namespace {
class CentreEvidence
{
    Q_DECLARE_TR_FUNCTIONS(CentreEvidence)
};
} // namespace

FactResult citizenCentreAttendance(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int minSessions = p.integer(QStringLiteral("min_sessions"));
    if (!p.ok())
        return p.failure();
    const EvalPerson &person = context.data.people[size_t(context.subject)];
    FactResult result;
    result.advisory = true; // CDHT indicators are scored by the council; this is what the register shows it
    result.met = person.sessions >= minSessions;
    result.numeric = person.sessions;
    result.value = person.sessions == 0
                       ? CentreEvidence::tr("Chưa dự buổi học nào tại TTHTCĐ năm %1").arg(context.data.year)
                       : CentreEvidence::tr("Dự %1 buổi học, %2 chuyên đề tại TTHTCĐ năm %3")
                             .arg(person.sessions)
                             .arg(person.courses)
                             .arg(context.data.year);
    result.evidence << Evidence{result.value, person.uuid, !result.met};
    return result;
}

FactResult centreActivity(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int minCourses = p.integer(QStringLiteral("min_courses"));
    const int minSessions = p.integer(QStringLiteral("min_sessions"));
    if (!p.ok())
        return p.failure();
    FactResult result;
    int sessions = 0;
    int courses = 0;
    if (context.data.centre)
        for (const EvalCourse &course : context.data.centre->courses) {
            ++courses;
            sessions += course.sessions;
            result.evidence << Evidence{CentreEvidence::tr("%1: %2 buổi, %3 học viên")
                                            .arg(course.title)
                                            .arg(course.sessions)
                                            .arg(course.learners),
                                        course.uuid, false};
        }
    result.met = courses >= minCourses && sessions >= minSessions;
    result.numeric = courses;
    result.value = CentreEvidence::tr("%1 chuyên đề (cần %2), %3 buổi học (cần %4) năm %5")
                       .arg(courses)
                       .arg(minCourses)
                       .arg(sessions)
                       .arg(minSessions)
                       .arg(context.data.year);
    if (!result.met)
        result.evidence.prepend(Evidence{result.value, QString(), true});
    return result;
}

} // namespace sht::criteria::facts
