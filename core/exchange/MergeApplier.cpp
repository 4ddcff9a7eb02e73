#include "MergeApplier.h"

#include "AuditedWriter.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "PackageRepository.h"
#include "PersonName.h"
#include "PersonRepository.h"
#include "Relation.h"
#include "Transaction.h"

#include <QDate>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace sht::exchange {

using package::mergeTables;
using package::TableSpec;

namespace {

enum class OpKind { Delete, Update, Insert };

struct Operation
{
    OpKind kind = OpKind::Update;
    QString table;
    QString uuid;
    QList<QPair<QString, QVariant>> values; // canonical: foreign keys as uuids
};

class ActorScope
{
public:
    ActorScope(Database &db, const QString &packageUuid)
        : m_db(db)
        , m_saved(db.actor())
    {
        AuditActor actor = m_saved;
        if (actor.userName.isEmpty())
            actor = AuditActor::fromEnvironment(QString());
        actor.source = QStringLiteral("merge:") + packageUuid;
        m_db.setActor(actor);
    }
    ~ActorScope() { m_db.setActor(m_saved); }

private:
    Database &m_db;
    AuditActor m_saved;
};

QList<QPair<QString, QVariant>> theirsValues(const QList<FieldValues> &fields)
{
    QList<QPair<QString, QVariant>> values;
    for (const FieldValues &field : fields)
        values.append({field.field, field.theirs});
    return values;
}

// A membership that ends or stops being the head frees the one-current-household and one-head rules for the
// rows written after it.
bool releases(const Operation &op)
{
    for (const auto &[column, value] : op.values) {
        if (column == QLatin1String("valid_to") && !value.isNull())
            return true;
        if (column == QLatin1String("relation") && value.toString() != QLatin1String("head"))
            return true;
    }
    return false;
}

} // namespace

MergeApplier::MergeApplier(Database &db)
    : m_db(db)
{}

