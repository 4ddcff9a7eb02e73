// The interrupted-operation marker (issue 9): written beside the file for the length of a long action and
// removed after it; a marker left by a killed run is reported once at the next open, with whether the
// action's changes reached the file; a folder where it cannot be written never blocks the action; a marker
// whose owner still runs is left alone. The import and merge take a backup first, and the CLI warns.
#include "../importing/import_test_data.h"
#include "AdminUnitService.h"
#include "BackupStore.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "ImportCommands.h"
#include "ImportPlanner.h"
#include "InterruptedOperation.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace sht;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// The pid of a process that has ended: a marker with it was left by a run that is gone.
qint64 deadPid()
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    shell.waitForFinished();
    return shell.readAllStandardOutput().trimmed().toLongLong();
}

QByteArray staleMarker(const QString &description, qint64 auditMark, qint64 pid,
                       const QString &host = QSysInfo::machineHostName())
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("description"), description},
                           {QStringLiteral("started_at"), QStringLiteral("2026-11-22T02:14:00.000Z")},
                           {QStringLiteral("audit_mark"), QString::number(auditMark)},
                           {QStringLiteral("pid"), QString::number(pid)},
                           {QStringLiteral("host"), host}})
        .toJson();
}

qint64 auditMark(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Status addVillage(Database &db, const QString &name)
{
    AdminUnit village;
    village.kind = AdminUnit::Kind::Village;
    village.name = name;
    return AdminUnitService(db).createVillage(village);
}

} // namespace

