// `sohoctap-cli backup`: create, list (with --check and --json), restore into a new file, refusals (an
// existing target, a damaged backup) and wrong usage, each with its exit code.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using sht::test::runCli;

namespace {

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_commune = m_dir.filePath(QStringLiteral("xa-thu.sqlite"));
        const auto made = runCli({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("300"),
                                  QStringLiteral("--out"), m_commune});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("backup")} << 1;
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("backup"), QStringLiteral("fly")} << 1;
        QTest::newRow("create without --db")
            << QStringList{QStringLiteral("backup"), QStringLiteral("create")} << 1;
        QTest::newRow("restore without --out")
            << QStringList{QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("b.sqlite")}
            << 1;
        QTest::newRow("list with a file")
            << QStringList{QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("x.sqlite")} << 1;
        QTest::newRow("help") << QStringList{QStringLiteral("backup"), QStringLiteral("--help")} << 0;
        QTest::newRow("create help") << QStringList{QStringLiteral("backup"), QStringLiteral("create"),
                                                    QStringLiteral("--help")}
                                     << 0;
        QTest::newRow("create of a missing file")
            << QStringList{QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"),
                           QStringLiteral("/nonexistent/x.sqlite")}
            << 2;
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const auto run = runCli(arguments);
        QVERIFY2(run.exitCode == code, qPrintable(run.out + run.err));
    }

    // Without --folder the backups go to the window's default folder, under the user's data folder.
    void defaultFolderIsTheWindows()
    {
        const auto created =
            runCli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--db"), m_commune});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const auto listed = runCli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--db"),
                                    m_commune, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject root = json(listed.out);
        QCOMPARE(root.value(QStringLiteral("keep")).toInt(), 10);
        const QString folder = root.value(QStringLiteral("folder")).toString();
        QVERIFY2(folder.startsWith(QDir::homePath()) && folder.endsWith(QStringLiteral("sohoctap/backups")),
                 qPrintable(folder));
        QVERIFY(root.value(QStringLiteral("backups")).toArray().size() >= 1);
    }

    void createListRestore()
    {
        const QString folder = m_dir.filePath(QStringLiteral("backups"));
        const auto created = runCli({QStringLiteral("backup"), QStringLiteral("create"),
                                     QStringLiteral("--db"), m_commune, QStringLiteral("--folder"), folder});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(QStringLiteral("Backup taken")), qPrintable(created.out));

        const auto listed =
            runCli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--db"), m_commune,
                    QStringLiteral("--folder"), folder, QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray backups = json(listed.out).value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        const QJsonObject backup = backups.first().toObject();
        QCOMPARE(backup.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(backup.value(QStringLiteral("intact")).toBool(), true);
        QVERIFY(backup.value(QStringLiteral("people")).toInt() >= 300);
        QVERIFY(backup.value(QStringLiteral("households")).toInt() > 0);
        QVERIFY(!backup.value(QStringLiteral("commune")).toString().isEmpty());
        const QString path = backup.value(QStringLiteral("path")).toString();
        QVERIFY(QFile::exists(path));

        const QString restored = m_dir.filePath(QStringLiteral("restored.sqlite"));
        const auto restore = runCli(
            {QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("--out"), restored});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        const auto check = runCli({QStringLiteral("check"), restored});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const auto before = runCli({QStringLiteral("info"), m_commune, QStringLiteral("--json")});
        const auto after = runCli({QStringLiteral("info"), restored, QStringLiteral("--json")});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(json(after.out), json(before.out));

        // Again into the same name: refused, the restored file untouched.
        const QByteArray bytes = [&restored] {
            QFile f(restored);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const auto again = runCli(
            {QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("--out"), restored});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        QFile f(restored);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void damagedBackupIsRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("damaged"));
        const auto created = runCli({QStringLiteral("backup"), QStringLiteral("create"),
                                     QStringLiteral("--db"), m_commune, QStringLiteral("--folder"), folder});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString path = QDir(folder).filePath(files.first());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 3));
        }
        const auto listed = runCli({QStringLiteral("backup"), QStringLiteral("list"),
                                    QStringLiteral("--folder"), folder, QStringLiteral("--check")});
        QCOMPARE(listed.exitCode, 3);
        QVERIFY2(listed.out.contains(QStringLiteral("PROBLEM")), qPrintable(listed.out));
        const QString target = m_dir.filePath(QStringLiteral("from-damaged.sqlite"));
        const auto restore = runCli(
            {QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("--out"), target});
        QCOMPARE(restore.exitCode, 2);
        QVERIFY2(restore.err.contains(QStringLiteral("cannot be restored")), qPrintable(restore.err));
        QVERIFY(!QFile::exists(target));
    }

private:
    QTemporaryDir m_dir;
    QString m_commune;
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
