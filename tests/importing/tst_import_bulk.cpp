// The import's bulk paths: AuditedWriter's prepared inserts give every row what insert() gives it (uuid,
// revision 1, one audit entry, the journal when recording, "" for a null text and NULL for no value), and a
// large import that builds its indexes after the load leaves the schema as it was, whether it commits,
// is cancelled or fails.
#include "AuditedWriter.h"
#include "ImportApplier.h"
#include "ImportPlanner.h"
#include "RegisterFixtures.h"
#include "RegisterParser.h"
#include "TestSupport.h"
#include "WorkbookReader.h"

#include <QSqlQuery>
#include <QTest>

using namespace sht;
using namespace sht::importing;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

// Every schema object with its SQL: an index dropped for the load must come back exactly.
QStringList schema(Database &db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString());
    return rows;
}

ParsedRegister largeRegister(const QString &path, int people)
{
    const auto written = test::RegisterFixtures::writeLargeXlsx(path, people, 3);
    if (!written.ok)
        return {};
    Status status;
    const Workbook workbook = readWorkbook(path, std::nullopt, ReadLimits(), &status);
    return RegisterParser::parse(workbook, RegisterParser::detect(workbook), QDate(2025, 6, 1));
}

} // namespace

class TestImportBulk : public QObject
{
    Q_OBJECT

private slots:
    void bulkInsertIsAnAuditedInsert();
    void bulkInsertIsRecorded();
    void bulkInsertRefusesWrongValueCount();
    void largeImport_data();
    void largeImport();
};

void TestImportBulk::bulkInsertIsAnAuditedInsert()
{
    test::TempCommune temp;
    Database &db = temp.create();
    db.setActor({QStringLiteral("tester"), QStringLiteral("import")});
    AuditedWriter writer(db);
    Status status;
    const auto bulk = writer.prepareInsert(
        QStringLiteral("clan"),
        {QStringLiteral("name"), QStringLiteral("head_person_id"), QStringLiteral("notes")}, &status);
    SHT_VERIFY_OK(status);
    const int auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QString uuid;
    const qint64 first =
        writer.insert(bulk, QVariantList{QStringLiteral("Họ Nguyễn"), QVariant(), QString()}, &status, &uuid);
    SHT_VERIFY_OK(status);
    QVERIFY(first > 0);
    QCOMPARE(uuid.size(), 36);
    // The same statement again, with longer and shorter text: the reused buffers must not leak old bytes.
    const qint64 second = writer.insert(
        bulk, QVariantList{QStringLiteral("Họ Trần Đình Phùng"), QVariant(), QStringLiteral("x")}, &status);
    SHT_VERIFY_OK(status);
    const qint64 third =
        writer.insert(bulk, QVariantList{QStringLiteral("Lê"), QVariant(), QString()}, &status);
    SHT_VERIFY_OK(status);

    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, name, notes, head_person_id IS NULL, revision, uuid FROM clan "
                          "WHERE id IN (%1, %2, %3) ORDER BY id")
               .arg(first)
               .arg(second)
               .arg(third));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString());
    QCOMPARE(rows, QStringList({QStringLiteral("Họ Nguyễn||1|1"), QStringLiteral("Họ Trần Đình Phùng|x|1|1"),
                                QStringLiteral("Lê||1|1")}));
    // notes is "" (NOT NULL column), not NULL; the uuid given back is the row's.
    QCOMPARE(scalar(db, QStringLiteral("SELECT uuid FROM clan WHERE id = %1").arg(first)).toString(), uuid);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore + 3);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT user_name || '|' || source || '|' || action || '|' || entity || "
                                  "'|' || coalesce(field, 'NULL') || '|' || coalesce(old_value, 'NULL') "
                                  "FROM audit_log WHERE entity_uuid = '%1'")
                       .arg(uuid))
            .toString(),
        QStringLiteral("tester|import|insert|clan|NULL|NULL"));
}

void TestImportBulk::bulkInsertIsRecorded()
{
    test::TempCommune temp;
    Database &db = temp.create();
    AuditedWriter writer(db);
    Status status;
    const auto bulk = writer.prepareInsert(QStringLiteral("clan"), {QStringLiteral("name")}, &status);
    SHT_VERIFY_OK(status);
    db.startRecording();
    QString uuid;
    const qint64 id = writer.insert(bulk, QVariantList{QStringLiteral("Họ Phạm")}, &status, &uuid);
    const ChangeSet changes = db.stopRecording();
    SHT_VERIFY_OK(status);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(int(changes.first().kind), int(RowChange::Kind::Insert));
    QCOMPARE(changes.first().id, id);
    QCOMPARE(changes.first().uuid, uuid);
    QCOMPARE(changes.first().after.value(QStringLiteral("name")).toString(), QStringLiteral("Họ Phạm"));
    QCOMPARE(changes.first().after, writer.readRow(QStringLiteral("clan"), id));
}

