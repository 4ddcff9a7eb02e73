#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class Database;

// The clerk's own versions of the criteria catalogues. A built-in catalogue is never changed: it is cloned
// into the file, the clone is edited (texts, thresholds, points, pass rule) and each save stores a new
// version, because results name the version they were judged with. Each call is one audited transaction.
class CatalogueService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)

public:
    explicit CatalogueService(Database &db);

    // Copies source (a built-in or a clone) into the file under the same code with version `version` (e.g.
    // "2015.1-quang-nam.1") and province; its parent is source. *clone gets what was stored.
    Status cloneCatalogue(const criteria::Catalogue &source, const QString &version, const QString &province,
                          criteria::Catalogue *clone = nullptr);
    // Stores an edited clone as a new version (empty newVersion: the next one, see nextVersion) whose parent
    // is the version it was edited from. Refused for a built-in, an invalid catalogue, or a version in use.
    Status saveVersion(const criteria::Catalogue &edited, const QString &newVersion,
                       criteria::Catalogue *saved = nullptr);
    // Deletes one version of a clone; refused when results were judged with it or it is built in.
    Status deleteClone(const QString &code, const QString &version);

    // Why version cannot be used for code (empty, taken by a built-in or a stored version); success if free.
    Status checkVersion(const QString &code, const QString &version) const;
    // "2015.1-quang-nam.1" → "2015.1-quang-nam.2"; "2015.1" → "2015.1.1"; skips versions already taken.
    QString nextVersion(const QString &code, const QString &version) const;
    // The label offered for a clone: "<version>-<province, accent-free, dashed>.1", e.g.
    // "2015.1-quang-nam.1".
    static QString suggestedCloneVersion(const criteria::Catalogue &source, const QString &province);

private:
    Database &m_db;
};

} // namespace sht
