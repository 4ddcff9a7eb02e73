#include "MergeCommands.h"

#include "BackupStore.h"
#include "EditCommands.h"
#include "InterruptedOperation.h"
#include "PackageMerger.h"

namespace sht {

MergeCommands::MergeCommands(EditCommands &edits)
    : m_edits(edits)
{}

Status MergeCommands::apply(const exchange::MergePlan &plan, const exchange::ExchangeProgress &progress)
{
    if (Status s = BackupStore().take(m_edits.database(), BackupReason::Merge); !s)
        return Status::failure(tr("The merge was not started. %1").arg(s.message()));
    const QString villages = plan.package.villageNames.join(QStringLiteral(", "));
    // Left beside the file while the merge runs: if the app is killed, the next open says what happened.
    const OperationMarker marker(m_edits.database(), tr("the merge of the package of %1").arg(villages));
    return m_edits.record(tr("Merge package of %1").arg(villages),
                          [&] { return exchange::PackageMerger(m_edits.database()).apply(plan, progress); });
}

} // namespace sht
