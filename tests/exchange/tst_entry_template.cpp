// The Excel entry template for volunteers without the app (issue 8, step 5): written from a village of a demo
// commune, read back by openpyxl (drop-downs, hidden identity columns and sheets, protection, pre-filled
// rows), then edited by openpyxl as a volunteer would and imported through the import machinery: rows match
// by identity, one update per edited field, one person added, nothing duplicated; the untouched template
// changes nothing; an identity the file does not have, and a template from another commune, are reported.
#include "EntryTemplateWriter.h"
#include "HouseholdGrouper.h"
#include "ImportApplier.h"
#include "ImportPlanner.h"
#include "RegisterParser.h"
#include "TestSupport.h"
#include "WorkbookReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sht;
using namespace sht::importing;

namespace {

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// python3 with openpyxl on the template; the script prints JSON (or nothing).
QByteArray python(const QString &script, const QStringList &args, bool *ok)
{
    // Debian's python3 (with python3-openpyxl from scripts/setup.sh), not a python3 of someone's PATH.
    const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                    ? QStringLiteral("/usr/bin/python3")
                                    : QStringLiteral("python3");
    QProcess p;
    p.start(interpreter, QStringList{QStringLiteral("-c"), script} + args);
    *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning("python3 failed: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

bool hasOpenpyxl()
{
    bool ok = false;
    python(QStringLiteral("import openpyxl"), {}, &ok);
    return ok;
}

ImportPlan planFile(Database &db, const QString &path)
{
    Status status;
    const Workbook wb = readWorkbook(path, std::nullopt, ReadLimits(), &status);
    if (!status)
        qFatal("%s", qPrintable(status.message()));
    const ParsedRegister parsed = RegisterParser::parse(wb, RegisterParser::detect(wb), QDate::currentDate());
    ImportPlan plan;
    if (Status s = ImportPlanner(db).plan(parsed, &plan); !s)
        qFatal("%s", qPrintable(s.message()));
    return plan;
}

QList<ImportProblem> problemsOf(const ImportPlan &plan, ImportProblem::Kind kind)
{
    QList<ImportProblem> out;
    for (const ImportProblem &p : plan.problems)
        if (p.kind == kind)
            out << p;
    return out;
}

const PlannedPerson *findPlanned(const ImportPlan &plan, qint64 personId)
{
    for (const auto &v : plan.villages)
        for (const auto &h : v.households)
            for (const auto &m : h.members)
                if (m.person.id == personId)
                    return &m;
    return nullptr;
}

QStringList registers(Database &db)
{
    QStringList rows = test::databaseState(db);
    rows.erase(
        std::remove_if(rows.begin(), rows.end(),
                       [](const QString &row) { return row.startsWith(QLatin1String("import_batch|")); }),
        rows.end());
    return rows;
}

// The village with the most current members, and what the test edits in it.
struct Subject
{
    QString villageUuid;
    int people = 0;
    qint64 redatedId = 0, renamedId = 0; // members (not heads) with a full birth date
    QString redatedUuid, renamedUuid;
    qint64 householdId = 0; // of the redated person: the new person joins it
    QString householdCode;
};

Subject chooseSubject(Database &db)
{
    Subject s;
    const QString current = QStringLiteral(
        "FROM membership m JOIN person p ON p.id = m.person_id JOIN household h ON h.id = "
        "m.household_id WHERE m.valid_to IS NULL AND p.death_date = '' AND p.moved_away_date = '' ");
    s.villageUuid = scalar(db, QStringLiteral("SELECT v.uuid ") + current.left(current.indexOf(u"WHERE")) +
                                   QStringLiteral("JOIN admin_unit v ON v.id = h.village_id ") +
                                   current.mid(current.indexOf(u"WHERE")) +
                                   QStringLiteral("GROUP BY v.id ORDER BY count(*) DESC LIMIT 1"))
                        .toString();
    const qint64 village =
        scalar(db, QStringLiteral("SELECT id FROM admin_unit WHERE uuid = ?"), {s.villageUuid}).toLongLong();
    s.people =
        scalar(db, QStringLiteral("SELECT count(*) ") + current + QStringLiteral("AND h.village_id = ?"),
               {village})
            .toInt();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT p.id, p.uuid, h.id, h.code ") + current +
              QStringLiteral("AND h.village_id = ? AND m.relation <> 'head' AND length(p.birth_date) = 10 "
                             "ORDER BY p.id LIMIT 2"));
    q.addBindValue(village);
    if (q.exec() && q.next()) {
        s.redatedId = q.value(0).toLongLong();
        s.redatedUuid = q.value(1).toString();
        s.householdId = q.value(2).toLongLong();
        s.householdCode = q.value(3).toString();
        if (q.next()) {
            s.renamedId = q.value(0).toLongLong();
            s.renamedUuid = q.value(1).toString();
        }
    }
    return s;
}

const char *kInspect = R"PY(
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [[ws.title, ws.sheet_state] for ws in wb.worksheets]}
ws = wb.worksheets[0]
header = [c.value for c in ws[4]]
out["header"] = header
out["validations"] = [[str(dv.sqref), dv.type, dv.formula1] for dv in ws.data_validations.dataValidation]
out["hidden"] = [letter for letter, d in ws.column_dimensions.items() if d.hidden]
out["protected"] = bool(ws.protection.sheet)
out["insertRows"] = not ws.protection.insertRows
rows = [[c.value for c in r] for r in ws.iter_rows(min_row=5) if r[1].value]
out["rows"] = len(rows)
out["identified"] = sum(1 for r in rows if r[11] and r[12])
out["firstRow"] = [str(v) if v is not None else "" for v in rows[0]] if rows else []
out["lockedIdentity"] = bool(ws.cell(row=5, column=13).protection.locked)
out["unlockedName"] = not ws.cell(row=5, column=2).protection.locked
ids = wb["_sohoctap"]
out["identity"] = {r[0].value: r[1].value for r in ids.iter_rows()}
lists = wb["_lists"]
out["lists"] = [[c.value for c in col if c.value] for col in lists.iter_cols()]
print(json.dumps(out, ensure_ascii=False))
)PY";

