#pragma once

#include "Clan.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class EditCommands;

// The clans register's edits, each one ClanService call recorded through EditCommands: one undoable step
// named for Edit > History, announced to the ChangeNotifier after the edit, its undo and its redo.
class ClanCommands
{
    Q_DECLARE_TR_FUNCTIONS(ClanCommands)

public:
    explicit ClanCommands(EditCommands &edits);

    Status createClan(Clan &clan);
    Status updateClan(const Clan &clan);
    Status removeClan(qint64 clanId);
    // Adds the household, or moves it from the clan it was in.
    Status addHousehold(qint64 clanId, qint64 householdId);
    Status removeHousehold(qint64 clanId, qint64 householdId);

private:
    QString clanName(qint64 clanId) const;
    QString householdCode(qint64 householdId) const;

    EditCommands &m_edits;
};

} // namespace sht
