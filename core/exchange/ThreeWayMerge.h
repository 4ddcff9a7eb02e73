#pragma once

#include "MergePlan.h"
#include "PackageRepository.h"

#include <QCoreApplication>

namespace sht::exchange {

// The pure part of the merge: one table's base, ours and theirs rows (canonical) → the package's changes
// that apply as they are and the conflicts the clerk decides. Values equal on both sides never conflict.
// Rows only theirs added come out as Added; the merger then checks them against natural keys and people
// already in the clerk's file.
class ThreeWayMerge
{
    Q_DECLARE_TR_FUNCTIONS(ThreeWayMerge)

public:
    static void diff(const package::TableSpec &spec, const package::CanonicalTable &base,
                     const package::CanonicalTable &ours, const package::CanonicalTable &theirs,
                     QList<RowChange> &changes, QList<Conflict> &conflicts);

    static bool same(const QVariant &a, const QVariant &b);
    static QString fieldLabel(const QString &table, const QString &column);
    // Every compared field of a row, for added, deleted and re-inserted rows.
    static QList<FieldValues> wholeRow(const package::TableSpec &spec, const QVariantList *base,
                                       const QVariantList *ours, const QVariantList *theirs);
};

} // namespace sht::exchange
