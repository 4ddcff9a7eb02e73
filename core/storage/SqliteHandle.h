#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace sht {

// The raw SQLite handle behind a QSQLITE connection, for what Qt Sql cannot do (multi-statement
// migration scripts, bulk loads with UTF-8 binds). Null if the connection is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace sht
