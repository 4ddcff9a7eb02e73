#include "RecordedCommand.h"

#include "ChangeNotifier.h"
#include "ChangeReplayer.h"
#include "Database.h"
#include "WriteErrorText.h"

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
    m_db.clearWriteError(); // only a failure of this action may be explained with its name
    m_db.startRecording();
    const Status status = m_edit();
    m_changes = m_db.stopRecording();
    m_edit = nullptr; // it may refer to the caller's objects, which do not outlive the call
    if (!status) {
        m_changes.clear();
        // A full disk or a removed drive: say so with the action's name (Edit > History's words).
        return WriteErrorText::forAction(m_db, text(), status);
    }
    m_done = true;
    m_notifier.announce(m_changes);
    return status;
}

void RecordedCommand::redo()
{
    if (m_done)
        return; // the first redo, at push: execute() already did the edit
    m_db.clearWriteError();
    if (const Status s = ChangeReplayer(m_db).reapply(m_changes); !s) {
        setObsolete(true);
        emit m_notifier.failed(
            WriteErrorText::forAction(m_db, WriteErrorText::tr("Redo %1").arg(text()), s).message());
        return;
    }
    m_done = true;
    m_notifier.announce(m_changes);
}

void RecordedCommand::undo()
{
    m_db.clearWriteError();
    if (const Status s = ChangeReplayer(m_db).revert(m_changes); !s) {
        setObsolete(true);
        emit m_notifier.failed(
            WriteErrorText::forAction(m_db, WriteErrorText::tr("Undo %1").arg(text()), s).message());
        return;
    }
    m_done = false;
    m_notifier.announce(m_changes);
}

} // namespace sht
