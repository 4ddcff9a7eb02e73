// Tests of sht::importing::RegisterParser: from read workbooks to villages, households and people, with
// every skipped row and every value not understood reported at its place. In memory first, then end to end
// through the readers on the messy registers of tests/support/RegisterFixtures (xlsx and CSV in UTF-8,
// CP1258, TCVN3 and VNI), asserting every person and every problem exactly.
#include "RegisterFixtures.h"
#include "RegisterParser.h"
#include "TestSupport.h"
#include "WorkbookReader.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sht;
using namespace sht::importing;
using namespace sht::test;
using namespace Qt::StringLiterals;
using Kind = ImportProblem::Kind;

namespace {

const QDate kToday(2024, 6, 15);

QStringList people(const ParsedRegister &r)
{
    QStringList out;
    for (const auto &v : r.villages)
        for (const auto &h : v.households)
            for (const auto &p : h.members)
                out << v.villageName + u" | "_s + h.code + u" | "_s + h.clanName + u" | "_s + personKey(p);
    return out;
}

QStringList people(const RegisterFixture &fx)
{
    ParsedRegister r;
    r.villages = fx.villages;
    return people(r);
}

// Compares the lists line by line so that a failure names the first differing person.
void compareLines(const QStringList &actual, const QStringList &expected)
{
    for (int i = 0; i < qMin(actual.size(), expected.size()); ++i)
        if (actual[i] != expected[i])
            QFAIL(qPrintable(u"line %1:\n actual:   %2\n expected: %3"_s.arg(i).arg(actual[i], expected[i])));
    QCOMPARE(actual.size(), expected.size());
}

QString problemsText(const ParsedRegister &r)
{
    QStringList out;
    for (const auto &p : r.problems)
        out << problemKey(p) + u": "_s + p.message + u" → "_s + p.action;
    return out.join(u'\n');
}

// A small register typed the usual way: national heading, title, header, column numbers, households with
// STT on the head's row, mess in the values, a total row and the signatures.
Workbook smallRegister()
{
    Workbook wb;
    wb.path = u"/somewhere/so-ho.xlsx"_s;
    wb.format = u"xlsx"_s;
    SheetGrid g =
        sheetOf(u"TDP Bắc Sơn"_s,
                {{textCell(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s)},
                 {textCell(u"DANH SÁCH HỘ GIA ĐÌNH"_s)},
                 {},
                 {textCell(u"STT"_s), textCell(u"Họ và tên"_s), textCell(u"Năm sinh"_s),
                  textCell(u"Giới tính"_s), textCell(u"Số CCCD"_s), textCell(u"Quan hệ với chủ hộ"_s),
                  textCell(u"Dòng họ"_s), textCell(u"Ghi chú"_s)},
                 {textCell(u"(1)"_s), textCell(u"(2)"_s), textCell(u"(3)"_s), textCell(u"(4)"_s),
                  textCell(u"(5)"_s), textCell(u"(6)"_s), textCell(u"(7)"_s), textCell(u"(8)"_s)},
                 // row 6: household 1
                 {numberCell(1), textCell(u"NGUYỄN VĂN AN"_s), numberCell(1956), textCell(u"Nam"_s),
                  numberCell(1056012345), textCell(u"Chủ hộ"_s), textCell(u"Họ Nguyễn"_s)},
                 {{},
                  textCell(nfd(u"Trần Thị Bình"_s)),
                  textCell(u"31/02/1960"_s),
                  textCell(u"Nữ"_s),
                  textCell(u"3.80E+10"_s),
                  textCell(u"Vợ"_s)},
                 {{},
                  textCell(u"Nguyễn Thị\u00a0 Cúc"_s),
                  dateCell(QDate(1990, 5, 4)),
                  textCell(u"Nữ"_s),
                  {},
                  textCell(u"Con (tạm vắng)"_s)},
                 {},
                 // row 10: household 2, no head; then a row with no name
                 {formulaCell(2, u"A6+1"_s),
                  textCell(u"Lê Văn Dũng"_s),
                  textCell(u"2030"_s),
                  textCell(u"Nam"_s),
                  {},
                  textCell(u"Chồng"_s),
                  {},
                  textCell(u"Tạm trú"_s)},
                 {{}, {}, textCell(u"2001"_s), textCell(u"Nam"_s), {}, textCell(u"Con"_s)},
                 {{},
                  textCell(u"Lê Thị Em"_s),
                  textCell(u"12.3.2005"_s),
                  textCell(u"X"_s),
                  {},
                  textCell(u"Cây cảnh"_s)},
                 // row 13: total, then the signatures
                 {{}, textCell(u"Tổng cộng: 2 hộ, 5 nhân khẩu"_s)},
                 {{}, textCell(u"NGƯỜI LẬP BIỂU"_s), {}, {}, {}, textCell(u"TỔ TRƯỞNG"_s)},
                 {},
                 {{}, textCell(u"Phạm Văn Ghi"_s), {}, {}, {}, textCell(u"Hoàng Văn Ký"_s)}});
    wb.sheets << g;
    wb.sheets << sheetOf(u"Tổng hợp"_s,
                         {{textCell(u"Số hộ"_s), formulaCell(2, u"COUNT('TDP Bắc Sơn'!A6:A99)"_s)}});
    return wb;
}

} // namespace

