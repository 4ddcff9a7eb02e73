#include "LocalUnitRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace sht {

namespace {
AuditedWriter::Fields unitFields(const LocalUnit &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("kind"), u.kind},
            {QStringLiteral("managing_level"), u.managingLevel},
            {QStringLiteral("instrument"), u.instrument},
            {QStringLiteral("village_id"), sql::key(u.villageId)},
            {QStringLiteral("staff_count"), u.staffCount},
            {QStringLiteral("notes"), u.notes}};
}
} // namespace

LocalUnitRepository::LocalUnitRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status LocalUnitRepository::insert(LocalUnit &unit)
{
    if (unit.name.trimmed().isEmpty())
        return Status::failure(Database::tr("A unit needs a name."));
    Status status;
    unit.id = m_writer.insert(QStringLiteral("local_unit"), unitFields(unit), &status, &unit.uuid);
    unit.revision = 1;
    return status;
}

Status LocalUnitRepository::update(const LocalUnit &unit)
{
    return m_writer.update(QStringLiteral("local_unit"), unit.id, unitFields(unit));
}

QList<LocalUnit> LocalUnitRepository::all() const
{
    QList<LocalUnit> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, uuid, revision, name, kind, managing_level, instrument, village_id, "
                          "staff_count, notes FROM local_unit ORDER BY name"));
    while (q.next()) {
        LocalUnit u;
        u.id = q.value(0).toLongLong();
        u.uuid = q.value(1).toString();
        u.revision = q.value(2).toInt();
        u.name = q.value(3).toString();
        u.kind = q.value(4).toString();
        u.managingLevel = q.value(5).toString();
        u.instrument = q.value(6).toString();
        u.villageId = q.value(7).toLongLong();
        u.staffCount = q.value(8).toInt();
        u.notes = q.value(9).toString();
        result << u;
    }
    return result;
}

Status LocalUnitRepository::addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since)
{
    Status status;
    m_writer.insert(QStringLiteral("local_unit_staff"),
                    {{QStringLiteral("unit_id"), unitId},
                     {QStringLiteral("person_id"), personId},
                     {QStringLiteral("role"), role},
                     {QStringLiteral("valid_from"), sql::date(since)}},
                    &status);
    return status;
}

QList<qint64> LocalUnitRepository::staff(qint64 unitId) const
{
    QList<qint64> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT person_id FROM local_unit_staff WHERE unit_id = ? AND valid_to IS NULL ORDER BY id"));
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

} // namespace sht
