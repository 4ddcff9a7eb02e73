#pragma once

#include "AuditedWriter.h"
#include "LocalUnit.h"
#include "Status.h"

#include <QList>

namespace sht {

class Database;

class LocalUnitRepository
{
public:
    explicit LocalUnitRepository(Database &db);

    Status insert(LocalUnit &unit);
    Status update(const LocalUnit &unit);
    QList<LocalUnit> all() const;
    Status addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since);
    QList<qint64> staff(qint64 unitId) const; // people currently on the staff

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
