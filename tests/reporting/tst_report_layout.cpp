// Report layouts as data: the built-in layouts load, every malformed file is refused with its file name and
// the JSON path of the bad field, a figure the report does not make is refused by name, a file in the
// override folder wins over the built-in one, placeholders are filled; DocumentSettings' defaults come from
// the commune's name and a save round-trips.
#include "ChangeNotifier.h"
#include "DocumentSettings.h"
#include "EditCommands.h"
#include "ReportLayout.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sht;
using namespace sht::reporting;

namespace {

QString writeFile(const QString &folder, const QString &name, const QByteArray &json)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray Minimal = R"({ "name": "mini", "title": "BÁO CÁO", "subtitle": "Năm {year} – {village}",
  "landscape": true, "sheet": "Thống kê {year}",
  "tables": [ { "key": "t", "caption": "I. Hộ", "totalsRow": true, "columns": [
    { "figure": "village", "header": "Thôn", "width": 20 },
    { "figure": "households", "header": "Tổng số hộ", "group": "Hộ gia đình", "kind": "integer", "summed": true },
    { "figure": "recognised", "header": "Được công nhận", "group": "Hộ gia đình", "kind": "integer", "summed": true },
    { "figure": "share", "header": "Tỷ lệ", "kind": "percent", "numerator": "recognised",
      "denominator": "households", "target": "{target:learning_family}" } ] } ] })";

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { QDir(ReportLayout::overrideFolder()).removeRecursively(); }

    void builtInLayoutsLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("yearly") << QStringLiteral("yearly");
        QTest::newRow("tt25-dossier") << QStringLiteral("tt25-dossier");
        QTest::newRow("tt24-summary") << QStringLiteral("tt24-summary");
    }

    void builtInLayoutsLoad()
    {
        QFETCH(QString, name);
        Status error;
        const auto layout = ReportLayout::load(name, &error);
        QVERIFY2(layout, qPrintable(error.message()));
        QCOMPARE(layout->name, name);
        QVERIFY(!layout->tables.isEmpty());
        QVERIFY(!layout->title.isEmpty());
    }

    void minimalFileReads()
    {
        QTemporaryDir dir;
        Status error;
        const auto layout =
            ReportLayout::loadFile(writeFile(dir.path(), QStringLiteral("mini.json"), Minimal), &error);
        QVERIFY2(layout, qPrintable(error.message()));
        QVERIFY(error.ok());
        QCOMPARE(layout->tables.size(), 1);
        const TableLayout *t = layout->table(QStringLiteral("t"));
        QVERIFY(t);
        QVERIFY(!layout->table(QStringLiteral("other")));
        QCOMPARE(t->columns.size(), 4);
        QCOMPARE(t->columns.at(0).width, 20.0);
        QCOMPARE(t->columns.at(1).kind, CellKind::Integer);
        QCOMPARE(t->columns.at(1).group, QStringLiteral("Hộ gia đình"));
        QVERIFY(t->columns.at(1).summed);
        QCOMPARE(t->columns.at(3).kind, CellKind::Percent);
        QCOMPARE(t->columns.at(3).numerator, QStringLiteral("recognised"));
        QCOMPARE(t->columns.at(3).denominator, QStringLiteral("households"));
        QCOMPARE(t->columns.at(3).target, QStringLiteral("{target:learning_family}"));
        QVERIFY(t->totalsRow);
        QVERIFY(t->numberRow); // the default

        ReportDocument document;
        layout->applyTo(document, 2025, QStringLiteral("Thôn Đông"));
        QCOMPARE(document.title, QStringLiteral("BÁO CÁO"));
        QCOMPARE(document.subtitle, QStringLiteral("Năm 2025 – Thôn Đông"));
        QCOMPARE(document.sheetName, QStringLiteral("Thống kê 2025"));
        QVERIFY(document.landscape);

        ReportRow row;
        row.values.insert(QStringLiteral("village"), QStringLiteral("Thôn Đông"));
        const ReportTable table = layout->makeTable(QStringLiteral("t"), {row, row});
        QCOMPARE(table.caption, QStringLiteral("I. Hộ"));
        QCOMPARE(table.columns.size(), 4);
        QCOMPARE(table.rows.size(), 2);
        QVERIFY(table.totalsRow);
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json")
            << QByteArray("{ \"name\": \"x\",\n \"tables\": [ }")
            << QStringLiteral("bad.json: line 2: not valid JSON (object is missing after a comma).");
        QTest::newRow("array root") << QByteArray("[]")
                                    << QStringLiteral(
                                           "bad.json: a report layout must be one JSON object { … }.");
        QTest::newRow("no name") << QByteArray(R"({ "tables": [] })")
                                 << QStringLiteral("bad.json: name: the field is missing.");
        QTest::newRow("no tables") << QByteArray(R"({ "name": "x" })")
                                   << QStringLiteral("bad.json: tables: the field is missing.");
        QTest::newRow("unknown top field")
            << QByteArray(R"({ "name": "x", "tables": [], "colour": 1 })")
            << QStringLiteral("bad.json: colour: unknown field; the known fields here are: name, title, "
                              "subtitle, landscape, sheet, tables, notes.");
        QTest::newRow("table not object") << QByteArray(R"({ "name": "x", "tables": [ 3 ] })")
                                          << QStringLiteral("bad.json: tables[0]: must be an object { … }.");
        QTest::newRow("no columns")
            << QByteArray(R"({ "name": "x", "tables": [ { "key": "a", "columns": [] } ] })")
            << QStringLiteral("bad.json: tables[0].columns: a table needs at least one column.");
        QTest::newRow("duplicate table key")
            << QByteArray(R"({ "name": "x", "tables": [
                 { "key": "a", "columns": [ { "figure": "f", "header": "F" } ] },
                 { "key": "a", "columns": [ { "figure": "f", "header": "F" } ] } ] })")
            << QStringLiteral("bad.json: tables[1].key: \"a\" is already the key of another table.");
        QTest::newRow("column without figure")
            << QByteArray(
                   R"({ "name": "x", "tables": [ { "key": "a", "columns": [ { "header": "F" } ] } ] })")
            << QStringLiteral("bad.json: tables[0].columns[0].figure: the field is missing.");
        QTest::newRow("unknown kind")
            << QByteArray(R"({ "name": "x", "tables": [ { "key": "a", "columns": [
                 { "figure": "f", "header": "F", "kind": "money" } ] } ] })")
            << QStringLiteral(
                   "bad.json: tables[0].columns[0].kind: unknown kind \"money\"; use text, integer, "
                   "decimal, percent or date.");
        QTest::newRow("width not number")
            << QByteArray(R"({ "name": "x", "tables": [ { "key": "a", "columns": [
                 { "figure": "f", "header": "F", "width": "wide" } ] } ] })")
            << QStringLiteral("bad.json: tables[0].columns[0].width: must be a number.");
        QTest::newRow("summed text")
            << QByteArray(R"({ "name": "x", "tables": [ { "key": "a", "columns": [
                 { "figure": "f", "header": "F", "summed": true } ] } ] })")
            << QStringLiteral(
                   "bad.json: tables[0].columns[0].summed: only integer and decimal columns can be summed.");
        QTest::newRow("percent without denominator")
            << QByteArray(R"({ "name": "x", "tables": [ { "key": "a", "columns": [
                 { "figure": "f", "header": "F", "kind": "percent", "numerator": "n" } ] } ] })")
            << QStringLiteral(
                   "bad.json: tables[0].columns[0].denominator: a percentage needs both a numerator "
                   "and a denominator.");
        QTest::newRow("duplicate figure")
            << QByteArray(R"({ "name": "x", "tables": [ { "key": "a", "columns": [
                 { "figure": "f", "header": "F" }, { "figure": "f", "header": "G" } ] } ] })")
            << QStringLiteral(
                   "bad.json: tables[0].columns[1].figure: \"f\" is already a column of this table.");
        QTest::newRow("long sheet name")
            << QByteArray(R"({ "name": "x", "sheet": "abcdefghijklmnopqrstuvwxyz0123456789", "tables": [] })")
            << QStringLiteral("bad.json: sheet: a sheet name has at most 31 characters.");
        QTest::newRow("numberRow not bool")
            << QByteArray(R"({ "name": "x", "tables": [ { "key": "a", "numberRow": "yes", "columns": [
                 { "figure": "f", "header": "F" } ] } ] })")
            << QStringLiteral("bad.json: tables[0].numberRow: must be true or false.");
    }

    void malformedRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        Status error;
        const auto layout =
            ReportLayout::loadFile(writeFile(dir.path(), QStringLiteral("bad.json"), json), &error);
        QVERIFY(!layout);
        QVERIFY(!error.ok());
        QString got = error.message();
        got.replace(QDir::toNativeSeparators(dir.path()) + QDir::separator(), QString());
        QCOMPARE(got, message);
    }

    void severalProblemsAtOnce()
    {
        QTemporaryDir dir;
        Status error;
        const auto layout = ReportLayout::loadFile(
            writeFile(dir.path(), QStringLiteral("two.json"),
                      R"({ "tables": [ { "key": "a", "columns": [ { "figure": "f" } ] } ] })"),
            &error);
        QVERIFY(!layout);
        QCOMPARE(error.message().count(QLatin1Char('\n')), 1);
        QVERIFY(error.message().contains(QStringLiteral("two.json: name: the field is missing.")));
        QVERIFY(error.message().contains(
            QStringLiteral("two.json: tables[0].columns[0].header: the field is missing.")));
    }

    void missingFileAndUnknownName()
    {
        Status error;
        QVERIFY(!ReportLayout::loadFile(QStringLiteral("/nonexistent/x.json"), &error));
        QVERIFY(error.message().startsWith(QStringLiteral("/nonexistent/x.json: cannot be read")));
        QVERIFY(!ReportLayout::load(QStringLiteral("no-such-report"), &error));
        QVERIFY(error.message().contains(QStringLiteral("no-such-report.json")));
    }

    void unknownFigureRefused()
    {
        QTemporaryDir dir;
        const auto layout =
            ReportLayout::loadFile(writeFile(dir.path(), QStringLiteral("mini.json"), Minimal), nullptr);
        QVERIFY(layout);
        const QStringList known{QStringLiteral("village"), QStringLiteral("households"),
                                QStringLiteral("recognised"), QStringLiteral("share")};
        QVERIFY(layout->validateFigures(QStringLiteral("t"), known).ok());
        const Status noShare = layout->validateFigures(QStringLiteral("t"), known.mid(0, 3));
        QVERIFY(!noShare.ok());
        QCOMPARE(noShare.message(),
                 QStringLiteral("mini.json: table \"t\", column 4: the report makes no figure \"share\"; the "
                                "figures it makes are: village, households, recognised."));
        // A percentage's numerator must be a figure too, even when it is no column of its own.
        const Status noNumerator = layout->validateFigures(
            QStringLiteral("t"),
            {QStringLiteral("village"), QStringLiteral("households"), QStringLiteral("share")});
        QVERIFY(!noNumerator.ok());
        QVERIFY(noNumerator.message().contains(QStringLiteral("no figure \"recognised\"")));
        QVERIFY(!layout->validateFigures(QStringLiteral("nope"), known).ok());
    }

    void overrideFolderWins()
    {
        const auto builtIn = ReportLayout::load(QStringLiteral("yearly"), nullptr);
        QVERIFY(builtIn);
        QVERIFY(QDir().mkpath(ReportLayout::overrideFolder()));
        QByteArray custom = Minimal;
        custom.replace("\"mini\"", "\"yearly\"");
        custom.replace("BÁO CÁO", "BÁO CÁO CỦA TỈNH");
        writeFile(ReportLayout::overrideFolder(), QStringLiteral("yearly.json"), custom);
        Status error;
        const auto overridden = ReportLayout::load(QStringLiteral("yearly"), &error);
        QVERIFY2(overridden, qPrintable(error.message()));
        QCOMPARE(overridden->title, QStringLiteral("BÁO CÁO CỦA TỈNH"));
        QCOMPARE(overridden->tables.size(), 1);

        // A broken override is reported with its full path, not silently replaced by the built-in one.
        writeFile(ReportLayout::overrideFolder(), QStringLiteral("yearly.json"), "{");
        QVERIFY(!ReportLayout::load(QStringLiteral("yearly"), &error));
        QVERIFY2(error.message().startsWith(QDir::toNativeSeparators(ReportLayout::overrideFolder())),
                 qPrintable(error.message()));
    }

    void documentSettingsDefaultsAndSave()
    {
        test::TempCommune temp;
        Database &db = temp.create(QStringLiteral("Xã Hòa Bình"));
        DocumentSettings s = DocumentSettings::load(db);
        QCOMPARE(s.issuingBody, QStringLiteral("UBND XÃ HÒA BÌNH"));
        QCOMPARE(s.associationBody, QStringLiteral("HỘI KHUYẾN HỌC XÃ HÒA BÌNH"));
        QCOMPARE(s.place, QStringLiteral("Hòa Bình"));
        QVERIFY(s.parentBody.isEmpty());
        QVERIFY(s.chairmanName.isEmpty());

        s.parentBody = QStringLiteral("UBND HUYỆN LẠC SƠN");
        s.chairmanName = QStringLiteral("Nguyễn Văn An");
        s.associationChairmanName = QStringLiteral("Trần Thị Bích");
        s.preparerName = QStringLiteral("Lê Thu Hà");
        s.place = QStringLiteral("Hòa Bình mới");
        SHT_VERIFY_OK(s.save(db));
        const DocumentSettings back = DocumentSettings::load(db);
        QCOMPARE(back.parentBody, QStringLiteral("UBND HUYỆN LẠC SƠN"));
        QCOMPARE(back.chairmanName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(back.associationChairmanName, QStringLiteral("Trần Thị Bích"));
        QCOMPARE(back.preparerName, QStringLiteral("Lê Thu Hà"));
        QCOMPARE(back.place, QStringLiteral("Hòa Bình mới"));
        QCOMPARE(back.issuingBody, QStringLiteral("UBND XÃ HÒA BÌNH"));

        // Clearing a field brings back its default.
        DocumentSettings cleared = back;
        cleared.place.clear();
        SHT_VERIFY_OK(cleared.save(db));
        QCOMPARE(DocumentSettings::load(db).place, QStringLiteral("Hòa Bình"));

        const DocumentHeading h = back.heading(QDate(2026, 1, 5), QStringLiteral("Số: 12/BC-UBND"));
        QCOMPARE(h.issuingBody, QStringLiteral("UBND XÃ HÒA BÌNH"));
        QCOMPARE(h.parentBody, QStringLiteral("UBND HUYỆN LẠC SƠN"));
        QCOMPARE(h.date, QDate(2026, 1, 5));
        QCOMPARE(h.documentNumber, QStringLiteral("Số: 12/BC-UBND"));
        QCOMPARE(back.chairman().name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(back.chairman().title, QStringLiteral("CHỦ TỊCH"));
        QCOMPARE(back.preparer().title, QStringLiteral("NGƯỜI LẬP BIỂU"));
        QCOMPARE(back.associationChairman().name, QStringLiteral("Trần Thị Bích"));
    }

    // Saved through EditCommands (as the signers dialog does), a change is audited and one undo step:
    // undo brings back the old heading, redo the new one.
    void documentSettingsChangeIsAuditedAndUndone()
    {
        test::TempCommune temp;
        Database &db = temp.create(QStringLiteral("Xã Hòa Bình"));
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands commands(db, stack, notifier);
        DocumentSettings s = DocumentSettings::load(db);
        s.chairmanName = QStringLiteral("Nguyễn Văn An");
        SHT_VERIFY_OK(s.save(db));
        const QStringList before = test::databaseState(db);

        s.chairmanName = QStringLiteral("Phạm Thị Hoa");
        s.issuingBody = QStringLiteral("UBND XÃ HÒA BÌNH MỚI");
        SHT_VERIFY_OK(commands.record(QStringLiteral("signers"), [&] { return s.save(db); }));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(DocumentSettings::load(db).heading(QDate()).issuingBody,
                 QStringLiteral("UBND XÃ HÒA BÌNH MỚI"));
        QSqlQuery audit(db.connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE entity = 'meta' "
                                          "AND entity_uuid = 'document.chairman_name' ORDER BY id DESC")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(audit.value(1).toString(), QStringLiteral("Phạm Thị Hoa"));

        stack.undo();
        QCOMPARE(DocumentSettings::load(db).chairmanName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(DocumentSettings::load(db).issuingBody, QStringLiteral("UBND XÃ HÒA BÌNH"));
        QStringList undone = test::databaseState(db);
        QCOMPARE(undone, before);
        stack.redo();
        QCOMPARE(DocumentSettings::load(db).chairmanName, QStringLiteral("Phạm Thị Hoa"));

        // Changed meanwhile (another door): the undo refuses rather than overwrite it.
        DocumentSettings other = DocumentSettings::load(db);
        other.chairmanName = QStringLiteral("Lê Văn Tám");
        SHT_VERIFY_OK(other.save(db));
        stack.undo();
        QCOMPARE(DocumentSettings::load(db).chairmanName, QStringLiteral("Lê Văn Tám"));
    }

    void wardDefaults()
    {
        test::TempCommune temp;
        Database &db = temp.create(QStringLiteral("Phường Tân An"));
        const DocumentSettings s = DocumentSettings::load(db);
        QCOMPARE(s.issuingBody, QStringLiteral("UBND PHƯỜNG TÂN AN"));
        QCOMPARE(s.place, QStringLiteral("Tân An"));
    }
};

QTEST_GUILESS_MAIN(TestReportLayout)
#include "tst_report_layout.moc"
