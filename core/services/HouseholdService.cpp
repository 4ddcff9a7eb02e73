#include "HouseholdService.h"

#include "Database.h"
#include "HouseholdRepository.h"
#include "PersonRepository.h"
#include "PersonValidator.h"
#include "Transaction.h"

namespace sht {

namespace {
// The same person in the same household, with a new relation from `date`: a new membership row, so the
// history keeps the old one.
Membership continuation(const Membership &current, Relation relation, const QDate &date)
{
    Membership next;
    next.personId = current.personId;
    next.householdId = current.householdId;
    next.relation = relation;
    next.residence = current.residence;
    next.validFrom = date;
    return next;
}
} // namespace

HouseholdService::HouseholdService(Database &db)
    : m_db(db)
{}

Status HouseholdService::createHousehold(Household &household, Person &head, const QDate &since)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    // Stored as updateDetails() stores them, so "  01   02 " created and "01 02" edited are one code.
    household.code = household.code.simplified();
    household.address = household.address.simplified();
    household.notes = household.notes.trimmed();
    HouseholdRepository households(m_db);
    if (households.findByCode(household.villageId, household.code))
        return Status::failure(tr("Household code %1 is already used in this village.").arg(household.code));
    if (Status s = households.insert(household, since); !s)
        return s;
    if (Status s = addMember(household.id, head, Relation::Head, ResidenceStatus::Permanent, since); !s)
        return s;
    return transaction.commit();
}

Status HouseholdService::addMember(qint64 householdId, Person &person, Relation relation,
                                   ResidenceStatus residence, const QDate &since)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    PersonRepository people(m_db);
    if (!households.find(householdId))
        return Status::failure(tr("The household no longer exists."));
    if (!person.deathDate.isNull() || !person.movedAwayDate.isNull())
        return Status::failure(
            tr("%1 has died or moved away and cannot join a household.").arg(person.name.full()));
    if (person.id == 0) {
        if (Status s = PersonValidator(m_db).validate(person); !s)
            return s;
        if (Status s = people.insert(person); !s)
            return s;
    } else if (households.currentMembership(person.id)) {
        return Status::failure(tr("%1 already lives in another household; move them instead of adding them.")
                                   .arg(person.name.full()));
    }
    if (relation == Relation::Head && households.currentHead(householdId))
        return Status::failure(tr("The household already has a head; change the head instead."));
    Membership membership;
    membership.personId = person.id;
    membership.householdId = householdId;
    membership.relation = relation;
    membership.residence = residence;
    membership.validFrom = since;
    if (Status s = households.insertMembership(membership); !s)
        return s;
    return transaction.commit();
}

Status HouseholdService::ensureHeadMayLeave(qint64 personId, const QDate &) const
{
    HouseholdRepository households(m_db);
    const auto current = households.currentMembership(personId);
    if (current && current->relation == Relation::Head && households.members(current->householdId).size() > 1)
        return Status::failure(tr("This person is the head of a household with other members. Choose a new "
                                  "head of the household first."));
    return Status::success();
}

Status HouseholdService::leave(qint64 personId, const QDate &date, const QString &reason)
{
    HouseholdRepository households(m_db);
    const auto current = households.currentMembership(personId);
    if (!current)
        return Status::success();
    if (current->validFrom.isValid() && date.isValid() && date < current->validFrom)
        return Status::failure(tr("The date %1 is before the person joined the household (%2).")
                                   .arg(date.toString(QStringLiteral("dd/MM/yyyy")),
                                        current->validFrom.toString(QStringLiteral("dd/MM/yyyy"))));
    return households.endMembership(current->id, date.isValid() ? date : QDate::currentDate(), reason);
}

