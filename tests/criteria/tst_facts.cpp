// The named facts on crafted households, clans, villages, units and the commune: each verdict is the one a
// careful council would give by hand, with the evidence that explains it.
#include "EvalTestData.h"
#include "FactRegistry.h"

#include <QJsonObject>
#include <QTest>

using namespace sht;
using namespace sht::criteria;

namespace {

FactResult run(const QString &fact, const test::YearBuilder &year, int subject, const QJsonObject &parameters)
{
    const FactSpec *spec = FactRegistry::find(fact);
    if (!spec)
        qFatal("no fact %s", qPrintable(fact));
    const FactContext context{year.data, year.table, subject};
    return spec->function(context, parameters);
}

QStringList against(const FactResult &r)
{
    QStringList lines;
    for (const Evidence &e : r.evidence)
        if (e.againstRule)
            lines << e.text;
    return lines;
}

QStringList all(const FactResult &r)
{
    QStringList lines;
    for (const Evidence &e : r.evidence)
        lines << e.text;
    return lines;
}

const QJsonObject schoolAges{{QStringLiteral("min_age"), 6}, {QStringLiteral("max_age"), 14}};
const QJsonObject adultAges{{QStringLiteral("min_age"), 19}, {QStringLiteral("max_age"), 60}};

} // namespace

class TestFacts : public QObject
{
    Q_OBJECT

private slots:
    void registryHasTheContractsFacts()
    {
        const QStringList expected{"household.children_in_school",
                                   "household.adults_literate",
                                   "household.adults_learning",
                                   "clan.share_households_recognised",
                                   "village.share_households_recognised",
                                   "village.share_adults_citizen",
                                   "unit.share_staff_citizen",
                                   "citizen.centre_attendance",
                                   "commune.share_citizens_recognised",
                                   "commune.share_trained",
                                   "centre.activity"};
        QCOMPARE(FactRegistry::names(), expected);
        for (const FactSpec &spec : FactRegistry::all()) {
            QVERIFY2(spec.function, qPrintable(spec.name));
            QVERIFY2(!spec.parameters.isEmpty(), qPrintable(spec.name));
        }
        QVERIFY(!FactRegistry::contains(QStringLiteral("household.unknown")));
    }

    // QĐ 448 A 1a: every child of school age goes to school; exemption for illness or disability.
    void childrenInSchool_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("school");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("lineAgainst");

