#include "BackupStore.h"

#include "BackupFile.h"
#include "BackupName.h"
#include "Database.h"
#include "ReadOnlySqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace sht {

namespace {

constexpr int MaxKeep = 100;

// One scope for the GUI and the CLI, whatever QCoreApplication's names are in the running program.
QSettings backupSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("SoHocTap"),
                     QStringLiteral("sohoctap"));
}

// A backup must be on the disk before the risky action it protects starts.
bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

bool syncPath(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && syncFile(file);
}

struct Found
{
    BackupEntry entry;
    int sequence = 0;
};

bool newerFirst(const Found &a, const Found &b)
{
    if (a.entry.takenAt != b.entry.takenAt)
        return a.entry.takenAt > b.entry.takenAt;
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    return a.entry.path > b.entry.path;
}

// A folder's entry for a renamed file must be on the disk too, or a power cut may forget the new name.
void syncFolder(const QString &folder)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// A backup is written under this suffix, which no list matches, and renamed once it is whole and checked.
const QString PartialSuffix = QStringLiteral(".partial");

// The commune file read through a connection of its own, not Qt Sql's registry (which belongs to the thread
// that made a connection), so a worker thread may take the backup while the window writes through its own.
// Read-only: it never writes the file, never takes its single-writer lock, and in WAL mode neither blocks
// nor is blocked by the window's commits.
class SourceConnection
{
public:
    SourceConnection(const QString &path, const std::function<bool()> &cancelled)
        : m_file(path, "mode=ro")
    {
        sqlite3 *db = m_file.handle();
        if (!db)
            return;
        // A checkpoint of the window's connection may hold the file for a moment.
        sqlite3_busy_timeout(db, 5000);
        // From a read-only connection VACUUM INTO writes its target through a rollback journal, synced at
        // every cache spill: 1.9 s on the 100,000-person file against 0.6 s from a writable one. The target
        // needs no sync while it is written: it is a `.partial` file, synced once whole, before its rename
        // (synchronous=OFF: 1.0 s; a 16 MB cache spills less: 0.8 s).
        sqlite3_exec(db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -16384", nullptr, nullptr, nullptr);
        // Polled about every millisecond.
        if (cancelled)
            m_file.setCancel(cancelled, 1000);
    }

    bool isOpen() const { return m_file.isOpen(); }
    QString error() const { return m_file.error(); }
    QString text(const char *sql, bool *ok = nullptr) { return m_file.text(sql, ok); }

    // VACUUM INTO: a consistent copy of the file as it was when the copy began, compacted.
    int vacuumInto(const QString &target)
    {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(m_file.handle(), "VACUUM INTO ?1", -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray name = target.toUtf8(); // SQLite takes UTF-8 file names everywhere
            sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(statement);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        if (rc != SQLITE_OK)
            m_file.noteError();
        sqlite3_finalize(statement);
        return rc;
    }

private:
    ReadOnlySqlite m_file;
};

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

QString BackupSettings::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("sohoctap/backups"));
}

BackupSettings BackupSettings::load()
{
    const QSettings s = backupSettings();
    BackupSettings settings;
    settings.keep = std::clamp(s.value(QStringLiteral("backup/keep"), DefaultKeep).toInt(), 1, MaxKeep);
    settings.folder = s.value(QStringLiteral("backup/folder")).toString();
    return settings;
}

void BackupSettings::save() const
{
    QSettings s = backupSettings();
    s.setValue(QStringLiteral("backup/keep"), std::clamp(keep, 1, MaxKeep));
    if (folder.isEmpty())
        s.remove(QStringLiteral("backup/folder"));
    else
        s.setValue(QStringLiteral("backup/folder"), folder);
    s.sync();
}

BackupStore::BackupStore(BackupSettings settings)
    : m_settings(std::move(settings))
{
    m_settings.keep = std::clamp(m_settings.keep, 1, MaxKeep);
}

QString BackupStore::databaseUuid(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'")) && q.next())
        return q.value(0).toString();
    return {};
}

QString BackupStore::reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return tr("Daily");
    case BackupReason::Import:
        return tr("Before an import");
    case BackupReason::Merge:
        return tr("Before a merge");
    case BackupReason::Migration:
        return tr("Before an upgrade");
    case BackupReason::Manual:
        return tr("Taken by hand");
    }
    return {};
}

QString BackupStore::cancelledMessage()
{
    return tr("It was cancelled; nothing was left behind.");
}

