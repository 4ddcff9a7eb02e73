#pragma once

#include "ChangeJournal.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class AuditedWriter;
class Database;

// Undoes or redoes a recorded change set in one transaction, through AuditedWriter, so the undo itself is
// audited and bumps revisions like any edit. Refuses (and changes nothing) when a row is no longer as the
// change left it, which would mean someone else changed it since.
class ChangeReplayer
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReplayer)

public:
    explicit ChangeReplayer(Database &db);

    Status revert(const ChangeSet &changes);
    Status reapply(const ChangeSet &changes);

private:
    enum class Direction { Back, Forward };
    Status apply(const ChangeSet &changes, Direction direction);
    Status expectRow(const RowChange &change, const QVariantMap &expected, bool mustExist) const;
    Status replaySetting(AuditedWriter &writer, const RowChange &change, bool back) const;

    Database &m_db;
};

} // namespace sht
