#pragma once

#include <QMap>
#include <QPair>
#include <QString>

namespace sht {
class Database;
}

namespace sht::crash {

// What a commune file holds, summed up so that two runs of the same action on copies of one file compare
// equal although their uuids and timestamps differ: per table the row count and the sum of revisions, and
// the schema (a killed bulk load that dropped an index must not leave it dropped).
struct FileState
{
    QMap<QString, QPair<qint64, qint64>> tables; // name → (rows, sum of revisions; 0 without the column)
    QString schema;                              // every CREATE statement, sorted

    static FileState read(const Database &db, QString *error = nullptr);
    qint64 rows(const QString &table) const { return tables.value(table).first; }
    bool operator==(const FileState &other) const { return tables == other.tables && schema == other.schema; }
    bool operator!=(const FileState &other) const { return !(*this == other); }
    // "person 2001 → 2150, audit_log …": the tables that differ, for a failure's message.
    QString differenceFrom(const FileState &other) const;
};

} // namespace sht::crash
