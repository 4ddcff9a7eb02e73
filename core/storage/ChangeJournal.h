#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include <utility>

namespace sht {

// One row written by AuditedWriter, with what is needed to undo and redo it exactly: the whole row for an
// insert or a delete, the changed fields' old and new values for an update.
struct RowChange
{
    enum class Kind { Insert, Update, Delete };

    Kind kind = Kind::Update;
    QString table;
    qint64 id = 0;
    QString uuid;
    QVariantMap before; // Delete: the whole row; Update: old values of the changed fields
    QVariantMap after;  // Insert: the whole row; Update: new values of the changed fields
};

using ChangeSet = QList<RowChange>;

// Collects the row changes of one user action while it runs (see Database::startRecording). A nested
// transaction that rolls back drops what it had recorded, so the journal always matches the file.
class ChangeJournal
{
public:
    void append(RowChange change) { m_changes.append(std::move(change)); }
    int size() const { return int(m_changes.size()); }
    void truncate(int size) { m_changes.resize(qMin(size, int(m_changes.size()))); }
    ChangeSet take() { return std::exchange(m_changes, {}); }

private:
    ChangeSet m_changes;
};

} // namespace sht
