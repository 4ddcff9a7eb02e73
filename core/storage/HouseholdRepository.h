#pragma once

#include "AuditedWriter.h"
#include "Household.h"
#include "Membership.h"
#include "Status.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

// Households, the villages they belonged to over time, and their members over time.
class HouseholdRepository
{
public:
    explicit HouseholdRepository(Database &db);

    // Inserts household (sets id, uuid, revision) and opens its village history at `since`.
    Status insert(Household &household, const QDate &since = QDate());
    Status update(const Household &household);
    Status remove(qint64 id);
    std::optional<Household> find(qint64 id) const;
    std::optional<Household> findByCode(qint64 villageId, const QString &code) const;
    QList<Household> inVillage(qint64 villageId) const;
    // Moves the household to another village from `date`, keeping where it was before.
    Status moveToVillage(qint64 householdId, qint64 villageId, const QDate &date);
    // Village the household belonged to on date (0 if unknown).
    qint64 villageAt(qint64 householdId, const QDate &date) const;

    Status insertMembership(Membership &membership);
    Status updateMembership(const Membership &membership);
    Status endMembership(qint64 membershipId, const QDate &date, const QString &reason);
    std::optional<Membership> currentMembership(qint64 personId) const;
    std::optional<Membership> currentHead(qint64 householdId) const;
    QList<Membership> members(qint64 householdId, bool currentOnly = true) const;
    QList<Membership> membershipHistory(qint64 personId) const;

private:
    QList<Membership> membershipsWhere(const QString &condition, qint64 id) const;

    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
