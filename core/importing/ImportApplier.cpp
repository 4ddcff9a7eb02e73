#include "ImportApplier.h"

#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "AuditedWriter.h"
#include "ClanRepository.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "ImportRepository.h"
#include "PersonRepository.h"
#include "Transaction.h"

#include <QHash>
#include <QScopeGuard>

namespace sht::importing {

namespace {

QVariant personValue(const Person &p, const QString &column)
{
    if (column == QLatin1String("sex"))
        return sexToStorage(p.sex);
    if (column == QLatin1String("birth_date"))
        return p.birthDate.toStorage();
    if (column == QLatin1String("citizen_id"))
        return p.citizenId.digits();
    if (column == QLatin1String("ethnicity"))
        return p.ethnicity;
    if (column == QLatin1String("education"))
        return p.education.toStorage();
    if (column == QLatin1String("occupation"))
        return p.occupation;
    if (column == QLatin1String("notes"))
        return p.notes;
    return QVariant();
}

bool isNameColumn(const QString &column)
{
    static const QStringList columns{QStringLiteral("full_name"),   QStringLiteral("family_name"),
                                     QStringLiteral("middle_name"), QStringLiteral("given_name"),
                                     QStringLiteral("sort_key"),    QStringLiteral("search_key")};
    return columns.contains(column);
}

// The inserts of every new household and person, prepared once for the whole import (about 300,000 rows
// for 100,000 people): per row only the values are bound. Column lists as the repositories write them.
struct PreparedInserts
{
    AuditedWriter::BulkInsert person;
    AuditedWriter::BulkInsert membership;
    AuditedWriter::BulkInsert household;
    AuditedWriter::BulkInsert householdVillage;
    AuditedWriter::BulkInsert clanHousehold;