// A volunteer's edits: a birth date typed as a date, a name corrected, a new child on the first empty row
// with the household's number.
const char *kEdit = R"PY(
import sys, datetime, openpyxl
path, out, redated, renamed, code = sys.argv[1:6]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
first_empty = None
for r in range(5, ws.max_row + 1):
    uuid = ws.cell(row=r, column=13).value
    if uuid == redated:
        ws.cell(row=r, column=4).value = datetime.datetime(1977, 8, 12)
    elif uuid == renamed:
        ws.cell(row=r, column=2).value = "Phạm Thị Sửa Tên"
    if first_empty is None and not ws.cell(row=r, column=2).value:
        first_empty = r
ws.cell(row=first_empty, column=1).value = code
ws.cell(row=first_empty, column=2).value = "Nguyễn Văn Mới"
ws.cell(row=first_empty, column=3).value = "Con"
ws.cell(row=first_empty, column=4).value = "2021"
ws.cell(row=first_empty, column=5).value = "Nam"
wb.save(out)
)PY";

// An identity this file does not have (a person deleted since the template was written).
const char *kForeignIdentity = R"PY(
import sys, openpyxl
path, out, uuid = sys.argv[1:4]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
for r in range(5, ws.max_row + 1):
    if ws.cell(row=r, column=13).value == uuid:
        ws.cell(row=r, column=13).value = "01900000-0000-7000-8000-000000000001"
wb.save(out)
)PY";

} // namespace

class TestEntryTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheRegisterLayout();
    void untouchedTemplateChangesNothing();
    void editsComeBackAsUpdatesAndAdditions();
    void unknownIdentityIsReported();
    void templateOfAnotherCommuneIsReadAsARegister();
    void unknownVillageIsRefused();
    void rowsGroupByIdentityThenNumber();
    void copiedRowBecomesANewPerson();

private:
    test::TempCommune m_temp;
    QString m_demo;
    QString m_template;
    Subject m_subject;
};