Status BackupStore::newTarget(const QString &databaseFile, const QString &uuid, BackupReason reason,
                              QString *target, QString *partial) const
{
    const QString folder = m_settings.effectiveFolder();
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    const auto unwritable = [&nativeFolder] {
        return Status::failure(tr("The backup folder %1 cannot be written, so no backup was taken. Choose "
                                  "another folder in File > Backups…, or free the drive.")
                                   .arg(nativeFolder));
    };
    if (!QDir().mkpath(folder))
        return unwritable();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir() || !folderInfo.isWritable())
        return unwritable();

    BackupName name;
    name.baseName = QFileInfo(databaseFile).completeBaseName();
    name.takenAt = QDateTime::currentDateTime();
    name.takenAt.setTime(
        QTime(name.takenAt.time().hour(), name.takenAt.time().minute(), name.takenAt.time().second()));
    name.reason = reason;
    name.tag = BackupName::uuidTag(uuid);
    const QDir dir(folder);
    // Two backups in one second (a daily backup, then one before an import) must not collide, and the later
    // one must sort after the earlier one even when rotation has deleted that one meanwhile. A backup still
    // being written (in a worker thread, or by the command line) counts too.
    const QStringList existing =
        dir.entryList({QStringLiteral("*.sqlite"), QStringLiteral("*.sqlite") + PartialSuffix}, QDir::Files);
    for (QString other : existing) {
        if (other.endsWith(PartialSuffix))
            other.chop(PartialSuffix.size());
        BackupName parsed;
        if (BackupName::parse(other, &parsed) && parsed.tag == name.tag && parsed.takenAt == name.takenAt)
            name.sequence = std::max({name.sequence, parsed.sequence + 1, 2});
    }
    *target = dir.filePath(name.fileName());
    while (QFileInfo::exists(*target) || QFileInfo::exists(*target + PartialSuffix)) {
        name.sequence = std::max(name.sequence + 1, 2);
        *target = dir.filePath(name.fileName());
    }
    *partial = *target + PartialSuffix;
    return Status::success();
}

Status BackupStore::publish(const QString &partial, QString target, const QString &uuid, QString *path) const
{
    if (!syncPath(partial)) {
        removeWithCompanions(partial);
        return Status::failure(
            tr("The backup %1 could not be written to the disk. Check the drive, or choose "
               "another folder in File > Backups….")
                .arg(QDir::toNativeSeparators(target)));
    }
    // QFile::rename never replaces a file: should a backup of the same name have appeared meanwhile, the next
    // free sequence number is taken.
    for (int attempt = 0; !QFile::rename(partial, target); ++attempt) {
        BackupName name;
        if (attempt >= 20 || !QFileInfo::exists(target) ||
            !BackupName::parse(QFileInfo(target).fileName(), &name)) {
            removeWithCompanions(partial);
            return Status::failure(tr("The backup could not be named %1. Check the backup folder, or choose "
                                      "another one in File > Backups….")
                                       .arg(QDir::toNativeSeparators(target)));
        }
        name.sequence = std::max(name.sequence + 1, 2);
        target = QFileInfo(target).dir().filePath(name.fileName());
    }
    syncFolder(QFileInfo(target).absolutePath());
    if (path)
        *path = target;
    rotate(uuid, target);
    return Status::success();
}

void BackupStore::rotate(const QString &uuid, const QString &justTaken) const
{
    // Other communes' backups are never touched; without an identity nothing is known to be ours.
    if (uuid.isEmpty())
        return;
    // The newest `keep` backups of this commune file stay, and apart from them the newest upgrade backups:
    // an upgrade happens once a version, and the copy from before it must outlive many daily backups.
    int others = 0;
    int upgrades = 0;
    for (const BackupEntry &entry : list(uuid)) {
        const bool upgrade = entry.reason == BackupReason::Migration;
        const int position = upgrade ? ++upgrades : ++others;
        const int kept = upgrade ? BackupSettings::KeptUpgradeBackups : m_settings.keep;
        if (position > kept && entry.path != justTaken)
            removeWithCompanions(entry.path);
    }
    // A partial copy left by a process that was killed while taking one: nobody is writing it any more
    // (a copy being written is touched continuously).
    const QDir dir(m_settings.effectiveFolder());
    const QString pattern = QStringLiteral("*_%1.sqlite").arg(BackupName::uuidTag(uuid)) + PartialSuffix;
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    for (const QFileInfo &info : dir.entryInfoList({pattern}, QDir::Files | QDir::Hidden))
        if (info.lastModified() < stale)
            removeWithCompanions(info.absoluteFilePath());
}

