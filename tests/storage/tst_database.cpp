#include "BackupStore.h"
#include "Database.h"
#include "PersonRepository.h"
#include "TestSupport.h"
#include "TimeOrderedUuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace sht;

namespace {

// Builds a file from an SQL script with the plain SQLite API, as another program or an older app would.
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

QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList result;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        result << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(':') +
                      q.value(2).toString().simplified();
    return result;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    // The version-7 layout: time first, version 7, variant 10; written digit by digit.
    void uuidV7Layout()
    {
        QCOMPARE(uuidV7(0x0192F3A4B5C6ULL, 0xABC, ~0ULL),
                 QStringLiteral("0192f3a4-b5c6-7abc-bfff-ffffffffffff"));
        QCOMPARE(uuidV7(0, 0, 0), QStringLiteral("00000000-0000-7000-8000-000000000000"));
        // Made in a burst, they are unique and sort in the order they were made.
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString uuid = timeOrderedUuid();
            QCOMPARE(uuid.size(), 36);
            QVERIFY2(uuid > previous, qPrintable(uuid + QStringLiteral(" after ") + previous));
            seen.insert(uuid);
            previous = uuid;
        }
        QCOMPARE(seen.size(), 10000);
    }

    void createsCurrentSchema()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        QCOMPARE(db.schemaVersion(), Database::CurrentSchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(!scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'"))
                     .toString()
                     .isEmpty());
        SHT_VERIFY_OK(db.checkIntegrity(true));
        QVERIFY(db.lastBackupPath().isEmpty());
    }

    void createRefusesExistingFile()
    {
        test::TempCommune temp;
        QFile file(temp.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        Database db;
        const Status s = db.create(temp.path());
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("already exists")), qPrintable(s.message()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void reopensWhatItCreated()
    {
        test::TempCommune temp;
        temp.create().close();
        Database db;
        SHT_VERIFY_OK(db.open(temp.path()));
        QCOMPARE(db.schemaVersion(), Database::CurrentSchemaVersion);
        QVERIFY(!db.isReadOnly());
    }

    // Version 0 → 1: the first step, applied to an empty file, gives exactly the frozen version-1 schema.
    void migration1MatchesFrozenSnapshot()
    {
        test::TempCommune temp;
        QFile step(QStringLiteral(":/sql/migrations/0001_registers.sql"));
        QVERIFY(step.open(QIODevice::ReadOnly));
        writeRawDatabase(temp.path(QStringLiteral("step.sqlite")), step.readAll());
        QFile snapshot(test::dataPath(QStringLiteral("schema/v1.sql")));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        writeRawDatabase(temp.path(QStringLiteral("frozen.sqlite")), snapshot.readAll());
        QStringList schemas[2];
        const QString files[2] = {temp.path(QStringLiteral("step.sqlite")),
                                  temp.path(QStringLiteral("frozen.sqlite"))};
        for (int i = 0; i < 2; ++i) {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw%1").arg(i));
            raw.setDatabaseName(files[i]);
            QVERIFY(raw.open());
            schemas[i] = schemaOf(raw);
            raw.close();
        }
        for (int i = 0; i < 2; ++i)
            QSqlDatabase::removeDatabase(QStringLiteral("raw%1").arg(i));
        QVERIFY(schemas[0].size() > 20);
        QCOMPARE(schemas[0], schemas[1]);
    }

    // Version 1 → 2: a real old file (frozen snapshot) is backed up, upgraded, and keeps its rows.
    void migratesFromVersion1()
    {
        test::TempCommune temp;
        QFile snapshot(test::dataPath(QStringLiteral("schema/v1.sql")));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        writeRawDatabase(temp.path(), snapshot.readAll());
        const QByteArray before = test::fileHash(temp.path());

        Database db;
        SHT_VERIFY_OK(db.open(temp.path()));
        QCOMPARE(db.schemaVersion(), Database::CurrentSchemaVersion);

        // The backup holds the file exactly as version 1 had it.
        QVERIFY(!db.lastBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.lastBackupPath()));
        // It lands in the backup folder, where Help > Restore from backup lists it, not beside the file.
        QCOMPARE(QFileInfo(db.lastBackupPath()).absolutePath(),
                 QDir(BackupSettings::load().effectiveFolder()).absolutePath());
        QVERIFY2(QFileInfo(db.lastBackupPath()).fileName().contains(QStringLiteral("_migration_")),
                 qPrintable(db.lastBackupPath()));
        QCOMPARE(BackupStore().list().first().path, db.lastBackupPath());
        {
            Database backup;
            const Status s = backup.open(db.lastBackupPath(), Database::Mode::ReadOnly);
            QVERIFY2(!s.ok(), "a read-only open of an old file must ask for an upgrade, not pretend");
            QVERIFY2(s.message().contains(QStringLiteral("older version")), qPrintable(s.message()));
        }
        QVERIFY(!before.isEmpty());
        {
            sqlite3 *backup = nullptr;
            QCOMPARE(sqlite3_open_v2(db.lastBackupPath().toUtf8().constData(), &backup, SQLITE_OPEN_READONLY,
                                     nullptr),
                     SQLITE_OK);
            sqlite3_stmt *q = nullptr;
            sqlite3_prepare_v2(
                backup, "SELECT (SELECT count(*) FROM person), (SELECT group_concat(full_name) FROM person)",
                -1, &q, nullptr);
            QCOMPARE(sqlite3_step(q), SQLITE_ROW);
            QCOMPARE(sqlite3_column_int(q, 0), 2);
            QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 1))),
                     QStringLiteral("Nguyễn Văn Đức,Trần Thị Hòa"));
            sqlite3_finalize(q);
            sqlite3_close(backup);
        }

        // Seeded rows survive with their identities and revisions.
        PersonRepository people(db);
        const auto duc = people.findByUuid(QStringLiteral("6c1b0a52-0000-4000-8000-000000000101"));
        QVERIFY(duc.has_value());
        QCOMPARE(duc->name.full(), QStringLiteral("Nguyễn Văn Đức"));
        QCOMPARE(duc->birthDate.toString(), QStringLiteral("1956"));
        QCOMPARE(duc->revision, 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
        // Version 2's tables exist and work with the old rows.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM learning_centre")).isValid());
        SHT_VERIFY_OK(db.checkIntegrity(true));

        // An upgraded file has exactly the schema of a new one.
        test::TempCommune fresh;
        Database &created = fresh.create(QString());
        QCOMPARE(schemaOf(db.connection()), schemaOf(created.connection()));
    }

    // Version 2 → 3: a real version-2 file (frozen snapshot, with a course, attendance, a registration and a
    // recognition) is upgraded, keeps its rows, and version 3's tables work.
    void migratesFromVersion2()
    {
        test::TempCommune temp;
        QFile snapshot(test::dataPath(QStringLiteral("schema/v2.sql")));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        writeRawDatabase(temp.path(), snapshot.readAll());

        Database db;
        SHT_VERIFY_OK(db.open(temp.path()));
        QCOMPARE(db.schemaVersion(), 3);
        QVERIFY(!db.lastBackupPath().isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attendance")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT decision_number FROM recognition")).toString(),
                 QStringLiteral("12/QĐ-UBND"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM registration")).toString(),
                 QStringLiteral("learning_family"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM judgement")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batch")).toInt(), 0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM criteria_catalogue WHERE builtin = 0")).toInt(),
            0);
        SHT_VERIFY_OK(db.checkIntegrity(true));

        test::TempCommune fresh;
        Database &created = fresh.create(QString());
        QCOMPARE(schemaOf(db.connection()), schemaOf(created.connection()));
    }

    void refusesNewerVersionAndChangesNothing()
    {
        test::TempCommune temp;
        temp.create().close();
        writeRawDatabase(temp.path(), "PRAGMA user_version = 99;");
        const QByteArray before = test::fileHash(temp.path());
        Database db;
        const Status s = db.open(temp.path());
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("newer version")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("99")), qPrintable(s.message()));
        QVERIFY(!db.isOpen());
        QCOMPARE(test::fileHash(temp.path()), before);
    }

    // A process killed with a WAL not yet folded into the file, and the file is then refused: neither the
    // file nor its WAL may change (a read-write connection would checkpoint the WAL when closing).
    void refusingLeavesALeftOverWalAlone()
    {
        test::TempCommune temp;
        temp.create().close();
        const QString live = temp.path();
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(live.toUtf8().constData(), &handle), SQLITE_OK);
        QCOMPARE(sqlite3_exec(
                     handle,
                     "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; "
                     "INSERT INTO meta(key, value) VALUES ('note', 'in the wal'); PRAGMA user_version=99;",
                     nullptr, nullptr, nullptr),
                 SQLITE_OK);
        // Copy the files as they are on disk at this moment: the state a crash leaves behind.
        const QString crashed = temp.path(QStringLiteral("crashed.sqlite"));
        QVERIFY(QFile::copy(live, crashed));
        QVERIFY(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        sqlite3_close(handle);
        const QByteArray file = test::fileHash(crashed);
        const QByteArray wal = test::fileHash(crashed + QStringLiteral("-wal"));
        QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);

        Database db;
        const Status s = db.open(crashed);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("newer version")), qPrintable(s.message()));
        db.close();
        QCOMPARE(test::fileHash(crashed), file);
        QCOMPARE(test::fileHash(crashed + QStringLiteral("-wal")), wal);
    }

    // A clerk copies only the .sqlite file to a USB stick while the app is open: every committed edit is in
    // it.
    void committedEditsAreInTheFileItself()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        Person p;
        p.name = PersonName(QStringLiteral("Đỗ Văn Mới"));
        SHT_VERIFY_OK(PersonRepository(db).insert(p));
        const QString copy = temp.path(QStringLiteral("usb.sqlite"));
        QVERIFY(QFile::copy(temp.path(), copy));
        Database copied;
        SHT_VERIFY_OK(copied.open(copy, Database::Mode::ReadOnly));
        QVERIFY(PersonRepository(copied).findByUuid(p.uuid).has_value());
    }

    void refusesUnreadableFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << QByteArray("Họ và tên,Năm sinh\nNguyễn Văn A,1956\n").repeated(200)
                                   << QStringLiteral("not a Sổ Học Tập file");
        QTest::addRow("empty file") << QByteArray() << QStringLiteral("is empty");
        QTest::addRow("zeros") << QByteArray(8192, '\0') << QStringLiteral("not a Sổ Học Tập file");
    }

    void refusesUnreadableFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        test::TempCommune temp;
        QFile file(temp.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = test::fileHash(temp.path());
        Database db;
        const Status s = db.open(temp.path());
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(expected), qPrintable(s.message()));
        QCOMPARE(test::fileHash(temp.path()), before);
        QVERIFY(!QFile::exists(temp.path() + QStringLiteral("-wal")));
    }

    void refusesDamagedFile()
    {
        test::TempCommune temp;
        const QString path = temp.demo(300, 3);
        // Overwrite pages in the middle of the file: the header stays valid, the b-trees do not.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        for (qint64 offset = 8192; offset < size - 4096; offset += 16384) {
            file.seek(offset);
            file.write(QByteArray(2048, '\x5a'));
        }
        file.close();
        const QByteArray before = test::fileHash(path);
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("damaged")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("backup")), qPrintable(s.message()));
        QCOMPARE(test::fileHash(path), before);
    }

    void refusesOtherProgramsDatabase()
    {
        test::TempCommune temp;
        writeRawDatabase(temp.path(), "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');");
        const QByteArray before = test::fileHash(temp.path());
        Database db;
        const Status s = db.open(temp.path());
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("another program")), qPrintable(s.message()));
        QCOMPARE(test::fileHash(temp.path()), before);
    }

    void missingFileIsExplained()
    {
        Database db;
        const Status s = db.open(QDir::temp().filePath(QStringLiteral("no-such-commune.sqlite")));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("does not exist")), qPrintable(s.message()));
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("no-such-commune.sqlite"))));
    }

    void readOnlyModeRefusesWrites()
    {
        test::TempCommune temp;
        const QString path = temp.demo(200, 5);
        const QByteArray before = test::fileHash(path);
        Database db;
        SHT_VERIFY_OK(db.open(path, Database::Mode::ReadOnly));
        QVERIFY(db.isReadOnly());
        PersonRepository people(db);
        QVERIFY(people.count() > 0);
        Person person;
        person.name = PersonName(QStringLiteral("Lê Văn Nam"));
        const Status s = people.insert(person);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("readonly")) ||
                     s.message().contains(QStringLiteral("read-only")),
                 qPrintable(s.message()));
        db.close();
        QCOMPARE(test::fileHash(path), before);
    }

    void readOnlyFileOpensReadOnly()
    {
        test::TempCommune temp;
        const QString path = temp.demo(200, 5);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        Database db;
        const Status s = db.open(path);
        if (QFileInfo(path).isWritable())
            QSKIP("running as a user who may write read-only files (root)");
        SHT_VERIFY_OK(s);
        QVERIFY(db.isReadOnly());
        QVERIFY(PersonRepository(db).count() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
