#include "FileState.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sht::crash {

FileState FileState::read(const Database &db, QString *error)
{
    FileState state;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QStringList tables;
    QStringList schema;
    if (!q.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master "
                               "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"))) {
        if (error)
            *error = q.lastError().text();
        return state;
    }
    while (q.next()) {
        schema << q.value(2).toString();
        if (q.value(0).toString() == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    state.schema = schema.join(QLatin1Char('\n'));
    for (const QString &table : tables) {
        bool hasRevision = false;
        // Table names come from sqlite_master of our own file, not from input.
        if (q.exec(
                QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = 'revision'").arg(table)))
            hasRevision = q.next();
        const QString sql = hasRevision
                                ? QStringLiteral("SELECT count(*), coalesce(sum(revision), 0) FROM %1")
                                : QStringLiteral("SELECT count(*), 0 FROM %1");
        if (!q.exec(sql.arg(table)) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return state;
        }
        state.tables.insert(table, {q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return state;
}

QString FileState::differenceFrom(const FileState &other) const
{
    QStringList parts;
    QStringList names = tables.keys();
    for (const QString &name : other.tables.keys())
        if (!tables.contains(name))
            names << name;
    for (const QString &name : names) {
        const auto mine = tables.value(name);
        const auto theirs = other.tables.value(name);
        if (mine != theirs)
            parts << QStringLiteral("%1 %2/%3 (expected %4/%5)")
                         .arg(name)
                         .arg(mine.first)
                         .arg(mine.second)
                         .arg(theirs.first)
                         .arg(theirs.second);
    }
    if (schema != other.schema)
        parts << QStringLiteral("schema differs");
    return parts.join(QStringLiteral(", "));
}

} // namespace sht::crash
