// Applying an import plan: all or nothing in one transaction, audited as "import", an import_batch row per
// file; cancel and failure leave the file as it was; a re-import changes nothing; an updated copy updates
// only what changed; the import is one undoable step; the dry-run report holds the plan's numbers.
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "ImportApplier.h"
#include "ImportCommands.h"
#include "ImportPlanner.h"
#include "ImportReportWriter.h"
#include "TestSupport.h"
#include "import_test_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace sht;
using namespace sht::importing;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList stateWithAudit(Database &db)
{
    return test::databaseState(db) << QString::number(
               count(db, QStringLiteral("SELECT count(*) FROM audit_log")));
}

QStringList stateWithoutBatches(Database &db)
{
    QStringList rows = test::databaseState(db);
    rows.erase(
        std::remove_if(rows.begin(), rows.end(),
                       [](const QString &row) { return row.startsWith(QLatin1String("import_batch|")); }),
        rows.end());
    return rows;
}

ImportPlan planOf(Database &db, const ParsedRegister &input)
{
    ImportPlan plan;
    const Status s = ImportPlanner(db).plan(input, &plan);
    if (!s)
        qFatal("%s", qPrintable(s.message()));
    return plan;
}

} // namespace

class TestImportApply : public QObject
{
    Q_OBJECT

private slots:
    void writesEverythingAudited();
    void cancelLeavesTheFileAsItWas_data();
    void cancelLeavesTheFileAsItWas();
    void failureRollsBack();
    void noCommuneIsRefused();
    void reimportChangesNothing();
    void updatedCopyUpdatesOnlyWhatChanged();
    void importIsOneUndoableStep();
    void reportHoldsThePlan();
};

void TestImportApply::writesEverythingAudited()
{
    test::TempCommune temp;
    Database &db = temp.create();
    ImportPlan plan = planOf(db, test::sampleRegister());
    plan.files << ImportFile{QString(), QStringLiteral("so-ho.xlsx"), QStringLiteral("abc"),
                             QStringLiteral("tcvn3")};
    ImportApplier::Outcome outcome;
    QList<QPair<int, int>> progress;
    ImportApplier applier(db);
    applier.setProgress([&](int done, int total) {
        progress << qMakePair(done, total);
        return true;
    });
    SHT_VERIFY_OK(applier.apply(plan, &outcome));
    QCOMPARE(outcome.villagesCreated, 2);
    QCOMPARE(outcome.householdsAdded, 4);
    QCOMPARE(outcome.peopleAdded, 10);
    QCOMPARE(outcome.clansCreated, 2);
    QCOMPARE(progress.constLast(), qMakePair(10, 10));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person")), 10);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM membership WHERE valid_to IS NULL")), 10);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM membership WHERE relation = 'head'")), 4);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM household_village")), 4);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM clan_household")), 3);
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM person WHERE full_name = 'Nguyễn Văn An' AND "
                           "citizen_id = '037060001234' AND birth_date = '1960-03-05' AND sex = 'male'")),
             1);
    // Every inserted row is audited, through the import's door.
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE source = 'import' AND entity = 'person' "
                           "AND action = 'insert'")),
             10);
    QCOMPARE(
        count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('membership', 'household') "
                                 "AND source <> 'import'")),
        0);
    QCOMPARE(db.actor().source, QStringLiteral("test")); // restored
    QSqlQuery batch(db.connection());
    QVERIFY(
        batch.exec(QStringLiteral("SELECT file_name, file_sha256, encoding, households_added, people_added, "
                                  "people_updated FROM import_batch")));
    QVERIFY(batch.next());
    QCOMPARE(batch.value(0).toString(), QStringLiteral("so-ho.xlsx"));
    QCOMPARE(batch.value(1).toString(), QStringLiteral("abc"));
    QCOMPARE(batch.value(2).toString(), QStringLiteral("tcvn3"));
    QCOMPARE(batch.value(3).toInt(), 4);
    QCOMPARE(batch.value(4).toInt(), 10);
    QCOMPARE(batch.value(5).toInt(), 0);
    QVERIFY(!batch.next());
}

void TestImportApply::cancelLeavesTheFileAsItWas_data()
{
    QTest::addColumn<int>("cancelAt"); // the progress call that answers "stop"
    QTest::newRow("at once") << 1;
    QTest::newRow("at the very end") << 2;
}

