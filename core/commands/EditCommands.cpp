#include "EditCommands.h"

#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "RecordedCommand.h"

#include <QUndoStack>

#include <memory>

namespace sht {

EditCommands::EditCommands(Database &db, QUndoStack &stack, ChangeNotifier &notifier)
    : m_db(db)
    , m_stack(stack)
    , m_notifier(notifier)
{}

Status EditCommands::record(const QString &text, std::function<Status()> edit)
{
    auto command = std::make_unique<RecordedCommand>(m_db, m_notifier, text, std::move(edit));
    const Status status = command->execute();
    if (status && !command->changes().isEmpty())
        m_stack.push(command.release());
    return status;
}

QString EditCommands::personName(qint64 personId) const
{
    const auto person = PersonRepository(m_db).find(personId);
    return person ? person->name.full() : QString();
}

QString EditCommands::householdCode(qint64 householdId) const
{
    const auto household = HouseholdRepository(m_db).find(householdId);
    return household ? household->code : QString();
}

QString EditCommands::villageName(qint64 villageId) const
{
    const auto village = AdminUnitRepository(m_db).find(villageId);
    return village ? village->name : QString();
}

Status EditCommands::createHousehold(Household &household, Person &head, const QDate &since)
{
    return record(tr("New household %1").arg(household.code),
                  [&] { return HouseholdService(m_db).createHousehold(household, head, since); });
}

Status EditCommands::addMember(qint64 householdId, Person &person, Relation relation,
                               ResidenceStatus residence, const QDate &since)
{
    return record(tr("Add %1 to household %2").arg(person.name.full(), householdCode(householdId)), [&] {
        return HouseholdService(m_db).addMember(householdId, person, relation, residence, since);
    });
}

Status EditCommands::moveMember(qint64 personId, qint64 toHouseholdId, Relation relation, const QDate &date)
{
    return record(tr("Move %1 to household %2").arg(personName(personId), householdCode(toHouseholdId)),
                  [&] { return HouseholdService(m_db).moveMember(personId, toHouseholdId, relation, date); });
}

Status EditCommands::changeHead(qint64 householdId, qint64 newHeadId, Relation formerHeadRelation,
                                const QDate &date)
{
    return record(
        tr("Make %1 head of household %2").arg(personName(newHeadId), householdCode(householdId)),
        [&] { return HouseholdService(m_db).changeHead(householdId, newHeadId, formerHeadRelation, date); });
}

Status EditCommands::splitHousehold(qint64 fromHouseholdId, Household &newHousehold, qint64 newHeadId,
                                    const QList<QPair<qint64, Relation>> &movingMembers, const QDate &date)
{
    return record(tr("Split household %1 into %2").arg(householdCode(fromHouseholdId), newHousehold.code),
                  [&] {
                      return HouseholdService(m_db).splitHousehold(fromHouseholdId, newHousehold, newHeadId,
                                                                   movingMembers, date);
                  });
}

Status EditCommands::markDeceased(qint64 personId, const PartialDate &date)
{
    return record(tr("Record the death of %1").arg(personName(personId)),
                  [&] { return HouseholdService(m_db).markDeceased(personId, date); });
}

Status EditCommands::markMovedAway(qint64 personId, const PartialDate &date)
{
    return record(tr("Record that %1 moved away").arg(personName(personId)),
                  [&] { return HouseholdService(m_db).markMovedAway(personId, date); });
}

Status EditCommands::updateHousehold(const Household &household)
{
    return record(tr("Edit household %1").arg(householdCode(household.id)),
                  [&] { return HouseholdService(m_db).updateDetails(household); });
}

Status EditCommands::removeHousehold(qint64 householdId)
{
    return record(tr("Delete household %1").arg(householdCode(householdId)),
                  [&] { return HouseholdService(m_db).removeHousehold(householdId); });
}

Status EditCommands::updatePerson(const Person &person)
{
    return record(tr("Edit %1").arg(person.name.full()),
                  [&] { return PersonService(m_db).updatePerson(person); });
}

Status EditCommands::removePerson(qint64 personId)
{
    return record(tr("Delete %1").arg(personName(personId)),
                  [&] { return PersonService(m_db).removePerson(personId); });
}

Status EditCommands::createVillage(AdminUnit &village)
{
    return record(tr("New village %1").arg(village.name),
                  [&] { return AdminUnitService(m_db).createVillage(village); });
}

Status EditCommands::renameVillage(qint64 villageId, const QString &newName, const QDate &date)
{
    return record(tr("Rename %1 to %2").arg(villageName(villageId), newName),
                  [&] { return AdminUnitService(m_db).renameVillage(villageId, newName, date); });
}

Status EditCommands::mergeVillages(qint64 fromId, qint64 intoId, const QDate &date)
{
    return record(tr("Merge %1 into %2").arg(villageName(fromId), villageName(intoId)),
                  [&] { return AdminUnitService(m_db).mergeVillages(fromId, intoId, date); });
}

Status EditCommands::splitVillage(qint64 fromId, AdminUnit &newVillage, const QList<qint64> &householdIds,
                                  const QDate &date)
{
    return record(tr("Split %1 from %2").arg(newVillage.name, villageName(fromId)), [&] {
        return AdminUnitService(m_db).splitVillage(fromId, newVillage, householdIds, date);
    });
}

} // namespace sht
