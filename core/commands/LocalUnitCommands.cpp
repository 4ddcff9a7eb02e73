#include "LocalUnitCommands.h"

#include "EditCommands.h"
#include "LocalUnitRepository.h"
#include "LocalUnitService.h"
#include "PersonRepository.h"

namespace sht {

LocalUnitCommands::LocalUnitCommands(EditCommands &edits)
    : m_edits(edits)
{}

QString LocalUnitCommands::unitName(qint64 unitId) const
{
    const auto unit = LocalUnitRepository(m_edits.database()).find(unitId);
    return unit ? unit->name : QString();
}

Status LocalUnitCommands::createUnit(LocalUnit &unit)
{
    return m_edits.record(tr("New unit %1").arg(unit.name.trimmed()),
                          [&] { return LocalUnitService(m_edits.database()).createUnit(unit); });
}

Status LocalUnitCommands::updateUnit(LocalUnit &unit)
{
    return m_edits.record(tr("Edit unit %1").arg(unitName(unit.id)),
                          [&] { return LocalUnitService(m_edits.database()).updateUnit(unit); });
}

Status LocalUnitCommands::removeUnit(qint64 unitId)
{
    return m_edits.record(tr("Delete unit %1").arg(unitName(unitId)),
                          [&] { return LocalUnitService(m_edits.database()).removeUnit(unitId); });
}

Status LocalUnitCommands::addStaff(qint64 unitId, qint64 personId, const QString &role, const QDate &since,
                                   qint64 *staffId)
{
    const auto person = PersonRepository(m_edits.database()).find(personId);
    return m_edits.record(
        tr("Add %1 to the staff of %2").arg(person ? person->name.full() : QString(), unitName(unitId)), [&] {
            return LocalUnitService(m_edits.database()).addStaff(unitId, personId, role, since, staffId);
        });
}

Status LocalUnitCommands::endStaff(qint64 staffId, const QDate &date)
{
    const auto row = LocalUnitRepository(m_edits.database()).findStaff(staffId);
    return m_edits.record(
        tr("%1 left %2").arg(row ? row->personName : QString(), row ? unitName(row->unitId) : QString()),
        [&] { return LocalUnitService(m_edits.database()).endStaff(staffId, date); });
}

Status LocalUnitCommands::removeStaff(qint64 staffId)
{
    const auto row = LocalUnitRepository(m_edits.database()).findStaff(staffId);
    return m_edits.record(
        tr("Remove %1 from the staff of %2")
            .arg(row ? row->personName : QString(), row ? unitName(row->unitId) : QString()),
        [&] { return LocalUnitService(m_edits.database()).removeStaff(staffId); });
}

} // namespace sht
