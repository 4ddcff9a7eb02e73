// The import plan: villages, households, people and clans matched to the commune file or created; updates
// field by field on a re-import; possible duplicates and shared IDs reported with both places, never merged.
#include "AdminUnitService.h"
#include "ClanRepository.h"
#include "HouseholdService.h"
#include "ImportApplier.h"
#include "ImportPlanner.h"
#include "PersonMatcher.h"
#include "RegisterFixtures.h"
#include "RegisterParser.h"
#include "TestSupport.h"
#include "WorkbookReader.h"
#include "import_test_data.h"

#include <QTest>

using namespace sht;
using namespace sht::importing;

namespace {

AdminUnit village(Database &db, const QString &name)
{
    AdminUnit v;
    v.name = name;
    const Status s = AdminUnitService(db).createVillage(v);
    if (!s)
        qFatal("%s", qPrintable(s.message()));
    return v;
}

ImportPlan planOf(Database &db, const ParsedRegister &input)
{
    ImportPlan plan;
    const Status s = ImportPlanner(db).plan(input, &plan);
    if (!s)
        qFatal("%s", qPrintable(s.message()));
    return plan;
}

const PlannedPerson *findPerson(const ImportPlan &plan, const QString &name)
{
    for (const PlannedVillage &v : plan.villages)
        for (const PlannedHousehold &h : v.households)
            for (const PlannedPerson &p : h.members)
                if (p.person.name.full() == name)
                    return &p;
    return nullptr;
}

int problemsOf(const ImportPlan &plan, ImportProblem::Kind kind)
{
    int n = 0;
    for (const ImportProblem &p : plan.problems)
        n += p.kind == kind;
    return n;
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void nameKey_data();
    void nameKey();
    void compatibleBirthIsOverlap();
    void newCommune();
    void villageMatching_data();
    void villageMatching();
    void formerVillagesLeadToTheirSuccessor();
    void clansMatchedAndCreatedOnce();
    void duplicatesWithinTheInput();
    void sharedIdIsReportedNotMerged();
    void duplicatesAgainstTheFile();
    void reimportChangesNothing();
    void updatedCopyListsChangesFieldByField();
    void householdWithoutCodeMatchedByHead();
    void repeatedCodeGetsANewOne();
    void everyNewHouseholdHasOneHead();
    void messyWorkbookEndToEnd();
};

// PersonMatcher compares birth dates field by field (it runs for every pair of people sharing a name): the
// same answer as PartialDate::overlaps() for every pair of a year, months and days around the edges, and
// null only with null.
void TestImportPlan::compatibleBirthIsOverlap()
{
    QList<PartialDate> dates{PartialDate()};
    for (int year : {1955, 1956}) {
        dates << PartialDate::fromYear(year);
        for (int month : {1, 2, 3, 12}) {
            dates << PartialDate::fromYearMonth(year, month);
            for (int day : {1, 28, 29, 31})
                if (QDate(year, month, day).isValid())
                    dates << PartialDate::fromDate(QDate(year, month, day));
        }
    }
    QVERIFY(dates.size() > 30);
    int compatible = 0;
    for (const PartialDate &a : std::as_const(dates))
        for (const PartialDate &b : std::as_const(dates)) {
            const bool expected = (a.isNull() && b.isNull()) || a.overlaps(b);
            QVERIFY2(PersonMatcher::compatibleBirth(a, b) == expected,
                     qPrintable(a.toString() + QStringLiteral(" / ") + b.toString()));
            compatible += expected;
        }
    QVERIFY(compatible > dates.size()); // more than each date with itself: years hold their months
}

void TestImportPlan::nameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("nfc-nfd") << QStringLiteral("Nguyễn Thị Thủy")
                             << test::nfd(QStringLiteral("Nguyễn Thị Thủy")) << true;
    QTest::newRow("old tone placement uy")
        << QStringLiteral("Lê Thị Thuỷ") << QStringLiteral("Lê Thị Thủy") << true;
    QTest::newRow("old tone placement oa")
        << QStringLiteral("Trần Văn Hoà") << QStringLiteral("Trần Văn Hòa") << true;
    QTest::newRow("all caps, nbsp, spaces")
        << QStringLiteral("  NGUYỄN\u00a0VĂN  AN ") << QStringLiteral("Nguyễn Văn An") << true;
    QTest::newRow("different tone is another name")
        << QStringLiteral("Lê Thị Hà") << QStringLiteral("Lê Thị Hạ") << false;
    QTest::newRow("no accents is another name")
        << QStringLiteral("Le Thi Ha") << QStringLiteral("Lê Thị Hà") << false;
}

