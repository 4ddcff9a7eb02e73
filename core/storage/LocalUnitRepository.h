#pragma once

#include "AuditedWriter.h"
#include "LocalUnit.h"
#include "Status.h"

#include <QDate>
#include <QList>

#include <optional>

namespace sht {

class Database;

// Local units (schools, agencies, enterprises, ...) and the people of the register on their staff over time.
class LocalUnitRepository
{
public:
    // One staff row: a person's role in a unit from validFrom until validTo (null while they still work
    // there).
    struct StaffRow
    {
        qint64 id = 0;
        QString uuid;
        qint64 unitId = 0;
        qint64 personId = 0;
        QString personName;
        QString role;
        QDate validFrom;
        QDate validTo;
        bool isCurrent() const { return validTo.isNull(); }
    };

    // A unit as the register lists it.
    struct Summary
    {
        LocalUnit unit;
        QString villageName;  // "" when the unit has no village
        int currentStaff = 0; // staff rows without an end date
        int staffRows = 0;    // every staff row, current and former
    };

    explicit LocalUnitRepository(Database &db);

    Status insert(LocalUnit &unit);
    Status update(const LocalUnit &unit);
    // Deletes the unit's staff rows one audited row at a time, then the unit (so nothing goes unaudited
    // through ON DELETE CASCADE).
    Status remove(qint64 unitId);
    std::optional<LocalUnit> find(qint64 id) const;
    QList<LocalUnit> all() const;
    // Every unit with its village's name and its staff counts, in one query.
    QList<Summary> summaries(Status *status = nullptr) const;

    Status addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since,
                    qint64 *staffId = nullptr);
    QList<qint64> staff(qint64 unitId) const; // people currently on the staff
    // The unit's staff rows with the person's name, current ones first, then by start date and name.
    QList<StaffRow> staffRows(qint64 unitId, Status *status = nullptr) const;
    std::optional<StaffRow> findStaff(qint64 staffId) const;
    // The person's current row in the unit, if they are on its staff now.
    std::optional<StaffRow> currentStaff(qint64 unitId, qint64 personId) const;
    Status endStaff(qint64 staffId, const QDate &date);
    Status removeStaff(qint64 staffId);

private:
    QList<StaffRow> staffWhere(const QString &condition, const QVariantList &values, Status *status) const;

    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
