#include "ClanRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sht {

namespace {
Clan clanFrom(const QSqlQuery &q)
{
    Clan c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.revision = q.value(2).toInt();
    c.name = q.value(3).toString();
    c.headPersonId = q.value(4).toLongLong();
    c.notes = q.value(5).toString();
    return c;
}

AuditedWriter::Fields clanFields(const Clan &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("head_person_id"), sql::key(c.headPersonId)},
            {QStringLiteral("notes"), c.notes}};
}
} // namespace

ClanRepository::ClanRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status ClanRepository::insert(Clan &clan)
{
    if (clan.name.trimmed().isEmpty())
        return Status::failure(Database::tr("A clan needs a name."));
    Status status;
    clan.id = m_writer.insert(QStringLiteral("clan"), clanFields(clan), &status, &clan.uuid);
    clan.revision = 1;
    return status;
}

Status ClanRepository::remove(qint64 id)
{
    // Member rows first, one audited delete each: the schema's ON DELETE CASCADE would drop them unaudited.
    if (Status s = m_writer.removeWhere(QStringLiteral("clan_household"), QStringLiteral("clan_id"), id); !s)
        return s;
    return m_writer.remove(QStringLiteral("clan"), id);
}

Status ClanRepository::update(const Clan &clan)
{
    return m_writer.update(QStringLiteral("clan"), clan.id, clanFields(clan));
}

QList<Clan> ClanRepository::all() const
{
    QList<Clan> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, uuid, revision, name, head_person_id, notes FROM clan ORDER BY name"));
    while (q.next())
        result << clanFrom(q);
    return result;
}

std::optional<Clan> ClanRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, uuid, revision, name, head_person_id, notes FROM clan WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return clanFrom(q);
    return std::nullopt;
}

Status ClanRepository::addHousehold(qint64 clanId, qint64 householdId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM clan_household WHERE household_id = ?"));
    q.addBindValue(householdId);
    if (q.exec() && q.next())
        return m_writer.update(QStringLiteral("clan_household"), q.value(0).toLongLong(),
                               {{QStringLiteral("clan_id"), clanId}});
    Status status;
    m_writer.insert(QStringLiteral("clan_household"),
                    {{QStringLiteral("clan_id"), clanId}, {QStringLiteral("household_id"), householdId}},
                    &status);
    return status;
}

Status ClanRepository::removeHousehold(qint64 clanId, qint64 householdId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM clan_household WHERE clan_id = ? AND household_id = ?"));
    q.addBindValue(clanId);
    q.addBindValue(householdId);
    if (!q.exec())
        return Status::failure(
            Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return Status::failure(Database::tr("The household is not a member of this clan."));
    return m_writer.remove(QStringLiteral("clan_household"), q.value(0).toLongLong());
}

qint64 ClanRepository::clanOfHousehold(qint64 householdId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT clan_id FROM clan_household WHERE household_id = ?"));
    q.addBindValue(householdId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> ClanRepository::households(qint64 clanId) const
{
    QList<qint64> result;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT household_id FROM clan_household WHERE clan_id = ? ORDER BY household_id"));
    q.addBindValue(clanId);
    if (q.exec())
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

Status ClanRepository::summaries(QList<ClanSummary> *out) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Living people of the current memberships, as the commune overview counts them; a household without
    // living members still counts as a member household.
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.name, c.head_person_id, coalesce(hp.full_name, ''), c.notes,"
            " count(DISTINCT ch.household_id), count(p.id)"
            " FROM clan c"
            " LEFT JOIN person hp ON hp.id = c.head_person_id"
            " LEFT JOIN clan_household ch ON ch.clan_id = c.id"
            " LEFT JOIN membership m ON m.household_id = ch.household_id AND m.valid_to IS NULL"
            " LEFT JOIN person p ON p.id = m.person_id AND p.death_date = ''"
            " GROUP BY c.id")))
        return Status::failure(
            Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        ClanSummary c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.headPersonId = q.value(2).toLongLong();
        c.headName = q.value(3).toString();
        c.notes = q.value(4).toString();
        c.households = q.value(5).toInt();
        c.people = q.value(6).toInt();
        out->append(c);
    }
    return Status::success();
}

Status ClanRepository::householdSummaries(qint64 clanId, QList<ClanHouseholdSummary> *out) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT h.id, h.code, h.village_id, coalesce(v.name, ''),"
        " coalesce((SELECT hp.full_name FROM membership hm"
        "  JOIN person hp ON hp.id = hm.person_id"
        "  WHERE hm.household_id = h.id AND hm.valid_to IS NULL AND hm.relation = 'head'), ''),"
        " count(p.id)"
        " FROM clan_household ch"
        " JOIN household h ON h.id = ch.household_id"
        " LEFT JOIN admin_unit v ON v.id = h.village_id"
        " LEFT JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
        " LEFT JOIN person p ON p.id = m.person_id AND p.death_date = ''"
        " WHERE ch.clan_id = ?"
        " GROUP BY h.id ORDER BY h.code, h.id"));
    q.addBindValue(clanId);
    if (!q.exec())
        return Status::failure(
            Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
    while (q.next()) {
        ClanHouseholdSummary h;
        h.householdId = q.value(0).toLongLong();
        h.code = q.value(1).toString();
        h.villageId = q.value(2).toLongLong();
        h.village = q.value(3).toString();
        h.headName = q.value(4).toString();
        h.members = q.value(5).toInt();
        out->append(h);
    }
    return Status::success();
}

} // namespace sht
