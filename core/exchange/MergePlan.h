#pragma once

#include "PackageInfo.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sht::exchange {

// Three-way merge of a volunteer package into the clerk's file, row by row (uuid) and field by field:
// base = the row as exported, theirs = the package now, ours = the clerk's file now.
enum class ChangeKind { Added, Changed, Deleted };

struct FieldValues
{
    QString field; // column name
    QString label; // tr(): "Ngày sinh"
    QVariant base;
    QVariant ours;
    QVariant theirs;
};

// A change from the package that does not conflict: applied as is.
struct RowChange
{
    QString table;      // "person", "household", "membership", "attendance", …
    QString tableLabel; // tr(): "Nhân khẩu"
    QString uuid;
    QString description; // "Nguyễn Văn An (hộ 12, Thôn 1)"
    QString villageName;
    ChangeKind kind = ChangeKind::Changed;
    QList<FieldValues> fields; // Changed: the fields the package changed
};

enum class ConflictKind {
    SameField,              // both sides changed one field to different values
    DeletedHereEditedThere, // the clerk deleted a row the volunteer edited
    EditedHereDeletedThere, // the volunteer deleted a row the clerk edited
    SameNewPerson, // the volunteer added a person who already exists in the clerk's file (name + birth)
};

enum class Resolution { Undecided, KeepOurs, TakeTheirs, KeepBoth /* SameNewPerson only */ };

struct Conflict
{
    ConflictKind kind = ConflictKind::SameField;
    QString table;
    QString tableLabel;
    QString uuid;
    QString otherUuid; // SameNewPerson: the clerk's existing person
    QString description;
    QString villageName;
    QList<FieldValues> fields;          // SameField: only the conflicting fields; others: the whole row
    QList<Resolution> fieldResolutions; // SameField: one per field; other kinds: one for the row
};

struct VillageCounts
{
    QString villageName;
    int added = 0;
    int changed = 0;
    int deleted = 0;
    int conflicts = 0;
};

struct MergePlan
{
    QString packagePath;
    PackageInfo package;
    QList<RowChange> changes;
    QList<Conflict> conflicts;
    QList<VillageCounts> villages;
    bool alreadyMerged = false; // this package (same content) was merged before: nothing to do
    QString contentHash;        // SHA-256 of the package's rows; apply() records it (exchange-core, additive)
    // What the package changed that is not merged (clans, village names, local units, recognitions…), one
    // plain sentence each, for the review and the CLI: the clerk re-enters what is needed (exchange-polish).
    QStringList notices;
    // uuid → name of every row a change's or conflict's foreign key points to ("household 12 (Nguyễn Văn
    // An)", "Thôn 1", "Tin học, 2026-03-04"): FieldValues keep the uuids apply writes (exchange-polish).
    QHash<QString, QString> referenceNames;

    // A field's value as the clerk reads it: the name of what a foreign key points to, else the value.
    QVariant displayValue(const QString &table, const QString &field, const QVariant &value) const;

    int undecidedCount() const;
    bool isEmpty() const { return changes.isEmpty() && conflicts.isEmpty(); }
};

} // namespace sht::exchange
