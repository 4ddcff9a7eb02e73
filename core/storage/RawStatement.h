#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringView>
#include <QVariant>

#include <vector>

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
    // The extended SQLite result code of the last failure (WriteErrorText::classify), 0 when none.
    int errorCode() const { return m_errorCode; }
    void bind(int index, const QVariant &value); // index from 0

    // The bulk binds: no allocation per value once the statement has been used a few times. Text is encoded
    // into a buffer kept per parameter and bound without a copy (valid until the parameter is bound again).
    void bindText(int index, QStringView text);
    // bytes must stay unchanged and alive until exec() (a constant of the caller).
    void bindUtf8(int index, const QByteArray &bytes);
    void bindInt64(int index, qint64 value);
    void bindNull(int index);
    // As bind(), with the AuditedWriter rule for text: a QString binds as text ("" when null), a null
    // variant as NULL.
    void bindValue(int index, const QVariant &value);
    // Runs the statement to completion and resets it for the next use.
    bool exec();
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
    int m_errorCode = 0;
    std::vector<QByteArray> m_buffers; // per parameter, for bindText
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace sht
