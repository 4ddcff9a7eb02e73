#pragma once

#include "AuditedWriter.h"
#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sht {

class Database;

// A catalogue kept in the commune file (criteria_catalogue): a clone the clerk adapted, one row a version.
// Rows are never changed once written (results name the version they used); a new version is a new row.
struct StoredCatalogue
{
    qint64 id = 0;
    QString uuid;
    QString createdAt; // UTC, ISO
    criteria::Catalogue catalogue;
};

class CatalogueRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueRepository)

public:
    static constexpr const char *Table = "criteria_catalogue";

    explicit CatalogueRepository(Database &db);

    // Stores the catalogue as JSON (CatalogueWriter) with its code, version, title, parent and province.
    Status insert(const criteria::Catalogue &catalogue, qint64 *id = nullptr);
    Status remove(qint64 id);
    // Every stored catalogue, oldest first. A row whose JSON no longer loads is left out and *status says
    // which and why (the others still load).
    QList<StoredCatalogue> all(Status *status = nullptr) const;
    std::optional<StoredCatalogue> find(const QString &code, const QString &version) const;
    bool exists(const QString &code, const QString &version) const;
    // How many stored results (evaluation rows) were judged with this version; -1 when that cannot be read.
    int resultsUsing(const QString &code, const QString &version) const;

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