class TestRegisterParser : public QObject
{
    Q_OBJECT

private slots:
    void inMemory();
    void planChangedByTheUser();
    void skippedSheets();
    void messyWorkbook();
    void messyWorkbookIsDeterministic();
    void csv_data();
    void csv();
    void large();
};

void TestRegisterParser::inMemory()
{
    const Workbook wb = smallRegister();
    const QList<SheetPlan> plans = RegisterParser::detect(wb);
    QCOMPARE(plans.size(), 2);
    QCOMPARE(plans[0].villageName, u"Tổ dân phố Bắc Sơn"_s);
    QVERIFY(!plans[0].skip);
    QCOMPARE(plans[0].headerFirstRow, 3);
    QCOMPARE(plans[0].columnNumberRow, 4);
    QCOMPARE(plans[0].dataFirstRow, 5);
    QVERIFY(plans[1].skip);

    const ParsedRegister r = RegisterParser::parse(wb, plans, kToday);
    QCOMPARE(r.villages.size(), 1);
    QCOMPARE(r.householdCount(), 2);
    QCOMPARE(r.personCount(), 5);
    const QString c = u"Họ Nguyễn"_s;
    compareLines(
        people(r),
        {u"Tổ dân phố Bắc Sơn | 1 | Họ Nguyễn | 6|Nguyễn Văn An|male|1956|001056012345|head|permanent||||"_s,
         u"Tổ dân phố Bắc Sơn | 1 | Họ Nguyễn | 7|Trần Thị Bình|female|||spouse|permanent||||"
         u"Birth date as written: 31/02/1960; ID as written: 3.80E+10"_s,
         u"Tổ dân phố Bắc Sơn | 1 | Họ Nguyễn | 8|Nguyễn Thị Cúc|female|1990-05-04||child|absent||||"_s,
         u"Tổ dân phố Bắc Sơn | 2 |  | 10|Lê Văn Dũng|male|||head|temporary||||Tạm trú; "
         u"Birth date as written: 2030"_s,
         u"Tổ dân phố Bắc Sơn | 2 |  | 12|Lê Thị Em||2005-03-12||other|permanent||||"
         u"Sex as written: X; Relation as written: Cây cảnh"_s});
    Q_UNUSED(c)
    const QStringList expected = {
        ExpectedProblem{Kind::SkippedRow, u"TDP Bắc Sơn"_s, 1, {}}.key(),
        ExpectedProblem{Kind::SkippedRow, u"TDP Bắc Sơn"_s, 2, {}}.key(),
        ExpectedProblem{Kind::SkippedRow, u"TDP Bắc Sơn"_s, 5, {}}.key(), // column numbers
        ExpectedProblem{Kind::IdRestored, u"TDP Bắc Sơn"_s, 6, u"E"_s}.key(),
        ExpectedProblem{Kind::ImpossibleDate, u"TDP Bắc Sơn"_s, 7, u"C"_s}.key(),
        ExpectedProblem{Kind::IdInvalid, u"TDP Bắc Sơn"_s, 7, u"E"_s}.key(),
        ExpectedProblem{Kind::SkippedRow, u"TDP Bắc Sơn"_s, 9, {}}.key(), // empty row inside the data
        ExpectedProblem{Kind::FutureDate, u"TDP Bắc Sơn"_s, 10, u"C"_s}.key(),
        ExpectedProblem{Kind::NoHead, u"TDP Bắc Sơn"_s, 10, {}}.key(),
        ExpectedProblem{Kind::MissingName, u"TDP Bắc Sơn"_s, 11, u"B"_s}.key(),
        ExpectedProblem{Kind::UnknownValue, u"TDP Bắc Sơn"_s, 12, u"D"_s}.key(),
        ExpectedProblem{Kind::UnknownRelation, u"TDP Bắc Sơn"_s, 12, u"F"_s}.key(),
        ExpectedProblem{Kind::SkippedRow, u"TDP Bắc Sơn"_s, 13, {}}.key(), // total
        ExpectedProblem{Kind::SkippedRow, u"TDP Bắc Sơn"_s, 14, {}}.key(), // signatures
        ExpectedProblem{Kind::SkippedRow, u"TDP Bắc Sơn"_s, 16, {}}.key(),
        ExpectedProblem{Kind::SkippedSheet, u"Tổng hợp"_s, 0, {}}.key(),
    };
    if (problemKeys(r.problems).size() != expected.size())
        qWarning().noquote() << problemsText(r);
    QStringList sorted = expected;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(problemKeys(r.problems), sorted);
    for (const auto &p : r.problems) {
        QCOMPARE(p.where.file, u"so-ho.xlsx"_s);
        QVERIFY2(!p.message.isEmpty() && !p.action.isEmpty(), qPrintable(problemKey(p)));
    }
}

