#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace sht {

class Database;

// Why a backup was taken; written into the backup's file name so the list can say it without opening it.
enum class BackupReason { Daily, Import, Merge, Migration, Manual };

// Where rotating backups go and how many are kept. Shared by the GUI and the CLI (one QSettings scope for
// both, whatever the program's own name is).
struct BackupSettings
{
    static constexpr int DefaultKeep = 10;
    // Backups taken before an upgrade are kept apart from `keep`: a file upgraded once a year must not lose
    // the copy from before the upgrade to ten daily backups, nor crowd the daily ones out.
    static constexpr int KeptUpgradeBackups = 3;
    int keep = DefaultKeep; // Daily, Import, Merge and Manual backups
    QString folder;         // empty: defaultFolder()

    static QString defaultFolder(); // <GenericDataLocation>/sohoctap/backups
    QString effectiveFolder() const { return folder.isEmpty() ? defaultFolder() : folder; }
    static BackupSettings load();
    void save() const;
};

// One backup file of one commune file.
struct BackupEntry
{
    QString path;
    QDateTime takenAt; // local time
    BackupReason reason = BackupReason::Manual;
    QString communeName;  // from the backup's own meta, empty when it cannot be read
    QString databaseUuid; // the commune file's identity (meta database_uuid)
    qint64 bytes = 0;
};

// What a backup holds, for the restore list: read from the backup itself after an integrity check.
struct BackupSummary
{
    bool intact = false;
    QString problem; // translated, when not intact
    QString communeName;
    qint64 villages = 0;
    qint64 households = 0;
    qint64 people = 0;
    qint64 auditEntries = 0;
    QDateTime lastChangeAt; // the newest audit entry, invalid when none
};

// Rotating, verified backups of commune files: taken with SQLite's VACUUM INTO (consistent while in use) into
// a `.partial` file that no list shows, checked, synced, then renamed into place, so a backup file is always
// whole; then the oldest of the same commune file beyond `keep` (and beyond the last KeptUpgradeBackups
// upgrade backups) are deleted. Restoring never writes over an existing file: it copies a checked backup into
// a new file the user names.
//
// Cancelling: the long calls take `cancelled`, polled from the running SQLite statements every few thousand
// steps (the statement is then interrupted, SQLITE_INTERRUPT) and between steps; a cancelled call removes
// what it had written and fails with cancelledMessage().
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    explicit BackupStore(BackupSettings settings = BackupSettings::load());

    const BackupSettings &settings() const { return m_settings; }

    // Takes a backup of the open file now; *path receives the backup's path. Fails (and leaves no file
    // behind) when the folder cannot be written or the copy does not pass its check: the caller must then
    // not start the risky action, and tell the user why.
    Status take(const Database &db, BackupReason reason, QString *path = nullptr) const;

    // The same from the commune file's path, through a read-only SQLite connection of its own: safe in a
    // worker thread while the window keeps the file open and writes to it (WAL: the backup is the file as
    // it was when the copy began).
    Status take(const QString &databasePath, BackupReason reason, QString *path = nullptr,
                const std::function<bool()> &cancelled = {}) const;

    // Once a day: takes a Daily backup when the newest backup of this commune file is older than today.
    Status takeDailyIfDue(const Database &db, bool *taken = nullptr) const;
    // Whether today's backup of this commune file is still to be taken (true when the file's identity cannot
    // be read: take() then says why no backup can be taken).
    bool isDailyDue(const QString &databasePath) const;
    // The same from the path (worker threads; see take(databasePath…)).
    Status takeDailyIfDue(const QString &databasePath, bool *taken = nullptr,
                          const std::function<bool()> &cancelled = {}) const;

    // Backups in the folder, newest first; only those of the given commune file (its database_uuid) when
    // databaseUuid is not empty.
    QList<BackupEntry> list(const QString &databaseUuid = QString()) const;

    // Integrity check and record counts of one backup file (never writes to it).
    static BackupSummary inspect(const QString &backupPath);
    // The same, stopped early (not intact, problem "interrupted") when cancelled() turns true; safe in a
    // worker thread: a backup is read through its own SQLite handle.
    static BackupSummary inspect(const QString &backupPath, const std::function<bool()> &cancelled);

    // Copies a backup into targetPath after checking it; refuses when targetPath exists (the caller asks the
    // user first and removes or renames the old file itself).
    static Status restore(const QString &backupPath, const QString &targetPath);
    // The same, stopped when cancelled() turns true (the temporary copy is removed); safe in a worker thread.
    static Status restore(const QString &backupPath, const QString &targetPath,
                          const std::function<bool()> &cancelled);

    // The message of a call that was cancelled ("…was cancelled; nothing was left behind").
    static QString cancelledMessage();

    static QString reasonText(BackupReason reason); // translated, for the list

    // The open file's identity (meta database_uuid), by which backups are grouped; empty when unreadable.
    static QString databaseUuid(const Database &db);

private:
    // The name a new backup of databaseFile gets now, and its `.partial` companion written first; fails when
    // the folder cannot be written.
    Status newTarget(const QString &databaseFile, const QString &uuid, BackupReason reason, QString *target,
                     QString *partial) const;
    // Syncs the checked partial copy, renames it into place and rotates.
    Status publish(const QString &partial, QString target, const QString &uuid, QString *path) const;
    void rotate(const QString &uuid, const QString &justTaken) const;

    BackupSettings m_settings;
};

} // namespace sht