void TestImportApply::cancelLeavesTheFileAsItWas()
{
    QFETCH(int, cancelAt);
    test::TempCommune temp;
    const QString path = temp.demo(300, 3);
    Database db;
    db.setActor({QStringLiteral("tester"), QStringLiteral("test")});
    SHT_VERIFY_OK(db.open(path));
    const QStringList before = stateWithAudit(db);
    ImportApplier applier(db);
    int calls = 0;
    applier.setProgress([&](int, int) { return ++calls < cancelAt; });
    const Status s = applier.apply(planOf(db, test::sampleRegister()));
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("cancelled")), qPrintable(s.message()));
    QCOMPARE(calls, cancelAt);
    QCOMPARE(stateWithAudit(db), before);
}

void TestImportApply::failureRollsBack()
{
    test::TempCommune temp;
    Database &db = temp.create();
    const QStringList before = stateWithAudit(db);
    // The eighth person cannot be written: nothing of the import remains.
    QSqlQuery trigger(db.connection());
    QVERIFY(trigger.exec(
        QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON person WHEN "
                       "(SELECT count(*) FROM person) >= 7 BEGIN SELECT RAISE(ABORT, 'disk full'); "
                       "END")));
    const Status s = ImportApplier(db).apply(planOf(db, test::sampleRegister()));
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("disk full")), qPrintable(s.message()));
    QCOMPARE(stateWithAudit(db), before);
}

void TestImportApply::noCommuneIsRefused()
{
    test::TempCommune temp;
    Database &db = temp.create(QString());
    const Status s = ImportApplier(db).apply(planOf(db, test::sampleRegister()));
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("commune")), qPrintable(s.message()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person")), 0);
}

void TestImportApply::reimportChangesNothing()
{
    test::TempCommune temp;
    Database &db = temp.create();
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, test::sampleRegister())));
    const QStringList once = stateWithoutBatches(db);
    const int audit = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    ImportApplier::Outcome outcome;
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, test::sampleRegister()), &outcome));
    QCOMPARE(outcome.peopleAdded + outcome.peopleUpdated + outcome.householdsAdded, 0);
    QCOMPARE(stateWithoutBatches(db), once);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM import_batch")), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), audit + 1); // the batch row only
}

void TestImportApply::updatedCopyUpdatesOnlyWhatChanged()
{
    test::TempCommune temp;
    Database &db = temp.create();
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, test::sampleRegister())));
    ParsedRegister copy = test::sampleRegister(QStringLiteral("thang-6.xlsx"));
    copy.villages[0].households[0].members[1].citizenId = QStringLiteral("037162004321");
    copy.villages[1].households[1].members[2].relation = QStringLiteral("grandchild");
    const int audit = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    ImportApplier::Outcome outcome;
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, copy), &outcome));
    QCOMPARE(outcome.peopleUpdated, 2);
    QCOMPARE(outcome.peopleAdded, 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person WHERE revision > 1")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM person WHERE citizen_id = '037162004321' AND "
                                      "full_name = 'Trần Thị Bình'")),
             1);
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM membership WHERE revision > 1 AND relation = 'grandchild'")),
             1);
    // Two field updates and the batch row, audited.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), audit + 3);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND field = "
                                      "'citizen_id' AND old_value = '' AND new_value = '037162004321'")),
             1);
    QCOMPARE(
        count(db, QStringLiteral("SELECT people_updated FROM import_batch WHERE file_name = 'thang-6.xlsx'")),
        2);
}

void TestImportApply::importIsOneUndoableStep()
{
    test::TempCommune temp;
    Database &db = temp.create();
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(db, stack, notifier);
    ImportCommands commands(edits);
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, test::sampleRegister())));
    const QStringList before = test::databaseState(db);
    ParsedRegister copy = test::sampleRegister(QStringLiteral("thang-6.xlsx"));
    copy.villages[0].households[0].members[1].education = QStringLiteral("ĐH");
    copy.villages << test::parsedVillage(
        QStringLiteral("thang-6.xlsx"), QStringLiteral("Thôn Mới"),
        {test::parsedHousehold(QStringLiteral("1"),
                               {test::parsedPerson(QStringLiteral("Vũ Văn Tâm"), PartialDate::fromYear(1970),
                                                   QStringLiteral("head"))},
                               QStringLiteral("Họ Vũ"))});
    QSet<QString> tables;
    connect(&notifier, &ChangeNotifier::changed, this, [&](const QSet<QString> &t) { tables = t; });
    ImportPlan plan = planOf(db, copy);
    plan.files << ImportFile{QString(), QStringLiteral("thang-6.xlsx"), QString(), QString()};
    SHT_VERIFY_OK(commands.apply(plan, {}));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Import thang-6.xlsx"));
    QVERIFY(tables.contains(QStringLiteral("person")) && tables.contains(QStringLiteral("admin_unit")));
    const QStringList after = test::databaseState(db);
    QVERIFY(after != before);
    stack.undo();
    QCOMPARE(test::databaseState(db), before);
    stack.redo();
    QCOMPARE(test::databaseState(db), after);
}

