#include "StatisticsRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sht {

StatisticsRepository::StatisticsRepository(Database &db)
    : m_db(db)
{}

Status StatisticsRepository::summary(CommuneSummary *out) const
{
    CommuneSummary s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto failed = [&q] {
        return Status::failure(
            Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
    };
    if (!q.exec(QStringLiteral("SELECT name, kind FROM admin_unit WHERE kind IN ('commune', 'ward') "
                               "AND valid_to IS NULL ORDER BY id LIMIT 1")))
        return failed();
    if (q.next()) {
        s.communeName = q.value(0).toString();
        s.communeKind = q.value(1).toString();
    }
    // One pass over current memberships of living people, grouped by village.
    if (!q.exec(QStringLiteral("SELECT v.id, v.uuid, v.name, v.kind,"
                               " count(DISTINCT CASE WHEN p.id IS NOT NULL THEN h.id END), count(p.id)"
                               " FROM admin_unit v"
                               " LEFT JOIN household h ON h.village_id = v.id"
                               " LEFT JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
                               " LEFT JOIN person p ON p.id = m.person_id AND p.death_date = ''"
                               " WHERE v.kind IN ('village', 'residential_group') AND v.valid_to IS NULL"
                               " GROUP BY v.id ORDER BY v.sort_order, v.name")))
        return failed();
    while (q.next()) {
        VillageSummary v{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt()};
        s.households += v.households;
        s.people += v.people;
        s.villages << v;
    }
    const auto count = [this](const QString &sql, int *value) {
        QSqlQuery c(m_db.connection());
        if (!c.exec(sql) || !c.next())
            return false;
        *value = c.value(0).toInt();
        return true;
    };
    if (!count(QStringLiteral("SELECT count(*) FROM clan"), &s.clans) ||
        !count(QStringLiteral("SELECT count(*) FROM local_unit"), &s.localUnits) ||
        !count(QStringLiteral("SELECT count(*) FROM course"), &s.courses))
        return Status::failure(Database::tr("The commune file could not be read."));
    if (!q.exec(QStringLiteral("SELECT name FROM learning_centre ORDER BY id LIMIT 1")))
        return failed();
    if (q.next())
        s.learningCentre = q.value(0).toString();
    *out = s;
    return Status::success();
}

bool StatisticsRepository::forEachRegisterRow(qint64 villageId,
                                              const std::function<void(const RegisterRow &)> &sink) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT v.name, h.code, m.relation, p.full_name, p.birth_date, p.sex, p.citizen_id, p.ethnicity,"
        " p.education, coalesce(c.name, '')"
        " FROM household h"
        " JOIN admin_unit v ON v.id = h.village_id"
        " JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
        " JOIN person p ON p.id = m.person_id"
        " LEFT JOIN clan_household ch ON ch.household_id = h.id"
        " LEFT JOIN clan c ON c.id = ch.clan_id"
        " WHERE (? = 0 OR h.village_id = ?) AND p.death_date = ''"
        " ORDER BY v.sort_order, v.name, h.code, h.id, m.relation <> 'head', m.id"));
    q.addBindValue(villageId);
    q.addBindValue(villageId);
    if (!q.exec())
        return false;
    RegisterRow row;
    while (q.next()) {
        row.village = q.value(0).toString();
        row.householdCode = q.value(1).toString();
        row.relation = q.value(2).toString();
        row.fullName = q.value(3).toString();
        row.birthDate = q.value(4).toString();
        row.sex = q.value(5).toString();
        row.citizenId = q.value(6).toString();
        row.ethnicity = q.value(7).toString();
        row.education = q.value(8).toString();
        row.clan = q.value(9).toString();
        sink(row);
    }
    return true;
}

} // namespace sht
