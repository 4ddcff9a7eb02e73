#include "ImportCommands.h"

#include "BackupStore.h"
#include "DuplicateService.h"
#include "EditCommands.h"
#include "InterruptedOperation.h"
#include "PersonRepository.h"

namespace sht {

ImportCommands::ImportCommands(EditCommands &edits)
    : m_edits(edits)
{}

Status ImportCommands::merge(qint64 keepId, qint64 dropId)
{
    PersonRepository people(m_edits.database());
    const auto keep = people.find(keepId);
    const auto drop = people.find(dropId);
    const QString text = tr("Merge %1 into %2")
                             .arg(drop ? drop->name.full() : QString(), keep ? keep->name.full() : QString());
    return m_edits.record(text, [&] { return DuplicateService(m_edits.database()).merge(keepId, dropId); });
}

Status ImportCommands::keepApart(qint64 firstId, qint64 secondId)
{
    return DuplicateService(m_edits.database()).keepApart(firstId, secondId);
}

Status ImportCommands::apply(const importing::ImportPlan &plan, std::function<bool(int, int)> progress,
                             importing::ImportApplier::Outcome *outcome, bool undoable)
{
    // A copy of the file as it was comes first: an import is the largest change a clerk makes at once.
    if (Status s = BackupStore().take(m_edits.database(), BackupReason::Import); !s)
        return Status::failure(tr("The import was not started. %1").arg(s.message()));
    QStringList names;
    for (const importing::ImportFile &file : plan.files)
        names << file.name;
    const QString joined = names.join(QStringLiteral(", "));
    // Left beside the file while the import runs: if the app is killed, the next open says what happened.
    const OperationMarker marker(m_edits.database(), names.isEmpty() ? tr("the import of the register")
                                                                     : tr("the import of %1").arg(joined));
    importing::ImportApplier applier(m_edits.database());
    applier.setProgress(std::move(progress));
    if (!undoable)
        return applier.apply(plan, outcome);
    const QString text = names.isEmpty() ? tr("Import the register") : tr("Import %1").arg(joined);
    return m_edits.record(text, [&] { return applier.apply(plan, outcome); });
}

} // namespace sht
