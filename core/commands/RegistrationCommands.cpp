#include "RegistrationCommands.h"

#include "AdminUnitRepository.h"
#include "EditCommands.h"
#include "InterruptedOperation.h"
#include "RegistrationService.h"

namespace sht {

RegistrationCommands::RegistrationCommands(EditCommands &edits)
    : m_edits(edits)
{}

Status RegistrationCommands::registerSubjects(int year, criteria::Title title, const QStringList &uuids,
                                              int *added)
{
    // Named for what the clerk asked; subjects already registered are not counted again by the service.
    const QString text = tr("Register %1 for %2 %3")
                             .arg(RegistrationService::subjectsLabel(title, int(uuids.size())),
                                  RegistrationService::titleLabel(title))
                             .arg(year);
    return m_edits.record(text, [&] {
        return RegistrationService(m_edits.database())
            .registerSubjects(year, title, criteria::subjectKindOf(title), uuids, added);
    });
}

Status RegistrationCommands::registerVillage(int year, criteria::Title title, qint64 villageId, int *added)
{
    Status status;
    const int count = int(RegistrationService(m_edits.database())
                              .unregisteredInVillage(year, title, villageId, &status)
                              .size());
    if (!status)
        return status;
    const auto village = AdminUnitRepository(m_edits.database()).find(villageId);
    const QString text = tr("Register %1 of %2 for %3 %4")
                             .arg(RegistrationService::subjectsLabel(title, count),
                                  village ? village->name : QString(), RegistrationService::titleLabel(title))
                             .arg(year);
    return m_edits.record(text, [&] {
        return RegistrationService(m_edits.database()).registerVillage(year, title, villageId, added);
    });
}

Status RegistrationCommands::registerCommune(int year, criteria::Title title, int *added)
{
    QList<qint64> villages;
    for (const AdminUnit &village : AdminUnitRepository(m_edits.database()).villages())
        if (village.isCurrent())
            villages << village.id;
    const QString text =
        tr("Register every village for %1 %2").arg(RegistrationService::titleLabel(title)).arg(year);
    // The one registration that writes thousands of rows: if the app is killed, the next open says what
    // happened.
    const OperationMarker marker(m_edits.database(), tr("the registration of every village for %1 %2")
                                                         .arg(RegistrationService::titleLabel(title))
                                                         .arg(year));
    return m_edits.record(text, [&] {
        return RegistrationService(m_edits.database()).registerVillages(year, title, villages, added);
    });
}

Status RegistrationCommands::unregister(int year, criteria::Title title, const QStringList &uuids,
                                        int *removed)
{
    const QString text = tr("Take back the registration of %1 for %2 %3")
                             .arg(RegistrationService::subjectsLabel(title, int(uuids.size())),
                                  RegistrationService::titleLabel(title))
                             .arg(year);
    return m_edits.record(text, [&] {
        return RegistrationService(m_edits.database()).unregister(year, title, uuids, removed);
    });
}

} // namespace sht
