#include "HouseholdListRepository.h"

#include "Database.h"
#include "HouseholdList.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sht {

namespace {
const char *const villagesSql =
    "SELECT id, name FROM admin_unit WHERE kind IN ('village', 'residential_group')"
    " ORDER BY valid_to IS NOT NULL, sort_order, name, id";
// One row per household; the partial indexes on membership (current member, current head) serve both joins.
const char *const householdsSql =
    "SELECT h.id, h.code, h.village_id, h.address, head.full_name, head.sort_key, count(m.id)"
    " FROM household h"
    " LEFT JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
    " LEFT JOIN membership hm ON hm.household_id = h.id AND hm.valid_to IS NULL AND hm.relation = 'head'"
    " LEFT JOIN person head ON head.id = hm.person_id"
    " GROUP BY h.id";

Status readFailure(const QSqlQuery &query)
{
    return Status::failure(
        Database::tr("The commune file could not be read: %1").arg(query.lastError().text()));
}
} // namespace

Status HouseholdListRepository::load(Database &db, HouseholdList *list)
{
    list->clear();
    QHash<qint64, QPair<QString, int>> villages; // id -> name, display order
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(villagesSql)))
        return readFailure(q);
    while (q.next())
        villages.insert(q.value(0).toLongLong(), {q.value(1).toString(), int(villages.size())});
    if (!q.exec(QString::fromLatin1(householdsSql)))
        return readFailure(q);
    while (q.next()) {
        HouseholdList::Entry entry;
        entry.id = q.value(0).toLongLong();
        entry.code = q.value(1).toString();
        entry.villageId = q.value(2).toLongLong();
        const auto village = villages.value(entry.villageId);
        entry.villageName = village.first;
        entry.villageOrder = village.second;
        entry.address = q.value(3).toString();
        entry.headName = q.value(4).toString();
        entry.headSortKey = q.value(5).toString();
        entry.members = q.value(6).toInt();
        list->append(std::move(entry));
    }
    if (q.lastError().isValid()) {
        const Status failure = readFailure(q);
        list->clear();
        return failure;
    }
    return Status::success();
}

} // namespace sht
