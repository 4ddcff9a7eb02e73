#include "RecordedCommand.h"

#include "ChangeNotifier.h"
#include "ChangeReplayer.h"
#include "Database.h"

namespace sht {

RecordedCommand::RecordedCommand(Database &db, ChangeNotifier &notifier, const QString &text,
                                 std::function<Status()> edit)
    : QUndoCommand(text)
    , m_db(db)
    , m_notifier(notifier)
    , m_edit(std::move(edit))
{}

Status RecordedCommand::execute()
{
    m_db.startRecording();
    const Status status = m_edit();
    m_changes = m_db.stopRecording();
    m_edit = nullptr; // it may refer to the caller's objects, which do not outlive the call
    if (!status) {
        m_changes.clear();
        return status;
    }
    m_done = true;
    m_notifier.announce(m_changes);
    return status;
}

void RecordedCommand::redo()
{
    if (m_done)
        return; // the first redo, at push: execute() already did the edit
    if (const Status s = ChangeReplayer(m_db).reapply(m_changes); !s) {
        setObsolete(true);
        emit m_notifier.failed(s.message());
        return;
    }
    m_done = true;
    m_notifier.announce(m_changes);
}

void RecordedCommand::undo()
{
    if (const Status s = ChangeReplayer(m_db).revert(m_changes); !s) {
        setObsolete(true);
        emit m_notifier.failed(s.message());
        return;
    }
    m_done = false;
    m_notifier.announce(m_changes);
}

} // namespace sht
