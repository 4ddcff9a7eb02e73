#include "BackupStore.h"
#include "Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <sqlite3.h>

using namespace sht;

namespace {

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString databaseUuid(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'")) || !q.next())
        return {};
    return q.value(0).toString();
}

void setDatabaseUuid(Database &db, const QString &uuid)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'database_uuid'"));
    q.addBindValue(uuid);
    QVERIFY(q.exec());
}

// Builds a file from an SQL script with the plain SQLite API, as an older app would have written it.
void writeRawDatabase(const QString &path, const QByteArray &script)
{
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(handle);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

// Every file in a folder, hidden ones included: a cancelled or failed backup must leave none behind.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool hasPartial(const QString &folder)
{
    return !QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty();
}

BackupSettings settingsIn(const QString &folder, int keep = BackupSettings::DefaultKeep)
{
    BackupSettings s;
    s.folder = folder;
    s.keep = keep;
    return s;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void settingsRoundTrip()
    {
        test::TempCommune temp; // test mode: settings and data folders under the test's home
        const BackupSettings defaults = BackupSettings::load();
        QCOMPARE(defaults.keep, 10);
        QVERIFY(defaults.folder.isEmpty());
        QVERIFY2(defaults.effectiveFolder().endsWith(QStringLiteral("sohoctap/backups")),
                 qPrintable(defaults.effectiveFolder()));

        BackupSettings changed = settingsIn(temp.path(QStringLiteral("elsewhere")), 4);
        changed.save();
        QCOMPARE(BackupSettings::load().keep, 4);
        QCOMPARE(BackupSettings::load().folder, temp.path(QStringLiteral("elsewhere")));
        changed.keep = 0; // clamped to the dialog's range, never "keep nothing"
        changed.save();
        QCOMPARE(BackupSettings::load().keep, 1);
        changed.keep = 500;
        changed.save();
        QCOMPARE(BackupSettings::load().keep, 100);
        defaults.save();
        QCOMPARE(BackupSettings::load().keep, 10);
        QVERIFY(BackupSettings::load().folder.isEmpty());
    }

    void takeNamesTheBackup()
    {
        test::TempCommune temp;
        Database &db = temp.create(QStringLiteral("Xã Sao Đỏ"));
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        QString path;
        SHT_VERIFY_OK(store.take(db, BackupReason::Import, &path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).absolutePath(),
                 QFileInfo(temp.path(QStringLiteral("backups"))).absoluteFilePath());
        const QString uuid = databaseUuid(db);
        const QRegularExpression pattern(
            QStringLiteral("^commune_\\d{8}-\\d{6}_import_%1\\.sqlite$").arg(uuid.right(8)));
        QVERIFY2(pattern.match(QFileInfo(path).fileName()).hasMatch(), qPrintable(path));

        const QList<BackupEntry> entries = store.list(uuid);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().path, path);
        QCOMPARE(entries.first().reason, BackupReason::Import);
        QCOMPARE(entries.first().communeName, QStringLiteral("Xã Sao Đỏ"));
        QCOMPARE(entries.first().databaseUuid, uuid);
        QCOMPARE(entries.first().bytes, QFileInfo(path).size());
        QVERIFY(entries.first().takenAt >= before);
        QVERIFY(entries.first().takenAt <= QDateTime::currentDateTime());
        // A backup is a plain file: no journal or lock files left beside it.
        QCOMPARE(QDir(temp.path(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
    }

    // Several backups in the same second (a daily one, then one before an import) keep their order.
    void sameSecondBackupsKeepTheirOrder()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        QStringList taken;
        for (BackupReason reason : {BackupReason::Daily, BackupReason::Import, BackupReason::Merge}) {
            QString path;
            SHT_VERIFY_OK(store.take(db, reason, &path));
            taken.prepend(path);
        }
        QCOMPARE(QSet<QString>(taken.begin(), taken.end()).size(), 3);
        const QList<BackupEntry> entries = store.list(databaseUuid(db));
        QCOMPARE(entries.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(entries.at(i).path, taken.at(i));
        QCOMPARE(entries.first().reason, BackupReason::Merge);
    }

    void rotationKeepsTheNewestPerCommune_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("keep 1") << 1;
        QTest::newRow("keep 3") << 3;
        QTest::newRow("keep 10 (default)") << 10;
    }

    void rotationKeepsTheNewestPerCommune()
    {
        QFETCH(int, keep);
        test::TempCommune first;
        test::TempCommune second;
        test::TempCommune third;
        Database &a = first.create(QStringLiteral("Xã A"));
        Database &b = second.create(QStringLiteral("Xã B"));
        Database &c = third.create(QStringLiteral("Xã C"));
        // C's identity ends like A's: its backups carry the same tag in their names, and must still never be
        // counted as A's.
        const QString uuidA = databaseUuid(a);
        setDatabaseUuid(c, QStringLiteral("00000000-0000-7000-8000-0000") + uuidA.right(8));
        QTemporaryDir folder;
        const BackupStore store(settingsIn(folder.path(), keep));
        for (int i = 0; i < 2; ++i) {
            SHT_VERIFY_OK(store.take(b, BackupReason::Manual));
            SHT_VERIFY_OK(store.take(c, BackupReason::Manual));
        }
        QString newest;
        for (int i = 0; i < keep + 3; ++i)
            SHT_VERIFY_OK(store.take(a, BackupReason::Daily, &newest));
        const QList<BackupEntry> kept = store.list(uuidA);
        QCOMPARE(kept.size(), keep);
        QCOMPARE(kept.first().path, newest);
        QCOMPARE(store.list(databaseUuid(b)).size(), std::min(keep, 2));
        QCOMPARE(store.list(databaseUuid(c)).size(), std::min(keep, 2));
        QCOMPARE(store.list().size(), keep + 2 * std::min(keep, 2));
    }

    void restoreRoundTrip()
    {
        test::TempCommune temp;
        const QString demo = temp.demo(600, 11);
        Database db;
        SHT_VERIFY_OK(db.open(demo));
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        QString backup;
        SHT_VERIFY_OK(store.take(db, BackupReason::Manual, &backup));

        const BackupSummary summary = BackupStore::inspect(backup);
        QVERIFY2(summary.intact, qPrintable(summary.problem));
        QCOMPARE(summary.households, count(db, QStringLiteral("household")));
        QCOMPARE(summary.people, count(db, QStringLiteral("person")));
        QCOMPARE(summary.auditEntries, count(db, QStringLiteral("audit_log")));
        QVERIFY(summary.villages > 0);
        QVERIFY(!summary.communeName.isEmpty());
        QVERIFY(summary.lastChangeAt.isValid());
        QVERIFY(summary.lastChangeAt <= QDateTime::currentDateTime());

        const QString target = temp.path(QStringLiteral("restored/commune-restored.sqlite"));
        SHT_VERIFY_OK(BackupStore::restore(backup, target));
        // Only the restored file is left in its folder: the temporary copy was renamed into place.
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("commune-restored.sqlite")});
        Database restored;
        SHT_VERIFY_OK(restored.open(target));
        SHT_VERIFY_OK(restored.checkIntegrity(true));
        for (const QString &table :
             {QStringLiteral("admin_unit"), QStringLiteral("household"), QStringLiteral("person"),
              QStringLiteral("membership"), QStringLiteral("audit_log")})
            QCOMPARE(count(restored, table), count(db, table));
        QCOMPARE(test::databaseState(restored), test::databaseState(db));
        QCOMPARE(databaseUuid(restored), databaseUuid(db));
    }

    void restoreRefusesAnExistingTarget()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        QString backup;
        SHT_VERIFY_OK(store.take(db, BackupReason::Manual, &backup));
        // Even the open commune file itself: a restore never writes over anything.
        const QByteArray before = test::fileHash(db.path());
        const Status s = BackupStore::restore(backup, db.path());
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("already exists")), qPrintable(s.message()));
        QCOMPARE(test::fileHash(db.path()), before);
    }

    void damagedBackupIsListedAndRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << QStringLiteral("truncate");
        QTest::newRow("pages overwritten") << QStringLiteral("overwrite");
        QTest::newRow("header zeroed") << QStringLiteral("header");
    }

    void damagedBackupIsListedAndRefused()
    {
        QFETCH(QString, damage);
        test::TempCommune temp;
        const QString demo = temp.demo(300, 5);
        Database db;
        SHT_VERIFY_OK(db.open(demo));
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        QString backup;
        SHT_VERIFY_OK(store.take(db, BackupReason::Manual, &backup));
        {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 64 * 1024);
            if (damage == QLatin1String("truncate")) {
                QVERIFY(file.resize(size / 2));
            } else if (damage == QLatin1String("overwrite")) {
                for (qint64 offset = 8192; offset < size - 4096; offset += 16384) {
                    file.seek(offset);
                    file.write(QByteArray(2048, '\x5a'));
                }
            } else {
                file.write(QByteArray(100, '\0'));
            }
        }
        const QList<BackupEntry> entries = store.list(databaseUuid(db));
        QCOMPARE(entries.size(), 1); // listed, so the user sees it is there and damaged
        const BackupSummary summary = BackupStore::inspect(backup);
        QVERIFY(!summary.intact);
        QVERIFY(!summary.problem.isEmpty());

        const QString target = temp.path(QStringLiteral("out/restored.sqlite"));
        const Status s = BackupStore::restore(backup, target);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("cannot be restored")), qPrintable(s.message()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(QDir(temp.path(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void unwritableFolderIsExplained()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        // A "folder" below a plain file can never be made, even by root.
        QFile blocker(temp.path(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString folder = temp.path(QStringLiteral("not-a-folder/backups"));
        const BackupStore store(settingsIn(folder));
        QString path;
        const Status s = store.take(db, BackupReason::Import, &path);
        QVERIFY(!s.ok());
        QVERIFY(path.isEmpty());
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(folder)), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("File > Backups")), qPrintable(s.message()));
    }

    void dailyBackupOncePerDay()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        bool taken = false;
        SHT_VERIFY_OK(store.takeDailyIfDue(db, &taken));
        QVERIFY(taken);
        SHT_VERIFY_OK(store.takeDailyIfDue(db, &taken));
        QVERIFY(!taken);
        const QList<BackupEntry> entries = store.list(databaseUuid(db));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, BackupReason::Daily);

        // Yesterday's backup does not count for today.
        const QString old =
            QString(entries.first().path)
                .replace(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")),
                         QDate::currentDate().addDays(-1).toString(QStringLiteral("yyyyMMdd")));
        QVERIFY(QFile::rename(entries.first().path, old));
        SHT_VERIFY_OK(store.takeDailyIfDue(db, &taken));
        QVERIFY(taken);
        QCOMPARE(store.list(databaseUuid(db)).size(), 2);
    }

    void listIgnoresOtherFiles()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const QString folder = temp.path(QStringLiteral("backups"));
        const BackupStore store(settingsIn(folder));
        SHT_VERIFY_OK(store.take(db, BackupReason::Manual));
        for (const QString &name : {QStringLiteral("notes.txt"), QStringLiteral("commune.sqlite"),
                                    QStringLiteral("x_20250101-120000_holiday_abcdef12.sqlite")}) {
            QFile other(QDir(folder).filePath(name));
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("not a backup");
        }
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list(QStringLiteral("00000000-0000-7000-8000-000000000000")).size(), 0);
    }

    // The worker thread's take: the file's path, a connection of its own, while the window keeps the file
    // open for writing; the backup is the file as it was, checked, named like any other.
    void takeFromThePathWhileOpen()
    {
        test::TempCommune temp;
        const QString demo = temp.demo(300, 12);
        Database db;
        SHT_VERIFY_OK(db.open(demo));
        const QString folder = temp.path(QStringLiteral("backups"));
        const BackupStore store(settingsIn(folder));
        QString path;
        SHT_VERIFY_OK(store.take(db.path(), BackupReason::Daily, &path, [] { return false; }));
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(path).fileName()});
        const QList<BackupEntry> entries = store.list(databaseUuid(db));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, BackupReason::Daily);
        const BackupSummary summary = BackupStore::inspect(path);
        QVERIFY2(summary.intact, qPrintable(summary.problem));
        QCOMPARE(summary.people, count(db, QStringLiteral("person")));
        QCOMPARE(summary.auditEntries, count(db, QStringLiteral("audit_log")));
        // The window's connection still writes: the worker's reader took no lock that stays.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'database_uuid'")));
    }

    // The same in a real worker thread while the main thread commits edits: the backup is whole and
    // consistent (a snapshot), and the edits all land in the file.
    void takeInAWorkerWhileEditing()
    {
        test::TempCommune temp;
        const QString demo = temp.demo(2000, 13);
        Database db;
        SHT_VERIFY_OK(db.open(demo));
        const QString folder = temp.path(QStringLiteral("backups"));
        const BackupStore store(settingsIn(folder));
        Status result = Status::failure(QStringLiteral("not run"));
        QString path;
        std::unique_ptr<QThread> worker(QThread::create(
            [&] { result = store.take(demo, BackupReason::Daily, &path, [] { return false; }); }));
        worker->start();
        int edits = 0;
        while (!worker->isFinished() || edits < 5) {
            QSqlQuery q(db.connection());
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('edit-%1', 'x')").arg(edits)),
                qPrintable(q.lastError().text()));
            ++edits;
        }
        QVERIFY(worker->wait(60000));
        SHT_VERIFY_OK(result);
        const BackupSummary summary = BackupStore::inspect(path);
        QVERIFY2(summary.intact, qPrintable(summary.problem));
        QCOMPARE(summary.people, count(db, QStringLiteral("person")));
        QCOMPARE(count(db, QStringLiteral("meta WHERE key LIKE 'edit-%'")), qint64(edits));
        QVERIFY(!hasPartial(folder));
    }

    // Cancelled before the copy, in the middle of VACUUM INTO (SQLITE_INTERRUPT), or during the check of
    // the copy: the call says so and nothing is left in the folder.
    void cancelledTakeLeavesNothing_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("before the copy") << QStringLiteral("before");
        QTest::newRow("while copying") << QStringLiteral("copying");
        QTest::newRow("while checking the copy") << QStringLiteral("checking");
    }

    void cancelledTakeLeavesNothing()
    {
        QFETCH(QString, when);
        test::TempCommune temp;
        const QString demo = temp.demo(1500, 14);
        const QString folder = temp.path(QStringLiteral("backups"));
        QDir().mkpath(folder);
        const BackupStore store(settingsIn(folder));
        // A backup that runs to its end polls `cancelled` the same number of times on the same file: the
        // copy's polls come first, then the check's (tens of them), so the last few polls are the check's.
        int polls = 0;
        QString path;
        SHT_VERIFY_OK(store.take(demo, BackupReason::Daily, &path, [&] {
            polls += hasPartial(folder) ? 1 : 0;
            return false;
        }));
        QVERIFY(QFile::remove(path));
        QVERIFY2(polls > 20, qPrintable(QString::number(polls)));
        const int cancelAt = when == QLatin1String("before")    ? 0
                             : when == QLatin1String("copying") ? 3
                                                                : polls - 3;
        int seen = 0;
        const Status s = store.take(demo, BackupReason::Daily, &path, [&] {
            if (when == QLatin1String("before"))
                return true;
            seen += hasPartial(folder) ? 1 : 0;
            return seen >= cancelAt && cancelAt > 0;
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.message(), BackupStore::cancelledMessage());
        // Stopped at the first poll that said so (the caller looks once or twice more before it reports).
        QVERIFY2(seen >= cancelAt && seen <= cancelAt + 2, qPrintable(QString::number(seen)));
        QCOMPARE(filesIn(folder), QStringList());
        // Not cancelled, the same take succeeds: the cancelled one left nothing in its way.
        path.clear();
        SHT_VERIFY_OK(store.take(demo, BackupReason::Daily, &path, [] { return false; }));
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(path).fileName()});
    }

    // How long a cancel takes to stop a backup of a large file (the window waits for it when it closes).
    void cancelStopsWithinMilliseconds()
    {
        test::TempCommune temp;
        const QString demo = temp.demo(6000, 15);
        const QString folder = temp.path(QStringLiteral("backups"));
        const BackupStore store(settingsIn(folder));
        std::atomic_bool cancel{false};
        Status result;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            result = store.take(demo, BackupReason::Daily, nullptr, [&cancel] { return cancel.load(); });
        }));
        worker->start();
        QVERIFY(QTest::qWaitFor([&] { return hasPartial(folder) || worker->isFinished(); }, 20000));
        QElapsedTimer timer;
        timer.start();
        cancel = true;
        QVERIFY(worker->wait(5000));
        qInfo("cancel to stop: %lld ms", timer.elapsed());
        if (result.ok())
            QSKIP("the backup finished before the cancel reached it");
        QCOMPARE(result.message(), BackupStore::cancelledMessage());
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(filesIn(folder), QStringList());
    }

    // A partial copy left by a killed process is removed by the next backup once it is old; a fresh one (a
    // backup being written by another process) is left alone. Neither is ever listed.
    void stalePartialCopiesAreRemoved()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const QString folder = temp.path(QStringLiteral("backups"));
        const BackupStore store(settingsIn(folder));
        SHT_VERIFY_OK(store.take(db, BackupReason::Manual));
        const QString tag = databaseUuid(db).right(8);
        const QString old =
            QDir(folder).filePath(QStringLiteral("commune_20240101-101010_daily_%1.sqlite.partial").arg(tag));
        const QString fresh =
            QDir(folder).filePath(QStringLiteral("commune_20240101-101011_daily_%1.sqlite.partial").arg(tag));
        for (const QString &name : {old, fresh}) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a backup");
        }
        {
            QFile file(old);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-2 * 3600),
                                     QFileDevice::FileModificationTime));
        }
        QCOMPARE(store.list().size(), 1);
        SHT_VERIFY_OK(store.take(db, BackupReason::Manual));
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(fresh));
        QCOMPARE(store.list().size(), 2);
    }

    // Upgrade backups are kept apart: the newest `keep` of the others, plus the last three upgrades.
    void rotationKeepsUpgradeBackupsApart()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const QString folder = temp.path(QStringLiteral("backups"));
        const int keep = 2;
        const BackupStore store(settingsIn(folder, keep));
        QStringList upgrades;
        QStringList others;
        // Interleaved, as years of use would make them.
        for (int i = 0; i < 5; ++i) {
            QString path;
            SHT_VERIFY_OK(store.take(db, BackupReason::Migration, &path));
            upgrades.prepend(path);
            for (BackupReason reason : {BackupReason::Daily, BackupReason::Import}) {
                SHT_VERIFY_OK(store.take(db, reason, &path));
                others.prepend(path);
            }
        }
        const QList<BackupEntry> kept = store.list(databaseUuid(db));
        QStringList keptUpgrades;
        QStringList keptOthers;
        for (const BackupEntry &entry : kept)
            (entry.reason == BackupReason::Migration ? keptUpgrades : keptOthers) << entry.path;
        QCOMPARE(keptUpgrades, upgrades.mid(0, BackupSettings::KeptUpgradeBackups));
        QCOMPARE(keptOthers, others.mid(0, keep));
        QCOMPARE(filesIn(folder).size(), keep + BackupSettings::KeptUpgradeBackups);
    }

    void dailyBackupFromThePath()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        bool taken = false;
        SHT_VERIFY_OK(store.takeDailyIfDue(db.path(), &taken));
        QVERIFY(taken);
        SHT_VERIFY_OK(store.takeDailyIfDue(db.path(), &taken));
        QVERIFY(!taken);
        QCOMPARE(store.list(databaseUuid(db)).size(), 1);
        // A file that is not ours is refused with a message, and nothing is written.
        const QString other = temp.path(QStringLiteral("other.sqlite"));
        writeRawDatabase(other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const Status s = store.takeDailyIfDue(other, &taken);
        QVERIFY(!s.ok());
        QVERIFY(!taken);
        QVERIFY2(s.message().contains(QStringLiteral("not a Sổ Học Tập file")), qPrintable(s.message()));
        QCOMPARE(store.list().size(), 1);
    }

    // A restore cancelled while its temporary copy exists removes that copy; the target never appears.
    void cancelledRestoreRemovesTheTemporaryCopy_data()
    {
        QTest::addColumn<int>("pollsWithCopy");
        QTest::newRow("while copying") << 1;
        QTest::newRow("while checking the copy") << 40;
    }

    void cancelledRestoreRemovesTheTemporaryCopy()
    {
        QFETCH(int, pollsWithCopy);
        test::TempCommune temp;
        const QString demo = temp.demo(1500, 16);
        const BackupStore store(settingsIn(temp.path(QStringLiteral("backups"))));
        QString backup;
        SHT_VERIFY_OK(store.take(demo, BackupReason::Manual, &backup));
        const QString folder = temp.path(QStringLiteral("restored"));
        QDir().mkpath(folder);
        const QString target = QDir(folder).filePath(QStringLiteral("xa.sqlite"));
        int seen = 0;
        const Status s = BackupStore::restore(backup, target, [&] {
            if (filesIn(folder).isEmpty())
                return false;
            return ++seen >= pollsWithCopy;
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.message(), BackupStore::cancelledMessage());
        QVERIFY(seen >= pollsWithCopy);
        QCOMPARE(filesIn(folder), QStringList());
        SHT_VERIFY_OK(BackupStore::restore(backup, target, [] { return false; }));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("xa.sqlite")});
    }

    // A damaged commune file is refused with the way back: Help > Restore from backup and the folder the
    // backups are in (the settings' folder, not "beside the file" as before the backup store).
    void damagedFilePointsToTheBackups()
    {
        test::TempCommune temp;
        const QString path = temp.demo(300, 3);
        const BackupSettings saved = BackupSettings::load();
        const QString folder = temp.path(QStringLiteral("the-backups"));
        settingsIn(folder).save();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            for (qint64 offset = 8192; offset < file.size() - 4096; offset += 16384) {
                file.seek(offset);
                file.write(QByteArray(2048, '\x5a'));
            }
        }
        Database db;
        const Status s = db.open(path);
        saved.save();
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("is damaged")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("Help > Restore from backup…")),
                 qPrintable(s.message()));
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(folder)), qPrintable(s.message()));
        QVERIFY2(!s.message().contains(QStringLiteral("beside")), qPrintable(s.message()));
    }

    // The backup taken before an upgrade goes through the store: listed, with its reason, in the folder the
    // settings name.
    void migrationBackupLandsInTheStore()
    {
        test::TempCommune temp;
        const BackupSettings saved = BackupSettings::load();
        settingsIn(temp.path(QStringLiteral("chosen-backups"))).save();
        QFile snapshot(test::dataPath(QStringLiteral("schema/v1.sql")));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        writeRawDatabase(temp.path(), snapshot.readAll());
        Database db;
        const Status opened = db.open(temp.path());
        saved.save();
        SHT_VERIFY_OK(opened);
        QCOMPARE(QFileInfo(db.lastBackupPath()).absolutePath(),
                 QFileInfo(temp.path(QStringLiteral("chosen-backups"))).absoluteFilePath());
        const QList<BackupEntry> entries =
            BackupStore(settingsIn(temp.path(QStringLiteral("chosen-backups")))).list(databaseUuid(db));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, BackupReason::Migration);
        QCOMPARE(entries.first().path, db.lastBackupPath());
        const BackupSummary summary = BackupStore::inspect(db.lastBackupPath());
        QVERIFY2(summary.intact, qPrintable(summary.problem));
        QCOMPARE(summary.people, 2);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