void TestRegisterParser::planChangedByTheUser()
{
    const Workbook wb = smallRegister();
    QList<SheetPlan> plans = RegisterParser::detect(wb);
    plans[0].villageName = u"Thôn Mới"_s;
    plans[0].mapping.assign(6, Field::Notes); // the clan column read as notes instead
    plans.removeAt(1);                        // no plan: the summary sheet is ignored, not reported
    const ParsedRegister r = RegisterParser::parse(wb, plans, kToday);
    QCOMPARE(r.villages[0].villageName, u"Thôn Mới"_s);
    QCOMPARE(r.villages[0].households[0].clanName, QString());
    QCOMPARE(r.villages[0].households[0].members[0].notes, u"Họ Nguyễn"_s);
    for (const auto &p : r.problems)
        QVERIFY(p.kind != Kind::SkippedSheet);
    // Skipping a village sheet reports it and imports nothing of it.
    plans[0].skip = true;
    plans[0].skipReason = u"chosen"_s;
    const ParsedRegister none = RegisterParser::parse(wb, plans, kToday);
    QCOMPARE(none.personCount(), 0);
    QCOMPARE(none.problems.size(), 1);
    QCOMPARE(none.problems[0].kind, Kind::SkippedSheet);
}

void TestRegisterParser::skippedSheets()
{
    Workbook wb;
    wb.path = u"x.xlsx"_s;
    wb.format = u"xlsx"_s;
    wb.sheets << SheetGrid{u"Empty"_s, false, {}, {}, {}, {}, {}};
    wb.sheets << textSheet(u"Notes"_s, {{u"Nộp trước ngày 30/6"_s}});
    wb.sheets << textSheet(u"Thôn 2"_s, {{u"STT"_s, u"Họ và tên"_s, u"Năm sinh"_s}, {u"Tổng cộng: 0 hộ"_s}});
    const QList<SheetPlan> plans = RegisterParser::detect(wb);
    QCOMPARE(plans.size(), 3);
    for (const auto &plan : plans) {
        QVERIFY2(plan.skip, qPrintable(plan.sheet));
        QVERIFY2(plan.skipReason.contains(plan.sheet), qPrintable(plan.skipReason));
    }
    const ParsedRegister r = RegisterParser::parse(wb, plans, kToday);
    QCOMPARE(r.villages.size(), 0);
    QCOMPARE(r.problems.size(), 3);
}

void TestRegisterParser::messyWorkbook()
{
    QTemporaryDir dir;
    const RegisterFixture fx = RegisterFixtures::writeMessyXlsx(dir.filePath(u"so-ho-hoa-an.xlsx"_s), 7);
    QVERIFY(!fx.path.isEmpty());
    Status status;
    const Workbook wb = readWorkbook(fx.path, std::nullopt, ReadLimits(), &status);
    SHT_VERIFY_OK(status);
    const QList<SheetPlan> plans = RegisterParser::detect(wb);
    QCOMPARE(plans.size(), 4);
    QStringList villages;
    for (const auto &p : plans)
        villages << (p.skip ? u"skip"_s : p.villageName);
    QCOMPARE(villages, (QStringList{u"Thôn Đông"_s, u"Tổ dân phố Bắc Sơn"_s, u"Xóm Đình"_s, u"skip"_s}));
    const ParsedRegister r = RegisterParser::parse(wb, plans, fx.today);
    compareLines(people(r), people(fx));
    QCOMPARE(r.householdCount(), fx.householdCount());
    if (problemKeys(r.problems) != fx.problemKeys())
        qWarning().noquote() << problemsText(r);
    compareLines(problemKeys(r.problems), fx.problemKeys());
    // The fixture really holds the mess it claims.
    QSet<Kind> kinds;
    for (const auto &p : fx.problems)
        kinds.insert(p.kind);
    for (Kind k : {Kind::SkippedRow, Kind::SkippedSheet, Kind::ImpossibleDate, Kind::FutureDate,
                   Kind::IdRestored, Kind::IdInvalid, Kind::MissingName, Kind::NoHead})
        QVERIFY2(kinds.contains(k), qPrintable(QString::number(int(k))));
    QVERIFY(fx.personCount() >= 50);
    if (qEnvironmentVariableIsSet("SHT_DUMP_FIXTURE"))
        qInfo().noquote() << people(r).join(u'\n') << '\n' << problemsText(r);
    // What the planner gets to find: one person in two villages, two people with one ID.
    QCOMPARE(fx.samePerson.size(), 1);
    QCOMPARE(fx.sharedId.size(), 1);
}

