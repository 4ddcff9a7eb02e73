#pragma once

#include "AuditActor.h"
#include "ChangeJournal.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QSqlQuery;

namespace sht {
class RawStatement;
}

namespace sht {

// One commune file: opens, creates and migrates it, and owns its named Qt Sql connection.
// Opening never changes a file it refuses (damaged, foreign, or from a newer app version).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int CurrentSchemaVersion = 3;
    static constexpr int ApplicationId = 0x53485450; // "SHTP": marks the file as ours

    // Inspect: read-only, and a damaged or newer file is opened anyway, for `sohoctap-cli check` to report.
    enum class Mode { ReadWrite, ReadOnly, Inspect };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates a new, empty commune file at path (refuses to overwrite an existing file).
    Status create(const QString &path);
    // Opens an existing file; migrates it (after a verified backup) when it is older than this app.
    // A file the user may not write (read-only medium or permissions) opens read-only even when ReadWrite
    // was asked for: isReadOnly() tells, and every write then fails with a message.
    Status open(const QString &path, Mode mode = Mode::ReadWrite);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_mode != Mode::ReadWrite; }
    // Why a file asked for ReadWrite was opened read-only (another copy of the app holds it, a read-only
    // file, folder or medium), translated, for the window and the CLI to show; empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Path of the backup taken before the last migration, empty when none was needed.
    QString lastBackupPath() const { return m_lastBackup; }

    // New rows get random UUIDs; a generator that must be reproducible (the demo) supplies its own.
    void setUuidSource(std::function<QString()> source) { m_uuidSource = std::move(source); }
    QString newUuid() const;

    void setActor(const AuditActor &actor) { m_actor = actor; }
    const AuditActor &actor() const { return m_actor; }

    // PRAGMA integrity_check (full) or quick_check; the message lists what SQLite found.
    Status checkIntegrity(bool full) const;

    // Copies the open database into a new file through SQLite (consistent even while in use).
    Status backupTo(const QString &targetPath) const;

    // A prepared statement, prepared once per connection and reused: bulk paths (import, demo) run the
    // same statement many times. Null when the SQL does not prepare; *error then says why.
    QSqlQuery *prepared(const QString &sql, QString *error = nullptr);

    // The same for the C API (bulk inserts and audit entries); null with *error when it does not prepare.
    RawStatement *rawStatement(const QString &sql, QString *error = nullptr);

    // While recording, every row written goes into a journal, so the action can be undone and redone exactly.
    void startRecording() { m_journal = std::make_unique<ChangeJournal>(); }
    ChangeSet stopRecording()
    {
        ChangeSet changes = m_journal ? m_journal->take() : ChangeSet();
        m_journal.reset();
        return changes;
    }
    ChangeJournal *journal() const { return m_journal.get(); }

    // Transaction nesting depth, used by Transaction to choose BEGIN or SAVEPOINT.
    int &transactionDepth() { return m_transactionDepth; }

    // The SQLite result code of the first write failure from outside the app (disk full, drive removed,
    // read-only, busy, damaged: WriteErrorText::classify) since the outermost transaction began, 0 when none.
    // The storage classes note it where SQLite reports it; callers that know the action's name explain it
    // with WriteErrorText::forAction.
    void noteWriteError(int sqliteCode);
    int lastWriteError() const { return m_lastWriteError; }
    void clearWriteError() { m_lastWriteError = 0; }

private:
    Status openConnection(const QString &path, Mode mode, bool isUri = false);
    // Closes the connection but keeps the single-writer lock (open() reopens after its checks).
    void closeConnection();
    // Takes <file>.lock for a read-write open; false (with m_readOnlyReason) when another copy holds it.
    bool lockForWriting(const QString &path);
    static QString lockHolderText(const QString &lockPath, qint64 pid, const QString &hostName);
    Status openReadOnlyConnection(const QString &path);
    // Refuses what must not be opened (not SQLite, foreign, empty, newer, damaged); reads only.
    Status verifyFile(Mode wanted);
    // Sets the connection up (pragmas) and upgrades an older file when writing.
    Status prepare();
    Status migrate(int fromVersion);
    static QString explainOpenError(const QString &path, const QString &sqliteMessage);

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QString, std::shared_ptr<RawStatement>> m_rawStatements;
    QString m_connectionName;
    QString m_path;
    QString m_lastBackup;
    Mode m_mode = Mode::ReadWrite;
    bool m_readOnlyForced = false; // asked to write, but the file may not be written
    QString m_readOnlyReason;
    bool m_heldElsewhere = false;      // another copy of the app holds the lock
    std::unique_ptr<QLockFile> m_lock; // held while open for writing: one writer per file
    int m_lastWriteError = 0;
    AuditActor m_actor;
    std::function<QString()> m_uuidSource;
    std::unique_ptr<ChangeJournal> m_journal;
    int m_transactionDepth = 0;
};

} // namespace sht