class TestInterrupted : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markerIsWrittenForTheActionAndRemovedAfter()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const QString path = OperationMarker::markerPath(db.path());
        QCOMPARE(path, db.path() + QStringLiteral(".operation"));
        {
            const OperationMarker marker(db, QStringLiteral("the import of thon_1.xlsx"));
            QVERIFY(QFile::exists(path));
            const QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
            QCOMPARE(json.value(QStringLiteral("description")).toString(),
                     QStringLiteral("the import of thon_1.xlsx"));
            QCOMPARE(json.value(QStringLiteral("audit_mark")).toString().toLongLong(), auditMark(db));
            QCOMPARE(json.value(QStringLiteral("pid")).toString().toLongLong(),
                     QCoreApplication::applicationPid());
            QVERIFY(
                QDateTime::fromString(json.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs)
                    .isValid());
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!OperationMarker::takeInterrupted(db));
    }

    // A run killed while the marker was there: the marker's copy is put back after the object is gone.
    void leftMarkerTellsWhetherTheActionCommitted_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("committed");
        QTest::newRow("killed before writing") << QStringLiteral("nothing") << false;
        QTest::newRow("killed before its commit") << QStringLiteral("rolled back") << false;
        QTest::newRow("killed after its commit") << QStringLiteral("committed") << true;
    }
    void leftMarkerTellsWhetherTheActionCommitted()
    {
        QFETCH(QString, action);
        QFETCH(bool, committed);
        test::TempCommune temp;
        Database &db = temp.create();
        const QString path = OperationMarker::markerPath(db.path());
        QByteArray left;
        {
            const OperationMarker marker(db, QStringLiteral("the import of thon_1.xlsx"));
            left = readAll(path);
            if (action == QLatin1String("committed")) {
                SHT_VERIFY_OK(addVillage(db, QStringLiteral("Thôn Mới")));
            } else if (action == QLatin1String("rolled back")) {
                Transaction transaction(db);
                SHT_VERIFY_OK(addVillage(db, QStringLiteral("Thôn Mới")));
                transaction.rollback();
            }
        }
        writeAll(path, left);
        const auto interrupted = OperationMarker::takeInterrupted(db);
        QVERIFY(interrupted);
        QCOMPARE(interrupted->committed, committed);
        QCOMPARE(interrupted->description, QStringLiteral("the import of thon_1.xlsx"));
        QVERIFY(qAbs(interrupted->startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY2(!QFile::exists(path), "the marker is reported once");
        QVERIFY(!OperationMarker::takeInterrupted(db));
    }

    void markerOfAnotherRunIsReportedAfterReopening()
    {
        test::TempCommune temp;
        const QString file = temp.demo(200);
        Database db;
        SHT_VERIFY_OK(db.open(file));
        const qint64 mark = auditMark(db);
        writeAll(OperationMarker::markerPath(file),
                 staleMarker(QStringLiteral("the merge of the package of Thôn 1"), mark, deadPid()));
        db.close();
        Database again;
        SHT_VERIFY_OK(again.open(file));
        const auto interrupted = OperationMarker::takeInterrupted(again);
        QVERIFY(interrupted);
        QVERIFY(!interrupted->committed);
        QCOMPARE(interrupted->startedAt, QDateTime(QDate(2026, 11, 22), QTime(2, 14), Qt::UTC));
    }

    void messageSaysWhatHappened_data()
    {
        QTest::addColumn<bool>("committed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not committed")
            << false
            << QStringLiteral("The import of thon_1.xlsx (started 22/11/2026 09:14) was "
                              "not completed; nothing was changed. You can start it "
                              "again.");
        QTest::newRow("committed") << true
                                   << QStringLiteral(
                                          "The import of thon_1.xlsx (started 22/11/2026 09:14) was "
                                          "interrupted after it was saved; its changes are in the file. "
                                          "Check them before doing it again.");
    }
    void messageSaysWhatHappened()
    {
        QFETCH(bool, committed);
        QFETCH(QString, expected);
        InterruptedOperation operation;
        operation.description = QStringLiteral("the import of thon_1.xlsx");
        operation.startedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 14), Qt::LocalTime);
        operation.committed = committed;
        QCOMPARE(operation.message(), expected);
    }

    // The marker only explains; a folder where it cannot go must not stop the clerk's work.
    void markerThatCannotBeWrittenDoesNotBlock()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        const QString path = OperationMarker::markerPath(db.path());
        QVERIFY(QDir().mkpath(path)); // a folder where the marker file should go: it cannot be written
        {
            const OperationMarker marker(db, QStringLiteral("the import of thon_1.xlsx"));
            SHT_VERIFY_OK(addVillage(db, QStringLiteral("Thôn Mới")));
        }
        QVERIFY2(QFileInfo(path).isDir(), "what is not ours is not removed");
        QVERIFY(!OperationMarker::takeInterrupted(db));
    }

    void readOnlyFolderDoesNotBlock()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        test::TempCommune temp;
        Database &db = temp.create();
        const QString folder = QFileInfo(db.path()).absolutePath();
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        {
            const OperationMarker marker(db, QStringLiteral("the import of thon_1.xlsx"));
            QVERIFY(!QFile::exists(OperationMarker::markerPath(db.path())));
        }
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // A second copy of the app that opens the file while the first still imports must not call the running
    // import interrupted.
    void markerOfARunningActionIsLeftAlone_data()
    {
        QTest::addColumn<bool>("running");
        QTest::addColumn<QString>("host");
        QTest::newRow("this process, still working") << true << QSysInfo::machineHostName();
        QTest::newRow("a live process") << true << QSysInfo::machineHostName();
        QTest::newRow("a live pid on another computer") << false << QStringLiteral("another-computer");
    }
    void markerOfARunningActionIsLeftAlone()
    {
        QFETCH(bool, running);
        QFETCH(QString, host);
        test::TempCommune temp;
        Database &db = temp.create();
        const QString path = OperationMarker::markerPath(db.path());
        if (QByteArray(QTest::currentDataTag()) == "this process, still working") {
            const OperationMarker marker(db, QStringLiteral("the import of thon_1.xlsx"));
            QVERIFY(!OperationMarker::takeInterrupted(db));
            QVERIFY(QFile::exists(path));
            return;
        }
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        writeAll(path, staleMarker(QStringLiteral("the import of thon_1.xlsx"), auditMark(db),
                                   sleeper.processId(), host));
        const auto interrupted = OperationMarker::takeInterrupted(db);
        QCOMPARE(interrupted.has_value(), !running);
        QCOMPARE(QFile::exists(path), running);
        sleeper.kill();
        sleeper.waitForFinished();
    }

    void damagedMarkerIsDropped_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no mark") << QByteArray(R"({"description":"the import of a.xlsx","pid":"1"})");
    }
    void damagedMarkerIsDropped()
    {
        QFETCH(QByteArray, content);
        test::TempCommune temp;
        Database &db = temp.create();
        const QString path = OperationMarker::markerPath(db.path());
        writeAll(path, content);
        QVERIFY(!OperationMarker::takeInterrupted(db));
        QVERIFY(!QFile::exists(path));
    }

    // The GUI's import (ImportCommands) keeps a verified copy of the file as it was, then imports.
    void importTakesABackupFirst()
    {
        test::TempCommune temp;
        const QString file = temp.demo(200);
        Database db;
        SHT_VERIFY_OK(db.open(file));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'")) && q.next());
        const QString uuid = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
        const qint64 peopleBefore = q.value(0).toLongLong();
        q.finish(); // VACUUM INTO (the backup) refuses to run beside a statement in progress
        const int backupsBefore = int(BackupStore().list(uuid).size());

        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(db, stack, notifier);
        importing::ImportPlan plan;
        SHT_VERIFY_OK(importing::ImportPlanner(db).plan(test::sampleRegister(), &plan));
        plan.files << importing::ImportFile{QString(), QStringLiteral("thon_1.xlsx"), QString(), QString()};
        SHT_VERIFY_OK(ImportCommands(edits).apply(plan, {}));
        QVERIFY(!QFile::exists(OperationMarker::markerPath(file)));

        const QList<BackupEntry> backups = BackupStore().list(uuid);
        QCOMPARE(backups.size(), backupsBefore + 1);
        QCOMPARE(backups.first().reason, BackupReason::Import);
        const BackupSummary summary = BackupStore::inspect(backups.first().path);
        QVERIFY2(summary.intact, qPrintable(summary.problem));
        QCOMPARE(summary.people, peopleBefore); // the file as it was before the import
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
        QVERIFY(q.value(0).toLongLong() > peopleBefore);
    }

    // The CLI says at once that the last long action was interrupted, then does what it was asked.
    void cliWarnsAboutAnInterruptedAction()
    {
        test::TempCommune temp;
        const QString file = temp.demo(200);
        qint64 mark = 0;
        QString village;
        {
            Database db;
            SHT_VERIFY_OK(db.open(file));
            mark = auditMark(db);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM admin_unit WHERE kind = 'village' LIMIT 1")) &&
                    q.next());
            village = q.value(0).toString();
        }
        writeAll(OperationMarker::markerPath(file),
                 staleMarker(QStringLiteral("the import of thon_1.xlsx"), mark, deadPid()));
        QProcess cli;
        cli.setStandardInputFile(QProcess::nullDevice());
        cli.start(qEnvironmentVariable("SHT_CLI"),
                  {QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--db"), file,
                   QStringLiteral("--village"), village, QStringLiteral("--out"),
                   temp.path(QStringLiteral("p.sqlite"))});
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("Warning: The import of thon_1.xlsx (started 22/11/2026")) &&
                     err.contains(QStringLiteral("nothing was changed")),
                 qPrintable(err));
        QVERIFY(!QFile::exists(OperationMarker::markerPath(file)));
    }
};

QTEST_GUILESS_MAIN(TestInterrupted)
#include "tst_interrupted.moc"