void TestRegisterParser::messyWorkbookIsDeterministic()
{
    QTemporaryDir dir;
    const RegisterFixture a = RegisterFixtures::writeMessyXlsx(dir.filePath(u"a.xlsx"_s), 3);
    const RegisterFixture b = RegisterFixtures::writeMessyXlsx(dir.filePath(u"b.xlsx"_s), 3);
    const RegisterFixture c = RegisterFixtures::writeMessyXlsx(dir.filePath(u"c.xlsx"_s), 4);
    QCOMPARE(people(a), people(b));
    QVERIFY(people(a) != people(c));
}

void TestRegisterParser::csv_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("utf8 BOM ,") << int(RegisterFixtures::CsvFlavor::Utf8Bom) << u"utf8"_s;
    QTest::newRow("utf8 ;") << int(RegisterFixtures::CsvFlavor::Utf8Semicolon) << u"utf8"_s;
    QTest::newRow("cp1258") << int(RegisterFixtures::CsvFlavor::Cp1258) << u"cp1258"_s;
    QTest::newRow("tcvn3") << int(RegisterFixtures::CsvFlavor::Tcvn3) << u"tcvn3"_s;
    QTest::newRow("vni") << int(RegisterFixtures::CsvFlavor::Vni) << u"vni"_s;
}

void TestRegisterParser::csv()
{
    QFETCH(int, flavor);
    QFETCH(QString, encoding);
    const auto f = RegisterFixtures::CsvFlavor(flavor);
    QTemporaryDir dir;
    const RegisterFixture fx = RegisterFixtures::writeCsv(
        dir.filePath(u"thon-nam-"_s + RegisterFixtures::csvFlavorKey(f) + u".csv"_s), f, 11);
    QVERIFY(!fx.path.isEmpty());
    Status status;
    const Workbook wb = readWorkbook(fx.path, std::nullopt, ReadLimits(), &status);
    SHT_VERIFY_OK(status);
    QCOMPARE(wb.encoding, encoding);
    const QList<SheetPlan> plans = RegisterParser::detect(wb);
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans[0].villageName, u"Thôn Nam"_s);
    const ParsedRegister r = RegisterParser::parse(wb, plans, fx.today);
    compareLines(people(r), people(fx));
    if (problemKeys(r.problems) != fx.problemKeys())
        qWarning().noquote() << problemsText(r);
    compareLines(problemKeys(r.problems), fx.problemKeys());
}

void TestRegisterParser::large()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.xlsx"_s);
    QElapsedTimer timer;
    timer.start();
    const auto written = RegisterFixtures::writeLargeXlsx(path, 20000, 5);
    const qint64 writeMs = timer.restart();
    QVERIFY(written.ok);
    QVERIFY(written.people >= 20000);
    Status status;
    const Workbook wb = readWorkbook(path, std::nullopt, ReadLimits(), &status);
    SHT_VERIFY_OK(status);
    const qint64 readMs = timer.restart();
    const QList<SheetPlan> plans = RegisterParser::detect(wb);
    const ParsedRegister r = RegisterParser::parse(wb, plans, RegisterFixtures::today());
    const qint64 parseMs = timer.elapsed();
    qInfo("%d people: written in %lld ms, read in %lld ms, detected and parsed in %lld ms", written.people,
          writeMs, readMs, parseMs);
    QCOMPARE(r.villages.size(), written.villages);
    QCOMPARE(r.householdCount(), written.households);
    QCOMPARE(r.personCount(), written.people);
    for (const auto &p : r.problems)
        QVERIFY2(p.kind == Kind::IdRestored || p.kind == Kind::SkippedRow || p.kind == Kind::SkippedSheet,
                 qPrintable(problemKey(p) + u' ' + p.message));
}

QTEST_GUILESS_MAIN(TestRegisterParser)
#include "tst_register_parser.moc"
