#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace sht {

class Database;

// Writes rows of the shared tables the one way that keeps the promises every row makes: a UUID on insert,
// revision + 1 on every update, and an audit entry (who, when, through which door, old and new values).
// Table and column names come from repositories' constants, never from user input; values are bound.
class AuditedWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditedWriter)

public:
    using Fields = QList<QPair<QString, QVariant>>;

    explicit AuditedWriter(Database &db);

    // Inserts a row; a new UUID is made unless fields holds "uuid". Returns the row id, or 0 on failure.
    qint64 insert(const QString &table, const Fields &fields, Status *status, QString *uuid = nullptr);
    // Writes only the fields whose value changed; nothing at all when none did.
    Status update(const QString &table, qint64 id, const Fields &fields);
    Status remove(const QString &table, qint64 id);
    // Deletes, one audited row at a time, every row of table whose column equals value.
    Status removeWhere(const QString &table, const QString &column, const QVariant &value);
    // Sets column to NULL, one audited row at a time, where it equals value (what ON DELETE SET NULL would
    // do silently).
    Status clearWhere(const QString &table, const QString &column, const QVariant &value);
    // The whole row as stored (column → value), empty if there is none.
    QVariantMap readRow(const QString &table, qint64 id) const;

private:
    Status audit(const QString &action, const QString &table, const QString &uuid, const QString &field,
                 const QVariant &oldValue, const QVariant &newValue);
    QList<qint64> idsWhere(const QString &table, const QString &column, const QVariant &value,
                           Status *status) const;
    enum class Operation { Add, Read, Change, Delete, Audit };
    Status failure(Operation operation, const QString &table, const QString &error) const;

    Database &m_db;
    qint64 m_lastStampMs = -1;
    QString m_lastStamp;
};

} // namespace sht
