#pragma once

#include "AuditedWriter.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sht {

class Database;

// The commune file as the import planner needs to see it, read in a few bulk queries (never per row).
struct ImportSnapshot
{
    struct Village
    {
        qint64 id = 0;
        QString name;
        QString kind;
        QStringList names; // every name it had (admin_unit_name), the current one included
        bool current = true;
        qint64 mergedIntoId = 0;
        QString uuid = {};
    };
    struct Household
    {
        qint64 id = 0;
        qint64 villageId = 0;
        QString code;
        QString address;
        qint64 clanId = 0;
        QString uuid = {};
    };
    struct Person
    {
        qint64 id = 0;
        QString uuid;
        QString fullName;
        QString sex, birthDate, citizenId, ethnicity, education, occupation, notes; // storage forms
        bool alive = true;       // not dead, not moved away
        qint64 membershipId = 0; // current membership, 0 when none
        qint64 householdId = 0;
        QString relation;
        QString residence;
    };
    struct Clan
    {
        qint64 id = 0;
        QString name;
    };

    bool hasCommune = false;
    QString communeUuid; // the first commune's (an entry template names the commune it was written for)
    QList<Village> villages;
    QList<Household> households;
    QList<Person> people;
    QList<Clan> clans;
};

// One committed import of one file.
struct ImportBatch
{
    QString fileName;
    QString sha256;
    QString encoding;
    int householdsAdded = 0;
    int peopleAdded = 0;
    int peopleUpdated = 0;
    int problems = 0;
};

// A pair of people the clerk decided are two different people (not to be proposed as duplicates again).
struct KeptApartPair
{
    QString firstUuid;
    QString secondUuid;
};

// import_batch, import_mapping, the bulk reads of the import and the duplicate review's lookups.
class ImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportRepository)

public:
    explicit ImportRepository(Database &db);

    Status snapshot(ImportSnapshot *out) const;

    // Audited (the row is shared: uuid, revision); returns the row id in *id.
    Status insertBatch(const ImportBatch &batch, qint64 *id = nullptr);
    Status batchCount(int *count) const;

    // The mapping JSON the clerk confirmed for a header signature; empty when none.
    QString mapping(const QString &headerSignature) const;
    Status saveMapping(const QString &headerSignature, const QString &mappingJson);

    // Ids of rows of table (a repository constant, never input) whose column equals value.
    Status idsWhere(const QString &table, const QString &column, const QVariant &value,
                    QList<qint64> *ids) const;
    // person_id of memberships, attendance, staff… rows by id (for the merge).
    Status attendanceSessions(qint64 personId, QList<QPair<qint64, qint64>> *idAndSession) const;

    // People who may be one person: the same name and compatible birth (both years equal or both unknown)
    // or the same citizen ID, living, in one query.
    struct PersonRow
    {
        qint64 id = 0;
        QString uuid;
        QString fullName;
        QString birthDate;
        QString citizenId;
        QString village;
        QString householdCode;
    };
    Status livingPeople(QList<PersonRow> *out) const;

    // A large load into small tables (a first import): building an index once after the rows are in is
    // cheaper than keeping it up to date row by row (measured: apply 3.9 s → 3.5 s CPU on 100,000 people).
    // Drops the secondary indexes (not the UNIQUE ones, which keep guarding their rule during the load) of
    // every table whose rows would at least double, returning their CREATE statements; call it inside the
    // load's transaction and recreateIndexes() before its commit (a rollback brings them back as well).
    // newRows: table (a repository constant) → rows about to be inserted.
    Status dropIndexesForLoad(const QHash<QString, qint64> &newRows, QStringList *createStatements);
    Status recreateIndexes(const QStringList &createStatements);
    // This connection's page cache as PRAGMA cache_size gives it (negative: KiB, positive: pages), to set a
    // smaller one for a large first load and give the old one back afterwards: with its secondary indexes
    // dropped such a load appends, and needs little cache; the sort that rebuilds the indexes is held to the
    // cache size as well (100,000 people: the same CPU with 16 MB as with 64, peak RSS 40 MB lower).
    int cacheSize() const;
    Status setCacheSize(int cacheSize);

    QList<KeptApartPair> keptApart() const;
    Status setKeptApart(const QList<KeptApartPair> &pairs);

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
