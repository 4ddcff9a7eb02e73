#include "MergeCommands.h"

#include "EditCommands.h"
#include "PackageMerger.h"

namespace sht {

MergeCommands::MergeCommands(EditCommands &edits)
    : m_edits(edits)
{}

Status MergeCommands::apply(const exchange::MergePlan &plan, const exchange::ExchangeProgress &progress)
{
    return m_edits.record(tr("Merge package of %1").arg(plan.package.villageNames.join(QStringLiteral(", "))),
                          [&] { return exchange::PackageMerger(m_edits.database()).apply(plan, progress); });
}

} // namespace sht
