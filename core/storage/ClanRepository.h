#pragma once

#include "AuditedWriter.h"
#include "Clan.h"
#include "Status.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

// One clan as the register lists it: the clan, its head's name and what it counts.
struct ClanSummary
{
    qint64 id = 0;
    QString name;
    qint64 headPersonId = 0;
    QString headName; // empty when no head is recorded
    QString notes;
    int households = 0; // member households
    int people = 0;     // living people with a current membership in a member household
};

// One member household of a clan as the register lists it.
struct ClanHouseholdSummary
{
    qint64 householdId = 0;
    QString code;
    qint64 villageId = 0;
    QString village;
    QString headName; // empty when the household has no current head
    int members = 0;  // living current members
};

class ClanRepository
{
public:
    explicit ClanRepository(Database &db);

    Status insert(Clan &clan);
    Status update(const Clan &clan);
    // Deletes the clan after its clan_household rows, each through the writer (audited, undoable); the
    // households themselves stay.
    Status remove(qint64 id);
    QList<Clan> all() const;
    std::optional<Clan> find(qint64 id) const;
    // A household belongs to at most one clan; adding it again moves it.
    Status addHousehold(qint64 clanId, qint64 householdId);
    // Takes the household out of the clan (fails when it is not a member of that clan).
    Status removeHousehold(qint64 clanId, qint64 householdId);
    qint64 clanOfHousehold(qint64 householdId) const;
    QList<qint64> households(qint64 clanId) const;

    // Every clan with its head's name and its counts, in one query (no query per clan). Unsorted: the
    // register sorts by its own key.
    Status summaries(QList<ClanSummary> *out) const;
    // The clan's member households with head, village and member count, in one query, by code.
    Status householdSummaries(qint64 clanId, QList<ClanHouseholdSummary> *out) const;

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