void TestImportBulk::bulkInsertRefusesWrongValueCount()
{
    test::TempCommune temp;
    Database &db = temp.create();
    AuditedWriter writer(db);
    Status status;
    const auto bulk = writer.prepareInsert(QStringLiteral("clan"),
                                           {QStringLiteral("name"), QStringLiteral("notes")}, &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(writer.insert(bulk, QVariantList{QStringLiteral("Họ Võ")}, &status), qint64(0));
    QVERIFY(!status.ok());
    QVERIFY(!status.message().isEmpty());
    writer.prepareInsert(QStringLiteral("clan"), {QStringLiteral("no_such_column")}, &status);
    QVERIFY(!status.ok());
}

void TestImportBulk::largeImport_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("committed") << QStringLiteral("commit");
    QTest::newRow("cancelled half way") << QStringLiteral("cancel");
    QTest::newRow("failed at the end (trigger)") << QStringLiteral("fail");
}

// Above ImportApplier's large-load threshold (5,000 new people) the secondary indexes are dropped for the
// load and created again before the commit; the load's page cache is smaller, then given back.
void TestImportBulk::largeImport()
{
    QFETCH(QString, ending);
    test::TempCommune temp;
    const ParsedRegister input = largeRegister(temp.path(QStringLiteral("large.xlsx")), 6000);
    QVERIFY(input.personCount() >= 6000);
    Database &db = temp.create();
    if (ending == QLatin1String("fail"))
        QVERIFY(QSqlQuery(db.connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse_batch BEFORE INSERT ON import_batch "
                                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const QStringList schemaBefore = schema(db);
    const QStringList stateBefore = test::databaseState(db);
    const int auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    const int cacheBefore = scalar(db, QStringLiteral("PRAGMA cache_size")).toInt();
    QVERIFY(cacheBefore != -16384); // Database's own (64 MB), not the load's

    ImportPlan plan;
    SHT_VERIFY_OK(ImportPlanner(db).plan(input, &plan));
    ImportApplier applier(db);
    // While the load runs without its indexes its page cache is smaller (16 MB: the plan keeps the memory).
    QList<int> cacheDuringLoad;
    applier.setProgress([&](int done, int total) {
        cacheDuringLoad << scalar(db, QStringLiteral("PRAGMA cache_size")).toInt();
        return ending != QLatin1String("cancel") || done < total / 2;
    });
    ImportApplier::Outcome outcome;
    const Status status = applier.apply(plan, &outcome);

    QVERIFY(!cacheDuringLoad.isEmpty());
    for (int cache : std::as_const(cacheDuringLoad))
        QCOMPARE(cache, -16384);
    // ... and the connection's own cache is back afterwards, however the import ended.
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA cache_size")).toInt(), cacheBefore);
    QCOMPARE(schema(db), schemaBefore);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    if (ending != QLatin1String("commit")) {
        QVERIFY(!status.ok());
        QCOMPARE(test::databaseState(db), stateBefore);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
        return;
    }
    SHT_VERIFY_OK(status);
    QCOMPARE(outcome.peopleAdded, input.personCount());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt(), input.personCount());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM membership WHERE valid_to IS NULL")).toInt(),
             input.personCount());
    // Every row written has its uuid, revision 1 and exactly one audit entry from the import.
    for (const char *table : {"person", "membership", "household", "household_village", "clan_household"}) {
        const QString name = QLatin1String(table);
        QCOMPARE(
            scalar(
                db,
                QStringLiteral("SELECT count(*) FROM %1 WHERE revision <> 1 OR length(uuid) <> 36").arg(name))
                .toInt(),
            0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM %1 t WHERE (SELECT count(*) FROM audit_log a "
                                      "WHERE a.entity_uuid = t.uuid AND a.entity = '%1' AND a.source = "
                                      "'import' AND a.action = 'insert') <> 1")
                           .arg(name))
                .toInt(),
            0);
    }
    // The indexes built after the load are used and answer like before.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM person INDEXED BY person_sort WHERE sort_key >= ''"))
            .toInt(),
        input.personCount());
}

QTEST_GUILESS_MAIN(TestImportBulk)
#include "tst_import_bulk.moc"