Status MergeApplier::apply(const MergePlan &plan, const ExchangeProgress &progress)
{
    if (plan.alreadyMerged || plan.isEmpty())
        return Status::success();
    if (plan.undecidedCount() > 0)
        return Status::failure(
            tr("%n conflict(s) still need a decision. Decide each one (keep this file's value "
               "or take the package's), then merge.",
               nullptr, plan.undecidedCount()));

    QHash<QString, QString> alias; // a volunteer's new person → the same person already in this file
    QList<Operation> operations;
    QMap<QPair<QString, QString>, int> updates; // (table, uuid) → index in operations
    const auto update = [&](const QString &table, const QString &uuid, const QString &field,
                            const QVariant &v) {
        const auto key = qMakePair(table, uuid);
        if (!updates.contains(key)) {
            updates.insert(key, int(operations.size()));
            operations.append({OpKind::Update, table, uuid, {}});
        }
        operations[updates.value(key)].values.append({field, v});
    };
    for (const RowChange &change : plan.changes) {
        if (change.kind == ChangeKind::Added)
            operations.append({OpKind::Insert, change.table, change.uuid, theirsValues(change.fields)});
        else if (change.kind == ChangeKind::Deleted)
            operations.append({OpKind::Delete, change.table, change.uuid, {}});
        else
            for (const FieldValues &field : change.fields)
                update(change.table, change.uuid, field.field, field.theirs);
    }
    QSet<QString> dropped; // the package's new memberships the clerk decided against
    for (const Conflict &conflict : plan.conflicts) {
        const Resolution row = conflict.fieldResolutions.value(0);
        if (conflict.kind == ConflictKind::SameField && !conflict.otherUuid.isEmpty()) {
            // A clash of current memberships (PackageMerger): the package's new one, or the clerk's.
            if (!conflict.fieldResolutions.contains(Resolution::TakeTheirs)) {
                dropped.insert(conflict.uuid);
                continue;
            }
            const bool moved = conflict.fields.value(0).field == QLatin1String("household_id");
            QVariant since;
            for (const RowChange &change : plan.changes)
                if (change.uuid == conflict.uuid)
                    for (const FieldValues &f : change.fields)
                        if (f.field == QLatin1String("valid_from"))
                            since = f.theirs;
            if (since.isNull())
                since = QDate::currentDate().toString(Qt::ISODate);
            if (moved) {
                update(conflict.table, conflict.otherUuid, QStringLiteral("valid_to"), since);
                update(conflict.table, conflict.otherUuid, QStringLiteral("end_reason"),
                       QStringLiteral("moved"));
            } else {
                update(conflict.table, conflict.otherUuid, QStringLiteral("relation"),
                       relationToStorage(Relation::Other));
            }
            continue;
        }
        switch (conflict.kind) {
        case ConflictKind::SameField:
            for (int i = 0; i < conflict.fields.size(); ++i)
                if (conflict.fieldResolutions.value(i) == Resolution::TakeTheirs)
                    update(conflict.table, conflict.uuid, conflict.fields.at(i).field,
                           conflict.fields.at(i).theirs);
            break;
        case ConflictKind::DeletedHereEditedThere:
            if (row == Resolution::TakeTheirs)
                operations.append(
                    {OpKind::Insert, conflict.table, conflict.uuid, theirsValues(conflict.fields)});
            break;
        case ConflictKind::EditedHereDeletedThere:
            if (row == Resolution::TakeTheirs)
                operations.append({OpKind::Delete, conflict.table, conflict.uuid, {}});
            break;
        case ConflictKind::SameNewPerson:
            if (row == Resolution::KeepBoth) {
                operations.append(
                    {OpKind::Insert, conflict.table, conflict.uuid, theirsValues(conflict.fields)});
                break;
            }
            alias.insert(conflict.uuid, conflict.otherUuid);
            if (row == Resolution::TakeTheirs)
                for (const FieldValues &field : conflict.fields)
                    update(conflict.table, conflict.otherUuid, field.field, field.theirs);
            break;
        }
    }

    // A row the clerk keeps although the package deleted it keeps what hangs on it: the package's deletion of
    // a kept person's membership, attendance or registrations (no conflict on their own) does not apply.
    QSet<QString> kept;
    for (const Conflict &conflict : plan.conflicts)
        if (conflict.kind == ConflictKind::EditedHereDeletedThere &&
            conflict.fieldResolutions.value(0) != Resolution::TakeTheirs)
            kept.insert(conflict.uuid);
    if (!kept.isEmpty()) {
        PackageRepository clerk(m_db);
        const auto pointsToKept = [&](const Operation &op) {
            if (op.kind != OpKind::Delete)
                return false;
            const TableSpec &spec = *package::mergeTable(op.table);
            Status status;
            const QStringList uuids{op.uuid};
            const package::CanonicalTable rows = clerk.readTable(spec, &status, &uuids);
            if (!status || !rows.contains(op.uuid))
                return false;
            const QVariantList &values = rows.value(op.uuid).values;
            for (int i = 0; i < spec.columns.size(); ++i) {
                const QString &column = spec.columns.at(i);
                if ((spec.foreignKeys.contains(column) || column == QLatin1String("subject_uuid")) &&
                    kept.contains(values.value(i).toString()))
                    return true;
            }
            return false;
        };
        operations.erase(std::remove_if(operations.begin(), operations.end(), pointsToKept),
                         operations.end());
    }

    // Deletes children first, then updates and inserts parents first; within membership updates, the rows
    // that free a unique rule go before the ones that claim it.
    QHash<QString, int> order;
    for (const TableSpec &spec : mergeTables())
        order.insert(spec.name, int(order.size()));
    std::stable_sort(operations.begin(), operations.end(), [&](const Operation &a, const Operation &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        const int ta = order.value(a.table);
        const int tb = order.value(b.table);
        if (ta != tb)
            return a.kind == OpKind::Delete ? ta > tb : ta < tb;
        return a.kind == OpKind::Update && releases(a) && !releases(b);
    });

    ActorScope actor(m_db, plan.package.packageUuid);
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    PackageRepository repository(m_db);
    AuditedWriter writer(m_db);
    int householdsAdded = 0;
    int peopleAdded = 0;
    QSet<QString> peopleUpdated;
    const auto resolve = [&](const QString &uuid) { return alias.value(uuid, uuid); };

    // Canonical values → stored ones: uuids of foreign keys become this file's ids, a person's name brings
    // its parts and keys. False when a row it points to is not in this file (deleted here meanwhile).
    const auto storedFields = [&](const TableSpec &spec, const Operation &op, AuditedWriter::Fields &fields) {
        for (const auto &[column, value] : op.values) {
            const auto fk = spec.foreignKeys.constFind(column);
            if (fk != spec.foreignKeys.constEnd()) {
                if (value.isNull()) {
                    fields.append({column, QVariant()});
                    continue;
                }
                const qint64 id = repository.idOf(fk.value(), resolve(value.toString()));
                if (id == 0)
                    return false;
                fields.append({column, id});
            } else if (column == QLatin1String("subject_uuid")) {
                fields.append({column, resolve(value.toString())});
            } else {
                fields.append({column, value});
            }
            if (spec.name == QLatin1String("person") && column == QLatin1String("full_name")) {
                const PersonName name(value.toString());
                fields.append({QStringLiteral("family_name"), name.family()});
                fields.append({QStringLiteral("middle_name"), name.middle()});
                fields.append({QStringLiteral("given_name"), name.given()});
                fields.append({QStringLiteral("sort_key"), name.sortKey()});
                fields.append({QStringLiteral("search_key"), name.searchKey()});
            }
        }
        return true;
    };

    const int total = int(operations.size());
    int done = 0;
    for (const Operation &op : operations) {
        if (progress && (done % 64 == 0) && !progress(done, total))
            return Status::failure(tr("The merge was cancelled; nothing was changed."));
        ++done;
        const TableSpec &spec = *package::mergeTable(op.table);
        if (op.kind == OpKind::Delete) {
            const qint64 id = repository.idOf(op.table, op.uuid);
            if (id == 0)
                continue; // already gone (with its parent, or merged before)
            Status s = op.table == QLatin1String("person")      ? PersonRepository(m_db).remove(id)
                       : op.table == QLatin1String("household") ? HouseholdRepository(m_db).remove(id)
                                                                : writer.remove(op.table, id);
            if (!s)
                return s;
            continue;
        }
        if (op.kind == OpKind::Update) {
            const qint64 id = repository.idOf(op.table, op.uuid);
            AuditedWriter::Fields fields;
            if (id == 0 || !storedFields(spec, op, fields))
                continue; // the row or what it points to was deleted here: the clerk's deletion stands
            if (Status s = writer.update(op.table, id, fields); !s)
                return s;
            if (op.table == QLatin1String("person"))
                peopleUpdated.insert(op.uuid);
            continue;
        }
        // Insert: idempotent by uuid, by natural key, and for people matched to this file's own.
        if (alias.contains(op.uuid) || dropped.contains(op.uuid) || repository.idOf(op.table, op.uuid) != 0)
            continue;
        if (op.table == QLatin1String("membership")) {
            const auto person = std::find_if(op.values.cbegin(), op.values.cend(), [](const auto &v) {
                return v.first == QLatin1String("person_id");
            });
            if (person != op.values.cend() && alias.contains(person->second.toString()))
                continue; // the clerk's person keeps the household the clerk knows
        }
        if (!spec.naturalKey.isEmpty()) {
            QVariantList key;
            for (const QString &column : spec.naturalKey)
                for (const auto &[name, value] : op.values)
                    if (name == column)
                        key << (spec.foreignKeys.contains(column) || column == QLatin1String("subject_uuid")
                                    ? QVariant(resolve(value.toString()))
                                    : value);
            if (!repository.findByNaturalKey(spec, key).isEmpty())
                continue;
        }
        AuditedWriter::Fields fields{{QStringLiteral("uuid"), op.uuid}};
        if (!storedFields(spec, op, fields))
            continue; // its parent was deleted here
        Status s;
        if (writer.insert(op.table, fields, &s) == 0)
            return s;
        if (op.table == QLatin1String("household"))
            ++householdsAdded;
        else if (op.table == QLatin1String("person"))
            ++peopleAdded;
    }
    if (Status s = repository.recordMerge(plan.package.packageUuid, plan.contentHash, householdsAdded,
                                          peopleAdded, int(peopleUpdated.size()));
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (progress)
        progress(total, total);
    return Status::success();
}

} // namespace sht::exchange
