#include "RawStatement.h"

#include <sqlite3.h>

namespace sht {

RawStatement::RawStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_errorCode = sqlite3_extended_errcode(db);
        m_statement = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bind(int index, const QVariant &value)
{
    const int position = index + 1;
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, position, value.toDouble());
        return;
    default: {
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

void RawStatement::bindText(int index, QStringView text)
{
    if (size_t(index) >= m_buffers.size())
        m_buffers.resize(size_t(index) + 1);
    QByteArray &buffer = m_buffers[size_t(index)];
    // resize() keeps the capacity, so a buffer grows to the longest value once and is then reused.
    buffer.resize(m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(buffer.data(), text);
    const int length = int(end - buffer.constData());
    sqlite3_bind_text(m_statement, index + 1, buffer.constData(), length, SQLITE_STATIC);
}

void RawStatement::bindUtf8(int index, const QByteArray &bytes)
{
    sqlite3_bind_text(m_statement, index + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void RawStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void RawStatement::bindValue(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    if (value.typeId() == QMetaType::QString) {
        bindText(index, *static_cast<const QString *>(value.constData()));
        return;
    }
    bind(index, value);
}

bool RawStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_errorCode = sqlite3_extended_errcode(m_db);
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace sht
