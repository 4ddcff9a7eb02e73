#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>

namespace sht {
class Database;
}

namespace sht::criteria {

// All catalogues available to a commune file: the built-in ones (resources/criteria/*.json, read-only)
// and the clones the clerk adapted (criteria_catalogue). Pointers it returns live as long as the library.
class CatalogueLibrary
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueLibrary)

public:
    // resources/criteria/*.json, each validated; a built-in that does not load is left out and *status
    // says which and why (a defect of the app, caught by the tests).
    static CatalogueLibrary builtins(Status *status = nullptr);
    // The built-ins and the file's clones (oldest first).
    static CatalogueLibrary load(Database &db, Status *status = nullptr);

    QList<Catalogue> all() const { return m_catalogues; }
    int size() const { return int(m_catalogues.size()); }
    // The catalogue that judges `title` in `year`: a clone in the file wins over its built-in parent; among
    // several, the newest version in force that year. appliesTo narrows (local units: "tt24" or "448d"):
    // a catalogue that names it wins over one that applies to every unit.
    const Catalogue *catalogueFor(Title title, int year, const QString &appliesTo = QString()) const;
    const Catalogue *find(const QString &code, const QString &version) const;
    // Every version of code, oldest first (built-ins before clones).
    QList<const Catalogue *> versions(const QString &code) const;

    // Whether version a comes before b: numeric parts compare as numbers ("2015.2" < "2015.10").
    static bool versionLess(const QString &a, const QString &b);

    void add(const Catalogue &catalogue) { m_catalogues << catalogue; }

private:
    QList<Catalogue> m_catalogues; // built-ins by file name, then clones in the order they were stored
};

} // namespace sht::criteria