void TestImportPlan::nameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(PersonMatcher::nameKey(a) == PersonMatcher::nameKey(b), same);
}

void TestImportPlan::newCommune()
{
    test::TempCommune temp;
    Database &db = temp.create();
    const ImportPlan plan = planOf(db, test::sampleRegister());
    QCOMPARE(plan.villages.size(), 2);
    const ImportPlan::Counts c = plan.counts();
    QCOMPARE(c.villagesNew, 2);
    QCOMPARE(c.householdsNew, 4);
    QCOMPARE(c.peopleNew, 10);
    QCOMPARE(c.peopleUpdated, 0);
    QCOMPARE(c.clansNew, 2); // "Họ Nguyễn Văn", and "Họ Lê" written NFC once and NFD once
    QVERIFY(!plan.changesNothing());
    QCOMPARE(plan.villages.at(0).households.at(0).members.at(0).relation, Relation::Head);
    QCOMPARE(plan.villages.at(0).sources, QStringList{QStringLiteral("so-ho.xlsx › Thôn Đông")});
    QVERIFY(plan.duplicates.isEmpty());
}

void TestImportPlan::villageMatching_data()
{
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<int>("kind");
    QTest::newRow("same") << QStringLiteral("Thôn Đông") << true << int(AdminUnit::Kind::Village);
    QTest::newRow("capitals") << QStringLiteral("THÔN ĐÔNG") << true << int(AdminUnit::Kind::Village);
    QTest::newRow("no accents") << QStringLiteral("thon dong") << true << int(AdminUnit::Kind::Village);
    QTest::newRow("nfd") << test::nfd(QStringLiteral("Thôn Đông")) << true << int(AdminUnit::Kind::Village);
    QTest::newRow("without kind word") << QStringLiteral("Đông") << true << int(AdminUnit::Kind::Village);
    QTest::newRow("old name") << QStringLiteral("Xóm Cũ") << true << int(AdminUnit::Kind::Village);
    QTest::newRow("new village") << QStringLiteral("Thôn Mới") << false << int(AdminUnit::Kind::Village);
    QTest::newRow("new residential group")
        << QStringLiteral("Tổ dân phố Bắc Sơn") << false << int(AdminUnit::Kind::ResidentialGroup);
}

void TestImportPlan::villageMatching()
{
    QFETCH(QString, sheetName);
    QFETCH(bool, matched);
    QFETCH(int, kind);
    test::TempCommune temp;
    Database &db = temp.create();
    const AdminUnit dong = village(db, QStringLiteral("Xóm Cũ"));
    SHT_VERIFY_OK(
        AdminUnitService(db).renameVillage(dong.id, QStringLiteral("Thôn Đông"), QDate(2020, 1, 1)));
    village(db, QStringLiteral("Thôn Đoài"));
    ParsedRegister input;
    input.villages << test::parsedVillage(
        QStringLiteral("a.xlsx"), sheetName,
        {test::parsedHousehold(QStringLiteral("9"),
                               {test::parsedPerson(QStringLiteral("Vũ Văn Tâm"), PartialDate::fromYear(1970),
                                                   QStringLiteral("head"))})});
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.villages.size(), 1);
    QCOMPARE(plan.villages.at(0).existingId, matched ? dong.id : qint64(0));
    QCOMPARE(plan.villages.at(0).name, matched ? QStringLiteral("Thôn Đông") : sheetName);
    QCOMPARE(int(plan.villages.at(0).kind), kind);
}

void TestImportPlan::formerVillagesLeadToTheirSuccessor()
{
    test::TempCommune temp;
    Database &db = temp.create();
    const AdminUnit quang = village(db, QStringLiteral("Thôn Đồng Quang"));
    const AdminUnit lap = village(db, QStringLiteral("Thôn Tân Lập"));
    SHT_VERIFY_OK(AdminUnitService(db).mergeVillages(quang.id, lap.id, QDate(2025, 7, 1)));
    ParsedRegister input;
    input.villages << test::parsedVillage(
        QStringLiteral("cu.xls"), QStringLiteral("Đồng Quang"),
        {test::parsedHousehold(QStringLiteral("1"),
                               {test::parsedPerson(QStringLiteral("Vũ Văn Tâm"), PartialDate::fromYear(1970),
                                                   QStringLiteral("head"))})});
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.villages.at(0).existingId, lap.id);
}