        QTest::newRow("12-year-old out of school fails, named")
            << "2013-04-02"
            << "not_enrolled" << false << "Lê Văn Nam, 12 tuổi: không đi học năm 2025" << true;
        QTest::newRow("12-year-old at school")
            << "2013-04-02"
            << "enrolled" << true << "Lê Văn Nam, 12 tuổi: đi học năm 2025" << false;
        QTest::newRow("exempted disabled child does not fail")
            << "2013-04-02"
            << "exempt" << true << "Lê Văn Nam, 12 tuổi: được miễn (ốm đau, khuyết tật)" << false;
        QTest::newRow("status unknown is not met: chưa rõ")
            << "2013-04-02"
            << "" << false << "Lê Văn Nam, 12 tuổi: chưa rõ có đi học không" << true;
        // Year-only birth dates: age = year − birth year, so a child born "2019" is 6 in 2025 and counted.
        QTest::newRow("year-only birth date counts by birth year")
            << "2019"
            << "not_enrolled" << false << "Lê Văn Nam, 6 tuổi: không đi học năm 2025" << true;
        QTest::newRow("15 in 2025 by birth year: beyond 14, not counted")
            << "2010"
            << "not_enrolled" << true << "" << false;
        QTest::newRow("born on 31/12/2019: 6 on 31/12/2025")
            << "2019-12-31"
            << "not_enrolled" << false << "Lê Văn Nam, 6 tuổi: không đi học năm 2025" << true;
        QTest::newRow("born in 2020: 5, not yet of school age") << "2020-01-01"
                                                                << "not_enrolled" << true << "" << false;
    }
    void childrenInSchool()
    {
        QFETCH(QString, birth);
        QFETCH(QString, school);
        QFETCH(bool, met);
        QFETCH(QString, line);
        QFETCH(bool, lineAgainst);
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        year.person(QStringLiteral("Lê Văn Hùng"), QStringLiteral("1980"), h, QString(),
                    QStringLiteral("12/12"));
        year.person(QStringLiteral("Lê Văn Nam"), birth, h, school);
        year.finish();
        const FactResult r = run(QStringLiteral("household.children_in_school"), year, h, schoolAges);
        QCOMPARE(r.met, met);
        if (line.isEmpty()) {
            QVERIFY(r.evidence.isEmpty());
            QCOMPARE(r.value, QStringLiteral("Không có trẻ từ 6 đến 14 tuổi"));
            return;
        }
        QCOMPARE(all(r), QStringList{line});
        QCOMPARE(r.evidence.constFirst().againstRule, lineAgainst);
        QCOMPARE(r.evidence.constFirst().rowUuid, year.data.people[1].uuid);
    }

    void childrenInSchoolAgesComeFromTheCatalogue()
    {
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        year.person(QStringLiteral("Lê Văn Nam"), QStringLiteral("2009"), h, QStringLiteral("not_enrolled"));
        year.finish();
        QVERIFY(run(QStringLiteral("household.children_in_school"), year, h, schoolAges).met);
        const FactResult wider = run(QStringLiteral("household.children_in_school"), year, h,
                                     {{QStringLiteral("min_age"), 6}, {QStringLiteral("max_age"), 18}});
        QVERIFY(!wider.met);
        QCOMPARE(wider.value, QStringLiteral("0/1 trẻ từ 6 đến 18 tuổi đi học hoặc được miễn"));
    }

    void missingParameterIsNamed()
    {
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        year.finish();
        const FactResult r =
            run(QStringLiteral("household.children_in_school"), year, h, {{QStringLiteral("min_age"), 6}});
        QVERIFY(!r.met);
        QCOMPARE(r.value, QStringLiteral("Bộ tiêu chí thiếu tham số: max_age"));
        QCOMPARE(against(r), QStringList{r.value});
    }

    void adultsLiterate_data()
    {
        QTest::addColumn<QString>("education");
        QTest::addColumn<QString>("school");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("line");
        QTest::newRow("grade 9") << "9/12"
                                 << "" << true << "Trần Thị Hoa, 45 tuổi: biết chữ (9/12)";
        QTest::newRow("literate, no grade") << "Biết chữ"
                                            << "" << true << "Trần Thị Hoa, 45 tuổi: biết chữ (Biết chữ)";
        QTest::newRow("illiterate fails")
            << "Không biết chữ"
            << "" << false << "Trần Thị Hoa, 45 tuổi: chưa biết chữ (Không biết chữ)";
        QTest::newRow("grade 2 is below literacy level 1")
            << "2/12"
            << "" << false << "Trần Thị Hoa, 45 tuổi: chưa biết chữ (2/12)";
        QTest::newRow("unknown education is not met")
            << ""
            << "" << false << "Trần Thị Hoa, 45 tuổi: chưa rõ trình độ học vấn";
        QTest::newRow("unable to learn is left out")
            << "Không biết chữ"
            << "exempt" << true << "Trần Thị Hoa, 45 tuổi: không có khả năng học, không tính";
    }
    void adultsLiterate()
    {
        QFETCH(QString, education);
        QFETCH(QString, school);
        QFETCH(bool, met);
        QFETCH(QString, line);
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        year.person(QStringLiteral("Trần Thị Hoa"), QStringLiteral("1980-02-01"), h, school, education);
        year.person(QStringLiteral("Trần Văn Lộc"), QStringLiteral("1950"), h, QString(),
                    QStringLiteral("Không biết chữ"));
        year.finish();
        const FactResult r = run(QStringLiteral("household.adults_literate"), year, h, adultAges);
        QCOMPARE(r.met, met);
        QCOMPARE(all(r), QStringList{line}); // the 75-year-old is outside 19–60
    }

    void adultsLearning()
    {
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        const int a = year.person(QStringLiteral("Phạm Văn An"), QStringLiteral("1975"), h);
        const int b = year.person(QStringLiteral("Đỗ Thị Bình"), QStringLiteral("1978"), h);
        year.person(QStringLiteral("Phạm Văn Cường"), QStringLiteral("2000"), h);
        year.person(QStringLiteral("Phạm Thị Dung"), QStringLiteral("2012"), h); // a child: not counted
        year.data.people[size_t(a)].courses = 2;
        year.data.people[size_t(b)].courses = 1;
        year.finish();
        const FactResult r = run(QStringLiteral("household.adults_learning"), year, h,
                                 {{QStringLiteral("min_age"), 19},
                                  {QStringLiteral("max_age"), 60},
                                  {QStringLiteral("min_activities"), 1}});
        QVERIFY(!r.met);
        QCOMPARE(r.value, QStringLiteral("2/3 người lớn đã học ít nhất 1 chuyên đề tại TTHTCĐ"));
        QCOMPARE(against(r), QStringList{QStringLiteral(
                                 "Phạm Văn Cường, 25 tuổi: chưa học chuyên đề nào tại TTHTCĐ năm 2025")});
        const FactResult two = run(QStringLiteral("household.adults_learning"), year, h,
                                   {{QStringLiteral("min_age"), 19},
                                    {QStringLiteral("max_age"), 60},
                                    {QStringLiteral("min_activities"), 2}});
        QCOMPARE(two.value, QStringLiteral("1/3 người lớn đã học ít nhất 2 chuyên đề tại TTHTCĐ"));
        QVERIFY(against(two).contains(
            QStringLiteral("Đỗ Thị Bình, 47 tuổi: mới học 1/2 chuyên đề tại TTHTCĐ năm 2025")));
    }

    // A clan exactly at the threshold is met; one household fewer is not.
    void clanAtThreshold_data()
    {
        QTest::addColumn<int>("metHouseholds");
        QTest::addColumn<int>("recognised");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("value");
        QTest::newRow("5 of 10 = 50%: met")
            << 5 << 0 << true << "5/10 (50%) hộ đạt Gia đình học tập (cần 50%)";
        QTest::newRow("4 of 10: not met")
            << 4 << 0 << false << "4/10 (40%) hộ đạt Gia đình học tập (cần 50%)";
        QTest::newRow("4 met + 1 recognised this year")
            << 4 << 1 << true << "5/10 (50%) hộ đạt Gia đình học tập (cần 50%)";
    }
    void clanAtThreshold()
    {
        QFETCH(int, metHouseholds);
        QFETCH(int, recognised);
        QFETCH(bool, met);
        QFETCH(QString, value);
        test::YearBuilder year;
        QList<int> households;
        for (int i = 0; i < 10; ++i) {
            const int h = year.household(QStringLiteral("01.%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            year.person(QStringLiteral("Nguyễn Văn %1").arg(QChar(u'A' + i)), QStringLiteral("1970"), h);
            households << h;
            if (i < metHouseholds)
                year.met(Title::LearningFamily, year.data.households[size_t(h)].uuid);
            else if (i < metHouseholds + recognised)
                year.data.recognitions[EvaluationData::key(Title::LearningFamily,
                                                           year.data.households[size_t(h)].uuid)]
                    << PriorRecognition{2025, 0, QDate(2026, 1, 15), QDate(2027, 1, 14),
                                        QStringLiteral("12/QĐ")};
        }
        // A household with nobody left on 31/12 is not a household of the clan any more.
        const int empty = year.household(QStringLiteral("01.011"));
        households << empty;
        const int clan = year.clan(QStringLiteral("Họ Nguyễn"), households);
        year.finish();
        const FactResult r = run(QStringLiteral("clan.share_households_recognised"), year, clan,
                                 {{QStringLiteral("title"), QStringLiteral("learning_family")},
                                  {QStringLiteral("min_share"), 0.5}});
        QCOMPARE(r.met, met);
        QCOMPARE(r.value, value);
        QCOMPARE(r.numeric, (metHouseholds + recognised) / 10.0);
        QCOMPARE(against(r).size(), 10 - metHouseholds - recognised);
        QVERIFY(
            all(r).contains(QStringLiteral("Hộ 01.011: không còn ai cư trú ngày 31/12/2025, không tính")));
    }

    // A household that moved out of the village mid-year is named and not counted.
    void villageWithHouseholdMovedOutMidYear()
    {
        test::YearBuilder year;
        const int dong = year.village(QStringLiteral("Thôn Đông"));
        const int doai = year.village(QStringLiteral("Thôn Đoài"));
        QList<int> stayed;
        for (int i = 0; i < 3; ++i) {
            const int h = year.household(QStringLiteral("01.00%1").arg(i + 1), dong);
            year.person(QStringLiteral("Hoàng Văn %1").arg(QChar(u'A' + i)), QStringLiteral("1970"), h);
            stayed << h;
        }
        const int moved = year.household(QStringLiteral("01.004"), doai);
        year.person(QStringLiteral("Vũ Văn Dũng"), QStringLiteral("1970"), moved);
        year.data.villages[size_t(dong)].departed << DepartedHousehold{moved, QDate(2025, 6, 15)};
        year.met(Title::LearningFamily, year.data.households[size_t(stayed[0])].uuid);
        year.met(Title::LearningFamily, year.data.households[size_t(stayed[1])].uuid);
        year.finish();
        const QJsonObject parameters{{QStringLiteral("min_share"), 0.6}};
        const FactResult r =
            run(QStringLiteral("village.share_households_recognised"), year, dong, parameters);
        QVERIFY(r.met); // 2 of 3, not 2 of 4
        QCOMPARE(r.value, QStringLiteral("2/3 (66,6%) hộ đạt Gia đình học tập (cần 60%)"));
        QVERIFY(all(r).contains(
            QStringLiteral("Hộ 01.004 – Vũ Văn Dũng: chuyển khỏi Thôn Đông ngày 15/06/2025, không tính")));
        // It counts in the village it moved to.
        const FactResult there =
            run(QStringLiteral("village.share_households_recognised"), year, doai, parameters);
        QCOMPARE(there.value, QStringLiteral("0/1 (0%) hộ đạt Gia đình học tập (cần 60%)"));
    }

    void villageAdultsCitizen()
    {
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        const int a = year.person(QStringLiteral("Bùi Văn An"), QStringLiteral("1980"), h);
        year.person(QStringLiteral("Bùi Thị Bé"), QStringLiteral("2012"), h); // 13: below 15
        year.person(QStringLiteral("Bùi Văn Cả"), QStringLiteral("2010"), h); // 15 by birth year
        year.met(Title::LearningCitizen, year.data.people[size_t(a)].uuid);
        year.finish();
        const FactResult r = run(QStringLiteral("village.share_adults_citizen"), year, 0,
                                 {{QStringLiteral("min_age"), 15}, {QStringLiteral("min_share"), 0.5}});
        QVERIFY(r.met);
        QCOMPARE(r.value, QStringLiteral("1/2 (50%) người từ 15 tuổi đạt Công dân học tập (cần 50%)"));
        QCOMPARE(against(r), QStringList{QStringLiteral("Bùi Văn Cả, 15 tuổi: chưa đạt")});
    }

    void unitStaffDenominator_data()
    {
        QTest::addColumn<int>("declared");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("first");
        QTest::newRow("register has them all")
            << 0 << "cooperative" << true << "Tính trên 4 người có trong sổ";
        QTest::newRow("declared 6: 3 of 6")
            << 6 << "cooperative" << false << "Đơn vị khai 6 người; sổ chỉ có 4 người: tính trên 6";
        QTest::newRow("a school needs min_share_school")
            << 0 << "primary_school" << false << "Tính trên 4 người có trong sổ";
    }
    void unitStaffDenominator()
    {
        QFETCH(int, declared);
        QFETCH(QString, kind);
        QFETCH(bool, met);
        QFETCH(QString, first);
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        QList<int> staff;
        for (int i = 0; i < 4; ++i)
            staff << year.person(QStringLiteral("Ngô Văn %1").arg(QChar(u'A' + i)), QStringLiteral("1980"),
                                 h);
        for (int i = 0; i < 3; ++i)
            year.met(Title::LearningCitizen, year.data.people[size_t(staff[i])].uuid);
        const int unit = year.unit(QStringLiteral("Hợp tác xã"), kind, declared, staff);
        year.finish();
        const FactResult r =
            run(QStringLiteral("unit.share_staff_citizen"), year, unit,
                {{QStringLiteral("min_share"), 0.6}, {QStringLiteral("min_share_school"), 0.95}});
        QCOMPARE(r.met, met);
        QCOMPARE(r.evidence.constFirst().text, first);
    }

    void communeShares()
    {
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        const int a = year.person(QStringLiteral("Lý Văn An"), QStringLiteral("1980"), h, QString(),
                                  QStringLiteral("ĐH"));
        year.person(QStringLiteral("Lý Thị Bình"), QStringLiteral("1982"), h, QString(),
                    QStringLiteral("TC"));
        year.person(QStringLiteral("Lý Văn Cường"), QStringLiteral("2008"), h, QString(),
                    QStringLiteral("11/12"));
        year.person(QStringLiteral("Lý Văn Dũng"), QStringLiteral("2015"), h, QString(),
                    QStringLiteral("5/12"));
        year.met(Title::LearningCitizen, year.data.people[size_t(a)].uuid);
        year.finish();
        const QJsonObject recognised{{QStringLiteral("min_age"), 15}, {QStringLiteral("min_share"), 0.3}};
        FactResult r = run(QStringLiteral("commune.share_citizens_recognised"), year, 0, recognised);
        QCOMPARE(r.value, QStringLiteral("1/3 (33,3%) người dân đạt Công dân học tập (cần 30%)"));
        QVERIFY(r.met);
        // The commune's own age replaces the catalogue's: from 18, 1 of 2.
        year.data.citizenMinAge = 18;
        r = run(QStringLiteral("commune.share_citizens_recognised"), year, 0, recognised);
        QCOMPARE(r.value, QStringLiteral("1/2 (50%) người dân đạt Công dân học tập (cần 30%)"));
        QVERIFY(r.evidence.constFirst().text.contains(QStringLiteral("theo thiết lập của xã")));
        year.data.citizenMinAge = 0;

        const QJsonObject trained{{QStringLiteral("min_age"), 15},
                                  {QStringLiteral("min_share"), 0.7},
                                  {QStringLiteral("min_share_university"), 0.3},
                                  {QStringLiteral("min_share_difficult"), 0.6},
                                  {QStringLiteral("min_share_university_difficult"), 0.3}};
        r = run(QStringLiteral("commune.share_trained"), year, 0, trained);
        QVERIFY(!r.met); // 2/3 = 66.6% < 70%
        QCOMPARE(r.value,
                 QStringLiteral(
                     "2/3 (66,6%) qua đào tạo (cần 70%), trong đó 1/3 (33,3%) đại học trở lên (cần 30%)"));
        year.data.difficultArea = true;
        r = run(QStringLiteral("commune.share_trained"), year, 0, trained);
        QVERIFY(r.met);
        QVERIFY(r.evidence.constFirst().text.contains(QStringLiteral("vùng khó khăn")));
    }

    void centreActivityAndAttendance()
    {
        test::YearBuilder year;
        year.data.centre =
            EvalCentre{QStringLiteral("centre"),
                       QStringLiteral("TTHTCĐ"),
                       {EvalCourse{QStringLiteral("c1"), QStringLiteral("Trồng lúa"), 3, 40},
                        EvalCourse{QStringLiteral("c2"), QStringLiteral("Luật giao thông"), 1, 25}}};
        const int p = year.person(QStringLiteral("Mai Văn An"), QStringLiteral("1980"));
        year.data.people[size_t(p)].sessions = 3;
        year.data.people[size_t(p)].courses = 2;
        year.finish();
        FactResult r = run(QStringLiteral("centre.activity"), year, 0,
                           {{QStringLiteral("min_courses"), 2}, {QStringLiteral("min_sessions"), 4}});
        QVERIFY(r.met);
        QCOMPARE(all(r),
                 (QStringList{"Trồng lúa: 3 buổi, 40 học viên", "Luật giao thông: 1 buổi, 25 học viên"}));
        r = run(QStringLiteral("centre.activity"), year, 0,
                {{QStringLiteral("min_courses"), 3}, {QStringLiteral("min_sessions"), 4}});
        QVERIFY(!r.met);
        QCOMPARE(against(r), QStringList{QStringLiteral("2 chuyên đề (cần 3), 4 buổi học (cần 4) năm 2025")});

        r = run(QStringLiteral("citizen.centre_attendance"), year, p, {{QStringLiteral("min_sessions"), 1}});
        QVERIFY(r.advisory);
        QVERIFY(r.met);
        QCOMPARE(r.value, QStringLiteral("Dự 3 buổi học, 2 chuyên đề tại TTHTCĐ năm 2025"));
    }
};

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