void TestEntryTemplate::initTestCase()
{
    if (!hasOpenpyxl())
        QFAIL("python3-openpyxl is not installed (scripts/setup.sh installs it)");
    m_demo = m_temp.demo(400, 7);
    Database db;
    SHT_VERIFY_OK(db.open(m_demo));
    m_subject = chooseSubject(db);
    QVERIFY(!m_subject.villageUuid.isEmpty());
    QVERIFY(m_subject.redatedId && m_subject.renamedId);
    m_template = m_temp.path(QStringLiteral("template.xlsx"));
    int calls = 0;
    SHT_VERIFY_OK(exchange::EntryTemplateWriter(db).write(m_subject.villageUuid, m_template, [&](int, int) {
        ++calls;
        return true;
    }));
    QVERIFY(calls > 0);
    QVERIFY(QFile::exists(m_template));
    if (qEnvironmentVariableIsSet("SHT_KEEP_TEMPLATE")) // to look at it in a spreadsheet
        QFile::copy(m_template, qEnvironmentVariable("SHT_KEEP_TEMPLATE"));
    QVERIFY(!QFile::exists(m_template + QStringLiteral(".part")));
}

void TestEntryTemplate::writesTheRegisterLayout()
{
    bool ok = false;
    const QJsonObject o =
        QJsonDocument::fromJson(python(QString::fromUtf8(kInspect), {m_template}, &ok)).object();
    QVERIFY(ok);
    // The village sheet first and visible, the lists and the identity hidden.
    const QJsonArray sheets = o.value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 3);
    QCOMPARE(sheets.at(0).toArray().at(1).toString(), QStringLiteral("visible"));
    QCOMPARE(sheets.at(1).toArray().at(0).toString(), QStringLiteral("_lists"));
    QCOMPARE(sheets.at(1).toArray().at(1).toString(), QStringLiteral("hidden"));
    QCOMPARE(sheets.at(2).toArray().at(0).toString(), QStringLiteral("_sohoctap"));
    QCOMPARE(sheets.at(2).toArray().at(1).toString(), QStringLiteral("hidden"));

    const QJsonArray header = o.value(QStringLiteral("header")).toArray();
    QCOMPARE(header.at(1).toString(), QStringLiteral("Họ và tên"));
    QCOMPARE(header.at(11).toString(), QStringLiteral("sht:household"));
    QCOMPARE(header.at(12).toString(), QStringLiteral("sht:person"));
    const QJsonArray hidden = o.value(QStringLiteral("hidden")).toArray();
    QCOMPARE(hidden.size(), 2);
    QVERIFY(hidden.contains(QStringLiteral("L")) && hidden.contains(QStringLiteral("M")));
    QVERIFY(o.value(QStringLiteral("protected")).toBool());
    QVERIFY(o.value(QStringLiteral("insertRows")).toBool());
    QVERIFY(o.value(QStringLiteral("lockedIdentity")).toBool());
    QVERIFY(o.value(QStringLiteral("unlockedName")).toBool());

    // Every current member of the village, each with both identities.
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), m_subject.people);
    QCOMPARE(o.value(QStringLiteral("identified")).toInt(), m_subject.people);
    const QJsonArray first = o.value(QStringLiteral("firstRow")).toArray();
    QCOMPARE(first.at(2).toString(), QStringLiteral("Chủ hộ"));

    // Drop-downs for relation (C), sex (E), ethnicity (F), education (H) and residence (J), from "_lists",
    // down past the people into the empty rows.
    QHash<QString, QString> formulaByColumn;
    for (const QJsonValue &v : o.value(QStringLiteral("validations")).toArray()) {
        const QJsonArray dv = v.toArray();
        QCOMPARE(dv.at(1).toString(), QStringLiteral("list"));
        const QString sqref = dv.at(0).toString();
        formulaByColumn.insert(sqref.left(1), dv.at(2).toString());
        const int lastRow = sqref.mid(sqref.indexOf(QLatin1Char(':')) + 2).toInt();
        QVERIFY2(lastRow >= 4 + m_subject.people + 50, qPrintable(sqref));
    }
    QCOMPARE(formulaByColumn.size(), 5);
    for (const QString &column : {QStringLiteral("C"), QStringLiteral("E"), QStringLiteral("F"),
                                  QStringLiteral("H"), QStringLiteral("J")})
        QVERIFY2(formulaByColumn.value(column).contains(QStringLiteral("_lists")), qPrintable(column));
    const QJsonArray lists = o.value(QStringLiteral("lists")).toArray();
    QCOMPARE(lists.size(), 5);
    QVERIFY(lists.at(0).toArray().contains(QStringLiteral("Chủ hộ")));
    QVERIFY(lists.at(0).toArray().contains(QStringLiteral("Con")));
    QCOMPARE(lists.at(1).toArray(), (QJsonArray{QStringLiteral("Nam"), QStringLiteral("Nữ")}));
    QCOMPARE(lists.at(2).toArray().size(), 54);
    QVERIFY(lists.at(3).toArray().contains(QStringLiteral("9/12")));
    QVERIFY(lists.at(4).toArray().contains(QStringLiteral("Tạm trú")));

    const QJsonObject identity = o.value(QStringLiteral("identity")).toObject();
    QCOMPARE(identity.value(QStringLiteral("village_uuid")).toString(), m_subject.villageUuid);
    QCOMPARE(identity.value(QStringLiteral("format_version")).toString(), QStringLiteral("1"));
    Database db;
    SHT_VERIFY_OK(db.open(m_demo));
    QCOMPARE(identity.value(QStringLiteral("commune_uuid")).toString(),
             scalar(db, QStringLiteral("SELECT uuid FROM admin_unit WHERE kind = 'commune'")).toString());
}

