#include "ThreeWayMerge.h"

#include "SqlValues.h"
#include "TableLabel.h"

#include <algorithm>

namespace sht::exchange {

using package::CanonicalRow;
using package::CanonicalTable;
using package::TableSpec;

bool ThreeWayMerge::same(const QVariant &a, const QVariant &b)
{
    // Most comparisons are text with text: compare the strings without converting (a merge makes ~500,000).
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString && !a.isNull() && !b.isNull())
        return *static_cast<const QString *>(a.constData()) == *static_cast<const QString *>(b.constData());
    return sql::sameValue(a, b);
}

QString ThreeWayMerge::fieldLabel(const QString &table, const QString &column)
{
    Q_UNUSED(table)
    static const QHash<QString, const char *> labels{
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("religion"), QT_TR_NOOP("Religion")},
        {QStringLiteral("citizen_id"), QT_TR_NOOP("Citizen ID")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("occupation"), QT_TR_NOOP("Occupation")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("death_date"), QT_TR_NOOP("Date of death")},
        {QStringLiteral("moved_away_date"), QT_TR_NOOP("Moved away on")},
        {QStringLiteral("school_status"), QT_TR_NOOP("School")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("code"), QT_TR_NOOP("Household code")},
        {QStringLiteral("village_id"), QT_TR_NOOP("Village")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("household_id"), QT_TR_NOOP("Household")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("valid_from"), QT_TR_NOOP("From")},
        {QStringLiteral("valid_to"), QT_TR_NOOP("Until")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation to the head")},
        {QStringLiteral("residence_status"), QT_TR_NOOP("Residence")},
        {QStringLiteral("end_reason"), QT_TR_NOOP("Reason it ended")},
        {QStringLiteral("clan_id"), QT_TR_NOOP("Clan")},
        {QStringLiteral("session_id"), QT_TR_NOOP("Session")},
        {QStringLiteral("centre_id"), QT_TR_NOOP("Learning centre")},
        {QStringLiteral("field"), QT_TR_NOOP("Field")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Starts on")},
        {QStringLiteral("end_date"), QT_TR_NOOP("Ends on")},
        {QStringLiteral("hours"), QT_TR_NOOP("Hours")},
        {QStringLiteral("location"), QT_TR_NOOP("Place")},
        {QStringLiteral("course_id"), QT_TR_NOOP("Course")},
        {QStringLiteral("held_on"), QT_TR_NOOP("Held on")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("subject_kind"), QT_TR_NOOP("Kind of subject")},
        {QStringLiteral("subject_uuid"), QT_TR_NOOP("Subject")},
        {QStringLiteral("registered_on"), QT_TR_NOOP("Registered on")},
        {QStringLiteral("indicator"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("met"), QT_TR_NOOP("Met")},
        {QStringLiteral("points"), QT_TR_NOOP("Points")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("judged_on"), QT_TR_NOOP("Judged on")},
    };
    const auto found = labels.constFind(column);
    return found == labels.constEnd() ? column : tr(found.value());
}

QList<FieldValues> ThreeWayMerge::wholeRow(const TableSpec &spec, const QVariantList *base,
                                           const QVariantList *ours, const QVariantList *theirs)
{
    QList<FieldValues> fields;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const QString &column = spec.columns.at(i);
        if (spec.derived.contains(column))
            continue;
        fields.append({column, fieldLabel(spec.name, column), base ? base->value(i) : QVariant(),
                       ours ? ours->value(i) : QVariant(), theirs ? theirs->value(i) : QVariant()});
    }
    return fields;
}

void ThreeWayMerge::diff(const TableSpec &spec, const CanonicalTable &base, const CanonicalTable &ours,
                         const CanonicalTable &theirs, QList<RowChange> &changes, QList<Conflict> &conflicts)
{
    QStringList uuids = base.keys();
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
        if (!base.contains(it.key()))
            uuids << it.key();
    std::sort(uuids.begin(), uuids.end()); // a plan reads the same every time

    const QString label = tableLabel(spec.name);
    QList<int> compared;
    for (int i = 0; i < spec.columns.size(); ++i)
        if (!spec.derived.contains(spec.columns.at(i)))
            compared << i;

    for (const QString &uuid : uuids) {
        const auto find = [&uuid](const CanonicalTable &rows) -> const CanonicalRow * {
            const auto found = rows.constFind(uuid);
            return found == rows.constEnd() ? nullptr : &found.value();
        };
        const CanonicalRow *b = find(base);
        const CanonicalRow *t = find(theirs);
        const CanonicalRow *o = find(ours);
        RowChange change;
        change.table = spec.name;
        change.tableLabel = label;
        change.uuid = uuid;
        Conflict conflict;
        conflict.table = spec.name;
        conflict.tableLabel = label;
        conflict.uuid = uuid;

        if (b && t) {
            QList<int> theirsChanged;
            for (int i : compared)
                if (!same(t->values.at(i), b->values.at(i)))
                    theirsChanged << i;
            if (theirsChanged.isEmpty())
                continue; // the volunteer left it alone: the clerk's version stands (edited or deleted)
            if (!o) {
                conflict.kind = ConflictKind::DeletedHereEditedThere;
                conflict.fields = wholeRow(spec, &b->values, nullptr, &t->values);
                conflict.fieldResolutions = {Resolution::Undecided};
                conflicts.append(conflict);
                continue;
            }
            for (int i : theirsChanged) {
                const QString &column = spec.columns.at(i);
                FieldValues field{column, fieldLabel(spec.name, column), b->values.at(i), o->values.at(i),
                                  t->values.at(i)};
                if (same(o->values.at(i), t->values.at(i)))
                    continue; // both made the same change
                if (same(o->values.at(i), b->values.at(i)))
                    change.fields.append(field);
                else
                    conflict.fields.append(field);
            }
            if (!change.fields.isEmpty()) {
                change.kind = ChangeKind::Changed;
                changes.append(change);
            }
            if (!conflict.fields.isEmpty()) {
                conflict.kind = ConflictKind::SameField;
                for (int i = 0; i < conflict.fields.size(); ++i)
                    conflict.fieldResolutions << Resolution::Undecided;
                conflicts.append(conflict);
            }
        } else if (b && !t) {
            if (!o)
                continue; // deleted on both sides
            bool oursChanged = false;
            for (int i : compared)
                oursChanged = oursChanged || !same(o->values.at(i), b->values.at(i));
            if (oursChanged) {
                conflict.kind = ConflictKind::EditedHereDeletedThere;
                conflict.fields = wholeRow(spec, &b->values, &o->values, nullptr);
                conflict.fieldResolutions = {Resolution::Undecided};
                conflicts.append(conflict);
            } else {
                change.kind = ChangeKind::Deleted;
                change.fields = wholeRow(spec, &b->values, &o->values, nullptr);
                changes.append(change);
            }
        } else if (t) {
            if (!o) {
                change.kind = ChangeKind::Added;
                change.fields = wholeRow(spec, nullptr, nullptr, &t->values);
                changes.append(change);
                continue;
            }
            // Already in the clerk's file (this package merged before, then edited on one side): without a
            // base there is no telling who changed what, so differing fields are the clerk's decision.
            for (int i : compared)
                if (!same(o->values.at(i), t->values.at(i)))
                    conflict.fields.append({spec.columns.at(i), fieldLabel(spec.name, spec.columns.at(i)),
                                            QVariant(), o->values.at(i), t->values.at(i)});
            if (!conflict.fields.isEmpty()) {
                conflict.kind = ConflictKind::SameField;
                for (int i = 0; i < conflict.fields.size(); ++i)
                    conflict.fieldResolutions << Resolution::Undecided;
                conflicts.append(conflict);
            }
        }
    }
}

} // namespace sht::exchange
