// Never lose a record (issue 9, item 3): a full disk, a USB stick pulled out in the middle of a commit, a
// second copy of the app (in this process or another), a lock left by a killed process, a read-only file.
// Each failure is made for real on a real file (PRAGMA max_page_count, a failing SQLite VFS, QLockFile, a
// second process, an immutable or 444 file); the user must get a message that says what happened, that the
// action was not saved and what to do, and the file must hold exactly what it held before.
#include "../cli/CliRun.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "FailingVfs.h"
#include "ImportApplier.h"
#include "ImportCommands.h"
#include "ImportPlanner.h"
#include "PersonRepository.h"
#include "RegisterFixtures.h"
#include "RegisterParser.h"
#include "TestSupport.h"
#include "WorkbookReader.h"
#include "WriteErrorText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <fcntl.h>
#include <linux/fs.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace sht;
using namespace sht::importing;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Everything the file holds (every row of every table, the audit log's length) and its integrity check,
// read through a fresh read-only connection: what a clerk would find on opening it again.
QStringList fileState(const QString &path)
{
    Database db;
    if (const Status s = db.open(path, Database::Mode::ReadOnly); !s)
        return {QStringLiteral("cannot open: ") + s.message()};
    QStringList state = test::databaseState(db);
    state << QStringLiteral("audit_log=%1").arg(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")));
    const Status integrity = db.checkIntegrity(true);
    state << (integrity ? QStringLiteral("integrity ok")
                        : QStringLiteral("integrity: ") + integrity.message());
    return state;
}

// The disk holds only `pages` more pages of the file (SQLite's own limit, per connection): the next write
// needing more fails with SQLITE_FULL exactly as on a full disk. VACUUM first, so no free page is left.
void fillDisk(Database &db, int pages)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("VACUUM")));
    const qint64 used = scalar(db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(used > 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(used + pages)));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA freelist_count")), 0);
}

ImportPlan generatedPlan(Database &db, const QString &folder, int people)
{
    const QString path = QDir(folder).filePath(QStringLiteral("thon_moi.xlsx"));
    const auto written = test::RegisterFixtures::writeLargeXlsx(path, people, 5);
    if (!written.ok)
        qFatal("cannot write %s", qPrintable(path));
    Status status;
    const Workbook workbook = readWorkbook(path, std::nullopt, ReadLimits(), &status);
    const ParsedRegister input =
        RegisterParser::parse(workbook, RegisterParser::detect(workbook), QDate(2025, 6, 1));
    ImportPlan plan;
    if (const Status s = ImportPlanner(db).plan(input, &plan); !s)
        qFatal("%s", qPrintable(s.message()));
    return plan;
}

Person firstPerson(Database &db)
{
    const qint64 id = scalar(db, QStringLiteral("SELECT min(id) FROM person"));
    const auto person = PersonRepository(db).find(id);
    if (!person)
        qFatal("no person");
    return *person;
}

// A file that may not be written, whoever we are: immutable when running as root (root ignores 0444),
// 0444 otherwise. Undone by the destructor, so the temporary folder can be removed.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
        : m_path(path)
    {
        m_immutable = geteuid() == 0;
        m_ok = m_immutable
                   ? setImmutable(true)
                   : QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    ~ReadOnlyFile()
    {
        if (m_immutable)
            setImmutable(false);
        else
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
    bool ok() const { return m_ok; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            ok = ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }

    QString m_path;
    bool m_immutable = false;
    bool m_ok = false;
};

} // namespace

class TestWriteFailures : public QObject
{
    Q_OBJECT

private slots:
    void problemsAreClassified_data();
    void problemsAreClassified();
    void messagesSayWhatHappenedAndWhatToDo_data();
    void messagesSayWhatHappenedAndWhatToDo();

    void diskFullDuringImport_data();
    void diskFullDuringImport();
    void diskFullDuringEdit();
    void pulledDrive_data();
    void pulledDrive();
    void busyFileIsExplained();

    void secondDatabaseOpensReadOnly();
    void secondProcessIsRefused();
    void staleLockOfAKilledProcessIsTakenOver();
    void readOnlyFileOpensReadOnlyWithTheReason();
};

