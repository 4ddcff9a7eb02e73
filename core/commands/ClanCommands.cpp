#include "ClanCommands.h"

#include "ClanRepository.h"
#include "ClanService.h"
#include "EditCommands.h"
#include "HouseholdRepository.h"

namespace sht {

ClanCommands::ClanCommands(EditCommands &edits)
    : m_edits(edits)
{}

QString ClanCommands::clanName(qint64 clanId) const
{
    const auto clan = ClanRepository(m_edits.database()).find(clanId);
    return clan ? clan->name : QString();
}

QString ClanCommands::householdCode(qint64 householdId) const
{
    const auto household = HouseholdRepository(m_edits.database()).find(householdId);
    return household ? household->code : QString();
}

Status ClanCommands::createClan(Clan &clan)
{
    return m_edits.record(tr("New clan %1").arg(ClanService::cleanName(clan.name)),
                          [&] { return ClanService(m_edits.database()).createClan(clan); });
}

Status ClanCommands::updateClan(const Clan &clan)
{
    return m_edits.record(tr("Edit clan %1").arg(ClanService::cleanName(clan.name)),
                          [&] { return ClanService(m_edits.database()).updateClan(clan); });
}

Status ClanCommands::removeClan(qint64 clanId)
{
    return m_edits.record(tr("Delete clan %1").arg(clanName(clanId)),
                          [&] { return ClanService(m_edits.database()).removeClan(clanId); });
}

Status ClanCommands::addHousehold(qint64 clanId, qint64 householdId)
{
    const qint64 from = ClanRepository(m_edits.database()).clanOfHousehold(householdId);
    const QString text = from != 0 && from != clanId
                             ? tr("Move household %1 from %2 to %3")
                                   .arg(householdCode(householdId), clanName(from), clanName(clanId))
                             : tr("Add household %1 to %2").arg(householdCode(householdId), clanName(clanId));
    return m_edits.record(text,
                          [&] { return ClanService(m_edits.database()).addHousehold(clanId, householdId); });
}

Status ClanCommands::removeHousehold(qint64 clanId, qint64 householdId)
{
    return m_edits.record(
        tr("Remove household %1 from %2").arg(householdCode(householdId), clanName(clanId)),
        [&] { return ClanService(m_edits.database()).removeHousehold(clanId, householdId); });
}

} // namespace sht
