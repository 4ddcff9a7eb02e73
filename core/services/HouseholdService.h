#pragma once

#include "Household.h"
#include "Membership.h"
#include "PartialDate.h"
#include "Person.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace sht {

class Database;

// Changes to households and their members. Each call is one transaction: it happens whole or not at all,
// and every row it touches is audited. History is kept: members leave by ending a membership, not by
// deleting it.
class HouseholdService
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdService)

public:
    explicit HouseholdService(Database &db);

    // Creates the household with `head` (inserted first when head.id is 0) as its head from `since`.
    Status createHousehold(Household &household, Person &head, const QDate &since);
    // Adds person (inserted first when person.id is 0) to the household. A person who already lives in
    // another household must be moved instead, so their history stays whole.
    Status addMember(qint64 householdId, Person &person, Relation relation, ResidenceStatus residence,
                     const QDate &since);
    // Ends the person's current membership at `date` and starts one in the target household.
    Status moveMember(qint64 personId, qint64 toHouseholdId, Relation relation, const QDate &date);
    // Makes newHeadId the head; the former head stays a member with formerHeadRelation.
    Status changeHead(qint64 householdId, qint64 newHeadId, Relation formerHeadRelation, const QDate &date);
    // Tách hộ: creates newHousehold (in the village of `from` when its villageId is 0) from `date`, and moves
    // movingMembers there with their relation to the new head; newHeadId (added when not among them) becomes
    // its head. Their memberships of `from` end at `date` with the reason "split". The head of `from` and at
    // least one member stay.
    Status splitHousehold(qint64 fromHouseholdId, Household &newHousehold, qint64 newHeadId,
                          const QList<QPair<qint64, Relation>> &movingMembers, const QDate &date);
    Status markDeceased(qint64 personId, const PartialDate &date);
    Status markMovedAway(qint64 personId, const PartialDate &date);
    // Deletes a household that has no current members (its past memberships go with it).
    Status removeHousehold(qint64 householdId);
    // Changes the household's code, address and notes (its village changes through village splits).
    // The code is required and unique within the village.
    Status updateDetails(const Household &household);

private:
    Status leave(qint64 personId, const QDate &date, const QString &reason);
    Status ensureHeadMayLeave(qint64 personId, const QDate &date) const;

    Database &m_db;
};

} // namespace sht
