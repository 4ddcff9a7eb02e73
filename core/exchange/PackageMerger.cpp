#include "PackageMerger.h"

#include "Database.h"
#include "MergeApplier.h"
#include "MergeDescriber.h"
#include "PackageMeta.h"
#include "PackageRepository.h"
#include "SettingsRepository.h"
#include "TableLabel.h"
#include "ThreeWayMerge.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace sht::exchange {

using package::CanonicalRow;
using package::CanonicalTable;
using package::mergeTables;
using package::TableSpec;

namespace {

using Tables = MergeDescriber::Tables;

// Theirs-added people who already live in the clerk's file (same accent-free name, birth date and village):
// entered by the clerk meanwhile, or by another volunteer's package merged before.
void findSameNewPeople(Database &clerk, const QStringList &villages, const Tables &theirs,
                       const MergeDescriber &describer, QList<RowChange> &changes, QList<Conflict> &conflicts)
{
    const TableSpec *person = package::mergeTable(QStringLiteral("person"));
    const int searchKey = person->indexOf(QStringLiteral("search_key"));
    const int birth = person->indexOf(QStringLiteral("birth_date"));
    PackageRepository repository(clerk);
    const QMultiHash<QString, QString> existing = repository.peopleByNameKey(villages);
    const CanonicalTable people = theirs.value(person->name);
    QHash<int, QString> matches; // index in changes → the clerk's person
    for (int i = 0; i < changes.size(); ++i) {
        const RowChange &change = changes.at(i);
        if (change.kind != ChangeKind::Added || change.table != person->name)
            continue;
        const CanonicalRow row = people.value(change.uuid);
        const QString key =
            PackageRepository::nameKey(row.values.at(searchKey).toString(), row.values.at(birth).toString(),
                                       describer.villageUuid(person->name, change.uuid));
        if (const QString other = existing.value(key); !other.isEmpty() && other != change.uuid)
            matches.insert(i, other);
    }
    if (matches.isEmpty())
        return;
    QStringList others = matches.values();
    Status status;
    const CanonicalTable ours = repository.readTable(*person, &status, &others);
    QList<int> indexes = matches.keys();
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    for (int i : indexes) {
        const RowChange change = changes.takeAt(i);
        const QString other = matches.value(i);
        Conflict conflict;
        conflict.kind = ConflictKind::SameNewPerson;
        conflict.table = change.table;
        conflict.tableLabel = change.tableLabel;
        conflict.uuid = change.uuid;
        conflict.otherUuid = other;
        const QVariantList mine = ours.value(other).values;
        const QVariantList added = people.value(change.uuid).values;
        conflict.fields =
            ThreeWayMerge::wholeRow(*person, nullptr, ours.contains(other) ? &mine : nullptr, &added);
        conflict.fieldResolutions = {Resolution::Undecided};
        conflicts.append(conflict);
    }
}

// Theirs-added facts with a natural key the clerk's file already holds (attendance marked on both sides,
// the same registration): the same values are nothing to do, different ones a decision on the clerk's row.
void matchNaturalKeys(Database &clerk, const Tables &theirs, QList<RowChange> &changes,
                      QList<Conflict> &conflicts)
{
    PackageRepository repository(clerk);
    for (int i = int(changes.size()) - 1; i >= 0; --i) {
        const RowChange &change = changes.at(i);
        const TableSpec *spec = package::mergeTable(change.table);
        if (change.kind != ChangeKind::Added || spec->naturalKey.isEmpty())
            continue;
        const CanonicalRow row = theirs.value(spec->name).value(change.uuid);
        QVariantList key;
        for (const QString &column : spec->naturalKey)
            key << row.values.at(spec->indexOf(column));
        const QString mine = repository.findByNaturalKey(*spec, key);
        if (mine.isEmpty())
            continue;
        Status status;
        const QStringList uuids{mine};
        const CanonicalTable ours = repository.readTable(*spec, &status, &uuids);
        Conflict conflict;
        conflict.kind = ConflictKind::SameField;
        conflict.table = spec->name;
        conflict.tableLabel = change.tableLabel;
        conflict.uuid = mine;
        conflict.description = change.description;
        for (int c = 0; c < spec->columns.size(); ++c) {
            const QVariant ourValue = ours.value(mine).values.value(c);
            if (!ThreeWayMerge::same(ourValue, row.values.at(c)))
                conflict.fields.append({spec->columns.at(c),
                                        ThreeWayMerge::fieldLabel(spec->name, spec->columns.at(c)),
                                        QVariant(), ourValue, row.values.at(c)});
        }
        changes.removeAt(i);
        if (conflict.fields.isEmpty())
            continue;
        for (int f = 0; f < conflict.fields.size(); ++f)
            conflict.fieldResolutions << Resolution::Undecided;
        conflicts.append(conflict);
    }
}

// A row the package deletes while the clerk added rows under it (attendance of a person the volunteer
// removed) would take them along: the clerk decides, as for a row edited here and deleted there.
void protectNewChildren(Database &clerk, const Tables &base, const Tables &ours, QList<RowChange> &changes,
                        QList<Conflict> &conflicts)
{
    PackageRepository repository(clerk);
    for (int i = int(changes.size()) - 1; i >= 0; --i) {
        const RowChange &change = changes.at(i);
        if (change.kind != ChangeKind::Deleted)
            continue;
        bool adopted = false;
        for (const TableSpec &child : mergeTables())
            for (auto fk = child.foreignKeys.cbegin(); fk != child.foreignKeys.cend() && !adopted; ++fk)
                if (fk.value() == change.table)
                    for (const QString &uuid : repository.childrenOf(child, fk.key(), change.uuid))
                        adopted = adopted || !base.value(child.name).contains(uuid);
        if (!adopted)
            continue;
        const TableSpec &spec = *package::mergeTable(change.table);
        const QVariantList before = base.value(spec.name).value(change.uuid).values;
        const QVariantList now = ours.value(spec.name).value(change.uuid).values;
        Conflict conflict;
        conflict.kind = ConflictKind::EditedHereDeletedThere;
        conflict.table = change.table;
        conflict.tableLabel = change.tableLabel;
        conflict.uuid = change.uuid;
        conflict.fields = ThreeWayMerge::wholeRow(spec, &before, &now, nullptr);
        conflict.fieldResolutions = {Resolution::Undecided};
        conflicts.append(conflict);
        changes.removeAt(i);
    }
}

// The reverse: the package adds rows under a row the clerk deleted meanwhile (attendance of a person the
// clerk removed). Bringing the row back is the clerk's decision, as for a row deleted here and edited there.
void reviveDeletedParents(const Tables &base, const Tables &ours, const Tables &theirs,
                          const QList<RowChange> &changes, QList<Conflict> &conflicts)
{
    QSet<QPair<QString, QString>> decided;
    for (const Conflict &c : conflicts)
        decided.insert({c.table, c.uuid});
    for (const RowChange &change : changes) {
        if (change.kind != ChangeKind::Added)
            continue;
        const TableSpec &spec = *package::mergeTable(change.table);
        const QVariantList values = theirs.value(spec.name).value(change.uuid).values;
        for (auto fk = spec.foreignKeys.cbegin(); fk != spec.foreignKeys.cend(); ++fk) {
            const QString parent = values.value(spec.indexOf(fk.key())).toString();
            const TableSpec *parentSpec = package::mergeTable(fk.value());
            if (!parentSpec || !base.value(fk.value()).contains(parent) ||
                ours.value(fk.value()).contains(parent) || decided.contains({fk.value(), parent}) ||
                !theirs.value(fk.value()).contains(parent))
                continue;
            decided.insert({fk.value(), parent});
            const QVariantList before = base.value(fk.value()).value(parent).values;
            const QVariantList now = theirs.value(fk.value()).value(parent).values;
            Conflict conflict;
            conflict.kind = ConflictKind::DeletedHereEditedThere;
            conflict.table = fk.value();
            conflict.tableLabel = tableLabel(fk.value());
            conflict.uuid = parent;
            conflict.fields = ThreeWayMerge::wholeRow(*parentSpec, &before, nullptr, &now);
            conflict.fieldResolutions = {Resolution::Undecided};
            conflicts.append(conflict);
        }
    }
}

// A person has one current household and a household one current head. When both sides moved the same
// person (or named a head) since the export, the package's new current membership clashes with the clerk's:
// the same move is nothing to do; a different one is the clerk's decision (a SameField conflict on the
// package's new membership, otherUuid = the clerk's membership). Taking the package's ends the clerk's
// membership (moved) or makes the clerk's head an ordinary member; keeping the clerk's drops the package's.
void checkCurrentMemberships(Database &clerk, const Tables &theirs, const MergeDescriber &describer,
                             QList<RowChange> &changes, QList<Conflict> &conflicts)
{
    const TableSpec &spec = *package::mergeTable(QStringLiteral("membership"));
    const int person = spec.indexOf(QStringLiteral("person_id"));
    const int household = spec.indexOf(QStringLiteral("household_id"));
    const int relation = spec.indexOf(QStringLiteral("relation"));
    const int validTo = spec.indexOf(QStringLiteral("valid_to"));
    QSet<QString> ending; // the clerk's memberships the package ends or deletes anyway
    for (const RowChange &c : changes) {
        if (c.table != spec.name)
            continue;
        if (c.kind == ChangeKind::Deleted)
            ending.insert(c.uuid);
        for (const FieldValues &f : c.fields)
            if (c.kind == ChangeKind::Changed &&
                ((f.field == QLatin1String("valid_to") && !f.theirs.isNull()) ||
                 (f.field == QLatin1String("relation") && f.theirs.toString() != QLatin1String("head"))))
                ending.insert(c.uuid);
    }
    PackageRepository repository(clerk);
    const CanonicalTable rows = theirs.value(spec.name);
    const QString head = QStringLiteral("head");
    for (int i = int(changes.size()) - 1; i >= 0; --i) {
        const RowChange &change = changes.at(i);
        if (change.table != spec.name || change.kind != ChangeKind::Added)
            continue;
        const QVariantList row = rows.value(change.uuid).values;
        if (!row.value(validTo).isNull())
            continue;
        const QString personUuid = row.value(person).toString();
        const QString householdUuid = row.value(household).toString();
        Conflict conflict;
        conflict.kind = ConflictKind::SameField;
        conflict.table = spec.name;
        conflict.tableLabel = change.tableLabel;
        conflict.uuid = change.uuid;
        const QStringList mine = repository.currentMembershipOf(personUuid);
        if (!mine.isEmpty() && mine.at(0) != change.uuid && !ending.contains(mine.at(0))) {
            if (mine.at(1) == householdUuid && mine.at(2) == row.value(relation).toString()) {
                changes.removeAt(i); // both recorded the same move
                continue;
            }
            conflict.otherUuid = mine.at(0);
            conflict.fields = {
                {spec.columns.at(household), ThreeWayMerge::fieldLabel(spec.name, spec.columns.at(household)),
                 QVariant(), describer.describe(QStringLiteral("household"), mine.at(1)),
                 describer.describe(QStringLiteral("household"), householdUuid)},
                {spec.columns.at(relation), ThreeWayMerge::fieldLabel(spec.name, spec.columns.at(relation)),
                 QVariant(), mine.at(2), row.value(relation)}};
        } else if (row.value(relation).toString() == head) {
            const QStringList clerkHead = repository.currentHeadOf(householdUuid);
            if (clerkHead.isEmpty() || clerkHead.at(1) == personUuid || ending.contains(clerkHead.at(0)))
                continue;
            conflict.otherUuid = clerkHead.at(0);
            conflict.fields = {{spec.columns.at(person),
                                ThreeWayMerge::fieldLabel(spec.name, spec.columns.at(person)), QVariant(),
                                describer.describe(QStringLiteral("person"), clerkHead.at(1)),
                                describer.describe(QStringLiteral("person"), personUuid)}};
        } else {
            continue;
        }
        for (int f = 0; f < conflict.fields.size(); ++f)
            conflict.fieldResolutions << Resolution::Undecided;
        conflicts.append(conflict);
    }
}

QString contentHash(const Tables &theirs)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const TableSpec &spec : mergeTables()) {
        const CanonicalTable &rows = theirs[spec.name];
        QStringList uuids = rows.keys();
        std::sort(uuids.begin(), uuids.end());
        for (const QString &uuid : uuids) {
            hash.addData(spec.name.toUtf8());
            hash.addData(uuid.toUtf8());
            hash.addData(signature::encodeRow(rows[uuid].values));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

PackageMerger::PackageMerger(Database &clerkDb)
    : m_db(clerkDb)
{}

Status PackageMerger::plan(const QString &packagePath, MergePlan &plan, const ExchangeProgress &progress)
{
    plan = MergePlan();
    plan.packagePath = packagePath;
    const QString name = QFileInfo(packagePath).fileName();
    if (!QFileInfo::exists(packagePath))
        return Status::failure(
            tr("%1 was not found. Choose the package the volunteer sent back.").arg(packagePath));
    Database package;
    if (Status s = package.open(packagePath, Database::Mode::ReadOnly); !s)
        return Status::failure(tr("%1 cannot be merged: %2").arg(name, s.message()));
    // open() already ran quick_check: a damaged package is refused there, with SQLite's findings.
    PackageRepository theirsRepository(package);
    const auto info = PackageInfo::read(package);
    if (!info || !theirsRepository.hasBase())
        return Status::failure(
            tr("%1 is a commune file, not a volunteer package: there is nothing to merge. Open "
               "it with File > Open, or choose the package the volunteer sent back.")
                .arg(name));
    plan.package = *info;
    PackageRepository clerk(m_db);
    if (PackageInfo::read(m_db))
        return Status::failure(tr("The open file is a volunteer package. Merge packages into the clerk's "
                                  "commune file."));
    const auto [communeUuid, communeName] = clerk.commune();
    if (communeUuid != info->communeUuid)
        return Status::failure(
            tr("%1 was made from the file of %2, not from this commune's file. Merge it into "
               "the file it was exported from.")
                .arg(name, info->communeName));
    Status status;
    const QList<package::BaseRow> base = theirsRepository.readBase(&status);
    if (!status)
        return status;
    const QByteArray key =
        SettingsRepository(m_db).value(packagemeta::ExchangeKey).value_or(QString()).toLatin1();
    const QByteArray stored =
        SettingsRepository(package).value(packagemeta::Signature).value_or(QString()).toLatin1();
    if (key.isEmpty() || signature::sign(key, base, packagemeta::entries(*info)) != stored)
        return Status::failure(
            tr("%1 was not exported from this file, or its record of what was exported was "
               "changed afterwards (the signature does not match). Nothing was merged. Merge "
               "it into the file it was exported from, or export a new package.")
                .arg(name));
    const int steps = int(mergeTables().size()) + 2;
    const auto cancelled = [&](int done) { return progress && !progress(done, steps); };
    const auto cancelStatus = [] {
        return Status::failure(tr("The merge was cancelled; nothing was changed."));
    };

    Tables baseTables;
    for (const package::BaseRow &row : base)
        baseTables[row.table].insert(row.uuid, {0, row.revision, signature::decodeRow(row.values)});
    Tables theirs;
    Tables ours;
    int step = 0;
    for (const TableSpec &spec : mergeTables()) {
        if (cancelled(step++))
            return cancelStatus();
        theirs.insert(spec.name, theirsRepository.readTable(spec, &status));
        if (!status)
            return status;
        QStringList uuids = baseTables[spec.name].keys();
        for (auto it = theirs[spec.name].cbegin(); it != theirs[spec.name].cend(); ++it)
            if (!baseTables[spec.name].contains(it.key()))
                uuids << it.key();
        ours.insert(spec.name, clerk.readTable(spec, &status, &uuids));
        if (!status)
            return status;
        const CanonicalTable &mine = ours[spec.name];
        for (auto it = baseTables[spec.name].cbegin(); it != baseTables[spec.name].cend(); ++it) {
            const auto found = mine.constFind(it.key());
            if (found != mine.constEnd() && found->revision < it->revision)
                return Status::failure(tr("This commune file is older than %1: some of its records are at an "
                                          "earlier revision than "
                                          "when the package was exported (was the file restored from a "
                                          "backup?). Nothing was merged. "
                                          "Open the file the package was exported from, then merge again.")
                                           .arg(name));
        }
    }
    const QString hash = contentHash(theirs);
    plan.contentHash = hash;
    if (clerk.wasMerged(hash)) {
        plan.alreadyMerged = true;
        return Status::success();
    }
    QStringList merged;
    for (const TableSpec &spec : mergeTables())
        merged << spec.name;
    for (const auto &[table, rows] : theirsRepository.editsOutside(merged))
        plan.notices << tr("The package changed %n row(s) of %1: these are not merged. Make the same "
                           "changes in this file if they are needed.",
                           nullptr, rows)
                            .arg(tableLabel(table));
    for (const TableSpec &spec : mergeTables())
        ThreeWayMerge::diff(spec, baseTables[spec.name], ours[spec.name], theirs[spec.name], plan.changes,
                            plan.conflicts);
    if (cancelled(step++))
        return cancelStatus();

    const MergeDescriber describer({&theirs, &ours, &baseTables}, clerk.unitNames());
    findSameNewPeople(m_db, info->villageUuids, theirs, describer, plan.changes, plan.conflicts);
    matchNaturalKeys(m_db, theirs, plan.changes, plan.conflicts);
    protectNewChildren(m_db, baseTables, ours, plan.changes, plan.conflicts);
    checkCurrentMemberships(m_db, theirs, describer, plan.changes, plan.conflicts);
    reviveDeletedParents(baseTables, ours, theirs, plan.changes, plan.conflicts);

    QHash<QString, int> villageIndex;
    const auto countsFor = [&](const QString &village) -> VillageCounts & {
        if (!villageIndex.contains(village)) {
            villageIndex.insert(village, int(plan.villages.size()));
            plan.villages.append({village, 0, 0, 0, 0});
        }
        return plan.villages[villageIndex.value(village)];
    };
    for (RowChange &change : plan.changes) {
        change.description = describer.describe(change.table, change.uuid);
        change.villageName = describer.villageName(change.table, change.uuid);
        VillageCounts &counts = countsFor(change.villageName);
        (change.kind == ChangeKind::Added     ? counts.added
         : change.kind == ChangeKind::Changed ? counts.changed
                                              : counts.deleted)++;
    }
    for (Conflict &conflict : plan.conflicts) {
        if (conflict.description.isEmpty())
            conflict.description = describer.describe(conflict.table, conflict.uuid);
        conflict.villageName = describer.villageName(conflict.table, conflict.uuid);
        countsFor(conflict.villageName).conflicts++;
    }
    // Foreign keys by name for the review: the values stay uuids, apply writes them. Clans and the centre are
    // context: named from the clerk's file, else from the package (a clan the volunteer added).
    QHash<QString, QString> contextNames = theirsRepository.contextNames();
    contextNames.insert(clerk.contextNames());
    const auto nameReferences = [&](const QString &table, const QList<FieldValues> &fields) {
        const TableSpec *spec = package::mergeTable(table);
        for (const FieldValues &field : fields) {
            const QString target = field.field == QLatin1String("subject_uuid")
                                       ? QStringLiteral("subject")
                                       : (spec ? spec->foreignKeys.value(field.field) : QString());
            if (target.isEmpty())
                continue;
            for (const QVariant &value : {field.base, field.ours, field.theirs}) {
                const QString uuid = value.toString();
                if (uuid.isEmpty() || plan.referenceNames.contains(uuid))
                    continue;
                const QString name = contextNames.contains(uuid) ? contextNames.value(uuid)
                                                                 : describer.referenceName(target, uuid);
                if (!name.isEmpty())
                    plan.referenceNames.insert(uuid, name);
            }
        }
    };
    for (const RowChange &change : plan.changes)
        nameReferences(change.table, change.fields);
    for (const Conflict &conflict : plan.conflicts)
        nameReferences(conflict.table, conflict.fields);
    std::sort(plan.villages.begin(), plan.villages.end(),
              [](const VillageCounts &a, const VillageCounts &b) { return a.villageName < b.villageName; });
    if (progress)
        progress(steps, steps);
    return Status::success();
}

Status PackageMerger::apply(const MergePlan &plan, const ExchangeProgress &progress)
{
    return MergeApplier(m_db).apply(plan, progress);
}

} // namespace sht::exchange
