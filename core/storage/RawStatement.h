#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace sht {

// A prepared SQLite statement used through the C API, for the bulk paths (every insert, every audit entry):
// UTF-8 binds without Qt Sql's per-value conversions. Owned by Database, finalized before it closes.
class RawStatement
{
public:
    RawStatement(sqlite3 *db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }
    void bind(int index, const QVariant &value); // index from 0
    // Runs the statement to completion and resets it for the next use.
    bool exec();
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace sht
