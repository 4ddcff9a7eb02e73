#include "ChangeReplayer.h"

#include "AuditedWriter.h"
#include "Database.h"
#include "SqlValues.h"
#include "TableLabel.h"
#include "Transaction.h"

namespace sht {

namespace {

AuditedWriter::Fields fieldsOf(const QVariantMap &row)
{
    AuditedWriter::Fields fields;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it)
        fields << qMakePair(it.key(), it.value());
    return fields;
}

} // namespace

ChangeReplayer::ChangeReplayer(Database &db)
    : m_db(db)
{}

Status ChangeReplayer::revert(const ChangeSet &changes)
{
    return apply(changes, Direction::Back);
}

Status ChangeReplayer::reapply(const ChangeSet &changes)
{
    return apply(changes, Direction::Forward);
}

Status ChangeReplayer::expectRow(const RowChange &change, const QVariantMap &expected, bool mustExist) const
{
    const QVariantMap current = AuditedWriter(m_db).readRow(change.table, change.id);
    const QString where = tableLabel(change.table);
    if (!mustExist)
        return current.isEmpty() ? Status::success()
                                 : Status::failure(tr("A record in %1 is already back; the step cannot be "
                                                      "repeated.")
                                                       .arg(where));
    if (current.isEmpty())
        return Status::failure(
            tr("A record in %1 has been deleted since; the step cannot be undone or redone.").arg(where));
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (it.key() == QLatin1String("revision"))
            continue;
        if (!sql::sameValue(current.value(it.key()), it.value()))
            return Status::failure(tr("A record in %1 has been changed since; the step cannot be undone or "
                                      "redone.")
                                       .arg(where));
    }
    return Status::success();
}

// A setting (AuditedWriter::setSetting) is undone only while it still holds what the step wrote.
Status ChangeReplayer::replaySetting(AuditedWriter &writer, const RowChange &change, bool back) const
{
    const auto valueOf = [](const QVariantMap &side) {
        const QVariant value = side.value(QStringLiteral("value"));
        return value.isNull() ? std::optional<QString>() : std::optional<QString>(value.toString());
    };
    Status readStatus;
    if (writer.setting(change.uuid, &readStatus) != valueOf(back ? change.after : change.before))
        return readStatus ? Status::failure(tr("A setting has been changed since; the step cannot be undone "
                                               "or redone."))
                          : readStatus;
    return writer.setSetting(change.uuid, valueOf(back ? change.before : change.after));
}

Status ChangeReplayer::apply(const ChangeSet &changes, Direction direction)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    AuditedWriter writer(m_db);
    const int count = int(changes.size());
    for (int n = 0; n < count; ++n) {
        // Undo walks back from the last change, so children go before their parents; redo walks forward.
        const RowChange &change = changes.at(direction == Direction::Back ? count - 1 - n : n);
        const bool back = direction == Direction::Back;
        const bool removeRow = (change.kind == RowChange::Kind::Insert) == back;
        switch (change.kind) {
        case RowChange::Kind::Insert:
        case RowChange::Kind::Delete: {
            const QVariantMap &row = change.kind == RowChange::Kind::Insert ? change.after : change.before;
            if (removeRow) {
                if (Status s = expectRow(change, {}, true); !s)
                    return s;
                if (Status s = writer.remove(change.table, change.id); !s)
                    return s;
            } else {
                if (Status s = expectRow(change, {}, false); !s)
                    return s;
                Status s;
                writer.insert(change.table, fieldsOf(row), &s); // same id and uuid as before
                if (!s)
                    return s;
            }
            break;
        }
        case RowChange::Kind::Update: {
            if (change.table == QLatin1String(AuditedWriter::SettingsTable)) {
                if (Status s = replaySetting(writer, change, back); !s)
                    return s;
                break;
            }
            if (Status s = expectRow(change, back ? change.after : change.before, true); !s)
                return s;
            if (Status s =
                    writer.update(change.table, change.id, fieldsOf(back ? change.before : change.after));
                !s)
                return s;
            break;
        }
        }
    }
    return transaction.commit();
}

} // namespace sht