Status HouseholdService::moveMember(qint64 personId, qint64 toHouseholdId, Relation relation,
                                    const QDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    PersonRepository people(m_db);
    auto person = people.find(personId);
    if (!person)
        return Status::failure(tr("The person no longer exists."));
    if (!date.isValid())
        return Status::failure(tr("Enter the date of the move."));
    if (!person->deathDate.isNull() || !person->movedAwayDate.isNull())
        return Status::failure(
            tr("%1 has died or moved away and cannot join a household.").arg(person->name.full()));
    if (!households.find(toHouseholdId))
        return Status::failure(tr("The target household no longer exists."));
    const auto current = households.currentMembership(personId);
    if (current && current->householdId == toHouseholdId)
        return Status::failure(tr("%1 already lives in this household.").arg(person->name.full()));
    if (Status s = ensureHeadMayLeave(personId, date); !s)
        return s;
    if (Status s = leave(personId, date, QStringLiteral("moved")); !s)
        return s;
    Membership membership;
    membership.personId = personId;
    membership.householdId = toHouseholdId;
    membership.relation = relation;
    membership.residence = current ? current->residence : ResidenceStatus::Permanent;
    membership.validFrom = date;
    if (relation == Relation::Head && households.currentHead(toHouseholdId))
        return Status::failure(tr("The target household already has a head."));
    if (Status s = households.insertMembership(membership); !s)
        return s;
    return transaction.commit();
}

Status HouseholdService::changeHead(qint64 householdId, qint64 newHeadId, Relation formerHeadRelation,
                                    const QDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    const auto newHead = households.currentMembership(newHeadId);
    if (!newHead || newHead->householdId != householdId)
        return Status::failure(tr("The new head must be a current member of the household."));
    if (newHead->relation == Relation::Head)
        return Status::success();
    const auto oldHead = households.currentHead(householdId);
    if (!date.isValid())
        return Status::failure(tr("Enter the date from which the new head is head."));
    for (const auto &membership : {newHead, oldHead})
        if (membership && membership->validFrom.isValid() && date < membership->validFrom)
            return Status::failure(tr("The date %1 is before the household's current record began (%2).")
                                       .arg(date.toString(QStringLiteral("dd/MM/yyyy")),
                                            membership->validFrom.toString(QStringLiteral("dd/MM/yyyy"))));
    // End both memberships first: only one current head is allowed at any moment.
    QList<Membership> replacements;
    if (oldHead) {
        if (Status s = households.endMembership(oldHead->id, date, QStringLiteral("head_changed")); !s)
            return s;
        replacements << continuation(*oldHead, formerHeadRelation, date);
    }
    if (Status s = households.endMembership(newHead->id, date, QStringLiteral("head_changed")); !s)
        return s;
    replacements << continuation(*newHead, Relation::Head, date);
    for (Membership &replacement : replacements)
        if (Status s = households.insertMembership(replacement); !s)
            return s;
    return transaction.commit();
}

Status HouseholdService::splitHousehold(qint64 fromHouseholdId, Household &newHousehold, qint64 newHeadId,
                                        const QList<QPair<qint64, Relation>> &movingMembers,
                                        const QDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    PersonRepository people(m_db);
    const auto from = households.find(fromHouseholdId);
    if (!from)
        return Status::failure(tr("The household to split no longer exists."));
    if (!date.isValid())
        return Status::failure(tr("Enter the date of the split."));

    if (newHeadId == 0)
        return Status::failure(tr("Choose the head of the new household."));
    // Who goes, once each, the new head first and as head.
    QList<QPair<qint64, Relation>> moving{{newHeadId, Relation::Head}};
    for (const auto &[personId, relation] : movingMembers) {
        if (personId == newHeadId)
            continue;
        for (const auto &already : moving)
            if (already.first == personId)
                return Status::failure(tr("A member is listed twice."));
        if (relation == Relation::Head) {
            const auto person = people.find(personId);
            return Status::failure(tr("Only the new head can be head of the new household; choose another "
                                      "relation for %1.")
                                       .arg(person ? person->name.full() : QString()));
        }
        moving << qMakePair(personId, relation);
    }

    QList<Membership> leaving;
    for (const auto &entry : moving) {
        const auto person = people.find(entry.first);
        if (!person)
            return Status::failure(tr("The person no longer exists."));
        if (!person->deathDate.isNull() || !person->movedAwayDate.isNull())
            return Status::failure(
                tr("%1 has died or moved away and cannot join a household.").arg(person->name.full()));
        const auto current = households.currentMembership(entry.first);
        if (!current || current->householdId != fromHouseholdId)
            return Status::failure(
                tr("%1 is not a current member of household %2.").arg(person->name.full(), from->code));
        if (current->validFrom.isValid() && date < current->validFrom)
            return Status::failure(tr("The date %1 is before %2 joined household %3 (%4).")
                                       .arg(date.toString(QStringLiteral("dd/MM/yyyy")), person->name.full(),
                                            from->code,
                                            current->validFrom.toString(QStringLiteral("dd/MM/yyyy"))));
        leaving << *current;
    }
    if (households.members(fromHouseholdId).size() <= leaving.size())
        return Status::failure(tr("Household %1 must keep at least one member. Leave someone in it, or move "
                                  "the members one by one to another household instead.")
                                   .arg(from->code));
    for (const Membership &membership : leaving)
        if (membership.relation == Relation::Head)
            return Status::failure(tr("%1 is the head of household %2 and stays in it. To let them go, first "
                                      "make another member head of household %2.")
                                       .arg(people.find(membership.personId)->name.full(), from->code));

    if (newHousehold.villageId == 0)
        newHousehold.villageId = from->villageId;
    newHousehold.code = newHousehold.code.simplified();
    if (newHousehold.code.isEmpty())
        return Status::failure(tr("Enter the code of the new household."));
    if (households.findByCode(newHousehold.villageId, newHousehold.code))
        return Status::failure(
            tr("Household code %1 is already used in this village.").arg(newHousehold.code));
    if (Status s = households.insert(newHousehold, date); !s)
        return s;

    for (int i = 0; i < leaving.size(); ++i) {
        const Membership &old = leaving.at(i);
        if (Status s = households.endMembership(old.id, date, QStringLiteral("split")); !s)
            return s;
        Membership joined;
        joined.personId = old.personId;
        joined.householdId = newHousehold.id;
        joined.relation = moving.at(i).second;
        joined.residence = old.residence;
        joined.validFrom = date;
        if (Status s = households.insertMembership(joined); !s)
            return s;
    }
    return transaction.commit();
}

