#pragma once

#include "Clan.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class Database;

// The commune's clans (dòng họ) and their member households. Each change is one transaction: it happens
// whole or not at all, and every row it touches goes through the audited writer. A household belongs to at
// most one clan; the households themselves are never changed here.
class ClanService
{
    Q_DECLARE_TR_FUNCTIONS(ClanService)

public:
    explicit ClanService(Database &db);

    // Inserts clan (sets id, uuid, revision) with its name and notes cleaned (normalised, NFC, trimmed).
    Status createClan(Clan &clan);
    // Writes name, head and notes of an existing clan.
    Status updateClan(const Clan &clan);
    // Deletes the clan and releases its member households (they stay in the registers).
    Status removeClan(qint64 clanId);
    // Makes the household a member; a household of another clan is moved (its membership row changes clan).
    Status addHousehold(qint64 clanId, qint64 householdId);
    Status removeHousehold(qint64 clanId, qint64 householdId);

    // Why `name` cannot be the name of clan `clanId` (0: a new clan): empty, or used by another clan (with
    // or without accents, in any case). Success when it can. For the dialog's message beside the field.
    Status checkName(const QString &name, qint64 clanId) const;
    // Why personId cannot become a clan's head: gone, deceased or moved away. Success for 0 (no head).
    Status checkHead(qint64 personId) const;

    // The form in which a clan's text is stored.
    static QString cleanName(const QString &name);
    static QString cleanNotes(const QString &notes);

private:
    Status checkClan(const Clan &clan, qint64 storedHeadId) const;

    Database &m_db;
};

} // namespace sht
