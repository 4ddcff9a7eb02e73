#include "TargetCommands.h"

#include "EditCommands.h"
#include "TargetRepository.h"
#include "TargetService.h"

namespace sht {

using namespace criteria;

TargetCommands::TargetCommands(EditCommands &edits)
    : m_edits(edits)
{}

QString TargetCommands::describe(const Target &target)
{
    return tr("%1 target: %2 %3, %4")
        .arg(targetScopeName(target.scope), targetIndicatorName(target.indicator))
        .arg(target.year)
        .arg(target.shareText());
}

Status TargetCommands::add(Target &target)
{
    return m_edits.record(tr("New %1").arg(describe(target)),
                          [&] { return TargetService(m_edits.database()).add(target); });
}

Status TargetCommands::update(const Target &target)
{
    return m_edits.record(tr("Change %1").arg(describe(target)),
                          [&] { return TargetService(m_edits.database()).update(target); });
}

Status TargetCommands::remove(qint64 targetId)
{
    const auto stored = TargetRepository(m_edits.database()).find(targetId);
    return m_edits.record(tr("Delete %1").arg(stored ? describe(*stored) : QString()),
                          [&] { return TargetService(m_edits.database()).remove(targetId); });
}

} // namespace sht
