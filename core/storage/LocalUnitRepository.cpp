#include "LocalUnitRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sht {

namespace {
const QString unitTable = QStringLiteral("local_unit");
const QString staffTable = QStringLiteral("local_unit_staff");
const QString unitColumns = QStringLiteral("u.id, u.uuid, u.revision, u.name, u.kind, u.managing_level, "
                                           "u.instrument, u.village_id, u.staff_count, u.notes");
constexpr int unitColumnCount = 10;

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

LocalUnit unitFrom(const QSqlQuery &q)
{
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
    return u;
}

void setStatus(Status *status, const Status &value)
{
    if (status)
        *status = value;
}

Status readFailure(const QSqlQuery &q)
{
    return Status::failure(Database::tr("The local units could not be read: %1").arg(q.lastError().text()));
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
    unit.id = m_writer.insert(unitTable, unitFields(unit), &status, &unit.uuid);
    unit.revision = 1;
    return status;
}

Status LocalUnitRepository::update(const LocalUnit &unit)
{
    return m_writer.update(unitTable, unit.id, unitFields(unit));
}

Status LocalUnitRepository::remove(qint64 unitId)
{
    if (Status s = m_writer.removeWhere(staffTable, QStringLiteral("unit_id"), unitId); !s)
        return s;
    return m_writer.remove(unitTable, unitId);
}

std::optional<LocalUnit> LocalUnitRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM local_unit u WHERE u.id = ?").arg(unitColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return unitFrom(q);
    return std::nullopt;
}

QList<LocalUnit> LocalUnitRepository::all() const
{
    QList<LocalUnit> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM local_unit u ORDER BY u.name").arg(unitColumns)))
        while (q.next())
            result << unitFrom(q);
    return result;
}

QList<LocalUnitRepository::Summary> LocalUnitRepository::summaries(Status *status) const
{
    QList<Summary> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The counts come from one grouped pass over the staff table, not one query per unit.
    if (!q.exec(QStringLiteral(
                    "SELECT %1, coalesce(v.name, ''), coalesce(s.current_rows, 0), coalesce(s.all_rows, 0) "
                    "FROM local_unit u LEFT JOIN admin_unit v ON v.id = u.village_id "
                    "LEFT JOIN (SELECT unit_id, sum(valid_to IS NULL) AS current_rows, count(*) AS all_rows "
                    "           FROM local_unit_staff GROUP BY unit_id) s ON s.unit_id = u.id "
                    "ORDER BY u.name, u.id")
                    .arg(unitColumns))) {
        setStatus(status, readFailure(q));
        return result;
    }
    while (q.next()) {
        Summary summary;
        summary.unit = unitFrom(q);
        summary.villageName = q.value(unitColumnCount).toString();
        summary.currentStaff = q.value(unitColumnCount + 1).toInt();
        summary.staffRows = q.value(unitColumnCount + 2).toInt();
        result << summary;
    }
    setStatus(status, Status::success());
    return result;
}

Status LocalUnitRepository::addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since,
                                     qint64 *staffId)
{
    Status status;
    const qint64 id = m_writer.insert(staffTable,
                                      {{QStringLiteral("unit_id"), unitId},
                                       {QStringLiteral("person_id"), personId},
                                       {QStringLiteral("role"), role},
                                       {QStringLiteral("valid_from"), sql::date(since)}},
                                      &status);
    if (staffId)
        *staffId = id;
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

QList<LocalUnitRepository::StaffRow>
LocalUnitRepository::staffWhere(const QString &condition, const QVariantList &values, Status *status) const
{
    QList<StaffRow> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.id, s.uuid, s.unit_id, s.person_id, p.full_name, s.role, s.valid_from, "
                       "s.valid_to FROM local_unit_staff s JOIN person p ON p.id = s.person_id "
                       "WHERE %1 "
                       "ORDER BY s.valid_to IS NULL DESC, s.valid_from, p.sort_key, s.id")
            .arg(condition));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        setStatus(status, readFailure(q));
        return result;
    }
    while (q.next()) {
        StaffRow row;
        row.id = q.value(0).toLongLong();
        row.uuid = q.value(1).toString();
        row.unitId = q.value(2).toLongLong();
        row.personId = q.value(3).toLongLong();
        row.personName = q.value(4).toString();
        row.role = q.value(5).toString();
        row.validFrom = sql::toDate(q.value(6));
        row.validTo = sql::toDate(q.value(7));
        result << row;
    }
    setStatus(status, Status::success());
    return result;
}

QList<LocalUnitRepository::StaffRow> LocalUnitRepository::staffRows(qint64 unitId, Status *status) const
{
    return staffWhere(QStringLiteral("s.unit_id = ?"), {unitId}, status);
}

std::optional<LocalUnitRepository::StaffRow> LocalUnitRepository::findStaff(qint64 staffId) const
{
    const QList<StaffRow> rows = staffWhere(QStringLiteral("s.id = ?"), {staffId}, nullptr);
    return rows.isEmpty() ? std::nullopt : std::optional<StaffRow>(rows.constFirst());
}

std::optional<LocalUnitRepository::StaffRow> LocalUnitRepository::currentStaff(qint64 unitId,
                                                                               qint64 personId) const
{
    const QList<StaffRow> rows =
        staffWhere(QStringLiteral("s.unit_id = ? AND s.person_id = ? AND s.valid_to IS NULL"),
                   {unitId, personId}, nullptr);
    return rows.isEmpty() ? std::nullopt : std::optional<StaffRow>(rows.constFirst());
}

Status LocalUnitRepository::endStaff(qint64 staffId, const QDate &date)
{
    return m_writer.update(staffTable, staffId, {{QStringLiteral("valid_to"), sql::date(date)}});
}

Status LocalUnitRepository::removeStaff(qint64 staffId)
{
    return m_writer.remove(staffTable, staffId);
}

} // namespace sht