void TestWriteFailures::problemsAreClassified_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("problem"); // WriteProblem
    QTest::newRow("full") << SQLITE_FULL << int(WriteProblem::DiskFull);
    QTest::newRow("io error") << SQLITE_IOERR << int(WriteProblem::DriveLost);
    QTest::newRow("io error: write") << SQLITE_IOERR_WRITE << int(WriteProblem::DriveLost);
    QTest::newRow("io error: fsync") << SQLITE_IOERR_FSYNC << int(WriteProblem::DriveLost);
    QTest::newRow("cannot open the journal") << SQLITE_CANTOPEN << int(WriteProblem::DriveLost);
    QTest::newRow("read-only") << SQLITE_READONLY << int(WriteProblem::ReadOnly);
    QTest::newRow("read-only: moved") << SQLITE_READONLY_DBMOVED << int(WriteProblem::ReadOnly);
    QTest::newRow("busy") << SQLITE_BUSY << int(WriteProblem::Busy);
    QTest::newRow("busy: snapshot") << SQLITE_BUSY_SNAPSHOT << int(WriteProblem::Busy);
    QTest::newRow("locked") << SQLITE_LOCKED << int(WriteProblem::Busy);
    QTest::newRow("corrupt") << SQLITE_CORRUPT << int(WriteProblem::Damaged);
    QTest::newRow("not a database") << SQLITE_NOTADB << int(WriteProblem::Damaged);
    QTest::newRow("constraint: the data's fault") << SQLITE_CONSTRAINT_UNIQUE << int(WriteProblem::None);
    QTest::newRow("plain error") << SQLITE_ERROR << int(WriteProblem::None);
    QTest::newRow("done") << SQLITE_DONE << int(WriteProblem::None);
    QTest::newRow("nothing") << 0 << int(WriteProblem::None);
}

void TestWriteFailures::problemsAreClassified()
{
    QFETCH(int, code);
    QFETCH(int, problem);
    QCOMPARE(int(WriteErrorText::classify(code)), problem);
}

void TestWriteFailures::messagesSayWhatHappenedAndWhatToDo_data()
{
    QTest::addColumn<int>("problemValue"); // WriteProblem
    QTest::addColumn<QString>("happened");
    QTest::addColumn<QString>("todo");
    QTest::newRow("disk full") << int(WriteProblem::DiskFull) << QStringLiteral("is full")
                               << QStringLiteral("Free some space");
    QTest::newRow("drive lost") << int(WriteProblem::DriveLost) << QStringLiteral("may have been removed")
                                << QStringLiteral("Reconnect the drive");
    QTest::newRow("read-only") << int(WriteProblem::ReadOnly) << QStringLiteral("became read-only")
                               << QStringLiteral("write-protect");
    QTest::newRow("busy") << int(WriteProblem::Busy) << QStringLiteral("another copy")
                          << QStringLiteral("Close the other copy");
    QTest::newRow("damaged") << int(WriteProblem::Damaged) << QStringLiteral("damage")
                             << QStringLiteral("Restore from backup");
}

void TestWriteFailures::messagesSayWhatHappenedAndWhatToDo()
{
    QFETCH(int, problemValue);
    const auto problem = WriteProblem(problemValue);
    QFETCH(QString, happened);
    QFETCH(QString, todo);
    const QString file = QStringLiteral("/media/usb/xa.sqlite");
    const QString named = WriteErrorText::message(problem, file, QStringLiteral("Import thon_1.xlsx"));
    QVERIFY2(named.contains(happened), qPrintable(named));
    QVERIFY2(named.contains(todo), qPrintable(named));
    QVERIFY2(named.contains(file), qPrintable(named));
    QVERIFY2(named.contains(QStringLiteral("“Import thon_1.xlsx” was not saved")), qPrintable(named));
    const QString anonymous = WriteErrorText::message(problem, file);
    QVERIFY2(anonymous.contains(QStringLiteral("The last change was not saved")), qPrintable(anonymous));
    QVERIFY(WriteErrorText::message(WriteProblem::None, file).isEmpty());
}

// An import larger than the room left on the disk: refused whole, with the disk-full message, through the
// applier (what the CLI runs) and through the GUI's undoable command (which names the action).
void TestWriteFailures::diskFullDuringImport_data()
{
    QTest::addColumn<bool>("throughCommand");
    QTest::newRow("applier") << false;
    QTest::newRow("undoable command") << true;
}

