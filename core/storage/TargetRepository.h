#pragma once

#include "AuditedWriter.h"
#include "Status.h"
#include "Target.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

// The targets the province or the commune set themselves (table `target`); every write is audited. The
// national defaults are not here: they ship as data (criteria::TargetCatalogue).
class TargetRepository
{
public:
    explicit TargetRepository(Database &db);

    Status insert(criteria::Target &target);
    Status update(const criteria::Target &target);
    Status remove(qint64 id);
    std::optional<criteria::Target> find(qint64 id) const;
    // Every local target, by indicator, year, scope. Empty when the file cannot be read.
    QList<criteria::Target> all() const;
    // The id of the row for this indicator, year and scope (they are unique), 0 when none.
    qint64 idOf(criteria::TargetIndicator indicator, int year, criteria::TargetScope scope) const;

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
