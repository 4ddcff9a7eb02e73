#include "ClanRepository.h"

#include "Database.h"
#include "SqlValues.h"

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

} // namespace sht