Status HouseholdService::markDeceased(qint64 personId, const PartialDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    PersonRepository people(m_db);
    auto person = people.find(personId);
    if (!person)
        return Status::failure(tr("The person no longer exists."));
    if (date.isNull())
        return Status::failure(tr("Enter the date of death (at least the year)."));
    if (!person->birthDate.isNull() && date.latest() < person->birthDate.earliest())
        return Status::failure(tr("The date of death is before the birth date."));
    if (Status s = ensureHeadMayLeave(personId, date.latest()); !s)
        return s;
    person->deathDate = date;
    if (Status s = people.update(*person); !s)
        return s;
    if (Status s =
            leave(personId, date.latest() > QDate::currentDate() ? QDate::currentDate() : date.latest(),
                  QStringLiteral("died"));
        !s)
        return s;
    return transaction.commit();
}

Status HouseholdService::markMovedAway(qint64 personId, const PartialDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    PersonRepository people(m_db);
    auto person = people.find(personId);
    if (!person)
        return Status::failure(tr("The person no longer exists."));
    if (date.isNull())
        return Status::failure(tr("Enter the date the person moved away (at least the year)."));
    if (Status s = ensureHeadMayLeave(personId, date.latest()); !s)
        return s;
    person->movedAwayDate = date;
    if (Status s = people.update(*person); !s)
        return s;
    if (Status s =
            leave(personId, date.latest() > QDate::currentDate() ? QDate::currentDate() : date.latest(),
                  QStringLiteral("moved_away"));
        !s)
        return s;
    return transaction.commit();
}

Status HouseholdService::removeHousehold(qint64 householdId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    if (!households.members(householdId).isEmpty())
        return Status::failure(tr("The household still has members. Move them or mark them first."));
    if (Status s = households.remove(householdId); !s)
        return s;
    return transaction.commit();
}

Status HouseholdService::updateDetails(const Household &household)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    auto stored = households.find(household.id);
    if (!stored)
        return Status::failure(tr("The household no longer exists."));
    const QString code = household.code.simplified();
    if (code.isEmpty())
        return Status::failure(tr("Enter the household code."));
    if (const auto other = households.findByCode(stored->villageId, code); other && other->id != stored->id)
        return Status::failure(tr("Household code %1 is already used in this village.").arg(code));
    stored->code = code;
    stored->address = household.address.simplified();
    stored->notes = household.notes.trimmed();
    if (Status s = households.update(*stored); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