void TestImportPlan::clansMatchedAndCreatedOnce()
{
    test::TempCommune temp;
    Database &db = temp.create();
    Clan clan;
    clan.name = QStringLiteral("Họ Nguyễn Văn");
    SHT_VERIFY_OK(ClanRepository(db).insert(clan));
    ParsedRegister input = test::sampleRegister();
    input.villages[0].households[0].clanName = test::nfd(QStringLiteral("HỌ NGUYỄN VĂN"));
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.clans.size(), 2);
    QCOMPARE(plan.clans.at(0).existingId, clan.id);
    QCOMPARE(plan.clans.at(1).existingId, qint64(0));
    QCOMPARE(plan.clans.at(1).name, QStringLiteral("Họ Lê"));
    QCOMPARE(plan.villages.at(0).households.at(0).clanIndex, 0);
    QCOMPARE(plan.villages.at(0).households.at(1).clanIndex, 1);
    QCOMPARE(plan.villages.at(1).households.at(1).clanIndex, 1); // the NFD spelling
    QCOMPARE(plan.counts().clansNew, 1);
}

void TestImportPlan::duplicatesWithinTheInput()
{
    test::TempCommune temp;
    Database &db = temp.create();
    ParsedRegister input = test::sampleRegister();
    // The married daughter still listed at her parents' (old tone placement, NFD), and a namesake with
    // another tone, who is someone else.
    input.villages[1].households[1].members
        << test::parsedPerson(test::nfd(QStringLiteral("LÊ THỊ THUỶ")), PartialDate::fromDate({1985, 2, 2}));
    input.villages[1].households[0].members
        << test::parsedPerson(QStringLiteral("Lê Thị Thụy"), PartialDate::fromDate({1985, 2, 2}));
    input.villages[1] =
        test::parsedVillage(input.villages[1].file, input.villages[1].sheet, input.villages[1].households);
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.counts().peopleNew, 12); // reported, never dropped
    QCOMPARE(plan.duplicates.size(), 1);
    const PossibleDuplicate &d = plan.duplicates.constFirst();
    QCOMPARE(d.reason, PossibleDuplicate::Reason::SameNameAndBirth);
    QCOMPARE(d.first.sheet, QStringLiteral("Thôn Đoài"));
    QCOMPARE(d.second.sheet, QStringLiteral("Thôn Đông"));
    QCOMPARE(d.second.row, 9);
    QVERIFY2(d.secondPlace.contains(QStringLiteral("Thôn Đông")), qPrintable(d.secondPlace));
    QCOMPARE(d.existingPersonId, qint64(0));
    QCOMPARE(problemsOf(plan, ImportProblem::Kind::PossibleDuplicate), 1);
}

void TestImportPlan::sharedIdIsReportedNotMerged()
{
    test::TempCommune temp;
    Database &db = temp.create();
    ParsedRegister input = test::sampleRegister();
    input.villages[1].households[0].members[0].citizenId = QStringLiteral("037060001234"); // An's ID, a typo
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.counts().peopleNew, 10);
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.at(0).reason, PossibleDuplicate::Reason::SharedId);
    QCOMPARE(plan.duplicates.at(0).citizenId, QStringLiteral("037060001234"));
    QCOMPARE(problemsOf(plan, ImportProblem::Kind::SharedId), 1);
    QVERIFY(findPerson(plan, QStringLiteral("Phạm Văn Em"))->person.citizenId.digits() ==
            QStringLiteral("037060001234"));
}

