#include "Database.h"

#include "BackupStore.h"
#include "RawStatement.h"
#include "SqliteHandle.h"
#include "TableLabel.h"
#include "TimeOrderedUuid.h"
#include "Transaction.h"
#include "WriteErrorText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>

#include <atomic>
#include <sqlite3.h>

namespace sht {

namespace {

std::atomic<int> connectionCounter{0};

int currentVersion(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

struct Migration
{
    int version = 0;
    QString resource;
};

// Migrations are numbered SQL files (NNNN_what.sql) compiled into the library as resources.
QList<Migration> availableMigrations()
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sql/migrations"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = numbered.match(name);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), dir.filePath(name)});
    }
    return result;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return q.value(0);
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("sht-%1").arg(connectionCounter.fetch_add(1)))
    , m_actor(AuditActor::fromEnvironment(QStringLiteral("gui")))
{}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

QString Database::newUuid() const
{
    return m_uuidSource ? m_uuidSource() : timeOrderedUuid();
}

void Database::noteWriteError(int sqliteCode)
{
    // The first failure is the cause; what fails after it (the rollback, a statement) only follows from it.
    if (m_lastWriteError == 0 && WriteErrorText::classify(sqliteCode) != WriteProblem::None)
        m_lastWriteError = sqliteCode;
}

QSqlQuery *Database::prepared(const QString &sql, QString *error)
{
    auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd())
        return found->get();
    auto query = std::make_shared<QSqlQuery>(connection());
    if (!query->prepare(sql)) {
        if (error)
            *error = query->lastError().text();
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query.get();
}

RawStatement *Database::rawStatement(const QString &sql, QString *error)
{
    auto found = m_rawStatements.constFind(sql);
    if (found != m_rawStatements.constEnd())
        return found->get();
    sqlite3 *handle = sqliteHandle(connection());
    if (!handle) {
        if (error)
            *error = tr("The SQLite driver is not available.");
        return nullptr;
    }
    auto statement = std::make_shared<RawStatement>(handle, sql);
    if (!statement->isValid()) {
        if (error)
            *error = statement->error();
        return nullptr;
    }
    m_rawStatements.insert(sql, statement);
    return statement.get();
}

void Database::close()
{
    closeConnection();
    m_lock.reset(); // after the connection: the next writer must find every change written
    m_readOnlyReason.clear();
    m_heldElsewhere = false;
    m_readOnlyForced = false;
}

void Database::closeConnection()
{
    m_statements.clear(); // statements must go before their connection
    m_rawStatements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_mode == Mode::ReadWrite)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_transactionDepth = 0;
}

Status Database::create(const QString &path)
{
    close();
    m_readOnlyForced = false;
    if (QFileInfo::exists(path))
        return Status::failure(tr("A file named %1 already exists. Choose another name, or open that file.")
                                   .arg(QDir::toNativeSeparators(path)));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!lockForWriting(path)) {
        const Status refused = Status::failure(
            tr("%1 cannot be created: %2").arg(QDir::toNativeSeparators(path), m_readOnlyReason));
        close();
        return refused;
    }
    if (Status s = openConnection(path, Mode::ReadWrite); !s) {
        close();
        return s;
    }
    Status s = prepare();
    if (!s) {
        close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return s;
}

