#pragma once

#include "PackageTables.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sht {

class Database;

namespace package {

// One row in canonical form (PackageTables.h): values in the spec's column order, foreign keys as uuids.
struct CanonicalRow
{
    qint64 id = 0;
    qint64 revision = 0;
    QVariantList values;
};
using CanonicalTable = QHash<QString, CanonicalRow>; // uuid → row

struct BaseRow
{
    QString table;
    QString uuid;
    qint64 revision = 0;
    QByteArray values; // the values encoded by signature::encodeRow, exactly as stored (and signed)
};

} // namespace package

// Every SQL statement of volunteer packages: copying a scope of villages into a package file, the merge
// base kept inside the package, rows read in canonical form for the three-way merge, and the lookups the
// apply step needs in the clerk's file.
class PackageRepository
{
    Q_DECLARE_TR_FUNCTIONS(PackageRepository)

public:
    explicit PackageRepository(Database &db);

    // Clerk's file: copies the villages' registers (and the commune-wide context: admin units, clans of their
    // households, learning centre, courses, sessions, catalogues, targets) into the empty commune file at
    // packagePath, in one transaction. Only people with their current (or, for the dead and gone, last)
    // household in these villages go in.
    Status copyScope(const QString &packagePath, const QStringList &villageUuids);

    // Rows of one merge table; with onlyUuids, only those rows.
    package::CanonicalTable readTable(const package::TableSpec &spec, Status *status,
                                      const QStringList *onlyUuids = nullptr) const;

    // Package file: the merge base.
    Status createBase(const QList<package::BaseRow> &rows);
    QList<package::BaseRow> readBase(Status *status) const; // ordered by table and uuid
    bool hasBase() const;
    // Package file: how many rows of each table outside mergedTables the volunteer's recorded edits touched
    // (audit_log entity → distinct rows), for the plan's notices of what is not merged.
    QList<QPair<QString, int>> editsOutside(const QStringList &mergedTables) const;

    // Clerk's file lookups.
    qint64 idOf(const QString &table, const QString &uuid) const;
    // The uuid of the row of spec whose natural key holds these canonical values, empty when none.
    QString findByNaturalKey(const package::TableSpec &spec, const QVariantList &keyValues) const;
    // Uuids of child's rows whose column points to the row parentUuid of the table column refers to.
    QStringList childrenOf(const package::TableSpec &child, const QString &column,
                           const QString &parentUuid) const;
    // The current membership of a person: {membership uuid, household uuid, relation}; empty when none.
    QStringList currentMembershipOf(const QString &personUuid) const;
    // The current head's membership of a household: {membership uuid, person uuid}; empty when none.
    QStringList currentHeadOf(const QString &householdUuid) const;
    // People whose current household is in one of the villages: "search key|birth date|village uuid" → uuid.
    QMultiHash<QString, QString> peopleByNameKey(const QStringList &villageUuids) const;
    // uuid → name of every admin unit.
    QHash<QString, QString> unitNames() const;
    // uuid → name of every clan and learning centre (context rows a merged row may point to).
    QHash<QString, QString> contextNames() const;
    // The commune row (uuid, name); empty when the file has none.
    QPair<QString, QString> commune() const;
    // Villages (or residential groups) whose uuid or name is text.
    QStringList villagesNamed(const QString &text) const;

    // Merges are recorded as import_batch rows (encoding "volunteer-package"), written through AuditedWriter
    // so that undoing a merge forgets it too.
    bool wasMerged(const QString &contentHash) const;
    Status recordMerge(const QString &packageUuid, const QString &contentHash, int householdsAdded,
                       int peopleAdded, int peopleUpdated);

    static QString nameKey(const QString &searchKey, const QString &birthDate, const QString &villageUuid)
    {
        return searchKey + QLatin1Char('|') + birthDate + QLatin1Char('|') + villageUuid;
    }

private:
    Database &m_db;
};

} // namespace sht