void TestImportPlan::duplicatesAgainstTheFile()
{
    test::TempCommune temp;
    Database &db = temp.create();
    const AdminUnit trung = village(db, QStringLiteral("Thôn Trung"));
    Household household;
    household.villageId = trung.id;
    household.code = QStringLiteral("T-07");
    Person head;
    head.name = PersonName(QStringLiteral("Lê Thị Thủy"));
    head.birthDate = PartialDate::fromDate({1985, 2, 2});
    SHT_VERIFY_OK(HouseholdService(db).createHousehold(household, head, QDate(2020, 1, 1)));
    const ImportPlan plan = planOf(db, test::sampleRegister());
    QCOMPARE(plan.duplicates.size(), 1);
    const PossibleDuplicate &d = plan.duplicates.constFirst();
    QCOMPARE(d.existingPersonId, head.id);
    QCOMPARE(d.first.row, 9);
    QVERIFY2(d.secondPlace.contains(QStringLiteral("Thôn Trung")) &&
                 d.secondPlace.contains(QStringLiteral("T-07")),
             qPrintable(d.secondPlace));
    QCOMPARE(findPerson(plan, QStringLiteral("Lê Thị Thủy"))->action, PlannedPerson::Action::Insert);
}

void TestImportPlan::reimportChangesNothing()
{
    test::TempCommune temp;
    Database &db = temp.create();
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, test::sampleRegister())));
    const ImportPlan again = planOf(db, test::sampleRegister());
    QVERIFY2(again.changesNothing(), qPrintable(again.summaryText()));
    QCOMPARE(again.counts().peopleUnchanged, 10);
    QCOMPARE(again.counts().householdsExisting, 4);
    QCOMPARE(again.counts().villagesNew, 0);
    QVERIFY(again.duplicates.isEmpty());
}

void TestImportPlan::updatedCopyListsChangesFieldByField()
{
    test::TempCommune temp;
    Database &db = temp.create();
    SHT_VERIFY_OK(ImportApplier(db).apply(planOf(db, test::sampleRegister())));
    ParsedRegister copy = test::sampleRegister(QStringLiteral("so-ho-thang-6.xlsx"));
    ParsedPerson &binh = copy.villages[0].households[0].members[1];
    binh.birthDate = PartialDate::fromDate({1962, 8, 20}); // more precise than 1962: an update
    binh.education = QStringLiteral("9/12");
    ParsedPerson &an = copy.villages[0].households[0].members[0];
    an.birthDate = PartialDate::fromYear(1960); // less precise than 05/03/1960: no change
    an.citizenId.clear();                       // missing in the copy: kept
    ParsedPerson &cuong = copy.villages[0].households[0].members[2];
    cuong.residence = QStringLiteral("temporarily_absent");
    copy.villages[0].households[0].members
        << test::parsedPerson(QStringLiteral("Nguyễn Thị Mai"), PartialDate::fromDate({2024, 1, 2}));
    const ImportPlan plan = planOf(db, copy);
    const ImportPlan::Counts c = plan.counts();
    QCOMPARE(c.peopleNew, 1);
    QCOMPARE(c.peopleUpdated, 2);
    QCOMPARE(c.peopleUnchanged, 8);
    QCOMPARE(c.householdsNew, 0);
    const PlannedPerson *b = findPerson(plan, QStringLiteral("Trần Thị Bình"));
    QCOMPARE(b->action, PlannedPerson::Action::Update);
    QCOMPARE(b->changes.size(), 2);
    QCOMPARE(b->changes.at(0).column, QStringLiteral("birth_date"));
    QCOMPARE(b->changes.at(0).before, QStringLiteral("1962"));
    QCOMPARE(b->changes.at(0).after, QStringLiteral("20/08/1962"));
    QCOMPARE(b->changes.at(1).column, QStringLiteral("education"));
    QCOMPARE(b->changes.at(1).after, QStringLiteral("9/12"));
    const PlannedPerson *c2 = findPerson(plan, QStringLiteral("Nguyễn Văn Cường"));
    QCOMPARE(c2->changes.size(), 1);
    QCOMPARE(c2->changes.at(0).column, QStringLiteral("residence_status"));
    QCOMPARE(findPerson(plan, QStringLiteral("Nguyễn Văn An"))->action, PlannedPerson::Action::Unchanged);
}

void TestImportPlan::householdWithoutCodeMatchedByHead()
{
    test::TempCommune temp;
    Database &db = temp.create();
    ParsedRegister input = test::sampleRegister();
    for (ParsedVillage &v : input.villages)
        for (ParsedHousehold &h : v.households)
            h.code.clear();
    const ImportPlan first = planOf(db, input);
    QCOMPARE(first.villages.at(0).households.at(0).code, QStringLiteral("1"));
    QCOMPARE(first.villages.at(0).households.at(1).code, QStringLiteral("2"));
    SHT_VERIFY_OK(ImportApplier(db).apply(first));
    const ImportPlan again = planOf(db, input);
    QVERIFY2(again.changesNothing(), qPrintable(again.summaryText()));
    QCOMPARE(again.counts().householdsExisting, 4);
}