void TestEntryTemplate::untouchedTemplateChangesNothing()
{
    test::TempCommune copy;
    const QString path = copy.path(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    Database db;
    SHT_VERIFY_OK(db.open(path));
    const ImportPlan plan = planFile(db, m_template);
    const ImportPlan::Counts counts = plan.counts();
    QCOMPARE(plan.villages.size(), 1);
    QCOMPARE(counts.villagesNew, 0);
    QCOMPARE(counts.householdsNew, 0);
    QCOMPARE(counts.peopleNew, 0);
    QCOMPARE(counts.peopleUpdated, 0);
    QCOMPARE(counts.peopleUnchanged, m_subject.people);
    QVERIFY(problemsOf(plan, ImportProblem::Kind::UnknownIdentity).isEmpty());
    QVERIFY(problemsOf(plan, ImportProblem::Kind::SkippedSheet).isEmpty()); // "_lists", "_sohoctap"
    const QStringList before = registers(db);
    SHT_VERIFY_OK(ImportApplier(db).apply(plan));
    QCOMPARE(registers(db), before);
}

void TestEntryTemplate::editsComeBackAsUpdatesAndAdditions()
{
    const QString edited = m_temp.path(QStringLiteral("edited.xlsx"));
    bool ok = false;
    python(QString::fromUtf8(kEdit),
           {m_template, edited, m_subject.redatedUuid, m_subject.renamedUuid, m_subject.householdCode}, &ok);
    QVERIFY(ok);

    test::TempCommune copy;
    const QString path = copy.path(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    Database db;
    SHT_VERIFY_OK(db.open(path));
    const int peopleBefore = scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt();
    const QString oldName =
        scalar(db, QStringLiteral("SELECT full_name FROM person WHERE id = ?"), {m_subject.renamedId})
            .toString();

    const ImportPlan plan = planFile(db, edited);
    const ImportPlan::Counts counts = plan.counts();
    QCOMPARE(counts.householdsNew, 0);
    QCOMPARE(counts.peopleNew, 1);
    QCOMPARE(counts.peopleUpdated, 2);
    QCOMPARE(counts.peopleUnchanged, m_subject.people - 2);
    QVERIFY(problemsOf(plan, ImportProblem::Kind::UnknownIdentity).isEmpty());

    const PlannedPerson *redated = findPlanned(plan, m_subject.redatedId);
    QVERIFY(redated);
    QCOMPARE(redated->changes.size(), 1);
    QCOMPARE(redated->changes.at(0).column, QStringLiteral("birth_date"));
    QCOMPARE(redated->changes.at(0).after, QStringLiteral("12/08/1977"));
    const PlannedPerson *renamed = findPlanned(plan, m_subject.renamedId);
    QVERIFY(renamed);
    QCOMPARE(renamed->changes.size(), 1);
    QCOMPARE(renamed->changes.at(0).column, QStringLiteral("full_name"));
    QCOMPARE(renamed->changes.at(0).before, oldName);
    QCOMPARE(renamed->changes.at(0).after, QStringLiteral("Phạm Thị Sửa Tên"));
    // The new child goes into the household whose number the volunteer wrote.
    bool placed = false;
    for (const auto &h : plan.villages.at(0).households)
        for (const auto &m : h.members)
            if (m.action == PlannedPerson::Action::Insert) {
                QCOMPARE(h.existingId, m_subject.householdId);
                QCOMPARE(m.relation, Relation::Child);
                placed = true;
            }
    QVERIFY(placed);

    SHT_VERIFY_OK(ImportApplier(db).apply(plan));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt(), peopleBefore + 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT birth_date FROM person WHERE id = ?"), {m_subject.redatedId})
                 .toString(),
             QStringLiteral("1977-08-12"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT full_name || '|' || given_name || '|' || search_key FROM person "
                                   "WHERE id = ?"),
                    {m_subject.renamedId})
                 .toString(),
             QStringLiteral("Phạm Thị Sửa Tên|Tên|pham thi sua ten"));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT m.household_id FROM person p JOIN membership m ON m.person_id = p.id "
                              "WHERE p.full_name = ? AND m.valid_to IS NULL"),
               {QStringLiteral("Nguyễn Văn Mới")})
            .toLongLong(),
        m_subject.householdId);
    // One audit entry per changed column of the two updated people, all through the import.
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND entity_uuid = ?"),
               {m_subject.redatedUuid})
            .toInt(),
        1);

    // The same file again: nothing left to do, nothing duplicated.
    const QStringList after = registers(db);
    const ImportPlan again = planFile(db, edited);
    QCOMPARE(again.counts().peopleNew, 0);
    QCOMPARE(again.counts().peopleUpdated, 0);
    SHT_VERIFY_OK(ImportApplier(db).apply(again));
    QCOMPARE(registers(db), after);
}

