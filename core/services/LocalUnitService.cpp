#include "LocalUnitService.h"

#include "AdminUnitRepository.h"
#include "Database.h"
#include "LocalUnitKind.h"
#include "LocalUnitRepository.h"
#include "PersonRepository.h"
#include "TextNormalizer.h"
#include "Transaction.h"

namespace sht {

namespace {
QString shown(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

LocalUnitService::LocalUnitService(Database &db)
    : m_db(db)
{}

Status LocalUnitService::validateName(const QString &name, qint64 unitId) const
{
    const QString key = text::searchKey(name);
    if (key.isEmpty())
        return Status::failure(tr("Enter the unit's name, as on its sign or its seal."));
    for (const LocalUnit &other : LocalUnitRepository(m_db).all())
        if (other.id != unitId && text::searchKey(other.name) == key)
            return Status::failure(
                tr("There is already a unit named \"%1\". Give this one a name that tells them apart.")
                    .arg(other.name));
    return Status::success();
}

Status LocalUnitService::validate(const LocalUnit &unit) const
{
    if (Status s = validateName(unit.name, unit.id); !s)
        return s;
    if (!localUnitKindFromStorage(unit.kind))
        return Status::failure(tr("Choose what kind of unit this is."));
    if (!managingLevelFromStorage(unit.managingLevel))
        return Status::failure(tr("Choose which level manages the unit."));
    if (unit.staffCount < 0)
        return Status::failure(tr("The total staff cannot be negative."));
    if (unit.villageId != 0) {
        const auto village = AdminUnitRepository(m_db).find(unit.villageId);
        if (!village || !village->isVillageLevel())
            return Status::failure(tr("The chosen village no longer exists; choose another or none."));
    }
    return Status::success();
}

Status LocalUnitService::prepare(LocalUnit &unit) const
{
    unit.name = text::normalized(unit.name);
    unit.notes = unit.notes.trimmed();
    if (Status s = validate(unit); !s)
        return s;
    unit.instrument = criteriaInstrumentToStorage(criteriaInstrumentFor(
        *localUnitKindFromStorage(unit.kind), *managingLevelFromStorage(unit.managingLevel)));
    return Status::success();
}

Status LocalUnitService::createUnit(LocalUnit &unit)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    unit.id = 0;
    if (Status s = prepare(unit); !s)
        return s;
    if (Status s = LocalUnitRepository(m_db).insert(unit); !s)
        return s;
    return transaction.commit();
}

Status LocalUnitService::updateUnit(LocalUnit &unit)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LocalUnitRepository units(m_db);
    if (!units.find(unit.id))
        return Status::failure(tr("The unit no longer exists; it may have been deleted meanwhile."));
    if (Status s = prepare(unit); !s)
        return s;
    if (Status s = units.update(unit); !s)
        return s;
    return transaction.commit();
}

Status LocalUnitService::removeUnit(qint64 unitId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LocalUnitRepository units(m_db);
    if (!units.find(unitId))
        return Status::failure(tr("The unit no longer exists; it may have been deleted meanwhile."));
    if (Status s = units.remove(unitId); !s)
        return s;
    return transaction.commit();
}

Status LocalUnitService::addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since,
                                  qint64 *staffId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LocalUnitRepository units(m_db);
    const auto unit = units.find(unitId);
    if (!unit)
        return Status::failure(tr("The unit no longer exists; it may have been deleted meanwhile."));
    const auto person = PersonRepository(m_db).find(personId);
    if (!person)
        return Status::failure(tr("Choose a person of the register."));
    if (!person->isAlive())
        return Status::failure(tr("%1 has died and cannot join a unit's staff.").arg(person->name.full()));
    if (!since.isValid())
        return Status::failure(tr("Enter the date from which %1 works there.").arg(person->name.full()));
    if (const auto current = units.currentStaff(unitId, personId))
        return Status::failure(
            tr("%1 is already on the staff of %2 (since %3). To record a new role, first record the date "
               "they left the old one.")
                .arg(person->name.full(), unit->name,
                     current->validFrom.isValid() ? shown(current->validFrom) : tr("an unknown date")));
    if (Status s = units.addStaff(unitId, personId, text::normalized(role), since, staffId); !s)
        return s;
    return transaction.commit();
}

Status LocalUnitService::endStaff(qint64 staffId, const QDate &date)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LocalUnitRepository units(m_db);
    const auto row = units.findStaff(staffId);
    if (!row)
        return Status::failure(tr("The staff record no longer exists; it may have been deleted meanwhile."));
    if (!row->isCurrent())
        return Status::failure(tr("%1 already left on %2.").arg(row->personName, shown(row->validTo)));
    if (!date.isValid())
        return Status::failure(tr("Enter the date %1 left.").arg(row->personName));
    if (row->validFrom.isValid() && date < row->validFrom)
        return Status::failure(tr("%1 cannot leave on %2, before they started (%3).")
                                   .arg(row->personName, shown(date), shown(row->validFrom)));
    if (Status s = units.endStaff(staffId, date); !s)
        return s;
    return transaction.commit();
}

Status LocalUnitService::removeStaff(qint64 staffId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    LocalUnitRepository units(m_db);
    if (!units.findStaff(staffId))
        return Status::failure(tr("The staff record no longer exists; it may have been deleted meanwhile."));
    if (Status s = units.removeStaff(staffId); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
