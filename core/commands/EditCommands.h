#pragma once

#include "AdminUnit.h"
#include "Household.h"
#include "Membership.h"
#include "PartialDate.h"
#include "Person.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <functional>

class QUndoStack;

namespace sht {

class ChangeNotifier;
class Database;

// Every edit of the registers goes through here: each call runs the core service once, as one undoable
// step named for Edit > History, or changes nothing and says why. Widgets call these, never services.
class EditCommands
{
    Q_DECLARE_TR_FUNCTIONS(EditCommands)

public:
    EditCommands(Database &db, QUndoStack &stack, ChangeNotifier &notifier);

    Status createHousehold(Household &household, Person &head, const QDate &since);
    Status addMember(qint64 householdId, Person &person, Relation relation, ResidenceStatus residence,
                     const QDate &since);
    Status moveMember(qint64 personId, qint64 toHouseholdId, Relation relation, const QDate &date);
    Status changeHead(qint64 householdId, qint64 newHeadId, Relation formerHeadRelation, const QDate &date);
    Status splitHousehold(qint64 fromHouseholdId, Household &newHousehold, qint64 newHeadId,
                          const QList<QPair<qint64, Relation>> &movingMembers, const QDate &date);
    Status markDeceased(qint64 personId, const PartialDate &date);
    Status markMovedAway(qint64 personId, const PartialDate &date);
    Status updateHousehold(const Household &household);
    Status removeHousehold(qint64 householdId);
    Status updatePerson(const Person &person);
    Status removePerson(qint64 personId);

    Status createVillage(AdminUnit &village);
    Status renameVillage(qint64 villageId, const QString &newName, const QDate &date);
    Status mergeVillages(qint64 fromId, qint64 intoId, const QDate &date);
    Status splitVillage(qint64 fromId, AdminUnit &newVillage, const QList<qint64> &householdIds,
                        const QDate &date);

    // Runs edit (one core service call) as one undoable step named text; the other registers' command
    // classes (ClanCommands, ...) go through here too, so there is one undo stack and one notifier.
    Status record(const QString &text, std::function<Status()> edit);
    Database &database() const { return m_db; }

private:
    QString personName(qint64 personId) const;
    QString householdCode(qint64 householdId) const;
    QString villageName(qint64 villageId) const;

    Database &m_db;
    QUndoStack &m_stack;
    ChangeNotifier &m_notifier;
};

} // namespace sht
