#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace sht {

class Database;
class RawStatement;

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

    // A commune setting the user chose (meta key → value; no value removes it), audited like a field
    // (entity "meta", the key in place of a uuid) and recorded for undo as an update of table "meta" whose
    // uuid is the key and whose one field is "value" (ChangeReplayer knows it). Keys that are secrets (the
    // exchange key) are written with SettingsRepository instead, never through here.
    static constexpr const char *SettingsTable = "meta";
    Status setSetting(const QString &key, const std::optional<QString> &value);
    std::optional<QString> setting(const QString &key, Status *status = nullptr) const;

    // The bulk path (an import writes ~300,000 rows): the INSERT for one table and column list is built and
    // prepared once; each row then only binds its values (UTF-8, no copy) and gets its UUID, revision 1 and
    // its audit entry through cached statements, exactly as insert() gives them. When a journal is active
    // (an undoable edit) every row is recorded as insert() records it.
    struct BulkInsert
    {
        QString table;
        QStringList columns;
        bool hasUuid = false; // columns hold "uuid": the caller gives it
        RawStatement *statement = nullptr;
        QByteArray tableUtf8;
    };
    BulkInsert prepareInsert(const QString &table, const QStringList &columns, Status *status);
    // values in the order of the prepared columns (a Fields list's names are not read). Returns the row id,
    // or 0 on failure with *status saying why.
    qint64 insert(const BulkInsert &bulk, const QVariantList &values, Status *status,
                  QString *uuid = nullptr);
    qint64 insert(const BulkInsert &bulk, const Fields &fields, Status *status, QString *uuid = nullptr);

private:
    template <typename Values>
    qint64 insertBulk(const BulkInsert &bulk, const Values &values, Status *status, QString *uuid);
    Status auditBulkInsert(const QByteArray &table, const QString &uuid);
    void refreshStamp();
    Status audit(const QString &action, const QString &table, const QString &uuid, const QString &field,
                 const QVariant &oldValue, const QVariant &newValue);
    QList<qint64> idsWhere(const QString &table, const QString &column, const QVariant &value,
                           Status *status) const;
    enum class Operation { Add, Read, Change, Delete, Audit };
    // sqliteCode: the failing call's SQLite result code (0 when unknown), noted in the Database.
    Status failure(Operation operation, const QString &table, const QString &error, int sqliteCode = 0) const;

    Database &m_db;
    qint64 m_lastStampMs = -1;
    QString m_lastStamp;
    QByteArray m_lastStampUtf8;
};

} // namespace sht