void TestWriteFailures::diskFullDuringImport()
{
    QFETCH(bool, throughCommand);
    test::TempCommune temp;
    const QString path = temp.demo(300, 3);
    const QStringList before = fileState(path);
    QVERIFY(before.last() == QStringLiteral("integrity ok"));
    {
        Database db;
        SHT_VERIFY_OK(db.open(path));
        const ImportPlan plan = generatedPlan(db, QFileInfo(path).absolutePath(), 2000);
        QVERIFY(plan.counts().peopleNew >= 2000);
        fillDisk(db, 20);
        Status s;
        if (throughCommand) {
            QUndoStack stack;
            ChangeNotifier notifier;
            EditCommands edits(db, stack, notifier);
            s = ImportCommands(edits).apply(plan, nullptr);
            QCOMPARE(stack.count(), 0);
            QVERIFY2(s.message().contains(QStringLiteral("“Import ")), qPrintable(s.message()));
        } else {
            s = ImportApplier(db).apply(plan);
        }
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("is full")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("was not saved")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(path)), qPrintable(s.message()));
        QCOMPARE(WriteErrorText::classify(db.lastWriteError()), WriteProblem::DiskFull);
    }
    QCOMPARE(fileState(path), before);
}

void TestWriteFailures::diskFullDuringEdit()
{
    test::TempCommune temp;
    const QString path = temp.demo(200, 4);
    const QStringList before = fileState(path);
    QString noted;
    {
        Database db;
        SHT_VERIFY_OK(db.open(path));
        QUndoStack stack;
        ChangeNotifier notifier;
        QStringList failures;
        connect(&notifier, &ChangeNotifier::failed, this,
                [&](const QString &message) { failures << message; });
        EditCommands edits(db, stack, notifier);
        fillDisk(db, 0);
        const Person original = firstPerson(db);
        Person person = original;
        person.notes = QString(20000, QLatin1Char('x')); // needs new (overflow) pages: there is no room
        const Status s = edits.updatePerson(person);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("is full")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("“Edit %1” was not saved").arg(person.name.full())),
                 qPrintable(s.message()));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(fileState(path), before);

        // The next action's own failure is not blamed on the disk.
        Person nameless = original;
        nameless.name = PersonName();
        const Status invalid = edits.updatePerson(nameless);
        QVERIFY(!invalid.ok());
        QVERIFY2(!invalid.message().contains(QStringLiteral("is full")), qPrintable(invalid.message()));

        // Space freed (here: the limit lifted), the same edit goes through.
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        SHT_VERIFY_OK(edits.updatePerson(person));
        QCOMPARE(stack.count(), 1);

        // The disk fills up again: undoing the edit fails whole, and says so with the step's name.
        fillDisk(db, 0);
        stack.undo();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(
            failures.first().contains(QStringLiteral("“Undo Edit %1” was not saved").arg(person.name.full())),
            qPrintable(failures.first()));
        QVERIFY2(failures.first().contains(QStringLiteral("is full")), qPrintable(failures.first()));
        QCOMPARE(firstPerson(db).notes, person.notes);
        noted = firstPerson(db).notes;
    }
    const QStringList after = fileState(path);
    QVERIFY(after != before);
    QCOMPARE(after.last(), QStringLiteral("integrity ok"));
    QCOMPARE(noted.size(), 20000);
}

// The stick is pulled out while an edit or an import commits: immediately, or after a few pages of the
// commit reached the WAL. The message says so; reopened (drive back), the file is as before the action.
void TestWriteFailures::pulledDrive_data()
{
    QTest::addColumn<bool>("import");
    QTest::addColumn<int>("writesLeft");
    QTest::newRow("edit, at once") << false << 0;
    QTest::newRow("edit, part written") << false << 2;
    QTest::newRow("import, at once") << true << 0;
    QTest::newRow("import, part written") << true << 25;
}

