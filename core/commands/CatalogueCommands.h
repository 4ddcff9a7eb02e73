#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class EditCommands;

// The catalogue editor's edits, each one CatalogueService call recorded through EditCommands: one undoable
// step named for Edit > History (undo of a clone or a saved version removes that version's row again).
class CatalogueCommands
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommands)

public:
    explicit CatalogueCommands(EditCommands &edits);

    Status cloneCatalogue(const criteria::Catalogue &source, const QString &version, const QString &province,
                          criteria::Catalogue *clone = nullptr);
    Status saveVersion(const criteria::Catalogue &edited, const QString &newVersion,
                       criteria::Catalogue *saved = nullptr);
    Status deleteClone(const QString &code, const QString &version);

private:
    EditCommands &m_edits;
};

} // namespace sht
