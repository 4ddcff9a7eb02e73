#include "EntryTemplateRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sht {

EntryTemplateRepository::EntryTemplateRepository(Database &db)
    : m_db(db)
{}

Status EntryTemplateRepository::read(const QString &villageUuid, EntryTemplateData *out) const
{
    *out = EntryTemplateData();
    auto failed = [](const QSqlQuery &q) {
        return Status::failure(
            Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT v.id, v.uuid, v.name, coalesce((SELECT c.uuid FROM admin_unit c WHERE c.kind IN ('commune', "
        "'ward') ORDER BY c.id LIMIT 1), '') FROM admin_unit v "
        "WHERE v.uuid = ? AND v.kind IN ('village', 'residential_group')"));
    q.addBindValue(villageUuid);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(
            tr("The village %1 is not in this commune file; choose one of its villages.").arg(villageUuid));
    const qint64 villageId = q.value(0).toLongLong();
    out->villageUuid = q.value(1).toString();
    out->villageName = q.value(2).toString();
    out->communeUuid = q.value(3).toString();
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT h.uuid, h.code, p.uuid, p.full_name, m.relation, m.residence_status, p.sex, p.birth_date, "
        "p.ethnicity, p.citizen_id, p.education, p.occupation FROM household h "
        "JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL "
        "JOIN person p ON p.id = m.person_id "
        "WHERE h.village_id = ? AND p.death_date = '' AND p.moved_away_date = '' "
        "ORDER BY h.id, m.relation <> 'head', m.id"));
    q.addBindValue(villageId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        EntryTemplateData::Row row;
        row.householdUuid = q.value(0).toString();
        row.householdCode = q.value(1).toString();
        row.personUuid = q.value(2).toString();
        row.fullName = q.value(3).toString();
        row.relation = q.value(4).toString();
        row.residence = q.value(5).toString();
        row.sex = q.value(6).toString();
        row.birthDate = q.value(7).toString();
        row.ethnicity = q.value(8).toString();
        row.citizenId = q.value(9).toString();
        row.education = q.value(10).toString();
        row.occupation = q.value(11).toString();
        out->rows << row;
    }
    return Status::success();
}

} // namespace sht
