// Bad input (issue 9): a volunteer package that is not what it claims is refused by File > Merge volunteer
// package… with the exact message in the table, and neither the clerk's file nor the package changes. Files
// that need no real package are in tests/data/bad/packages (written by its make.py); the others are made here
// from a package exported from a demo commune: cut short, signature broken, base edited, a newer version,
// the clerk's own file, a package of another commune.
#include "ExchangeTestSupport.h"
#include "PackageInfo.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace sht;

namespace {

// Runs SQL on a file through a plain connection, as another tool would (no checks, no audit).
bool tamper(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

bool copyCut(const QString &from, const QString &to, qsizetype length)
{
    QFile in(from);
    QFile out(to);
    return in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly) &&
           out.write(in.read(length)) == qMin(length, in.size());
}

} // namespace

class TstBadPackages : public QObject
{
    Q_OBJECT

    test::TempCommune m_commune;
    test::TempCommune m_other;
    std::unique_ptr<Database> m_clerk;
    QString m_package;

    QString made(const QString &name) const { return m_commune.path(name); }

private slots:
    void initTestCase()
    {
        const QString clerk = m_commune.demo(60, 7);
        m_clerk = test::openFile(clerk);
        QVERIFY(m_clerk->isOpen());
        m_package = made(QStringLiteral("thon-1.sqlite"));
        SHT_VERIFY_OK(test::exportPackage(*m_clerk, {test::villageUuids(*m_clerk).first()}, m_package));
        const qsizetype size = QFileInfo(m_package).size();

        QVERIFY(copyCut(m_package, made(QStringLiteral("cut-short.sqlite")), size / 2));
        QVERIFY(copyCut(m_package, made(QStringLiteral("header-only.sqlite")), 100));
        QVERIFY(copyCut(m_package, made(QStringLiteral("signature-broken.sqlite")), size));
        QVERIFY(tamper(made(QStringLiteral("signature-broken.sqlite")),
                       {QStringLiteral("UPDATE meta SET value = 'ab' || substr(value, 3) "
                                       "WHERE key = 'package.signature'")}));
        QVERIFY(copyCut(m_package, made(QStringLiteral("base-edited.sqlite")), size));
        QVERIFY(tamper(made(QStringLiteral("base-edited.sqlite")),
                       {QStringLiteral("UPDATE package_base SET row_values = row_values || ' ' WHERE tbl = "
                                       "'person' AND uuid = (SELECT min(uuid) FROM package_base WHERE tbl = "
                                       "'person')")}));
        QVERIFY(copyCut(m_package, made(QStringLiteral("newer.sqlite")), size));
        QVERIFY(tamper(made(QStringLiteral("newer.sqlite")), {QStringLiteral("PRAGMA user_version = 99")}));
        QVERIFY(copyCut(clerk, made(QStringLiteral("clerk-copy.sqlite")), QFileInfo(clerk).size()));

        // The same villages of another commune (another seed: other uuids), with its own key.
        auto other = test::openFile(m_other.demo(60, 8));
        SHT_VERIFY_OK(test::exportPackage(*other, {test::villageUuids(*other).first()},
                                          made(QStringLiteral("other-commune.sqlite"))));
    }

