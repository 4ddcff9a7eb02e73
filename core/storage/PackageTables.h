#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sht::package {

// A table a volunteer package carries back for merging, described once for the exporter, the change-set
// computation and the apply step. Rows are compared in "canonical" form: the data columns below, with every
// foreign key replaced by the uuid of the row it points to (ids differ between files, uuids do not).
struct TableSpec
{
    QString name;
    QStringList columns;                 // data columns, without id, uuid and revision
    QHash<QString, QString> foreignKeys; // column → referenced table
    QStringList naturalKey;              // columns of a UNIQUE constraint: two files may add the same fact
    QStringList derived;                 // columns recomputed from another one, never compared on their own

    int indexOf(const QString &column) const { return int(columns.indexOf(column)); }
};

// Parents before children: inserts go in this order, deletes in the reverse one.
const QList<TableSpec> &mergeTables();
const TableSpec *mergeTable(const QString &name);

} // namespace sht::package
