#pragma once

#include "AdminUnit.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>

namespace sht {

class Database;

// The commune's villages over time: create, rename, merge, split. History is never lost: old names and
// former villages stay, with the dates they were valid, so past years' reports show past villages.
class AdminUnitService
{
    Q_DECLARE_TR_FUNCTIONS(AdminUnitService)

public:
    explicit AdminUnitService(Database &db);

    Status createCommune(AdminUnit &commune);
    Status createVillage(AdminUnit &village);
    Status renameVillage(qint64 villageId, const QString &newName, const QDate &date);
    // Every household of `fromId` moves to `intoId` from `date`; `fromId` ends at `date`, merged into
    // `intoId`.
    Status mergeVillages(qint64 fromId, qint64 intoId, const QDate &date);
    // Creates `newVillage` (split from `fromId`) and moves the given households into it from `date`.
    Status splitVillage(qint64 fromId, AdminUnit &newVillage, const QList<qint64> &householdIds,
                        const QDate &date);

private:
    Database &m_db;
};

} // namespace sht
