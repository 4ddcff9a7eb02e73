#include "StatisticsRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace sht {

StatisticsRepository::StatisticsRepository(Database &db)
    : m_db(db)
{
}

CommuneSummary StatisticsRepository::summary() const
{
    CommuneSummary s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT name, kind FROM admin_unit WHERE kind IN ('commune', 'ward') "
                              "AND valid_to IS NULL ORDER BY id LIMIT 1")) &&
        q.next()) {
        s.communeName = q.value(0).toString();
        s.communeKind = q.value(1).toString();
    }
    q.exec(QStringLiteral(
        "SELECT v.id, v.uuid, v.name, v.kind,"
        " (SELECT count(*) FROM household h WHERE h.village_id = v.id),"
        " (SELECT count(*) FROM household h JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
        "  JOIN person p ON p.id = m.person_id AND p.death_date = '' WHERE h.village_id = v.id)"
        " FROM admin_unit v WHERE v.kind IN ('village', 'residential_group') AND v.valid_to IS NULL"
        " ORDER BY v.sort_order, v.name"));
    while (q.next()) {
        VillageSummary v{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt()};
        s.households += v.households;
        s.people += v.people;
        s.villages << v;
    }
    const auto count = [this](const QString &sql) {
        QSqlQuery c(m_db.connection());
        return c.exec(sql) && c.next() ? c.value(0).toInt() : 0;
    };
    s.clans = count(QStringLiteral("SELECT count(*) FROM clan"));
    s.localUnits = count(QStringLiteral("SELECT count(*) FROM local_unit"));
    s.courses = count(QStringLiteral("SELECT count(*) FROM course"));
    if (q.exec(QStringLiteral("SELECT name FROM learning_centre ORDER BY id LIMIT 1")) && q.next())
        s.learningCentre = q.value(0).toString();
    return s;
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
