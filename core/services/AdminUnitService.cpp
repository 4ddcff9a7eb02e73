#include "AdminUnitService.h"

#include "AdminUnitRepository.h"
#include "HouseholdRepository.h"
#include "Transaction.h"

namespace sht {

namespace {
QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

AdminUnitService::AdminUnitService(Database &db)
    : m_db(db)
{}

Status AdminUnitService::createCommune(AdminUnit &commune)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    AdminUnitRepository units(m_db);
    if (units.commune())
        return Status::failure(tr("This file already holds a commune; one file keeps one commune."));
    if (commune.kind != AdminUnit::Kind::Commune && commune.kind != AdminUnit::Kind::Ward)
        commune.kind = AdminUnit::Kind::Commune;
    if (Status s = units.insert(commune); !s)
        return s;
    return transaction.commit();
}

Status AdminUnitService::createVillage(AdminUnit &village)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    AdminUnitRepository units(m_db);
    const auto commune = units.commune();
    if (!commune)
        return Status::failure(tr("Create the commune before its villages."));
    village.name = village.name.simplified();
    if (village.name.isEmpty())
        return Status::failure(tr("Type the village's name."));
    if (units.findVillageByName(village.name))
        return Status::failure(tr("A village named %1 already exists.").arg(village.name));
    if (!village.isVillageLevel())
        village.kind = AdminUnit::Kind::Village;
    village.parentId = commune->id;
    if (village.sortOrder == 0)
        village.sortOrder = units.nextSortOrder();
    if (Status s = units.insert(village); !s)
        return s;
    return transaction.commit();
}

Status AdminUnitService::renameVillage(qint64 villageId, const QString &newName, const QDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    AdminUnitRepository units(m_db);
    auto village = units.find(villageId);
    if (!village || !village->isCurrent())
        return Status::failure(tr("The village no longer exists."));
    const QString name = newName.simplified();
    if (name.isEmpty())
        return Status::failure(tr("Enter the new name."));
    if (!date.isValid())
        return Status::failure(tr("Enter the date from which the new name is used."));
    const auto names = units.nameHistory(villageId);
    if (!names.isEmpty() && names.constLast().validFrom.isValid() && date <= names.constLast().validFrom)
        return Status::failure(tr("The new name must start after %1, when the current name began.")
                                   .arg(day(names.constLast().validFrom)));
    if (name == village->name)
        return Status::success();
    if (const auto other = units.findVillageByName(name); other && other->id != villageId)
        return Status::failure(
            tr("A village named %1 already exists; merge the villages instead.").arg(name));
    if (Status s = units.recordRename(villageId, name, date); !s)
        return s;
    village->name = name;
    if (Status s = units.update(*village); !s)
        return s;
    return transaction.commit();
}

Status AdminUnitService::mergeVillages(qint64 fromId, qint64 intoId, const QDate &date)
{
    if (fromId == intoId)
        return Status::failure(tr("A village cannot be merged into itself."));
    if (!date.isValid())
        return Status::failure(tr("Enter the date of the merger."));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    AdminUnitRepository units(m_db);
    HouseholdRepository households(m_db);
    auto from = units.find(fromId);
    const auto into = units.find(intoId);
    if (!from || !from->isCurrent() || !from->isVillageLevel())
        return Status::failure(tr("The village to merge no longer exists."));
    if (!into || !into->isCurrent() || !into->isVillageLevel())
        return Status::failure(tr("The village to merge into no longer exists."));
    if (from->validFrom.isValid() && date <= from->validFrom)
        return Status::failure(
            tr("The merger date %1 must be later than %2, the date from which %3 is recorded.")
                .arg(day(date), day(from->validFrom), from->name));
    for (const Household &household : households.inVillage(fromId)) {
        if (households.findByCode(intoId, household.code))
            return Status::failure(
                tr("Household code %1 exists in both villages. Give one of them a new code "
                   "before merging.")
                    .arg(household.code));
        if (Status s = households.moveToVillage(household.id, intoId, date); !s)
            return s;
    }
    from->validTo = date;
    from->mergedIntoId = intoId;
    if (Status s = units.update(*from); !s)
        return s;
    return transaction.commit();
}

Status AdminUnitService::splitVillage(qint64 fromId, AdminUnit &newVillage, const QList<qint64> &householdIds,
                                      const QDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    AdminUnitRepository units(m_db);
    HouseholdRepository households(m_db);
    const auto from = units.find(fromId);
    if (!from || !from->isCurrent() || !from->isVillageLevel())
        return Status::failure(tr("The village to split no longer exists."));
    if (!date.isValid())
        return Status::failure(tr("Enter the date of the split."));
    newVillage.kind = from->kind;
    newVillage.splitFromId = fromId;
    newVillage.validFrom = date;
    if (Status s = createVillage(newVillage); !s)
        return s;
    for (qint64 id : householdIds) {
        const auto household = households.find(id);
        if (!household || household->villageId != fromId)
            return Status::failure(tr("A household to move is not in %1.").arg(from->name));
        if (Status s = households.moveToVillage(id, newVillage.id, date); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace sht