void TestWriteFailures::pulledDrive()
{
    QFETCH(bool, import);
    QFETCH(int, writesLeft);
    test::TempCommune temp;
    const QString path = temp.demo(300, 6);
    const QStringList before = fileState(path);
    QString message;
    {
        FailingVfs vfs(QFileInfo(path).absolutePath());
        QVERIFY(vfs.isRegistered());
        Database db;
        SHT_VERIFY_OK(db.open(path));
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(db, stack, notifier);
        Status s;
        if (import) {
            const ImportPlan plan = generatedPlan(db, QFileInfo(path).absolutePath(), 1500);
            vfs.pullOut(writesLeft);
            s = ImportCommands(edits).apply(plan, nullptr);
        } else {
            Person person = firstPerson(db);
            person.notes = QStringLiteral("Đã chuyển đến từ xã bên");
            vfs.pullOut(writesLeft);
            s = edits.updatePerson(person);
        }
        QVERIFY(!s.ok());
        QVERIFY(vfs.failures() > 0);
        message = s.message();
        QCOMPARE(stack.count(), 0);
        db.close(); // the connection goes before its VFS
    }
    QVERIFY2(message.contains(QStringLiteral("may have been removed")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("was not saved")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Reconnect the drive")), qPrintable(message));
    QVERIFY2(message.contains(import ? QStringLiteral("“Import ") : QStringLiteral("“Edit ")),
             qPrintable(message));
    // The drive is back: nothing of the action is in the file, and the file is sound.
    QCOMPARE(fileState(path), before);
    Database reopened;
    SHT_VERIFY_OK(reopened.open(path));
    QVERIFY(!reopened.isReadOnly());
}

// Another program (not through our lock: DB Browser, a script) holds a write transaction.
void TestWriteFailures::busyFileIsExplained()
{
    test::TempCommune temp;
    const QString path = temp.demo(100, 8);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    Person person = firstPerson(db);
    person.notes = QStringLiteral("bận");
    const Status s = PersonRepository(db).update(person);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QStringLiteral("another program or another copy")),
             qPrintable(s.message()));
    QVERIFY2(s.message().contains(QStringLiteral("was not saved")), qPrintable(s.message()));
    SHT_VERIFY_OK(PersonRepository(db).update(person)); // the other program is done: it goes through
}

// Two Database objects on one file (two windows of one process): the second reads, says why it may not
// write, and sees what the first writes; once the first closes, the second can reopen for writing.
void TestWriteFailures::secondDatabaseOpensReadOnly()
{
    test::TempCommune temp;
    const QString path = temp.demo(100, 9);
    const QString lock = path + QStringLiteral(".lock");
    Database first;
    SHT_VERIFY_OK(first.open(path));
    QVERIFY(!first.isReadOnly());
    QVERIFY(first.readOnlyReason().isEmpty());
    QVERIFY(QFile::exists(lock));

    Database second;
    SHT_VERIFY_OK(second.open(path));
    QVERIFY(second.isReadOnly());
    const QString reason = second.readOnlyReason();
    QVERIFY2(reason.contains(QStringLiteral("open in another copy of Sổ Học Tập")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("opened read-only")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("Close the other copy")), qPrintable(reason));
    QVERIFY2(reason.contains(QDir::toNativeSeparators(path)), qPrintable(reason));

    // The first still writes; the second reads it at once (WAL) but may not write, and says why.
    Person added;
    added.name = PersonName(QStringLiteral("Trần Thị Mới"));
    SHT_VERIFY_OK(PersonRepository(first).insert(added));
    QVERIFY(PersonRepository(second).findByUuid(added.uuid).has_value());
    Person refused;
    refused.name = PersonName(QStringLiteral("Lê Văn Hai"));
    const Status s = PersonRepository(second).insert(refused);
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(QStringLiteral("was not saved")), qPrintable(s.message()));
    QVERIFY2(s.message().contains(reason), qPrintable(s.message()));

    // A file that is open read-only because of the lock does not take the lock when it closes.
    second.close();
    QVERIFY(QFile::exists(lock));
    first.close();
    QVERIFY(!QFile::exists(lock));
    SHT_VERIFY_OK(second.open(path));
    QVERIFY(!second.isReadOnly());
    QVERIFY(second.readOnlyReason().isEmpty());
    SHT_VERIFY_OK(PersonRepository(second).insert(refused));
    second.close();
    QCOMPARE(fileState(path).last(), QStringLiteral("integrity ok"));
}