void TestImportPlan::repeatedCodeGetsANewOne()
{
    test::TempCommune temp;
    Database &db = temp.create();
    ParsedRegister input = test::sampleRegister();
    input.villages[0].households[1].code = QStringLiteral("1");
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.villages.at(0).households.at(1).code, QStringLiteral("1-2"));
    QCOMPARE(problemsOf(plan, ImportProblem::Kind::UnknownValue), 1);
    QCOMPARE(plan.problems.constLast().where.row, 8);
}

void TestImportPlan::everyNewHouseholdHasOneHead()
{
    test::TempCommune temp;
    Database &db = temp.create();
    ParsedRegister input = test::sampleRegister();
    input.villages[0].households[0].members[0].relation = QStringLiteral("child"); // no head row at all
    input.villages[0].households[1].members[1].relation = QStringLiteral("head");  // two heads
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.villages.at(0).households.at(0).members.at(0).relation, Relation::Head);
    QCOMPARE(plan.villages.at(0).households.at(1).members.at(1).relation, Relation::Other);
    QCOMPARE(problemsOf(plan, ImportProblem::Kind::UnknownRelation), 1);
    SHT_VERIFY_OK(ImportApplier(db).apply(plan)); // the schema's one-head rule holds
}

// The layout engineer's messy workbook, read and parsed for real: every household and person planned, every
// pair the fixture wrote as one person or as two people with one ID reported with both rows, and importing
// it twice changes nothing.
void TestImportPlan::messyWorkbookEndToEnd()
{
    test::TempCommune temp;
    Database &db = temp.create();
    const QString path = temp.path(QStringLiteral("so-ho-khau.xlsx"));
    const test::RegisterFixture fixture = test::RegisterFixtures::writeMessyXlsx(path);
    Status status;
    const Workbook workbook = readWorkbook(path, std::nullopt, ReadLimits(), &status);
    SHT_VERIFY_OK(status);
    const ParsedRegister input =
        RegisterParser::parse(workbook, RegisterParser::detect(workbook), fixture.today);
    const ImportPlan plan = planOf(db, input);
    QCOMPARE(plan.counts().peopleNew, fixture.personCount());
    QCOMPARE(plan.counts().householdsNew, fixture.householdCount());
    QCOMPARE(plan.villages.size(), fixture.villages.size());
    auto reported = [&](const SourceRef &a, const SourceRef &b, bool sharedId) {
        for (const PossibleDuplicate &d : plan.duplicates) {
            if ((d.reason == PossibleDuplicate::Reason::SharedId) != sharedId)
                continue;
            const auto same = [](const SourceRef &x, const SourceRef &y) {
                return x.sheet == y.sheet && x.row == y.row;
            };
            if ((same(d.first, a) && same(d.second, b)) || (same(d.first, b) && same(d.second, a)))
                return true;
        }
        return false;
    };
    QVERIFY(!fixture.samePerson.isEmpty());
    for (const auto &pair : fixture.samePerson)
        QVERIFY2(reported(pair.first, pair.second, false), qPrintable(QStringLiteral("%1 row %2 / %3 row %4")
                                                                          .arg(pair.first.sheet)
                                                                          .arg(pair.first.row)
                                                                          .arg(pair.second.sheet)
                                                                          .arg(pair.second.row)));
    for (const auto &pair : fixture.sharedId)
        QVERIFY2(reported(pair.first, pair.second, true), qPrintable(QStringLiteral("%1 row %2 / %3 row %4")
                                                                         .arg(pair.first.sheet)
                                                                         .arg(pair.first.row)
                                                                         .arg(pair.second.sheet)
                                                                         .arg(pair.second.row)));
    SHT_VERIFY_OK(ImportApplier(db).apply(plan));
    const ImportPlan again = planOf(db, input);
    QVERIFY2(again.changesNothing(), qPrintable(again.summaryText()));
    QCOMPARE(again.counts().peopleUnchanged, fixture.personCount());
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_import_plan.moc"