Status Database::open(const QString &path, Mode mode)
{
    close();
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(tr("The file %1 does not exist. It may have been moved or renamed.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (!info.isFile() || !info.isReadable())
        return Status::failure(
            tr("The file %1 cannot be read. Check that it is a file and that you may read it.")
                .arg(QDir::toNativeSeparators(path)));
    // Writing needs the file and, for the WAL's companion files, its folder.
    if (mode == Mode::ReadWrite) {
        const QString fileName = QDir::toNativeSeparators(info.absoluteFilePath());
        if (!info.isWritable())
            m_readOnlyReason =
                tr("You may not change %1 (it is a read-only file), so it was opened read-only: "
                   "you can read it but not change it. To edit it, copy it to a folder of "
                   "yours and open the copy.")
                    .arg(fileName);
        else if (!QFileInfo(info.absolutePath()).isWritable())
            m_readOnlyReason =
                tr("The folder of %1 cannot be written (a write-protected USB stick or a shared "
                   "folder), so the file was opened read-only: you can read it but not change "
                   "it. To edit it, copy it to a folder of yours and open the copy.")
                    .arg(fileName);
        // One writer at a time: a second copy of the app reads while the first one writes.
        else
            lockForWriting(info.absoluteFilePath());
    }
    m_readOnlyForced = !m_readOnlyReason.isEmpty();
    if (m_readOnlyForced)
        mode = Mode::ReadOnly;
    // Every check runs on a read-only connection: a file that is refused is never written, not even by the
    // checkpoint SQLite makes when a read-write connection closes over a left-over WAL.
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    const auto refuse = [&](const Status &status) {
        close();
        // Leave the folder as it was: remove the empty companions this open made.
        if (!hadWal && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
            if (!hadShm)
                QFile::remove(shm);
        }
        return status;
    };
    if (Status s = openReadOnlyConnection(path); !s)
        return refuse(s);
    m_mode = mode == Mode::Inspect ? Mode::Inspect : Mode::ReadOnly;
    if (Status s = verifyFile(mode); !s)
        return refuse(s);
    if (mode == Mode::ReadWrite) {
        closeConnection(); // the file passed: reopen it for writing, still holding the lock
        if (Status s = openConnection(path, Mode::ReadWrite); !s) {
            close();
            return s;
        }
    }
    Status s = prepare();
    if (!s)
        close();
    return s;
}

Status Database::openReadOnlyConnection(const QString &path)
{
    if (Status s = openConnection(path, Mode::ReadOnly); !s)
        return s;
    if (scalar(connection(), QStringLiteral("SELECT count(*) FROM sqlite_master")).isValid())
        return Status::success();
    // A WAL file needs its -shm beside it; in a folder we may not write to (a protected USB stick, a shared
    // folder) it cannot be made. Without a WAL to replay, the file can be read as it is, unchanging.
    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (folderWritable || QFileInfo::exists(path + QStringLiteral("-wal")))
        return Status::success(); // verifyFile() explains the error
    closeConnection();
    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    return openConnection(uri.toString(QUrl::FullyEncoded), Mode::ReadOnly, true);
}

Status Database::openConnection(const QString &path, Mode mode, bool isUri)
{
    m_mode = mode;
    m_lastBackup.clear();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Another program (or a second window) holding a write lock: wait a little before reporting it.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (mode != Mode::ReadWrite)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (isUri)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString error = db.lastError().text();
        QSqlDatabase::removeDatabase(m_connectionName);
        return Status::failure(explainOpenError(path, error));
    }
    // Extended result codes tell a full disk from a removed drive (SQLITE_IOERR_WRITE, ...): WriteErrorText.
    if (sqlite3 *handle = sqliteHandle(db))
        sqlite3_extended_result_codes(handle, 1);
    m_path = isUri ? QUrl(path).toLocalFile() : QFileInfo(path).absoluteFilePath();
    return Status::success();
}

bool Database::lockForWriting(const QString &path)
{
    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Never stale by age (a clerk keeps the app open for days); a lock whose process has gone (killed, power
    // cut, reboot) is found stale by its pid, process name and boot id, and taken over.
    lock->setStaleLockTime(0);
    // A copy that is closing releases the lock a moment later.
    constexpr int LockWaitMs = 300;
    if (lock->tryLock(LockWaitMs)) {
        m_lock = std::move(lock);
        return true;
    }
    const QString fileName = QDir::toNativeSeparators(path);
    qint64 pid = 0;
    QString hostName;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &hostName, nullptr)) {
        m_heldElsewhere = true;
        m_readOnlyReason =
            tr("%1 is open in another copy of Sổ Học Tập (%2), so it was opened read-only: you "
               "can read it but not change it. Close the other copy, then open the file "
               "again to edit it.")
                .arg(fileName, lockHolderText(lockPath, pid, hostName));
        if (!hostName.isEmpty() && hostName != QSysInfo::machineHostName())
            m_readOnlyReason +=
                QLatin1Char(' ') +
                tr("If Sổ Học Tập is no longer running on %1, delete %2 and open the file again.")
                    .arg(hostName, QDir::toNativeSeparators(lockPath));
    } else {
        m_readOnlyReason =
            tr("The lock file %1 cannot be made beside the file, which a change needs (so that "
               "two copies of Sổ Học Tập never write it at once); it was opened read-only. "
               "Check that you may write in its folder and that the disk is not full.")
                .arg(QDir::toNativeSeparators(lockPath));
    }
    return false;
}