Status BackupStore::take(const Database &db, BackupReason reason, QString *path) const
{
    if (!db.isOpen())
        return Status::failure(tr("No commune file is open, so no backup was taken."));
    const QString uuid = databaseUuid(db);
    QString target;
    QString partial;
    if (Status s = newTarget(db.path(), uuid, reason, &target, &partial); !s)
        return s;
    // backupTo checks the copy (quick_check) before it returns.
    if (Status s = db.backupTo(partial); !s) {
        removeWithCompanions(partial);
        return Status::failure(
            tr("No backup of %1 could be taken: %2. Check that the backup folder's drive has free space, "
               "or choose another folder in File > Backups….")
                .arg(QDir::toNativeSeparators(db.path()), s.message()));
    }
    return publish(partial, target, uuid, path);
}

Status BackupStore::take(const QString &databasePath, BackupReason reason, QString *path,
                         const std::function<bool()> &cancelled) const
{
    const QString nativeFile = QDir::toNativeSeparators(databasePath);
    const auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    const auto notTaken = [&nativeFile](const QString &why) {
        return Status::failure(
            tr("No backup of %1 could be taken: %2. Check that the backup folder's drive has free space, "
               "or choose another folder in File > Backups….")
                .arg(nativeFile, why));
    };
    QString uuid;
    QString target;
    QString partial;
    {
        SourceConnection source(databasePath, cancelled);
        if (!source.isOpen())
            return Status::failure(
                tr("%1 cannot be read, so no backup was taken: %2.").arg(nativeFile, source.error()));
        bool ok = false;
        uuid = source.text("SELECT value FROM meta WHERE key = 'database_uuid'", &ok);
        if (!ok || source.text("PRAGMA application_id").toLongLong() != Database::ApplicationId)
            return Status::failure(
                tr("%1 is not a Sổ Học Tập file that can be read, so no backup was taken.").arg(nativeFile));
        if (Status s = newTarget(databasePath, uuid, reason, &target, &partial); !s)
            return s;
        if (isCancelled())
            return Status::failure(cancelledMessage());
        const int rc = source.vacuumInto(partial);
        if (rc != SQLITE_OK || isCancelled()) {
            const QString why = source.error();
            removeWithCompanions(partial);
            return rc == SQLITE_INTERRUPT || isCancelled() ? Status::failure(cancelledMessage())
                                                           : notTaken(why);
        }
    }
    // Checked before anyone relies on it: the copy alone, opened the way a restore will open it.
    {
        BackupFile copy(partial);
        copy.setCancel(cancelled);
        const BackupSummary summary = copy.summary(false);
        if (!summary.intact || isCancelled()) {
            removeWithCompanions(partial);
            if (isCancelled())
                return Status::failure(cancelledMessage());
            return notTaken(tr("the copy failed its check (%1)").arg(summary.problem));
        }
    }
    if (isCancelled()) {
        removeWithCompanions(partial);
        return Status::failure(cancelledMessage());
    }
    return publish(partial, target, uuid, path);
}

Status BackupStore::takeDailyIfDue(const Database &db, bool *taken) const
{
    if (taken)
        *taken = false;
    if (!db.isOpen())
        return Status::success();
    const QList<BackupEntry> existing = list(databaseUuid(db));
    if (!existing.isEmpty() && existing.first().takenAt.date() >= QDate::currentDate())
        return Status::success();
    Status s = take(db, BackupReason::Daily);
    if (s && taken)
        *taken = true;
    return s;
}

bool BackupStore::isDailyDue(const QString &databasePath) const
{
    QString uuid;
    {
        SourceConnection source(databasePath, {});
        if (source.isOpen())
            uuid = source.text("SELECT value FROM meta WHERE key = 'database_uuid'");
    }
    if (uuid.isEmpty())
        return true; // take() says why the file cannot be backed up
    const QList<BackupEntry> existing = list(uuid);
    return existing.isEmpty() || existing.first().takenAt.date() < QDate::currentDate();
}

Status BackupStore::takeDailyIfDue(const QString &databasePath, bool *taken,
                                   const std::function<bool()> &cancelled) const
{
    if (taken)
        *taken = false;
    if (!isDailyDue(databasePath))
        return Status::success();
    Status s = take(databasePath, BackupReason::Daily, nullptr, cancelled);
    if (s && taken)
        *taken = true;
    return s;
}

QList<BackupEntry> BackupStore::list(const QString &databaseUuid) const
{
    const QDir dir(m_settings.effectiveFolder());
    const QString tag = databaseUuid.isEmpty() ? QString() : BackupName::uuidTag(databaseUuid);
    QList<Found> found;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        BackupName name;
        if (!BackupName::parse(info.fileName(), &name))
            continue;
        if (!tag.isEmpty() && name.tag != tag)
            continue;
        Found f;
        f.sequence = name.sequence;
        f.entry.path = info.absoluteFilePath();
        f.entry.takenAt = name.takenAt;
        f.entry.reason = name.reason;
        f.entry.bytes = info.size();
        {
            BackupFile file(f.entry.path);
            f.entry.databaseUuid = file.databaseUuid();
            f.entry.communeName = file.communeName();
        }
        // The tag is short: the identity inside the file decides, when the file can be read.
        if (!databaseUuid.isEmpty() && !f.entry.databaseUuid.isEmpty() &&
            f.entry.databaseUuid != databaseUuid)
            continue;
        found << f;
    }
    std::sort(found.begin(), found.end(), newerFirst);
    QList<BackupEntry> result;
    result.reserve(found.size());
    for (const Found &f : found)
        result << f.entry;
    return result;
}