// Another process (the command line) while the file is open here: it reads, and refuses to import.
void TestWriteFailures::secondProcessIsRefused()
{
    test::TempCommune temp;
    const QString path = temp.demo(200, 10);
    const QString workbook = temp.path(QStringLiteral("thon_moi.xlsx"));
    QVERIFY(test::RegisterFixtures::writeLargeXlsx(workbook, 300, 2).ok);
    Database held;
    SHT_VERIFY_OK(held.open(path));
    const QStringList before = fileState(path);

    const test::CliRun info = test::runCli({QStringLiteral("info"), path});
    QCOMPARE(info.exitCode, 0);
    const test::CliRun import =
        test::runCli({QStringLiteral("import"), workbook, QStringLiteral("--db"), path});
    QCOMPARE(import.exitCode, 2); // CannotOpen
    QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
    QVERIFY2(import.err.contains(QDir::toNativeSeparators(path)), qPrintable(import.err));
    QCOMPARE(fileState(path), before);
    // Here, the file is still ours to write.
    Person person = firstPerson(held);
    person.notes = QStringLiteral("vẫn ghi được");
    SHT_VERIFY_OK(PersonRepository(held).update(person));
}

// A copy of the app killed (power cut, kill -9) leaves its lock file behind: while it ran, the file opened
// read-only here; once it is gone, its lock is stale and the next open takes it over.
void TestWriteFailures::staleLockOfAKilledProcessIsTakenOver()
{
    test::TempCommune temp;
    const QString path = temp.demo(200, 12);
    const QString lock = path + QStringLiteral(".lock");
    const QString workbook = temp.path(QStringLiteral("lon.xlsx"));
    QVERIFY(test::RegisterFixtures::writeLargeXlsx(workbook, 20000, 4).ok);

    QProcess cli;
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(qEnvironmentVariable("SHT_CLI"),
              {QStringLiteral("import"), workbook, QStringLiteral("--db"), path});
    QVERIFY(cli.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(lock) && cli.state() == QProcess::Running && waited.elapsed() < 60000)
        QTest::qWait(5);
    // Frozen where it stands, whatever this machine's speed: the import cannot end (and drop its lock) before
    // it is killed.
    QVERIFY(::kill(pid_t(cli.processId()), SIGSTOP) == 0);
    QVERIFY2(QFile::exists(lock), "the command line never held the file");
    QVERIFY2(cli.state() == QProcess::Running, "the import ended before it could be killed");

    {
        Database meanwhile;
        SHT_VERIFY_OK(meanwhile.open(path));
        QVERIFY(meanwhile.isReadOnly());
        const QString reason = meanwhile.readOnlyReason();
        QVERIFY2(reason.contains(QStringLiteral("open in another copy")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("on this computer, since")), qPrintable(reason));
    }
    cli.kill(); // SIGKILL: no destructor runs, the lock file stays
    QVERIFY(cli.waitForFinished());
    QVERIFY(QFile::exists(lock));

    Database db;
    SHT_VERIFY_OK(db.open(path));
    QVERIFY2(!db.isReadOnly(), qPrintable(db.readOnlyReason()));
    QVERIFY(db.readOnlyReason().isEmpty());
    qint64 pid = 0;
    QVERIFY(QLockFile(lock).getLockInfo(&pid, nullptr, nullptr));
    QCOMPARE(pid, QCoreApplication::applicationPid());
    Person person = firstPerson(db);
    person.notes = QStringLiteral("sau khi máy kia tắt");
    SHT_VERIFY_OK(PersonRepository(db).update(person));
    SHT_VERIFY_OK(db.checkIntegrity(true));
}

void TestWriteFailures::readOnlyFileOpensReadOnlyWithTheReason()
{
    test::TempCommune temp;
    const QString path = temp.demo(100, 14);
    const QStringList before = fileState(path);
    {
        ReadOnlyFile readOnly(path);
        QVERIFY(readOnly.ok());
        QVERIFY(!QFileInfo(path).isWritable());
        Database db;
        SHT_VERIFY_OK(db.open(path));
        QVERIFY(db.isReadOnly());
        const QString reason = db.readOnlyReason();
        QVERIFY2(reason.contains(QStringLiteral("read-only file")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("copy it to a folder of yours")), qPrintable(reason));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(PersonRepository(db).count() > 0);
        Person person = firstPerson(db);
        person.notes = QStringLiteral("không ghi được");
        const Status s = PersonRepository(db).update(person);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(reason), qPrintable(s.message()));
    }
    QCOMPARE(fileState(path), before);
}

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_write_failures.moc"