QString Database::lockHolderText(const QString &lockPath, qint64 pid, const QString &hostName)
{
    const QFileInfo info(lockPath);
    const QDateTime since = info.lastModified();
    const QString time = since.date() == QDate::currentDate()
                             ? since.toString(QStringLiteral("HH:mm"))
                             : since.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    const bool thisComputer = hostName.isEmpty() || hostName == QSysInfo::machineHostName();
    if (thisComputer && pid == QCoreApplication::applicationPid())
        return tr("another window of this program, since %1").arg(time);
    const QString user = info.owner().isEmpty() ? tr("another user") : info.owner();
    return tr("%1 on %2, since %3").arg(user, thisComputer ? tr("this computer") : hostName, time);
}

QString Database::explainOpenError(const QString &path, const QString &sqliteMessage)
{
    return tr("%1 cannot be opened as a Sổ Học Tập file: %2. Check that the drive is connected and the file "
              "is not open in another program; if it is damaged, open a backup copy instead.")
        .arg(QDir::toNativeSeparators(path), sqliteMessage);
}

Status Database::verifyFile(Mode wanted)
{
    QSqlDatabase db = connection();
    QString error;
    const QString fileName = QDir::toNativeSeparators(m_path);

    // Reading the schema is the first access to the file's pages: a file that is not SQLite fails here.
    const QVariant tableCount =
        scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), &error);
    if (!tableCount.isValid())
        return Status::failure(tr("%1 is not a Sổ Học Tập file, or it is damaged (%2). Nothing was changed. "
                                  "If it is your commune file, restore it from a backup.")
                                   .arg(fileName, error));
    const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    const int applicationId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    if (version == 0 && tableCount.toInt() == 0)
        return Status::failure(
            tr("%1 is empty: it holds no commune. Use File > New to create a commune file.").arg(fileName));
    if (applicationId != ApplicationId)
        return Status::failure(
            tr("%1 is an SQLite database of another program, not a Sổ Học Tập file. Nothing was changed.")
                .arg(fileName));
    if (m_mode == Mode::Inspect)
        return Status::success(); // `check` reports what it finds instead of refusing
    if (version > CurrentSchemaVersion)
        return Status::failure(tr("%1 was saved by a newer version of Sổ Học Tập (data version %2; this "
                                  "version reads up to %3). Install the newer version to open it. The file "
                                  "was not changed.")
                                   .arg(fileName)
                                   .arg(version)
                                   .arg(CurrentSchemaVersion));
    const QString check = scalar(db, QStringLiteral("PRAGMA quick_check(5)"), &error).toString();
    if (check != QLatin1String("ok"))
        return Status::failure(
            tr("%1 is damaged (%2). Nothing was changed. Restore a backup instead with Help > Restore from "
               "backup… (the backups are kept in %3), or ask for help before editing it.")
                .arg(fileName, check.isEmpty() ? error : check,
                     QDir::toNativeSeparators(BackupSettings::load().effectiveFolder())));
    if (wanted == Mode::ReadOnly && version < CurrentSchemaVersion) {
        if (m_heldElsewhere)
            return Status::failure(tr("%1 was made by an older version and must be upgraded before it can be "
                                      "read, but it is open in another copy of Sổ Học Tập. Close the other "
                                      "copy, then open the file again.")
                                       .arg(fileName));
        if (m_readOnlyForced)
            return Status::failure(tr("%1 was made by an older version and must be upgraded, but it is "
                                      "read-only here. Copy it to a writable folder and open the copy.")
                                       .arg(fileName));
        return Status::failure(tr("%1 was made by an older version (data version %2). Open it once in Sổ Học "
                                  "Tập to upgrade it; a backup of it is kept.")
                                   .arg(fileName)
                                   .arg(version));
    }
    return Status::success();
}

