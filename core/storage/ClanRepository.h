#pragma once

#include "AuditedWriter.h"
#include "Clan.h"
#include "Status.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

class ClanRepository
{
public:
    explicit ClanRepository(Database &db);

    Status insert(Clan &clan);
    Status update(const Clan &clan);
    QList<Clan> all() const;
    std::optional<Clan> find(qint64 id) const;
    // A household belongs to at most one clan; adding it again moves it.
    Status addHousehold(qint64 clanId, qint64 householdId);
    qint64 clanOfHousehold(qint64 householdId) const;
    QList<qint64> households(qint64 clanId) const;

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
