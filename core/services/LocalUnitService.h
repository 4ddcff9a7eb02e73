#pragma once

#include "LocalUnit.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDate>

namespace sht {

class Database;

// Changes to the local units and their staff. Each call is one transaction: it happens whole or not at all,
// and every row it touches is audited. A staff member who leaves keeps their row with an end date; deleting a
// row is for one entered by mistake.
class LocalUnitService
{
    Q_DECLARE_TR_FUNCTIONS(LocalUnitService)

public:
    explicit LocalUnitService(Database &db);

    // Why unit cannot be saved (its name, kind, level, village or staff count), or success. The name must
    // differ from every other unit's, ignoring case, accents and spacing.
    Status validate(const LocalUnit &unit) const;
    // The name's own rule alone, for the dialog to explain beside the field.
    Status validateName(const QString &name, qint64 unitId) const;

    // Inserts unit (sets id, uuid, revision). The name is normalised and the instrument derived from the
    // kind and the managing level.
    Status createUnit(LocalUnit &unit);
    // Saves unit's fields (the instrument derived again).
    Status updateUnit(LocalUnit &unit);
    // Deletes the unit with all its staff rows, each audited.
    Status removeUnit(qint64 unitId);

    // Puts a living person of the register on the unit's staff from `since`; staffId receives the new row.
    Status addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since,
                    qint64 *staffId = nullptr);
    // The staff member left on `date` (not before they started): the row is kept with that end date.
    Status endStaff(qint64 staffId, const QDate &date);
    // Deletes a staff row entered by mistake.
    Status removeStaff(qint64 staffId);

private:
    Status prepare(LocalUnit &unit) const;

    Database &m_db;
};

} // namespace sht