Status Database::prepare()
{
    const QString fileName = QDir::toNativeSeparators(m_path);
    QSqlQuery pragma(connection());
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Status::failure(tr("%1 cannot be read: %2").arg(fileName, pragma.lastError().text()));
    // A 100,000-person commune is ~100 MB; with SQLite's default 2 MB cache a bulk transaction spills pages
    // into the WAL and reads them back (measured on the 100k demo: 17.8 s, and 12.8 s with this cache).
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (m_mode != Mode::ReadWrite)
        return Status::success();

    // WAL lets reports read while the clerk writes; FULL sync because a commit must survive a power cut;
    // every commit is checkpointed (below), so the .sqlite file alone is complete.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next() ||
        pragma.value(0).toString() != QLatin1String("wal"))
        return Status::failure(tr("%1 cannot be written: %2").arg(fileName, pragma.lastError().text()));
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return Status::failure(tr("%1 cannot be written: %2").arg(fileName, pragma.lastError().text()));
    // Checkpoint after every commit (passive: it never waits for readers), so that a clerk who copies only
    // the .sqlite file to a USB stick while the app is open still gets every edit.
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1"));
    pragma.finish(); // an unfinished statement would block the backup's VACUUM INTO
    const int version = schemaVersion();
    if (version < CurrentSchemaVersion)
        return migrate(version);
    return Status::success();
}

Status Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        // Keep the old file as it was, verified, before touching it: in the backup folder, where Help >
        // Restore from backup lists it.
        QString backup;
        if (Status s = BackupStore().take(*this, BackupReason::Migration, &backup); !s)
            return Status::failure(
                tr("The file needs an upgrade, but its backup could not be made, so nothing "
                   "was changed: %1")
                    .arg(s.message()));
        m_lastBackup = backup;
    }

    sqlite3 *handle = sqliteHandle(connection());
    if (!handle)
        return Status::failure(tr("The SQLite driver is not available."));
    for (const Migration &migration : availableMigrations()) {
        if (migration.version <= fromVersion)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("Upgrade step %1 is missing from this build.").arg(migration.version));
        // Each step is atomic: its statements and the new user_version commit together or not at all.
        if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Status::failure(tr("The file is busy (open in another window?); it was not upgraded."));
        // Another window may have upgraded the file meanwhile: decide under the write lock.
        if (currentVersion(handle) >= migration.version) {
            sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
            continue;
        }
        QByteArray script = file.readAll();
        script += QStringLiteral("\nPRAGMA user_version = %1;\nPRAGMA application_id = %2;\n")
                      .arg(migration.version)
                      .arg(ApplicationId)
                      .toUtf8();
        if (migration.version == 1)
            script += QStringLiteral("INSERT INTO meta(key, value) VALUES ('database_uuid', '%1'), "
                                     "('created_at', '%2');\n")
                          .arg(timeOrderedUuid(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                          .toUtf8();
        script += "COMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "unknown error");
            sqlite3_free(message);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Status::failure(tr("Upgrade step %1 failed (%2); the file was left as it was.")
                                       .arg(migration.version)
                                       .arg(text));
        }
    }
    if (schemaVersion() != CurrentSchemaVersion)
        return Status::failure(
            tr("This build lacks the upgrade steps to data version %1.").arg(CurrentSchemaVersion));
    return Status::success();
}

Status Database::checkIntegrity(bool full) const
{
    QSqlQuery q(connection());
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return Status::failure(tr("The check could not run: %1").arg(q.lastError().text()));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery fk(connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")))
        while (fk.next())
            problems << tr("A record of %1 refers to a record of %2 that does not exist.")
                            .arg(tableLabel(fk.value(0).toString()), tableLabel(fk.value(2).toString()));
    if (problems.isEmpty())
        return Status::success();
    return Status::failure(problems.join(QLatin1Char('\n')));
}

Status Database::backupTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return Status::failure(tr("%1 already exists.").arg(QDir::toNativeSeparators(targetPath)));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec()) {
        QFile::remove(targetPath);
        return Status::failure(tr("The backup %1 could not be written: %2")
                                   .arg(QDir::toNativeSeparators(targetPath), q.lastError().text()));
    }
    // Verify the copy before anyone relies on it.
    {
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName + "-verify");
        check.setDatabaseName(targetPath);
        check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        bool good = check.open();
        if (good)
            good = scalar(check, QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok");
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName + "-verify");
        if (!good) {
            QFile::remove(targetPath);
            return Status::failure(tr("The backup %1 failed its integrity check.").arg(targetPath));
        }
    }
    return Status::success();
}

} // namespace sht
