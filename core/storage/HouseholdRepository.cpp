#include "HouseholdRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace sht {

namespace {
const QString householdColumns = QStringLiteral("id, uuid, revision, code, village_id, address, notes");
const QString membershipColumns = QStringLiteral("id, uuid, revision, person_id, household_id, relation, "
                                                 "residence_status, valid_from, valid_to, end_reason");

Household householdFrom(const QSqlQuery &q)
{
    Household h;
    h.id = q.value(0).toLongLong();
    h.uuid = q.value(1).toString();
    h.revision = q.value(2).toInt();
    h.code = q.value(3).toString();
    h.villageId = q.value(4).toLongLong();
    h.address = q.value(5).toString();
    h.notes = q.value(6).toString();
    return h;
}

Membership membershipFrom(const QSqlQuery &q)
{
    Membership m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.revision = q.value(2).toInt();
    m.personId = q.value(3).toLongLong();
    m.householdId = q.value(4).toLongLong();
    m.relation = relationFromStorage(q.value(5).toString());
    m.residence = residenceFromStorage(q.value(6).toString());
    m.validFrom = sql::toDate(q.value(7));
    m.validTo = sql::toDate(q.value(8));
    m.endReason = q.value(9).toString();
    return m;
}

AuditedWriter::Fields householdFields(const Household &h)
{
    return {{QStringLiteral("code"), h.code},
            {QStringLiteral("village_id"), h.villageId},
            {QStringLiteral("address"), h.address},
            {QStringLiteral("notes"), h.notes}};
}

AuditedWriter::Fields membershipFields(const Membership &m)
{
    return {{QStringLiteral("person_id"), m.personId},
            {QStringLiteral("household_id"), m.householdId},
            {QStringLiteral("relation"), relationToStorage(m.relation)},
            {QStringLiteral("residence_status"), residenceToStorage(m.residence)},
            {QStringLiteral("valid_from"), sql::date(m.validFrom)},
            {QStringLiteral("valid_to"), sql::date(m.validTo)},
            {QStringLiteral("end_reason"), m.endReason}};
}
} // namespace

HouseholdRepository::HouseholdRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status HouseholdRepository::insert(Household &household, const QDate &since)
{
    if (household.code.trimmed().isEmpty())
        return Status::failure(Database::tr("A household needs a code."));
    Status status;
    household.id =
        m_writer.insert(QStringLiteral("household"), householdFields(household), &status, &household.uuid);
    if (!status)
        return status;
    household.revision = 1;
    m_writer.insert(QStringLiteral("household_village"),
                    {{QStringLiteral("household_id"), household.id},
                     {QStringLiteral("village_id"), household.villageId},
                     {QStringLiteral("valid_from"), sql::date(since)}},
                    &status);
    return status;
}

Status HouseholdRepository::update(const Household &household)
{
    return m_writer.update(QStringLiteral("household"), household.id, householdFields(household));
}

Status HouseholdRepository::remove(qint64 id)
{
    // Dependent rows go through the writer too, so the audit log and the undo journal see each of them.
    for (const char *table : {"membership", "household_village", "clan_household"})
        if (Status s = m_writer.removeWhere(QLatin1String(table), QStringLiteral("household_id"), id); !s)
            return s;
    return m_writer.remove(QStringLiteral("household"), id);
}

std::optional<Household> HouseholdRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM household WHERE id = ?").arg(householdColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return householdFrom(q);
    return std::nullopt;
}

std::optional<Household> HouseholdRepository::findByCode(qint64 villageId, const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM household WHERE village_id = ? AND code = ?").arg(householdColumns));
    q.addBindValue(villageId);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return householdFrom(q);
    return std::nullopt;
}

QList<Household> HouseholdRepository::inVillage(qint64 villageId) const
{
    QList<Household> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM household WHERE village_id = ? ORDER BY code").arg(householdColumns));
    q.addBindValue(villageId);
    if (q.exec())
        while (q.next())
            result << householdFrom(q);
    return result;
}

Status HouseholdRepository::moveToVillage(qint64 householdId, qint64 villageId, const QDate &date)
{
    auto household = find(householdId);
    if (!household)
        return Status::failure(Database::tr("The household no longer exists."));
    if (household->villageId == villageId)
        return Status::success();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM household_village WHERE household_id = ? AND valid_to IS NULL"));
    q.addBindValue(householdId);
    QList<qint64> open;
    if (q.exec())
        while (q.next())
            open << q.value(0).toLongLong();
    for (qint64 row : open)
        if (Status s = m_writer.update(QStringLiteral("household_village"), row,
                                       {{QStringLiteral("valid_to"), sql::date(date)}});
            !s)
            return s;
    Status status;
    m_writer.insert(QStringLiteral("household_village"),
                    {{QStringLiteral("household_id"), householdId},
                     {QStringLiteral("village_id"), villageId},
                     {QStringLiteral("valid_from"), sql::date(date)}},
                    &status);
    if (!status)
        return status;
    household->villageId = villageId;
    return update(*household);
}

qint64 HouseholdRepository::villageAt(qint64 householdId, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT village_id FROM household_village WHERE household_id = ? "
                       "AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to > ?) "
                       "ORDER BY id DESC LIMIT 1"));
    const QString day = date.toString(Qt::ISODate);
    q.addBindValue(householdId);
    q.addBindValue(day);
    q.addBindValue(day);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status HouseholdRepository::insertMembership(Membership &membership)
{
    Status status;
    membership.id = m_writer.insert(QStringLiteral("membership"), membershipFields(membership), &status,
                                    &membership.uuid);
    membership.revision = 1;
    return status;
}

Status HouseholdRepository::updateMembership(const Membership &membership)
{
    return m_writer.update(QStringLiteral("membership"), membership.id, membershipFields(membership));
}

Status HouseholdRepository::endMembership(qint64 membershipId, const QDate &date, const QString &reason)
{
    return m_writer.update(
        QStringLiteral("membership"), membershipId,
        {{QStringLiteral("valid_to"), sql::date(date)}, {QStringLiteral("end_reason"), reason}});
}

QList<Membership> HouseholdRepository::membershipsWhere(const QString &condition, qint64 id) const
{
    QList<Membership> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM membership WHERE %2 ORDER BY coalesce(valid_from, ''), id")
                  .arg(membershipColumns, condition));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            result << membershipFrom(q);
    return result;
}

std::optional<Membership> HouseholdRepository::currentMembership(qint64 personId) const
{
    const auto list = membershipsWhere(QStringLiteral("person_id = ? AND valid_to IS NULL"), personId);
    return list.isEmpty() ? std::nullopt : std::optional<Membership>(list.constFirst());
}

std::optional<Membership> HouseholdRepository::currentHead(qint64 householdId) const
{
    const auto list = membershipsWhere(
        QStringLiteral("household_id = ? AND valid_to IS NULL AND relation = 'head'"), householdId);
    return list.isEmpty() ? std::nullopt : std::optional<Membership>(list.constFirst());
}

QList<Membership> HouseholdRepository::members(qint64 householdId, bool currentOnly) const
{
    return membershipsWhere(currentOnly ? QStringLiteral("household_id = ? AND valid_to IS NULL")
                                        : QStringLiteral("household_id = ?"),
                            householdId);
}

QList<Membership> HouseholdRepository::membershipHistory(qint64 personId) const
{
    return membershipsWhere(QStringLiteral("person_id = ?"), personId);
}

} // namespace sht