void TestEntryTemplate::unknownIdentityIsReported()
{
    const QString edited = m_temp.path(QStringLiteral("foreign-identity.xlsx"));
    bool ok = false;
    python(QString::fromUtf8(kForeignIdentity), {m_template, edited, m_subject.renamedUuid}, &ok);
    QVERIFY(ok);
    Database db;
    SHT_VERIFY_OK(db.open(m_demo));
    const ImportPlan plan = planFile(db, edited);
    const QList<ImportProblem> unknown = problemsOf(plan, ImportProblem::Kind::UnknownIdentity);
    QCOMPARE(unknown.size(), 1);
    QVERIFY(unknown.at(0).where.row > 4);
    // The row is not imported (not a new person, not a match by name), every other row unchanged.
    QCOMPARE(plan.counts().peopleNew, 0);
    QCOMPARE(plan.counts().peopleUpdated, 0);
    QCOMPARE(plan.counts().peopleUnchanged, m_subject.people - 1);
}

void TestEntryTemplate::templateOfAnotherCommuneIsReadAsARegister()
{
    // Another commune file (its own uuids): the template is read like any register (its village created,
    // its households and people added by name), and the clerk is told why.
    test::TempCommune other;
    Database &db = other.create(QStringLiteral("Xã Khác"));
    const ImportPlan plan = planFile(db, m_template);
    const QList<ImportProblem> unknown = problemsOf(plan, ImportProblem::Kind::UnknownIdentity);
    QCOMPARE(unknown.size(), 1);
    QVERIFY(unknown.at(0).message.contains(QStringLiteral("another commune")));
    QCOMPARE(plan.counts().villagesNew, 1);
    QVERIFY(plan.counts().householdsNew > 0);
    QCOMPARE(plan.counts().peopleNew, m_subject.people);
}