    void refused_data()
    {
        // %1: the package's full path, %2: its file name.
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const auto bad = [](const QString &name) {
            return test::dataPath(QStringLiteral("bad/packages/") + name);
        };
        const QString signature = QStringLiteral(
            "%2 was not exported from this file, or its record of what was exported was changed "
            "afterwards (the signature does not match). Nothing was merged. Merge it into the "
            "file it was exported from, or export a new package.");
        QTest::newRow("not SQLite")
            << bad(QStringLiteral("package-not-sqlite.sqlite"))
            << QStringLiteral("%2 cannot be merged: %1 is not a Sổ Học Tập file, or it is damaged (file is "
                              "not a database Unable to execute statement). "
                              "Nothing was changed. If it is your commune file, restore it from a backup.");
        QTest::newRow("empty file")
            << bad(QStringLiteral("package-empty.sqlite"))
            << QStringLiteral(
                   "%2 cannot be merged: %1 is empty: it holds no commune. Use File > New to create a "
                   "commune file.");
        QTest::newRow("another program's database")
            << bad(QStringLiteral("package-other-program.sqlite"))
            << QStringLiteral(
                   "%2 cannot be merged: %1 is an SQLite database of another program, not a Sổ Học Tập "
                   "file. Nothing was changed.");
        QTest::newRow("missing") << bad(QStringLiteral("package-missing.sqlite"))
                                 << QStringLiteral(
                                        "%1 was not found. Choose the package the volunteer sent back.");
        QTest::newRow("cut short")
            << made(QStringLiteral("cut-short.sqlite"))
            << QStringLiteral("%2 cannot be merged: %1 is not a Sổ Học Tập file, or it is damaged (database "
                              "disk image is malformed Unable to execute statement). "
                              "Nothing was changed. If it is your commune file, restore it from a backup.");
        QTest::newRow("header only")
            << made(QStringLiteral("header-only.sqlite"))
            << QStringLiteral("%2 cannot be merged: %1 is not a Sổ Học Tập file, or it is damaged (database "
                              "disk image is malformed Unable to execute statement). "
                              "Nothing was changed. If it is your commune file, restore it from a backup.");
        QTest::newRow("signature broken") << made(QStringLiteral("signature-broken.sqlite")) << signature;
        QTest::newRow("base edited") << made(QStringLiteral("base-edited.sqlite")) << signature;
        QTest::newRow("newer version")
            << made(QStringLiteral("newer.sqlite"))
            << QStringLiteral(
                   "%2 cannot be merged: %1 was saved by a newer version of Sổ Học Tập (data version "
                   "99; this version reads up to 3). Install the newer version to open it. The file "
                   "was not changed.");
        QTest::newRow("the clerk's own file")
            << made(QStringLiteral("clerk-copy.sqlite"))
            << QStringLiteral(
                   "%2 is a commune file, not a volunteer package: there is nothing to merge. Open it "
                   "with File > Open, or choose the package the volunteer sent back.");
        QTest::newRow("another commune")
            << made(QStringLiteral("other-commune.sqlite"))
            << QStringLiteral(
                   "%2 was made from the file of Xã Hòa An, not from this commune's file. Merge it "
                   "into the file it was exported from.");
    }
    void refused()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QByteArray before = test::fileHash(path);
        const QStringList clerkBefore = test::databaseState(*m_clerk);
        exchange::MergePlan plan;
        const Status s = exchange::PackageMerger(*m_clerk).plan(path, plan);
        QVERIFY(!s.ok());
        // Not arg(): a message that names only the file has %2 alone.
        message.replace(QLatin1String("%1"), QDir::toNativeSeparators(path))
            .replace(QLatin1String("%2"), QFileInfo(path).fileName());
        QCOMPARE(s.message(), message);
        QVERIFY(plan.isEmpty());
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(test::databaseState(*m_clerk), clerkBefore);
    }

    // The good package it was all made from merges (so each refusal above is for the damage alone).
    void goodPackagePlans()
    {
        exchange::MergePlan plan;
        SHT_VERIFY_OK(exchange::PackageMerger(*m_clerk).plan(m_package, plan));
        QVERIFY(plan.isEmpty());
    }
    void everyFileIsInTheTable()
    {
        // A file added to the corpus without its expected message would test nothing.
        QStringList listed{QStringLiteral("package-empty.sqlite"),
                           QStringLiteral("package-not-sqlite.sqlite"),
                           QStringLiteral("package-other-program.sqlite")};
        QStringList present = QDir(test::dataPath(QStringLiteral("bad/packages"))).entryList(QDir::Files);
        present.removeAll(QStringLiteral("make.py"));
        present.sort();
        QCOMPARE(present, listed);
    }
};

QTEST_GUILESS_MAIN(TstBadPackages)
#include "tst_bad_packages.moc"
