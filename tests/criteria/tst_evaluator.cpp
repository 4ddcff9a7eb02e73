// The evaluator: pass rules (all indicators, points with minimums, bands), level ladders with the waiting
// period, pending verdicts, bottom-up titles, determinism; and the built-in catalogues on crafted subjects.
#include "CatalogueLibrary.h"
#include "EvalTestData.h"
#include "Evaluator.h"

#include <QTest>

using namespace sht;
using namespace sht::criteria;

namespace {

PassRule pointsRule(double minTotal, double minEach)
{
    PassRule rule;
    rule.kind = PassRule::Kind::Points;
    rule.minTotal = minTotal;
    rule.minEachIndicator = minEach;
    return rule;
}

// CDHT, QĐ 324: ten indicators of ten points; ≥ 80 and none below 5.
Catalogue citizenCatalogue()
{
    QList<Indicator> indicators;
    for (int i = 1; i <= 10; ++i)
        indicators << test::judgedIndicator(QString::number(i), 10);
    return test::catalogue(QStringLiteral("citizen.test"), Title::LearningCitizen, indicators,
                           pointsRule(80, 5));
}

// TT 25-like: one fact with a level-2 threshold, one judged indicator; 2 levels, 12 months apart.
Catalogue communeCatalogue()
{
    Indicator share =
        test::factIndicator(QStringLiteral("TC5.CT1"), QStringLiteral("commune.share_citizens_recognised"),
                            {{QStringLiteral("min_age"), 15}, {QStringLiteral("min_share"), 0.6}});
    share.levelParameters.insert(2, {{QStringLiteral("min_share"), 0.8}});
    PassRule rule;
    rule.kind = PassRule::Kind::AllIndicators;
    rule.levels = 2;
    rule.monthsBetweenLevels = 12;
    return test::catalogue(QStringLiteral("commune.test"), Title::LearningCommune,
                           {test::judgedIndicator(QStringLiteral("TC1.CT1")), share}, rule);
}

Evaluator::CatalogueSource source(const QList<Catalogue> &catalogues)
{
    return [catalogues](Title title, const QString &) -> const Catalogue * {
        for (const Catalogue &c : catalogues)
            if (c.title == title)
                return &c;
        return nullptr;
    };
}

// Everything of a result, in one comparable text.
QString dump(const QList<SubjectEvaluation> &results)
{
    QStringList lines;
    for (const SubjectEvaluation &r : results) {
        lines << QStringLiteral("%1 %2 %3 %4 L%5 P%6 %7")
                     .arg(titleKey(r.title), r.subjectUuid, r.subjectName, verdictKey(r.verdict))
                     .arg(r.level)
                     .arg(r.totalPoints.value_or(-1))
                     .arg(r.summary);
        for (const IndicatorOutcome &o : r.indicators) {
            lines << QStringLiteral("  %1 %2 %3 %4")
                         .arg(o.code, o.met ? (*o.met ? "met" : "not") : "open", o.value)
                         .arg(o.level);
            for (const Evidence &e : o.evidence)
                lines << QStringLiteral("    %1 %2 %3").arg(e.text, e.rowUuid).arg(e.againstRule);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    // QĐ 324: ≥ 80 of 100 points and no indicator below 5.
    void citizenPoints_data()
    {
        QTest::addColumn<QList<double>>("points"); // empty entries (-1) wait for the council
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<double>("total");
        QTest::newRow("85 points, none below 5: met")
            << QList<double>{10, 10, 9, 9, 9, 8, 8, 8, 7, 7} << "met" << 85.0;
        QTest::newRow("85 points but one indicator at 4: not met")
            << QList<double>{10, 10, 10, 10, 10, 10, 9, 8, 4, 4 + 0.0} << "not_met" << 85.0;
        QTest::newRow("exactly 80: met") << QList<double>{8, 8, 8, 8, 8, 8, 8, 8, 8, 8} << "met" << 80.0;
        QTest::newRow("79: not met") << QList<double>{8, 8, 8, 8, 8, 8, 8, 8, 8, 7} << "not_met" << 79.0;
        QTest::newRow("one waiting: pending")
            << QList<double>{10, 10, 10, 10, 10, 10, 10, 10, 10, -1} << "pending" << 90.0;
        QTest::newRow("one at 3 decides even with others waiting")
            << QList<double>{3, -1, -1, -1, -1, -1, -1, -1, -1, -1} << "not_met" << 3.0;
        QTest::newRow("80 can no longer be reached")
            << QList<double>{5, 5, 5, 5, 5, 5, 5, 5, 5, -1} << "not_met" << 45.0;
    }
    void citizenPoints()
    {
        QFETCH(QList<double>, points);
        QFETCH(QString, verdict);
        QFETCH(double, total);
        test::YearBuilder year;
        const int p = year.person(QStringLiteral("Đinh Văn An"), QStringLiteral("1985"));
        const QString uuid = year.data.people[size_t(p)].uuid;
        for (int i = 0; i < points.size(); ++i)
            if (points[i] >= 0)
                year.judge(Title::LearningCitizen, uuid, QString::number(i + 1), std::nullopt, points[i]);
        year.registerAll(Title::LearningCitizen, {uuid});
        year.finish();
        const QList<Catalogue> catalogues{citizenCatalogue()};
        Evaluator evaluator(year.data, source(catalogues));
        const auto result = evaluator.evaluate(Title::LearningCitizen, uuid);
        QVERIFY(result);
        QCOMPARE(verdictKey(result->verdict), verdict);
        QCOMPARE(result->totalPoints.value_or(-1), total);
    }

    void citizenWithFourFailsThatIndicator()
    {
        test::YearBuilder year;
        const int p = year.person(QStringLiteral("Đinh Văn An"), QStringLiteral("1985"));
        const QString uuid = year.data.people[size_t(p)].uuid;
        const QList<double> points{10, 10, 10, 10, 10, 10, 10, 7, 4, 4};
        for (int i = 0; i < points.size(); ++i)
            year.judge(Title::LearningCitizen, uuid, QString::number(i + 1), std::nullopt, points[i]);
        year.finish();
        const QList<Catalogue> catalogues{citizenCatalogue()};
        const auto result = Evaluator(year.data, source(catalogues)).evaluate(Title::LearningCitizen, uuid);
        QVERIFY(result);
        QCOMPARE(result->verdict, Verdict::NotMet);
        QVERIFY(!*result->indicator(QStringLiteral("9"))->met);
        QVERIFY(*result->indicator(QStringLiteral("8"))->met);
        QCOMPARE(result->summary, QStringLiteral("Không đạt: 9, 10 · 85/100 điểm (cần 80)"));
    }

    // Judged indicators without a judgement leave the verdict pending, listing what waits.
    void judgedWithoutJudgementIsPending()
    {
        test::YearBuilder year;
        year.data.commune = EvalCommune{QStringLiteral("commune"), QStringLiteral("Xã Thử Nghiệm")};
        year.finish();
        const QList<Catalogue> catalogues{communeCatalogue()};
        const auto result = Evaluator(year.data, source(catalogues))
                                .evaluate(Title::LearningCommune, QStringLiteral("commune"));
        QVERIFY(result);
        // No residents: the share fails, which decides the verdict without the council.
        QCOMPARE(result->verdict, Verdict::NotMet);

        test::YearBuilder full;
        const int h = full.household(QStringLiteral("01.001"));
        const int a = full.person(QStringLiteral("An"), QStringLiteral("1980"), h);
        full.met(Title::LearningCitizen, full.data.people[size_t(a)].uuid);
        full.data.stored = full.verdicts;
        full.data.commune = EvalCommune{QStringLiteral("commune"), QStringLiteral("Xã Thử Nghiệm")};
        full.finish();
        const auto waiting = Evaluator(full.data, source(catalogues))
                                 .evaluate(Title::LearningCommune, QStringLiteral("commune"));
        QCOMPARE(waiting->verdict, Verdict::Pending);
        QVERIFY(waiting->indicator(QStringLiteral("TC1.CT1"))->judged);
        QVERIFY(!waiting->indicator(QStringLiteral("TC1.CT1"))->met);
        QCOMPARE(waiting->summary, QStringLiteral("Chờ hội đồng: TC1.CT1"));
    }

    // TT 25: level 2 only 12 months after level 1 was recognised.
    void communeLevels_data()
    {
        QTest::addColumn<int>("previousYear"); // 0 = never recognised
        QTest::addColumn<int>("previousLevel");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("note");
        QTest::newRow("never recognised: level 1")
            << 0 << 0 << 12 << 1 << "Đủ chỉ tiêu mức độ 2, nhưng chưa được công nhận mức độ 1";
        QTest::newRow("level 1 for 2024: level 2 in 2025") << 2024 << 1 << 12 << 2 << "";
        QTest::newRow("level 1 for 2024, 24 months asked: level 1")
            << 2024 << 1 << 24 << 1
            << "Đủ chỉ tiêu mức độ 2, nhưng mức độ 1 mới được công nhận năm 2024: mức độ 2 chỉ xét sau ít "
               "nhất 24 tháng";
        QTest::newRow("level 2 already: stays 2") << 2023 << 2 << 12 << 2 << "";
    }
    void communeLevels()
    {
        QFETCH(int, previousYear);
        QFETCH(int, previousLevel);
        QFETCH(int, months);
        QFETCH(int, level);
        QFETCH(QString, note);
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        for (int i = 0; i < 5; ++i) {
            const int p = year.person(QStringLiteral("Người %1").arg(i), QStringLiteral("1980"), h);
            if (i < 4 || level == 2 || previousYear == 0 || months > 12)
                year.met(Title::LearningCitizen, year.data.people[size_t(p)].uuid); // 100% (or 80%)
        }
        year.data.stored = year.verdicts;
        year.data.commune = EvalCommune{QStringLiteral("commune"), QStringLiteral("Xã Thử Nghiệm")};
        year.judge(Title::LearningCommune, QStringLiteral("commune"), QStringLiteral("TC1.CT1"), true);
        if (previousYear > 0)
            year.data.recognitions[EvaluationData::key(Title::LearningCommune, QStringLiteral("commune"))]
                << PriorRecognition{previousYear, previousLevel, QDate(previousYear + 1, 3, 20),
                                    QDate(previousYear + 4, 3, 19), QStringLiteral("5/QĐ-UBND")};
        year.finish();
        QList<Catalogue> catalogues{communeCatalogue()};
        catalogues[0].passRule.monthsBetweenLevels = months;
        const auto result = Evaluator(year.data, source(catalogues))
                                .evaluate(Title::LearningCommune, QStringLiteral("commune"));
        QCOMPARE(result->verdict, Verdict::Met);
        QCOMPARE(result->level, level);
        QCOMPARE(result->indicator(QStringLiteral("TC5.CT1"))->level, 2);
        if (note.isEmpty())
            QCOMPARE(result->summary, QStringLiteral("Đạt"));
        else
            QCOMPARE(result->summary, QStringLiteral("Đạt · ") + note);
    }

    void levelTwoThresholdNotReached()
    {
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        for (int i = 0; i < 10; ++i) {
            const int p = year.person(QStringLiteral("Người %1").arg(i), QStringLiteral("1980"), h);
            if (i < 7)
                year.met(Title::LearningCitizen, year.data.people[size_t(p)].uuid); // 70%: level 1 only
        }
        year.data.stored = year.verdicts;
        year.data.commune = EvalCommune{QStringLiteral("commune"), QStringLiteral("Xã")};
        year.judge(Title::LearningCommune, QStringLiteral("commune"), QStringLiteral("TC1.CT1"), true);
        year.data.recognitions[EvaluationData::key(Title::LearningCommune, QStringLiteral("commune"))]
            << PriorRecognition{2023, 1, QDate(2024, 3, 1), QDate(2027, 2, 28), QString()};
        year.finish();
        const QList<Catalogue> catalogues{communeCatalogue()};
        const auto result = Evaluator(year.data, source(catalogues))
                                .evaluate(Title::LearningCommune, QStringLiteral("commune"));
        QCOMPARE(result->level, 1);
        const IndicatorOutcome *share = result->indicator(QStringLiteral("TC5.CT1"));
        QCOMPARE(share->level, 1);
        QCOMPARE(share->value, QStringLiteral("7/10 (70%) người dân đạt Công dân học tập (cần 60%)"));
    }

    void bands_data()
    {
        QTest::addColumn<double>("points");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("level");
        QTest::newRow("85: Tốt") << 85.0 << "met" << 1;
        QTest::newRow("65: Khá") << 65.0 << "met" << 2;
        QTest::newRow("49: below every band") << 49.0 << "not_met" << 0;
    }
    void bands()
    {
        QFETCH(double, points);
        QFETCH(QString, verdict);
        QFETCH(int, level);
        PassRule rule;
        rule.kind = PassRule::Kind::Bands;
        rule.bands = {
            {QStringLiteral("Tốt"), 80}, {QStringLiteral("Khá"), 65}, {QStringLiteral("Trung bình"), 50}};
        const QList<Catalogue> catalogues{test::catalogue(QStringLiteral("centre.test"), Title::CentreRating,
                                                          {test::judgedIndicator(QStringLiteral("1"), 100)},
                                                          rule)};
        test::YearBuilder year;
        year.data.centre = EvalCentre{QStringLiteral("centre"), QStringLiteral("TTHTCĐ"), {}};
        year.judge(Title::CentreRating, QStringLiteral("centre"), QStringLiteral("1"), std::nullopt, points);
        year.finish();
        const auto result =
            Evaluator(year.data, source(catalogues)).evaluate(Title::CentreRating, QStringLiteral("centre"));
        QCOMPARE(verdictKey(result->verdict), verdict);
        QCOMPARE(result->level, level);
    }

    // Households first, then their clan sees the verdicts of the same run.
    void bottomUpAndDeterministic()
    {
        test::YearBuilder year;
        QList<int> households;
        QStringList uuids;
        for (int i = 0; i < 4; ++i) {
            const int h = year.household(QStringLiteral("01.00%1").arg(i + 1));
            year.person(QStringLiteral("Chủ hộ %1").arg(i), QStringLiteral("1970"), h);
            const int child = year.person(QStringLiteral("Con %1").arg(i), QStringLiteral("2014"), h);
            year.data.people[size_t(child)].schoolStatus =
                i < 2 ? SchoolStatus::Enrolled : SchoolStatus::NotEnrolled;
            households << h;
            uuids << year.data.households[size_t(h)].uuid;
        }
        const int clan = year.clan(QStringLiteral("Họ Trịnh"), households);
        year.registerAll(Title::LearningFamily, uuids);
        year.registerAll(Title::LearningClan, {year.data.clans[size_t(clan)].uuid});
        year.finish();
        const QList<Catalogue> catalogues{
            test::catalogue(
                QStringLiteral("family.test"), Title::LearningFamily,
                {test::factIndicator(QStringLiteral("1a"), QStringLiteral("household.children_in_school"),
                                     {{QStringLiteral("min_age"), 6}, {QStringLiteral("max_age"), 14}})}),
            test::catalogue(
                QStringLiteral("clan.test"), Title::LearningClan,
                {test::factIndicator(QStringLiteral("1"), QStringLiteral("clan.share_households_recognised"),
                                     {{QStringLiteral("min_share"), 0.5}})})};
        QList<SubjectEvaluation> first;
        QList<SubjectEvaluation> second;
        int calls = 0;
        QVERIFY(Evaluator(year.data, source(catalogues)).evaluateAll(&first, [&](int, int) {
            return ++calls > 0;
        }));
        QVERIFY(calls > 0);
        QVERIFY(Evaluator(year.data, source(catalogues)).evaluateAll(&second));
        QCOMPARE(first.size(), 5);
        QCOMPARE(first.constLast().title, Title::LearningClan);
        QCOMPARE(first.constLast().verdict, Verdict::Met); // 2 of 4 households this run
        QCOMPARE(first.constLast().indicators.constFirst().value,
                 QStringLiteral("2/4 (50%) hộ đạt Gia đình học tập (cần 50%)"));
        QCOMPARE(dump(first), dump(second));
        // Cancelled: false, and the caller writes nothing.
        QList<SubjectEvaluation> cancelled;
        QVERIFY(!Evaluator(year.data, source(catalogues)).evaluateAll(&cancelled, [](int, int) {
            return false;
        }));
    }

    void missingCatalogueIsAProblem()
    {
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("01.001"));
        year.registerAll(Title::LearningFamily,
                         {year.data.households[size_t(h)].uuid, QStringLiteral("gone")});
        year.finish();
        Evaluator evaluator(year.data, source({}));
        QList<SubjectEvaluation> results;
        QVERIFY(evaluator.evaluateAll(&results));
        QVERIFY(results.isEmpty());
        // The missing household, no family catalogue, and no commune catalogue (the commune is always
        // judged).
        QCOMPARE(evaluator.problems(),
                 (QStringList{
                     "1 registration(s) for learning_family name subjects no longer in the registers; they "
                     "were skipped.",
                     "No criteria catalogue for learning_family is in force in 2025; those subjects were "
                     "not evaluated.",
                     "No criteria catalogue for learning_commune is in force in 2025; those subjects were "
                     "not evaluated."}));
    }

    // The built-in GĐHT catalogue (QĐ 448 A) on a household whose 12-year-old is out of school.
    void builtinFamilyCatalogue()
    {
        Status status;
        const CatalogueLibrary library = CatalogueLibrary::builtins(&status);
        QVERIFY2(status.ok(), qPrintable(status.message()));
        const Catalogue *family = library.catalogueFor(Title::LearningFamily, 2025);
        QVERIFY(family);
        test::YearBuilder year;
        const int h = year.household(QStringLiteral("02.017"));
        year.person(QStringLiteral("Lê Văn Hải"), QStringLiteral("1978"), h, QString(),
                    QStringLiteral("9/12"));
        year.person(QStringLiteral("Lê Văn Nam"), QStringLiteral("2013-08-10"), h,
                    QStringLiteral("not_enrolled"), QStringLiteral("5/12"));
        const QString uuid = year.data.households[size_t(h)].uuid;
        year.finish();
        auto builtins = [&](Title title, const QString &appliesTo) {
            return library.catalogueFor(title, 2025, appliesTo);
        };
        auto result = Evaluator(year.data, builtins).evaluate(Title::LearningFamily, uuid);
        QVERIFY(result);
        const IndicatorOutcome *a = result->indicator(QStringLiteral("1a"));
        QVERIFY(a && a->met && !*a->met);
        QCOMPARE(a->points.value_or(-1), 0.0);
        QCOMPARE(a->evidence.size(), 1);
        QCOMPARE(a->evidence.constFirst().text, QStringLiteral("Lê Văn Nam, 12 tuổi: không đi học năm 2025"));
        QVERIFY(a->evidence.constFirst().againstRule);
        QCOMPARE(result->verdict, Verdict::Pending); // the council has not judged 1b, 1c, 2c, 3, 4
        QVERIFY(result->summary.startsWith(QStringLiteral("Chờ hội đồng: 1b")));
    }

    // The built-in CDHT catalogue: the attendance the register knows is shown for indicator 1, but the
    // council scores it.
    void builtinCitizenCatalogue()
    {
        const CatalogueLibrary library = CatalogueLibrary::builtins();
        const Catalogue *citizen = library.catalogueFor(Title::LearningCitizen, 2025);
        QVERIFY(citizen);
        test::YearBuilder year;
        const int p = year.person(QStringLiteral("Tạ Thị Lan"), QStringLiteral("1990"));
        year.data.people[size_t(p)].sessions = 4;
        year.data.people[size_t(p)].courses = 2;
        const QString uuid = year.data.people[size_t(p)].uuid;
        year.finish();
        auto builtins = [&](Title title, const QString &appliesTo) {
            return library.catalogueFor(title, 2025, appliesTo);
        };
        auto result = Evaluator(year.data, builtins).evaluate(Title::LearningCitizen, uuid);
        QCOMPARE(result->verdict, Verdict::Pending);
        const IndicatorOutcome *one = result->indicator(QStringLiteral("1"));
        QVERIFY(one->judged);
        QVERIFY(!one->met);
        QCOMPARE(one->value, QStringLiteral("Dự 4 buổi học, 2 chuyên đề tại TTHTCĐ năm 2025"));
        const QList<double> points{10, 10, 10, 9, 9, 9, 8, 8, 4, 8};
        for (int i = 0; i < points.size(); ++i)
            year.judge(Title::LearningCitizen, uuid, citizen->indicators().at(i)->code, std::nullopt,
                       points[i]);
        year.finish(); // index again: the judged subjects are indexed
        result = Evaluator(year.data, builtins).evaluate(Title::LearningCitizen, uuid);
        QCOMPARE(result->totalPoints.value_or(0), 85.0);
        QCOMPARE(result->verdict, Verdict::NotMet);
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