BackupSummary BackupStore::inspect(const QString &backupPath)
{
    BackupFile file(backupPath);
    return file.summary(true);
}

BackupSummary BackupStore::inspect(const QString &backupPath, const std::function<bool()> &cancelled)
{
    BackupFile file(backupPath);
    file.setCancel(cancelled);
    return file.summary(true);
}

Status BackupStore::restore(const QString &backupPath, const QString &targetPath)
{
    return restore(backupPath, targetPath, {});
}

Status BackupStore::restore(const QString &backupPath, const QString &targetPath,
                            const std::function<bool()> &cancelled)
{
    const auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    const QString nativeTarget = QDir::toNativeSeparators(targetPath);
    const QString nativeBackup = QDir::toNativeSeparators(backupPath);
    if (QFileInfo::exists(targetPath))
        return Status::failure(tr("%1 already exists, and a restore never writes over a file. Choose another "
                                  "name, or move that file away first.")
                                   .arg(nativeTarget));
    const BackupSummary summary = inspect(backupPath, cancelled);
    if (isCancelled())
        return Status::failure(cancelledMessage());
    if (!summary.intact)
        return Status::failure(tr("The backup %1 cannot be restored: %2. Nothing was written; choose an "
                                  "older backup.")
                                   .arg(nativeBackup, summary.problem));

    const QFileInfo targetInfo(targetPath);
    const QString folder = targetInfo.absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
        return Status::failure(tr("The folder %1 cannot be written. Choose another place for the restored "
                                  "file.")
                                   .arg(QDir::toNativeSeparators(folder)));
    // Copy beside the target, check the copy, then rename: the target name never holds a partial file.
    const QString temporary = QDir(folder).filePath(QStringLiteral(".%1.restoring-%2")
                                                        .arg(targetInfo.fileName())
                                                        .arg(QDateTime::currentMSecsSinceEpoch()));
    const auto fail = [&temporary](const QString &message) {
        removeWithCompanions(temporary);
        return Status::failure(message);
    };
    {
        QFile in(backupPath);
        QFile out(temporary);
        if (!in.open(QIODevice::ReadOnly))
            return Status::failure(
                tr("The backup %1 cannot be read: %2.").arg(nativeBackup, in.errorString()));
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Status::failure(tr("%1 cannot be written: %2. Choose another place for the restored file.")
                                       .arg(QDir::toNativeSeparators(temporary), out.errorString()));
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            if (isCancelled())
                return fail(cancelledMessage());
            const qint64 read = in.read(buffer.data(), buffer.size());
            if (read < 0)
                return fail(tr("The backup %1 cannot be read: %2.").arg(nativeBackup, in.errorString()));
            if (read == 0)
                break;
            if (out.write(buffer.constData(), read) != read)
                return fail(
                    tr("The restored file %1 could not be written (%2). Check that the drive has free "
                       "space; nothing was left behind.")
                        .arg(nativeTarget, out.errorString()));
        }
        if (!syncFile(out))
            return fail(tr("The restored file %1 could not be written to the disk. Check the drive; nothing "
                           "was left behind.")
                            .arg(nativeTarget));
    }
    {
        BackupFile copy(temporary);
        copy.setCancel(cancelled);
        const BackupSummary copied = copy.summary(false);
        if (isCancelled())
            return fail(cancelledMessage());
        if (!copied.intact || copied.households != summary.households || copied.people != summary.people ||
            copied.auditEntries != summary.auditEntries)
            return fail(tr("The copy of the backup in %1 did not match the backup (%2); nothing was left "
                           "behind. Check the drive, then try again.")
                            .arg(QDir::toNativeSeparators(folder),
                                 copied.problem.isEmpty() ? tr("different record counts") : copied.problem));
    }
    if (isCancelled())
        return fail(cancelledMessage());
    // QFile::rename never replaces an existing file: a file made meanwhile under that name is kept.
    if (!QFile::rename(temporary, targetPath))
        return fail(tr("The restored file could not be named %1. Choose another name; nothing was "
                       "overwritten.")
                        .arg(nativeTarget));
    return Status::success();
}

} // namespace sht
