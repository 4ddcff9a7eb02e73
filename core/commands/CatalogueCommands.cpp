#include "CatalogueCommands.h"

#include "CatalogueService.h"
#include "EditCommands.h"

namespace sht {

CatalogueCommands::CatalogueCommands(EditCommands &edits)
    : m_edits(edits)
{}

Status CatalogueCommands::cloneCatalogue(const criteria::Catalogue &source, const QString &version,
                                         const QString &province, criteria::Catalogue *clone)
{
    return m_edits.record(
        tr("Clone catalogue %1 as version %2").arg(source.titleText, version.trimmed()), [&] {
            return CatalogueService(m_edits.database()).cloneCatalogue(source, version, province, clone);
        });
}

Status CatalogueCommands::saveVersion(const criteria::Catalogue &edited, const QString &newVersion,
                                      criteria::Catalogue *saved)
{
    criteria::Catalogue stored;
    const Status status = m_edits.record(tr("Save catalogue %1 as a new version").arg(edited.titleText), [&] {
        return CatalogueService(m_edits.database()).saveVersion(edited, newVersion, &stored);
    });
    if (status && saved)
        *saved = stored;
    return status;
}

Status CatalogueCommands::deleteClone(const QString &code, const QString &version)
{
    return m_edits.record(tr("Delete catalogue %1 version %2").arg(code, version),
                          [&] { return CatalogueService(m_edits.database()).deleteClone(code, version); });
}

} // namespace sht
