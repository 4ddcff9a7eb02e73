#include "PersonReferences.h"

#include "ClanRepository.h"
#include "HouseholdRepository.h"
#include "LearningCentreRepository.h"
#include "LocalUnitRepository.h"

namespace sht {

PersonReferences PersonReferences::count(Database &db, qint64 personId)
{
    PersonReferences refs;
    refs.memberships = int(HouseholdRepository(db).membershipHistory(personId).size());
    LearningCentreRepository centres(db);
    if (const auto centre = centres.centre()) {
        refs.directsCentre = centre->directorPersonId == personId;
        for (const Course &course : centres.courses(centre->id))
            for (const CourseSession &session : centres.sessions(course.id))
                refs.attendance += int(centres.attendees(session.id).count(personId));
    }
    LocalUnitRepository units(db);
    for (const LocalUnit &unit : units.all())
        refs.staffRoles += int(units.staff(unit.id).count(personId));
    for (const Clan &clan : ClanRepository(db).all())
        if (clan.headPersonId == personId)
            ++refs.clansHeaded;
    return refs;
}

} // namespace sht
