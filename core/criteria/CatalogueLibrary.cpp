#include "CatalogueLibrary.h"

#include "CatalogueLoader.h"
#include "CatalogueRepository.h"

#include <QDir>
#include <QRegularExpression>

namespace sht::criteria {

CatalogueLibrary CatalogueLibrary::builtins(Status *status)
{
    CatalogueLibrary library;
    QStringList problems;
    const QDir dir(QStringLiteral(":/criteria"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Catalogue catalogue;
        const Status s = CatalogueLoader::loadFile(dir.filePath(file), &catalogue);
        if (!s) {
            problems << s.message();
            continue;
        }
        catalogue.builtin = true;
        library.m_catalogues << catalogue;
    }
    if (files.isEmpty())
        problems << tr("The built-in criteria catalogues are missing from this build of the app.");
    if (status)
        *status = problems.isEmpty() ? Status::success() : Status::failure(problems.join(QLatin1Char('\n')));
    return library;
}

CatalogueLibrary CatalogueLibrary::load(Database &db, Status *status)
{
    Status builtinStatus;
    CatalogueLibrary library = builtins(&builtinStatus);
    Status storedStatus;
    for (const StoredCatalogue &stored : CatalogueRepository(db).all(&storedStatus)) {
        // A copy of a built-in kept in the file (for old results) adds nothing while the app still ships it.
        if (stored.catalogue.builtin && library.find(stored.catalogue.code, stored.catalogue.version))
            continue;
        library.m_catalogues << stored.catalogue;
    }
    if (status) {
        QStringList problems;
        if (!builtinStatus)
            problems << builtinStatus.message();
        if (!storedStatus)
            problems << storedStatus.message();
        *status = problems.isEmpty() ? Status::success() : Status::failure(problems.join(QLatin1Char('\n')));
    }
    return library;
}

bool CatalogueLibrary::versionLess(const QString &a, const QString &b)
{
    static const QRegularExpression separators(QStringLiteral("[.\\-_]"));
    const QStringList pa = a.split(separators);
    const QStringList pb = b.split(separators);
    for (int i = 0; i < pa.size() && i < pb.size(); ++i) {
        bool na = false, nb = false;
        const qlonglong va = pa.at(i).toLongLong(&na);
        const qlonglong vb = pb.at(i).toLongLong(&nb);
        if (na && nb) {
            if (va != vb)
                return va < vb;
        } else if (pa.at(i) != pb.at(i)) {
            return pa.at(i) < pb.at(i);
        }
    }
    return pa.size() < pb.size();
}

const Catalogue *CatalogueLibrary::catalogueFor(Title title, int year, const QString &appliesTo) const
{
    const Catalogue *best = nullptr;
    int bestIndex = -1;
    // Preference, strongest first: a clone over a built-in, a catalogue naming appliesTo over a general one,
    // then the newest: clones in the order they were saved, built-ins by first year and version.
    auto rank = [&](const Catalogue &c, int index) {
        const bool exact = !appliesTo.isEmpty() && c.appliesTo.contains(appliesTo);
        return std::make_tuple(!c.builtin, exact, c.builtin ? 0 : index, c.firstYear);
    };
    for (int i = 0; i < m_catalogues.size(); ++i) {
        const Catalogue &c = m_catalogues.at(i);
        if (c.title != title || !c.inForce(year))
            continue;
        if (!appliesTo.isEmpty() && !c.appliesTo.isEmpty() && !c.appliesTo.contains(appliesTo))
            continue;
        if (!best) {
            best = &c;
            bestIndex = i;
            continue;
        }
        const auto r = rank(c, i);
        const auto rb = rank(*best, bestIndex);
        if (rb < r || (r == rb && versionLess(best->version, c.version))) {
            best = &c;
            bestIndex = i;
        }
    }
    return best;
}

const Catalogue *CatalogueLibrary::find(const QString &code, const QString &version) const
{
    for (const Catalogue &c : m_catalogues)
        if (c.code == code && c.version == version)
            return &c;
    return nullptr;
}

QList<const Catalogue *> CatalogueLibrary::versions(const QString &code) const
{
    QList<const Catalogue *> result;
    for (const Catalogue &c : m_catalogues)
        if (c.code == code)
            result << &c;
    return result;
}

} // namespace sht::criteria
