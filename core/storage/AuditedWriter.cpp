#include "AuditedWriter.h"

#include "Database.h"
#include "RawStatement.h"
#include "SqlValues.h"
#include "TableLabel.h"
#include "WriteErrorText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sht {

namespace {

QString jsonOf(const AuditedWriter::Fields &fields)
{
    QJsonObject object;
    for (const auto &[name, value] : fields)
        object.insert(name, QJsonValue::fromVariant(value));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Qt Sql binds a null QString as SQL NULL; text columns hold "" for "nothing", NULL only for missing dates
// and keys, which repositories pass as an invalid QVariant.
QVariant bindable(const QVariant &value)
{
    // A NULL read back from the database (an undo snapshot) stays NULL.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

AuditedWriter::AuditedWriter(Database &db)
    : m_db(db)
{}

Status AuditedWriter::failure(Operation operation, const QString &table, const QString &error,
                              int sqliteCode) const
{
    // A full disk, a removed drive, ...: what the clerk can do about it matters more than which table.
    m_db.noteWriteError(sqliteCode);
    if (const QString problem = WriteErrorText::explain(m_db, sqliteCode); !problem.isEmpty())
        return Status::failure(problem);
    const QString records = tableLabel(table);
    switch (operation) {
    case Operation::Add:
        return Status::failure(tr("A new record could not be added to %1: %2").arg(records, error));
    case Operation::Read:
        return Status::failure(tr("%1 could not be read: %2").arg(records, error));
    case Operation::Change:
        return Status::failure(tr("A record of %1 could not be changed: %2").arg(records, error));
    case Operation::Delete:
        return Status::failure(tr("A record could not be deleted from %1: %2").arg(records, error));
    case Operation::Audit:
        break;
    }
    return Status::failure(tr("The change could not be written to the history of changes: %1").arg(error));
}

qint64 AuditedWriter::insert(const QString &table, const Fields &fields, Status *status, QString *uuid)
{
    QString rowUuid;
    for (const auto &field : fields)
        if (field.first == QLatin1String("uuid"))
            rowUuid = field.second.toString();
    const bool makeUuid = rowUuid.isEmpty();
    if (makeUuid)
        rowUuid = m_db.newUuid();
    QStringList names;
    QStringList marks;
    if (makeUuid) {
        names << QStringLiteral("uuid");
        marks << QStringLiteral("?");
    }
    for (const auto &field : fields) {
        names << field.first;
        marks << QStringLiteral("?");
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    QString error;
    RawStatement *statement = m_db.rawStatement(sql, &error);
    if (!statement) {
        *status = failure(Operation::Add, table, error);
        return 0;
    }
    int index = 0;
    if (makeUuid)
        statement->bind(index++, rowUuid);
    for (const auto &field : fields)
        statement->bind(index++, bindable(field.second));
    if (!statement->exec()) {
        *status = failure(Operation::Add, table, statement->error(), statement->errorCode());
        return 0;
    }
    const qint64 id = statement->lastInsertId();
    if (ChangeJournal *journal = m_db.journal()) {
        RowChange change;
        change.kind = RowChange::Kind::Insert;
        change.table = table;
        change.id = id;
        change.uuid = rowUuid;
        change.after = readRow(table, id);
        journal->append(change);
    }
    // The new row itself holds the inserted values, and every later change is audited field by field, so
    // the insert entry need not copy the row (it would double the file on a bulk import).
    *status = audit(QStringLiteral("insert"), table, rowUuid, QString(), QVariant(), QVariant());
    if (uuid)
        *uuid = rowUuid;
    return status->ok() ? id : 0;
}

std::optional<QString> AuditedWriter::setting(const QString &key, Status *status) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        if (status)
            *status = failure(Operation::Read, QLatin1String(SettingsTable), q.lastError().text(),
                              WriteErrorText::codeOf(q.lastError()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Status AuditedWriter::setSetting(const QString &key, const std::optional<QString> &value)
{
    const QString table = QLatin1String(SettingsTable);
    Status readStatus;
    const std::optional<QString> old = setting(key, &readStatus);
    if (!readStatus)
        return readStatus;
    if (old == value)
        return Status::success();
    QSqlQuery write(m_db.connection());
    if (value) {
        write.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        write.addBindValue(key);
        write.addBindValue(*value);
    } else {
        write.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        write.addBindValue(key);
    }
    if (!write.exec())
        return failure(Operation::Change, table, write.lastError().text(),
                       WriteErrorText::codeOf(write.lastError()));
    const QVariant oldValue = old ? QVariant(*old) : QVariant();
    const QVariant newValue = value ? QVariant(*value) : QVariant();
    if (ChangeJournal *journal = m_db.journal()) {
        RowChange change;
        change.kind = RowChange::Kind::Update;
        change.table = table;
        change.uuid = key;
        change.before.insert(QStringLiteral("value"), oldValue);
        change.after.insert(QStringLiteral("value"), newValue);
        journal->append(change);
    }
    return audit(QStringLiteral("update"), table, key, QStringLiteral("value"), oldValue, newValue);
}

Status AuditedWriter::update(const QString &table, qint64 id, const Fields &fields)
{
    QStringList names;
    for (const auto &field : fields)
        names << field.first;
    QSqlQuery current(m_db.connection());
    current.setForwardOnly(true);
    current.prepare(
        QStringLiteral("SELECT uuid, %1 FROM %2 WHERE id = ?").arg(names.join(QLatin1Char(',')), table));
    current.addBindValue(id);
    if (!current.exec())
        return failure(Operation::Read, table, current.lastError().text(),
                       WriteErrorText::codeOf(current.lastError()));
    if (!current.next())
        return Status::failure(
            tr("The record to change is no longer in %1; it may have been deleted meanwhile.")
                .arg(tableLabel(table)));
    const QString rowUuid = current.value(0).toString();

    Fields changed;
    QList<QVariant> oldValues;
    for (int i = 0; i < fields.size(); ++i) {
        const QVariant old = current.value(i + 1);
        if (!sql::sameValue(old, fields.at(i).second)) {
            changed << fields.at(i);
            oldValues << old;
        }
    }
    if (changed.isEmpty())
        return Status::success();

    QStringList sets;
    for (const auto &field : changed)
        sets << field.first + QStringLiteral(" = ?");
    QSqlQuery write(m_db.connection());
    write.prepare(QStringLiteral("UPDATE %1 SET %2, revision = revision + 1 WHERE id = ?")
                      .arg(table, sets.join(QStringLiteral(", "))));
    for (const auto &field : changed)
        write.addBindValue(bindable(field.second));
    write.addBindValue(id);
    if (!write.exec())
        return failure(Operation::Change, table, write.lastError().text(),
                       WriteErrorText::codeOf(write.lastError()));
    if (ChangeJournal *journal = m_db.journal()) {
        RowChange change;
        change.kind = RowChange::Kind::Update;
        change.table = table;
        change.id = id;
        change.uuid = rowUuid;
        for (int i = 0; i < changed.size(); ++i) {
            change.before.insert(changed.at(i).first, oldValues.at(i));
            change.after.insert(changed.at(i).first, bindable(changed.at(i).second));
        }
        journal->append(change);
    }
    for (int i = 0; i < changed.size(); ++i)
        if (Status s = audit(QStringLiteral("update"), table, rowUuid, changed.at(i).first, oldValues.at(i),
                             changed.at(i).second);
            !s)
            return s;
    return Status::success();
}

Status AuditedWriter::remove(const QString &table, qint64 id)
{
    QSqlQuery current(m_db.connection());
    current.setForwardOnly(true);
    current.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    current.addBindValue(id);
    if (!current.exec())
        return failure(Operation::Read, table, current.lastError().text(),
                       WriteErrorText::codeOf(current.lastError()));
    if (!current.next())
        return Status::failure(
            tr("The record to delete is no longer in %1; it may have been deleted meanwhile.")
                .arg(tableLabel(table)));
    Fields old;
    const QSqlRecord record = current.record();
    for (int i = 0; i < record.count(); ++i)
        old << qMakePair(record.fieldName(i), current.value(i));
    const QString rowUuid = record.value(QStringLiteral("uuid")).toString();
    current.finish();

    QSqlQuery erase(m_db.connection());
    erase.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    erase.addBindValue(id);
    if (!erase.exec())
        return failure(Operation::Delete, table, erase.lastError().text(),
                       WriteErrorText::codeOf(erase.lastError()));
    if (ChangeJournal *journal = m_db.journal()) {
        RowChange change;
        change.kind = RowChange::Kind::Delete;
        change.table = table;
        change.id = id;
        change.uuid = rowUuid;
        for (const auto &[name, value] : old)
            change.before.insert(name, value);
        journal->append(change);
    }
    return audit(QStringLiteral("delete"), table, rowUuid, QString(), jsonOf(old), QVariant());
}

QList<qint64> AuditedWriter::idsWhere(const QString &table, const QString &column, const QVariant &value,
                                      Status *status) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    q.addBindValue(value);
    if (!q.exec()) {
        *status =
            failure(Operation::Read, table, q.lastError().text(), WriteErrorText::codeOf(q.lastError()));
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    *status = Status::success();
    return ids;
}

Status AuditedWriter::removeWhere(const QString &table, const QString &column, const QVariant &value)
{
    Status status;
    for (qint64 id : idsWhere(table, column, value, &status))
        if (Status s = remove(table, id); !s)
            return s;
    return status;
}

Status AuditedWriter::clearWhere(const QString &table, const QString &column, const QVariant &value)
{
    Status status;
    for (qint64 id : idsWhere(table, column, value, &status))
        if (Status s = update(table, id, {{column, QVariant()}}); !s)
            return s;
    return status;
}

QVariantMap AuditedWriter::readRow(const QString &table, qint64 id) const
{
    // Recording an edit reads back every row it inserts, and undo reads every row before it touches it:
    // the statement is prepared once per table, not once per row.
    QVariantMap row;
    QSqlQuery *q = m_db.prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    if (!q)
        return row;
    q->setForwardOnly(true);
    q->bindValue(0, id);
    if (q->exec() && q->next()) {
        const QSqlRecord record = q->record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q->value(i));
    }
    q->finish(); // an open read would keep the statement busy (and block VACUUM INTO)
    return row;
}

AuditedWriter::BulkInsert AuditedWriter::prepareInsert(const QString &table, const QStringList &columns,
                                                       Status *status)
{
    BulkInsert bulk;
    bulk.table = table;
    bulk.columns = columns;
    bulk.hasUuid = columns.contains(QStringLiteral("uuid"));
    bulk.tableUtf8 = table.toUtf8();
    QStringList names = columns;
    if (!bulk.hasUuid)
        names.prepend(QStringLiteral("uuid"));
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    QString error;
    bulk.statement =
        m_db.rawStatement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                          &error);
    *status = bulk.statement ? Status::success() : failure(Operation::Add, table, error);
    return bulk;
}

qint64 AuditedWriter::insert(const BulkInsert &bulk, const QVariantList &values, Status *status,
                             QString *uuid)
{
    return insertBulk(bulk, values, status, uuid);
}

qint64 AuditedWriter::insert(const BulkInsert &bulk, const Fields &fields, Status *status, QString *uuid)
{
    return insertBulk(bulk, fields, status, uuid);
}

namespace {
const QVariant &valueAt(const QVariantList &values, int i)
{
    return values.at(i);
}
const QVariant &valueAt(const AuditedWriter::Fields &fields, int i)
{
    return fields.at(i).second;
}
} // namespace

template <typename Values>
qint64 AuditedWriter::insertBulk(const BulkInsert &bulk, const Values &values, Status *status, QString *uuid)
{
    RawStatement *statement = bulk.statement;
    if (!statement || values.size() != bulk.columns.size()) {
        *status = failure(
            Operation::Add, bulk.table,
            statement ? QStringLiteral("%1 values for %2 columns").arg(values.size()).arg(bulk.columns.size())
                      : tr("the statement was not prepared"));
        return 0;
    }
    QString rowUuid;
    int index = 0;
    if (bulk.hasUuid) {
        rowUuid = valueAt(values, int(bulk.columns.indexOf(QStringLiteral("uuid")))).toString();
    } else {
        rowUuid = m_db.newUuid();
        statement->bindText(index++, rowUuid);
    }
    for (int i = 0; i < values.size(); ++i)
        statement->bindValue(index++, valueAt(values, i));
    if (!statement->exec()) {
        *status = failure(Operation::Add, bulk.table, statement->error(), statement->errorCode());
        return 0;
    }
    const qint64 id = statement->lastInsertId();
    if (ChangeJournal *journal = m_db.journal()) {
        RowChange change;
        change.kind = RowChange::Kind::Insert;
        change.table = bulk.table;
        change.id = id;
        change.uuid = rowUuid;
        change.after = readRow(bulk.table, id);
        journal->append(change);
    }
    *status = auditBulkInsert(bulk.tableUtf8, rowUuid);
    if (uuid)
        *uuid = rowUuid;
    return status->ok() ? id : 0;
}

void AuditedWriter::refreshStamp()
{
    // Formatting the time costs more than the insert in bulk paths: reuse it within the same millisecond.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != m_lastStampMs) {
        m_lastStampMs = now;
        m_lastStamp = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
        m_lastStampUtf8 = m_lastStamp.toUtf8();
    }
}

Status AuditedWriter::auditBulkInsert(const QByteArray &table, const QString &uuid)
{
    QString error;
    RawStatement *statement = m_db.rawStatement(
        QStringLiteral("INSERT INTO audit_log (at, user_name, source, action, entity, entity_uuid, field, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!statement)
        return failure(Operation::Audit, QString(), error);
    static const QByteArray insertAction = QByteArrayLiteral("insert");
    refreshStamp();
    const AuditActor &actor = m_db.actor();
    statement->bindUtf8(0, m_lastStampUtf8);
    statement->bindText(1, actor.userName);
    statement->bindText(2, actor.source);
    statement->bindUtf8(3, insertAction);
    statement->bindUtf8(4, table);
    statement->bindText(5, uuid);
    // field, old_value and new_value stay NULL: exec() cleared the bindings of the previous entry.
    if (!statement->exec())
        return failure(Operation::Audit, QString(), statement->error(), statement->errorCode());
    return Status::success();
}

Status AuditedWriter::audit(const QString &action, const QString &table, const QString &uuid,
                            const QString &field, const QVariant &oldValue, const QVariant &newValue)
{
    QString error;
    RawStatement *statement = m_db.rawStatement(
        QStringLiteral("INSERT INTO audit_log (at, user_name, source, action, entity, entity_uuid, field, "
                       "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!statement)
        return failure(Operation::Audit, QString(), error);
    refreshStamp();
    const AuditActor &actor = m_db.actor();
    statement->bind(0, m_lastStamp);
    statement->bind(1, actor.userName);
    statement->bind(2, actor.source);
    statement->bind(3, action);
    statement->bind(4, table);
    statement->bind(5, uuid);
    statement->bind(6, field.isEmpty() ? QVariant() : QVariant(field));
    statement->bind(7, oldValue.isNull() ? QVariant() : QVariant(oldValue.toString()));
    statement->bind(8, newValue.isNull() ? QVariant() : QVariant(newValue.toString()));
    if (!statement->exec())
        return failure(Operation::Audit, QString(), statement->error(), statement->errorCode());
    return Status::success();
}

} // namespace sht
