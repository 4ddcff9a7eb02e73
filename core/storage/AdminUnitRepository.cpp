#include "AdminUnitRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace sht {

namespace {
const QString unitColumns =
    QStringLiteral("id, uuid, revision, kind, name, code, parent_id, valid_from, valid_to, "
                   "merged_into_id, split_from_id, sort_order, notes");

AdminUnit unitFrom(const QSqlQuery &q)
{
    AdminUnit u;
    u.id = q.value(0).toLongLong();
    u.uuid = q.value(1).toString();
    u.revision = q.value(2).toInt();
    u.kind = AdminUnit::kindFromStorage(q.value(3).toString());
    u.name = q.value(4).toString();
    u.code = q.value(5).toString();
    u.parentId = q.value(6).toLongLong();
    u.validFrom = sql::toDate(q.value(7));
    u.validTo = sql::toDate(q.value(8));
    u.mergedIntoId = q.value(9).toLongLong();
    u.splitFromId = q.value(10).toLongLong();
    u.sortOrder = q.value(11).toInt();
    u.notes = q.value(12).toString();
    return u;
}

AuditedWriter::Fields fieldsOf(const AdminUnit &u)
{
    return {
        {QStringLiteral("kind"), AdminUnit::kindToStorage(u.kind)},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("code"), u.code},
        {QStringLiteral("parent_id"), sql::key(u.parentId)},
        {QStringLiteral("valid_from"), sql::date(u.validFrom)},
        {QStringLiteral("valid_to"), sql::date(u.validTo)},
        {QStringLiteral("merged_into_id"), sql::key(u.mergedIntoId)},
        {QStringLiteral("split_from_id"), sql::key(u.splitFromId)},
        {QStringLiteral("sort_order"), u.sortOrder},
        {QStringLiteral("notes"), u.notes},
    };
}
} // namespace

AdminUnitRepository::AdminUnitRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status AdminUnitRepository::insert(AdminUnit &unit)
{
    if (unit.name.trimmed().isEmpty())
        return Status::failure(Database::tr("A village or commune needs a name."));
    Status status;
    unit.id = m_writer.insert(QStringLiteral("admin_unit"), fieldsOf(unit), &status, &unit.uuid);
    if (!status)
        return status;
    unit.revision = 1;
    m_writer.insert(QStringLiteral("admin_unit_name"),
                    {{QStringLiteral("admin_unit_id"), unit.id},
                     {QStringLiteral("name"), unit.name},
                     {QStringLiteral("valid_from"), sql::date(unit.validFrom)}},
                    &status);
    return status;
}

Status AdminUnitRepository::update(const AdminUnit &unit)
{
    return m_writer.update(QStringLiteral("admin_unit"), unit.id, fieldsOf(unit));
}

std::optional<AdminUnit> AdminUnitRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM admin_unit WHERE id = ?").arg(unitColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return unitFrom(q);
    return std::nullopt;
}

std::optional<AdminUnit> AdminUnitRepository::commune() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(
            QStringLiteral("SELECT %1 FROM admin_unit WHERE kind IN ('commune', 'ward') AND valid_to IS NULL "
                           "ORDER BY id LIMIT 1")
                .arg(unitColumns)) &&
        q.next())
        return unitFrom(q);
    return std::nullopt;
}

QList<AdminUnit> AdminUnitRepository::villages(bool includeFormer) const
{
    QList<AdminUnit> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM admin_unit WHERE kind IN ('village', 'residential_group') %2 "
                          "ORDER BY sort_order, name")
               .arg(unitColumns, includeFormer ? QString() : QStringLiteral("AND valid_to IS NULL")));
    while (q.next())
        result << unitFrom(q);
    return result;
}

std::optional<AdminUnit> AdminUnitRepository::findVillageByName(const QString &name) const
{
    for (const AdminUnit &unit : villages())
        if (unit.name.compare(name, Qt::CaseInsensitive) == 0)
            return unit;
    return std::nullopt;
}

int AdminUnitRepository::nextSortOrder() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM admin_unit")) && q.next()
               ? q.value(0).toInt()
               : 1;
}

QList<AdminUnitRepository::NameRecord> AdminUnitRepository::nameHistory(qint64 unitId) const
{
    QList<NameRecord> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, valid_from, valid_to FROM admin_unit_name WHERE admin_unit_id = ? "
                             "ORDER BY coalesce(valid_from, ''), id"));
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next())
            result << NameRecord{q.value(0).toString(), sql::toDate(q.value(1)), sql::toDate(q.value(2))};
    return result;
}

QString AdminUnitRepository::nameAt(qint64 unitId, const QDate &date) const
{
    const auto history = nameHistory(unitId);
    for (const NameRecord &record : history) {
        const bool started = record.validFrom.isNull() || record.validFrom <= date;
        const bool notEnded = record.validTo.isNull() || date < record.validTo;
        if (started && notEnded)
            return record.name;
    }
    return history.isEmpty() ? QString() : history.constFirst().name;
}

Status AdminUnitRepository::recordRename(qint64 unitId, const QString &newName, const QDate &date)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM admin_unit_name WHERE admin_unit_id = ? AND valid_to IS NULL"));
    q.addBindValue(unitId);
    if (q.exec() && q.next())
        if (Status s = m_writer.update(QStringLiteral("admin_unit_name"), q.value(0).toLongLong(),
                                       {{QStringLiteral("valid_to"), sql::date(date)}});
            !s)
            return s;
    Status status;
    m_writer.insert(QStringLiteral("admin_unit_name"),
                    {{QStringLiteral("admin_unit_id"), unitId},
                     {QStringLiteral("name"), newName},
                     {QStringLiteral("valid_from"), sql::date(date)}},
                    &status);
    return status;
}

} // namespace sht
