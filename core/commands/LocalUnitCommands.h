#pragma once

#include "LocalUnit.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDate>

namespace sht {

class EditCommands;

// The local units register's edits, each one undoable step in Edit > History (through EditCommands), or no
// change and a message saying why.
class LocalUnitCommands
{
    Q_DECLARE_TR_FUNCTIONS(LocalUnitCommands)

public:
    explicit LocalUnitCommands(EditCommands &edits);

    Status createUnit(LocalUnit &unit);
    Status updateUnit(LocalUnit &unit);
    Status removeUnit(qint64 unitId);
    Status addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since,
                    qint64 *staffId = nullptr);
    Status endStaff(qint64 staffId, const QDate &date);
    Status removeStaff(qint64 staffId);

private:
    QString unitName(qint64 unitId) const;

    EditCommands &m_edits;
};

} // namespace sht