    Status prepare(AuditedWriter &writer)
    {
        QStringList personColumns;
        for (const auto &field : PersonRepository::fieldsOf(Person()))
            personColumns << field.first;
        const std::pair<AuditedWriter::BulkInsert *, std::pair<const char *, QStringList>> tables[] = {
            {&person, {"person", personColumns}},
            {&membership,
             {"membership",
              {QStringLiteral("person_id"), QStringLiteral("household_id"), QStringLiteral("relation"),
               QStringLiteral("residence_status"), QStringLiteral("valid_from"), QStringLiteral("valid_to"),
               QStringLiteral("end_reason")}}},
            {&household,
             {"household",
              {QStringLiteral("code"), QStringLiteral("village_id"), QStringLiteral("address"),
               QStringLiteral("notes")}}},
            {&householdVillage,
             {"household_village",
              {QStringLiteral("household_id"), QStringLiteral("village_id"), QStringLiteral("valid_from")}}},
            {&clanHousehold, {"clan_household", {QStringLiteral("clan_id"), QStringLiteral("household_id")}}},
        };
        for (const auto &[target, table] : tables) {
            Status status;
            *target = writer.prepareInsert(QLatin1String(table.first), table.second, &status);
            if (!status)
                return status;
        }
        return Status::success();
    }
};

// From this many new people on, the secondary indexes of the tables the import (at least) doubles are built
// after the load instead of row by row (ImportRepository::dropIndexesForLoad).
constexpr int kLargeLoad = 5000;
// The page cache of such a load, in KiB (the connection's is 64 MB): see ImportRepository::setCacheSize.
constexpr int kLoadCacheKib = 16 * 1024;

// Counts of one input file, for its import_batch row.
struct FileCounts
{
    int households = 0;
    int peopleAdded = 0;
    int peopleUpdated = 0;
    int problems = 0;
};

} // namespace

ImportApplier::ImportApplier(Database &db)
    : m_db(db)
{}

Status ImportApplier::apply(const ImportPlan &plan, Outcome *outcome)
{
    Outcome done;
    // Every row written here says it came through the import, whoever runs it.
    const AuditActor actor = m_db.actor();
    m_db.setActor({actor.userName, QStringLiteral("import")});
    const auto restoreActor = qScopeGuard([&] { m_db.setActor(actor); });

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (!AdminUnitRepository(m_db).commune())
        return Status::failure(
            tr("The commune file has no commune yet: create the commune first, then import "
               "its villages."));

    ClanRepository clans(m_db);
    QList<qint64> clanIds;
    for (const PlannedClan &planned : plan.clans) {
        if (planned.existingId) {
            clanIds << planned.existingId;
            continue;
        }
        Clan clan;
        clan.name = planned.name;
        if (Status s = clans.insert(clan); !s)
            return s;
        clanIds << clan.id;
        ++done.clansCreated;
    }

    const ImportPlan::Counts planned = plan.counts();
    const int total = planned.peopleNew + planned.peopleUpdated;
    // A first import of a large register: its tables' secondary indexes are built once at the end.
    ImportRepository batches(m_db);
    QStringList droppedIndexes;
    if (planned.peopleNew >= kLargeLoad) {
        const qint64 households = planned.householdsNew;
        const QHash<QString, qint64> newRows{
            {QStringLiteral("person"), planned.peopleNew},
            {QStringLiteral("membership"), planned.peopleNew},
            {QStringLiteral("household"), households},
            {QStringLiteral("household_village"), households},
            {QStringLiteral("clan_household"), households},
            {QStringLiteral("audit_log"), 2 * (qint64(planned.peopleNew) + 3 * households)},
        };
        if (Status s = batches.dropIndexesForLoad(newRows, &droppedIndexes); !s)
            return s;
    }
    // Without those indexes the load appends: a small page cache does as well, and the plan keeps the memory.
    const int cacheSize = batches.cacheSize();
    const bool smallCache = !droppedIndexes.isEmpty() && cacheSize != 0;
    if (smallCache)
        if (Status s = batches.setCacheSize(-kLoadCacheKib); !s)
            return s;
    const auto restoreCache = qScopeGuard([&] {
        if (smallCache)
            batches.setCacheSize(cacheSize);
    });
    int written = 0;
    int nextReport = 0;
    AuditedWriter writer(m_db);
    AdminUnitService units(m_db);
    PreparedInserts bulk;
    if (Status s = bulk.prepare(writer); !s)
        return s;
    QHash<QString, FileCounts> perFile;
    for (const ImportProblem &problem : plan.problems)
        ++perFile[problem.where.file].problems;

    for (const PlannedVillage &plannedVillage : plan.villages) {
        qint64 villageId = plannedVillage.existingId;
        if (!villageId) {
            AdminUnit village;
            village.kind = plannedVillage.kind;
            village.name = plannedVillage.name;
            if (Status s = units.createVillage(village); !s)
                return s;
            villageId = village.id;
            ++done.villagesCreated;
        }
        for (const PlannedHousehold &plannedHousehold : plannedVillage.households) {
            FileCounts &counts = perFile[plannedHousehold.where.file];
            qint64 householdId = plannedHousehold.existingId;
            const qint64 clanId =
                plannedHousehold.clanIndex >= 0 ? clanIds.at(plannedHousehold.clanIndex) : 0;
            if (!householdId) {
                // The rows HouseholdRepository::insert writes, through the prepared bulk statements.
                if (plannedHousehold.code.trimmed().isEmpty())
                    return Status::failure(Database::tr("A household needs a code."));
                Status status;
                householdId = writer.insert(
                    bulk.household,
                    QVariantList{plannedHousehold.code, villageId, plannedHousehold.address, QString()},
                    &status);
                if (!status)
                    return status;
                // When the household came to the village is not in the register: the history starts open.
                writer.insert(bulk.householdVillage, QVariantList{householdId, villageId, QVariant()},
                              &status);
                if (!status)
                    return status;
                ++done.householdsAdded;
                ++counts.households;
                if (clanId) {
                    writer.insert(bulk.clanHousehold, QVariantList{clanId, householdId}, &status);
                    if (!status)
                        return status;
                }
            } else if (plannedHousehold.clanChange && clanId) {
                if (Status s = clans.addHousehold(clanId, householdId); !s)
                    return s;
            }

            for (const PlannedPerson &planned : plannedHousehold.members) {
                if (planned.action == PlannedPerson::Action::Unchanged)
                    continue;
                if (planned.action == PlannedPerson::Action::Insert) {
                    // What PersonRepository::insert and HouseholdRepository::insertMembership write.
                    if (planned.person.name.isEmpty())
                        return Status::failure(Database::tr("A person needs a name."));
                    Status status;
                    const qint64 personId =
                        writer.insert(bulk.person, PersonRepository::fieldsOf(planned.person), &status);
                    if (!status)
                        return status;
                    writer.insert(bulk.membership,
                                  QVariantList{personId, householdId, relationToStorage(planned.relation),
                                               residenceToStorage(planned.residence), QVariant(), QVariant(),
                                               QString()},
                                  &status);
                    if (!status)
                        return status;
                    ++done.peopleAdded;
                    ++counts.peopleAdded;
                } else {
                    AuditedWriter::Fields personFields;
                    AuditedWriter::Fields membershipFields;
                    for (const FieldChange &change : planned.changes) {
                        if (change.column == QLatin1String("relation"))
                            membershipFields
                                << qMakePair(change.column, QVariant(relationToStorage(planned.relation)));
                        else if (change.column == QLatin1String("residence_status"))
                            membershipFields
                                << qMakePair(change.column, QVariant(residenceToStorage(planned.residence)));
                        else if (change.column == QLatin1String("full_name")) {
                            // A renamed person (an entry template's identified row): every column the
                            // name is kept in, as PersonRepository writes them.
                            for (const auto &field : PersonRepository::fieldsOf(planned.person))
                                if (isNameColumn(field.first))
                                    personFields << field;
                        } else
                            personFields
                                << qMakePair(change.column, personValue(planned.person, change.column));
                    }
                    if (!personFields.isEmpty())
                        if (Status s =
                                writer.update(QStringLiteral("person"), planned.person.id, personFields);
                            !s)
                            return s;
                    if (!membershipFields.isEmpty() && planned.membershipId)
                        if (Status s = writer.update(QStringLiteral("membership"), planned.membershipId,
                                                     membershipFields);
                            !s)
                            return s;
                    ++done.peopleUpdated;
                    ++counts.peopleUpdated;
                }
                ++written;
                if (m_progress && written >= nextReport) {
                    nextReport = written + 500;
                    if (!m_progress(written, total))
                        return Status::failure(tr("Import cancelled: nothing was changed."));
                }
            }
        }
    }

    QList<ImportFile> files = plan.files;
    if (files.isEmpty()) {
        // A plan made without describing its files: one row per file name the register mentions.
        QStringList names;
        for (auto it = perFile.cbegin(); it != perFile.cend(); ++it)
            if (!it.key().isEmpty() && !names.contains(it.key()))
                names << it.key();
        names.sort();
        for (const QString &name : names)
            files << ImportFile{QString(), name, QString(), QString()};
    }
    for (const ImportFile &file : files) {
        const FileCounts counts = perFile.value(file.name);
        ImportBatch batch;
        batch.fileName = file.name;
        batch.sha256 = file.sha256;
        batch.encoding = file.encoding;
        batch.householdsAdded = counts.households;
        batch.peopleAdded = counts.peopleAdded;
        batch.peopleUpdated = counts.peopleUpdated;
        batch.problems = counts.problems;
        qint64 id = 0;
        if (Status s = batches.insertBatch(batch, &id); !s)
            return s;
        done.batchIds << id;
    }
    if (Status s = batches.recreateIndexes(droppedIndexes); !s)
        return s;
    if (m_progress && !m_progress(total, total))
        return Status::failure(tr("Import cancelled: nothing was changed."));
    if (Status s = transaction.commit(); !s)
        return s;
    if (outcome)
        *outcome = done;
    return Status::success();
}

} // namespace sht::importing
