#pragma once

#include "ChangeJournal.h"
#include "Status.h"

#include <QUndoCommand>

#include <functional>

namespace sht {

class ChangeNotifier;
class Database;

// An edit on the undo stack. The edit is a core service call, run once while the database records every
// row it writes; undo and redo then replay that record exactly (same ids and UUIDs), each in one
// transaction. The file is written at once: there is never anything unsaved.
class RecordedCommand : public QUndoCommand
{
public:
    RecordedCommand(Database &db, ChangeNotifier &notifier, const QString &text,
                    std::function<Status()> edit);

    // Runs the edit. Push the command only when this succeeded (redo() then does nothing the first time).
    Status execute();
    const ChangeSet &changes() const { return m_changes; }

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    ChangeNotifier &m_notifier;
    std::function<Status()> m_edit;
    ChangeSet m_changes;
    bool m_done = false;
};

} // namespace sht