void TestEntryTemplate::unknownVillageIsRefused()
{
    Database db;
    SHT_VERIFY_OK(db.open(m_demo));
    const QString path = m_temp.path(QStringLiteral("none.xlsx"));
    const Status s = exchange::EntryTemplateWriter(db).write(QStringLiteral("no-such-village"), path);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("no-such-village")), qPrintable(s.message()));
    QVERIFY(!QFile::exists(path));
}

namespace {
RegisterRow row(const QString &name, const QString &relation, const QString &code, const QString &household)
{
    RegisterRow r;
    r.person.fullName = name;
    r.person.relation = relation;
    r.householdCode = code;
    r.householdUuid = household;
    return r;
}
} // namespace

// A member added at the bottom with the household's number joins it; a row without number or identity joins
// the household above; a new head without either starts a new household.
void TestEntryTemplate::rowsGroupByIdentityThenNumber()
{
    const QString head = QStringLiteral("head"), child = QStringLiteral("child");
    const QList<RegisterRow> rows{
        row(QStringLiteral("A"), head, QStringLiteral("01"), QStringLiteral("h1")),
        row(QStringLiteral("B"), child, QStringLiteral("01"), QStringLiteral("h1")),
        row(QStringLiteral("C"), head, QStringLiteral("02"), QStringLiteral("h2")),
        row(QStringLiteral("D"), child, QString(), QString()),
        row(QStringLiteral("E"), child, QStringLiteral("01"), QString()),
        row(QStringLiteral("F"), head, QString(), QString()),
        row(QStringLiteral("G"), child, QString(), QString()),
    };
    QCOMPARE(HouseholdGrouper::chooseRule(rows), HouseholdGrouper::Rule::Identity);
    const QList<ParsedHousehold> households = HouseholdGrouper::group(rows, nullptr);
    QStringList shape;
    for (const ParsedHousehold &h : households) {
        QStringList names;
        for (const ParsedPerson &p : h.members)
            names << p.fullName;
        shape << h.uuid + QLatin1Char(':') + names.join(QLatin1Char(','));
    }
    QCOMPARE(shape,
             (QStringList{QStringLiteral("h1:A,B,E"), QStringLiteral("h2:C,D"), QStringLiteral(":F,G")}));
}

// A row copied in Excel carries its identity along: the first row is the person, the copy a new person,
// reported; nothing is matched twice.
void TestEntryTemplate::copiedRowBecomesANewPerson()
{
    Database db;
    SHT_VERIFY_OK(db.open(m_demo));
    Status status;
    const Workbook wb = readWorkbook(m_template, std::nullopt, ReadLimits(), &status);
    SHT_VERIFY_OK(status);
    ParsedRegister parsed = RegisterParser::parse(wb, RegisterParser::detect(wb), QDate::currentDate());
    QCOMPARE(parsed.villages.size(), 1);
    ParsedHousehold &household = parsed.villages[0].households[0];
    QVERIFY(household.members.size() >= 1);
    ParsedPerson copy = household.members.last();
    copy.fullName = QStringLiteral("Nguyễn Văn Sao Chép");
    copy.relation = QStringLiteral("child");
    household.members << copy;
    ImportPlan plan;
    SHT_VERIFY_OK(ImportPlanner(db).plan(parsed, &plan));
    const QList<ImportProblem> unknown = problemsOf(plan, ImportProblem::Kind::UnknownIdentity);
    QCOMPARE(unknown.size(), 1);
    QVERIFY(unknown.at(0).message.contains(QStringLiteral("copied")));
    QCOMPARE(plan.counts().peopleNew, 1);
    QCOMPARE(plan.counts().peopleUpdated, 0);
    QCOMPARE(plan.counts().peopleUnchanged, m_subject.people);
}

QTEST_GUILESS_MAIN(TestEntryTemplate)
#include "tst_entry_template.moc"
