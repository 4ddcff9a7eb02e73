#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace sht {

class EditCommands;

// Registrations as undoable steps: each RegistrationService call recorded through EditCommands (one step in
// Edit > History, announced to the ChangeNotifier with the table "registration"). A call that registers
// nothing new (all were registered already) leaves no step.
class RegistrationCommands
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationCommands)

public:
    explicit RegistrationCommands(EditCommands &edits);

    Status registerSubjects(int year, criteria::Title title, const QStringList &uuids, int *added = nullptr);
    Status registerVillage(int year, criteria::Title title, qint64 villageId, int *added = nullptr);
    // Every current village of the commune, as one undoable step.
    Status registerCommune(int year, criteria::Title title, int *added = nullptr);
    Status unregister(int year, criteria::Title title, const QStringList &uuids, int *removed = nullptr);

private:
    EditCommands &m_edits;
};

} // namespace sht
