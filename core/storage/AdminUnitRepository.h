#pragma once

#include "AdminUnit.h"
#include "AuditedWriter.h"
#include "Status.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

// The commune and its villages, with their names over time.
class AdminUnitRepository
{
public:
    struct NameRecord
    {
        QString name;
        QDate validFrom;
        QDate validTo;
    };

    explicit AdminUnitRepository(Database &db);

    // Inserts unit (sets id, uuid, revision) and opens its first name record at validFrom.
    Status insert(AdminUnit &unit);
    Status update(const AdminUnit &unit);
    std::optional<AdminUnit> find(qint64 id) const;
    std::optional<AdminUnit> commune() const;
    // Villages and residential groups, by sort order then name; current ones only unless asked.
    QList<AdminUnit> villages(bool includeFormer = false) const;
    std::optional<AdminUnit> findVillageByName(const QString &name) const;

    // Places a new village after the existing ones.
    int nextSortOrder() const;

    QList<NameRecord> nameHistory(qint64 unitId) const;
    // The name the unit had on date (for reports of past years).
    QString nameAt(qint64 unitId, const QDate &date) const;
    // Ends the current name at `date` and opens newName from the same date.
    Status recordRename(qint64 unitId, const QString &newName, const QDate &date);

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
