#include "ClanService.h"

#include "ClanRepository.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "PersonRepository.h"
#include "TextNormalizer.h"
#include "Transaction.h"

namespace sht {

ClanService::ClanService(Database &db)
    : m_db(db)
{}

QString ClanService::cleanName(const QString &name)
{
    return text::normalized(name);
}

QString ClanService::cleanNotes(const QString &notes)
{
    // Notes may span lines: keep the line breaks, only compose and trim.
    return notes.normalized(QString::NormalizationForm_C).trimmed();
}

Status ClanService::checkName(const QString &name, qint64 clanId) const
{
    const QString cleaned = cleanName(name);
    if (cleaned.isEmpty())
        return Status::failure(tr("Type the name of the clan, e.g. \"Họ Nguyễn Văn\"."));
    // "Họ Nguyễn" and "HO NGUYEN" are the same clan typed twice: compare the accent-free keys.
    const QString key = text::searchKey(cleaned);
    for (const Clan &other : ClanRepository(m_db).all())
        if (other.id != clanId && text::searchKey(other.name) == key)
            return Status::failure(tr("The clan \"%1\" already exists.").arg(other.name));
    return Status::success();
}

Status ClanService::checkHead(qint64 personId) const
{
    if (personId == 0)
        return Status::success();
    const auto person = PersonRepository(m_db).find(personId);
    if (!person)
        return Status::failure(tr("The chosen head is no longer in the registers."));
    if (!person->deathDate.isNull())
        return Status::failure(tr("%1 has died and cannot be the head of a clan.").arg(person->name.full()));
    if (!person->movedAwayDate.isNull())
        return Status::failure(tr("%1 has moved away from the commune and cannot be the head of a clan.")
                                   .arg(person->name.full()));
    return Status::success();
}

Status ClanService::checkClan(const Clan &clan, qint64 storedHeadId) const
{
    if (Status s = checkName(clan.name, clan.id); !s)
        return s;
    // Only a new head is checked: a head who died since may stay recorded until the clerk names another,
    // and the clan's notes can still be edited meanwhile.
    if (clan.headPersonId != storedHeadId)
        return checkHead(clan.headPersonId);
    return Status::success();
}

Status ClanService::createClan(Clan &clan)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Clan cleaned = clan;
    cleaned.id = 0;
    cleaned.name = cleanName(clan.name);
    cleaned.notes = cleanNotes(clan.notes);
    if (Status s = checkClan(cleaned, 0); !s)
        return s;
    if (Status s = ClanRepository(m_db).insert(cleaned); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    clan = cleaned;
    return Status::success();
}

Status ClanService::updateClan(const Clan &clan)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    ClanRepository clans(m_db);
    const auto stored = clans.find(clan.id);
    if (!stored)
        return Status::failure(tr("The clan no longer exists."));
    Clan cleaned = clan;
    cleaned.name = cleanName(clan.name);
    cleaned.notes = cleanNotes(clan.notes);
    if (Status s = checkClan(cleaned, stored->headPersonId); !s)
        return s;
    if (Status s = clans.update(cleaned); !s)
        return s;
    return transaction.commit();
}

Status ClanService::removeClan(qint64 clanId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    ClanRepository clans(m_db);
    if (!clans.find(clanId))
        return Status::failure(tr("The clan no longer exists."));
    if (Status s = clans.remove(clanId); !s)
        return s;
    return transaction.commit();
}

Status ClanService::addHousehold(qint64 clanId, qint64 householdId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    ClanRepository clans(m_db);
    const auto clan = clans.find(clanId);
    if (!clan)
        return Status::failure(tr("The clan no longer exists."));
    const auto household = HouseholdRepository(m_db).find(householdId);
    if (!household)
        return Status::failure(tr("The household no longer exists."));
    if (clans.clanOfHousehold(householdId) == clanId)
        return Status::failure(
            tr("Household %1 is already a member of %2.").arg(household->code, clan->name));
    if (Status s = clans.addHousehold(clanId, householdId); !s)
        return s;
    return transaction.commit();
}

Status ClanService::removeHousehold(qint64 clanId, qint64 householdId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    ClanRepository clans(m_db);
    if (!clans.find(clanId))
        return Status::failure(tr("The clan no longer exists."));
    if (Status s = clans.removeHousehold(clanId, householdId); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