void TestImportApply::reportHoldsThePlan()
{
    test::TempCommune temp;
    Database &db = temp.create();
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, test::sampleRegister())));
    ParsedRegister copy = test::sampleRegister(QStringLiteral("thang-6.xlsx"));
    copy.villages[0].households[0].members[1].education = QStringLiteral("ĐH");
    copy.villages[1].households[0].members
        << test::parsedPerson(QStringLiteral("Lê Thị Thủy"), PartialDate::fromDate({1985, 2, 2}));
    ImportProblem late;
    late.kind = ImportProblem::Kind::FutureDate;
    late.where = {QStringLiteral("thang-6.xlsx"), QStringLiteral("Thôn Đoài"), 14, QStringLiteral("D")};
    late.message = QStringLiteral("12/12/2090 is in the future");
    late.action = QStringLiteral("birth date left empty");
    copy.problems << late;
    ImportPlan plan = planOf(db, copy);
    plan.files << ImportFile{QString(), QStringLiteral("thang-6.xlsx"), QString(), QStringLiteral("utf8")};
    const QString out = temp.path(QStringLiteral("bao-cao.xlsx"));
    SHT_VERIFY_OK(ImportReportWriter::write(plan, out));

    const QString script = QStringLiteral(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[c for c in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False, default=str))
)");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, out});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonObject sheets = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(sheets.keys().size(), 4);
    const QJsonArray summary = sheets.value(QStringLiteral("Summary")).toArray();
    // The village rows: name, new?, households to add, existing, people to add, to update, unchanged.
    QJsonArray doai;
    QJsonArray total;
    for (const QJsonValue &row : summary) {
        const QJsonArray cells = row.toArray();
        if (cells.at(0).toString() == QStringLiteral("Thôn Đoài"))
            doai = cells;
        if (cells.at(0).toString() == QStringLiteral("Total"))
            total = cells;
    }
    QCOMPARE(doai.at(2).toDouble(), 0.0);
    QCOMPARE(doai.at(3).toDouble(), 2.0);
    QCOMPARE(doai.at(4).toDouble(), 1.0);
    QCOMPARE(doai.at(6).toDouble(), 5.0);
    QCOMPARE(total.at(4).toDouble(), 1.0);
    QCOMPARE(total.at(5).toDouble(), 1.0);
    QCOMPARE(total.at(6).toDouble(), 9.0);
    const QJsonArray problems = sheets.value(QStringLiteral("Problems")).toArray();
    QCOMPARE(problems.size(), 1 + 2); // header, the future date, the duplicate
    QCOMPARE(problems.at(1).toArray().at(2).toString(), QStringLiteral("14"));
    QCOMPARE(problems.at(1).toArray().at(3).toString(), QStringLiteral("D"));
    QCOMPARE(problems.at(1).toArray().at(5).toString(), QStringLiteral("birth date left empty"));
    const QJsonArray duplicates = sheets.value(QStringLiteral("Duplicates")).toArray();
    QCOMPARE(duplicates.size(), 2);
    QCOMPARE(duplicates.at(1).toArray().at(0).toString(), QStringLiteral("Lê Thị Thủy"));
    QVERIFY(duplicates.at(1).toArray().at(4).toString().contains(QStringLiteral("Thôn Đông")));
    const QJsonArray updates = sheets.value(QStringLiteral("Updates")).toArray();
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.at(1).toArray().at(3).toString(), QStringLiteral("Trần Thị Bình"));
    QCOMPARE(updates.at(1).toArray().at(7).toString(), QStringLiteral("ĐH"));
}

QTEST_GUILESS_MAIN(TestImportApply)
#include "tst_import_apply.moc"
