// The criteria catalogues: every malformed catalogue says which file and which field, every built-in loads
// and validates, the writer round-trips, clones follow their rules and the library picks the right one.
#include "CatalogueCommands.h"
#include "CatalogueLibrary.h"
#include "CatalogueLoader.h"
#include "CatalogueRepository.h"
#include "CatalogueService.h"
#include "CatalogueValidator.h"
#include "CatalogueWriter.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace sht;
using namespace sht::criteria;

namespace {

QString badPath(const QString &file)
{
    return QStringLiteral(SHT_CRITERIA_DATA "/bad/") + file;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A result judged with a catalogue version, as the evaluator stores it.
void storeResult(Database &db, const QString &code, const QString &version)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO evaluation (uuid, year, title, subject_kind, subject_uuid, "
                       "catalogue_code, catalogue_version, verdict, evaluated_at) "
                       "VALUES (?, 2025, 'learning_family', 'household', 'h-1', ?, ?, 'met', '2025-12-31')"));
    q.addBindValue(db.newUuid());
    q.addBindValue(code);
    q.addBindValue(version);
    QVERIFY(q.exec());
}

// A copy: the library is often a temporary.
Catalogue builtin(const CatalogueLibrary &library, const QString &code)
{
    for (const Catalogue *c : library.versions(code))
        if (c->builtin)
            return *c;
    return {};
}

// Each malformed fixture in tests/criteria/data/bad and the message fragment it must give, after
// "<file>: ". The fixtures are tests/criteria/data/valid_base.json with one thing broken.
QList<QPair<QString, QString>> badCatalogues()
{
    return {
        {QStringLiteral("age_out_of_range.json"),
         QStringLiteral("criteria[0].indicators[0].parameters.max_age: the age 200 is out of range")},
        {QStringLiteral("age_range_empty.json"),
         QStringLiteral("criteria[0].indicators[0].parameters.min_age: the age range is empty (min_age 15 > "
                        "max_age 6).")},
        {QStringLiteral("bad_date.json"),
         QStringLiteral("instrument.date: \"01/12/2015\" is not a date: write it as YYYY-MM-DD.")},
        {QStringLiteral("bad_kind.json"),
         QStringLiteral(
             "criteria[0].indicators[1].kind: unknown kind \"computed\": write \"fact\" or \"judged\".")},
        {QStringLiteral("bad_pass_rule.json"), QStringLiteral("pass_rule.kind: unknown rule \"majority\"")},
        {QStringLiteral("bad_wording.json"),
         QStringLiteral("criteria[0].indicators[1].wording: unknown wording \"national\"")},
        {QStringLiteral("bad_years.json"), QStringLiteral("last_year: 2020 is before first_year 2030.")},
        {QStringLiteral("bands_empty.json"),
         QStringLiteral("pass_rule.bands: a rating needs at least one band.")},
        {QStringLiteral("bands_order.json"),
         QStringLiteral(
             "pass_rule.bands[1].min_total: bands go from the highest to the lowest; 25 is not below 15.")},
        {QStringLiteral("count_not_whole.json"),
         QStringLiteral("criteria[0].indicators[0].parameters.min_courses: 2.5 is not a count")},
        {QStringLiteral("depends_on_itself.json"),
         QStringLiteral("depends_on[0]: a title cannot depend on itself.")},
        {QStringLiteral("depends_on_unknown.json"),
         QStringLiteral("depends_on[0]: unknown title \"learning_moon\".")},
        {QStringLiteral("duplicate_criterion.json"),
         QStringLiteral("criteria[1].code: the criterion code \"1\" is used twice")},
        {QStringLiteral("duplicate_indicator.json"),
         QStringLiteral("criteria[1].indicators[0].code: the indicator code \"1a\" is used twice (first at "
                        "criteria[0].indicators[0])")},
        {QStringLiteral("empty_criteria.json"), QStringLiteral("criteria: the catalogue has no criteria.")},
        {QStringLiteral("empty_indicators.json"),
         QStringLiteral("criteria[1].indicators: the criterion has no indicators.")},
        {QStringLiteral("fact_without_name.json"),
         QStringLiteral(
             "criteria[0].indicators[1].fact: an indicator of kind \"fact\" needs the fact's name.")},
        {QStringLiteral("format_newer.json"),
         QStringLiteral("format: format 2 is not known to this version of the app")},
        {QStringLiteral("level_not_integer.json"),
         QStringLiteral("criteria[0].indicators[1].level: must be a whole number.")},
        {QStringLiteral("level_out_of_range.json"),
         QStringLiteral("criteria[0].indicators[1].level: 3 is out of range: 0 (every level) to 2.")},
        {QStringLiteral("level_parameters_age_range.json"),
         QStringLiteral("criteria[0].indicators[0].level_parameters.2.min_age: the age range is empty "
                        "(min_age 16 > max_age 14).")},
        {QStringLiteral("level_parameters_key.json"),
         QStringLiteral("criteria[0].indicators[0].level_parameters.two: the key must be a level number")},
        {QStringLiteral("level_parameters_out_of_range.json"),
         QStringLiteral("criteria[0].indicators[0].level_parameters.3: level 3 is out of range: 1 to 2.")},
        {QStringLiteral("levels_out_of_range.json"),
         QStringLiteral("pass_rule.levels: 5 is out of range: 1 or 2.")},
        {QStringLiteral("min_points_above.json"),
         QStringLiteral(
             "criteria[0].indicators[0].min_points: 12 is out of range: 0 to the indicator's points 10.")},
        {QStringLiteral("min_total_above.json"),
         QStringLiteral("pass_rule.min_total: 120 is out of range: above 0 and at most the total 30.")},
        {QStringLiteral("missing_code.json"), QStringLiteral("code: the field is missing.")},
        {QStringLiteral("missing_instrument.json"), QStringLiteral("instrument: the field is missing.")},
        {QStringLiteral("missing_parameter.json"),
         QStringLiteral("criteria[0].indicators[0].parameters.max_age: the fact "
                        "\"household.children_in_school\" needs this parameter.")},
        {QStringLiteral("missing_pass_rule.json"), QStringLiteral("pass_rule: the field is missing.")},
        {QStringLiteral("missing_text.json"),
         QStringLiteral("criteria[0].indicators[1].text: the field is missing.")},
        {QStringLiteral("not_json.json"), QStringLiteral("line 4: not valid JSON")},
        {QStringLiteral("not_object.json"), QStringLiteral("the catalogue must be one JSON object { … }.")},
        {QStringLiteral("points_criterion.json"),
         QStringLiteral(
             "criteria[0].points: the criterion declares 25 points but its indicators add up to 20.")},
        {QStringLiteral("points_negative.json"),
         QStringLiteral("criteria[1].indicators[0].points: must not be negative.")},
        {QStringLiteral("points_rule_without_total.json"),
         QStringLiteral("total_points: a catalogue scored by points needs its total")},
        {QStringLiteral("points_total.json"),
         QStringLiteral("total_points: the catalogue declares 40 points but its criteria add up to 30.")},
        {QStringLiteral("share_out_of_range.json"),
         QStringLiteral("criteria[0].indicators[0].parameters.min_share: the share 70 is out of range: write "
                        "it between 0 and 1")},
        {QStringLiteral("subject_kind_mismatch.json"),
         QStringLiteral("subject_kind: \"clan\" does not match the title learning_family, which is given to "
                        "a household.")},
        {QStringLiteral("title_parameter.json"),
         QStringLiteral("criteria[0].indicators[0].parameters.title: unknown title \"learning_moon\".")},
        {QStringLiteral("unknown_fact.json"),
         QStringLiteral("criteria[0].indicators[0].fact: unknown fact \"household.flying_lessons\"")},
        {QStringLiteral("unknown_field.json"),
         QStringLiteral("criteria[0].indicators[0].treshold: unknown field")},
        {QStringLiteral("unknown_title.json"), QStringLiteral("title: unknown title \"learning_galaxy\"")},
        {QStringLiteral("validity_zero.json"),
         QStringLiteral("validity_months: 0 is out of range: 1 to 120.")},
        {QStringLiteral("wrong_type_criteria.json"), QStringLiteral("criteria: must be a list [ … ].")},
        {QStringLiteral("wrong_type_points.json"),
         QStringLiteral("criteria[0].indicators[0].points: must be a number.")},
        {QStringLiteral("wrong_type_provisional.json"),
         QStringLiteral("criteria[1].indicators[0].provisional: must be true or false.")},
        {QStringLiteral("year_not_number.json"), QStringLiteral("last_year: must be a whole number.")},
        {QStringLiteral("year_out_of_range.json"),
         QStringLiteral("first_year: the year 15 is out of range: 1990 to 2100, or 0 for open.")},
    };
}

struct Fixture
{
    Fixture()
        : db(temp.create())
        , commands(db, stack, notifier)
        , catalogues(commands)
        , library(CatalogueLibrary::builtins())
    {}

    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands commands;
    CatalogueCommands catalogues;
    CatalogueLibrary library;
};

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void badCatalogue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (const auto &[file, expected] : badCatalogues())
            QTest::newRow(qPrintable(file.chopped(5))) << file << expected;
    }

    void badCatalogue()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        Catalogue loaded;
        loaded.code = QStringLiteral("untouched");
        QStringList problems;
        const Status status = CatalogueLoader::loadFile(badPath(file), &loaded, &problems);
        QVERIFY2(!status, qPrintable(file + QStringLiteral(" loaded")));
        QVERIFY2(status.message().contains(file + QStringLiteral(": ") + expected),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, status.message())));
        // Every line names the file, so a message read out of context still says where to look.
        for (const QString &line : status.message().split(QLatin1Char('\n')))
            QVERIFY2(line.startsWith(file + QStringLiteral(": ")), qPrintable(line));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(loaded.code, QStringLiteral("untouched")); // nothing half-read comes out
    }

    // A fixture without a row would never be checked, and a row without a fixture checks nothing.
    void everyBadFixtureHasAnExpectedMessage()
    {
        QStringList rows;
        for (const auto &row : badCatalogues())
            rows << row.first;
        rows.sort();
        const QStringList files = QDir(QStringLiteral(SHT_CRITERIA_DATA "/bad"))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 40);
        QCOMPARE(files, rows);
    }

    // Each bad fixture is this catalogue with one thing broken: the base itself must be valid.
    void fixtureBaseIsValid()
    {
        Catalogue base;
        SHT_VERIFY_OK(CatalogueLoader::loadFile(QStringLiteral(SHT_CRITERIA_DATA "/valid_base.json"), &base));
        QCOMPARE(base.code, QStringLiteral("test.base"));
        QCOMPARE(base.criteria.size(), 2);
        QCOMPARE(base.totalPoints, 30.0);
    }

    void builtinsLoadAndValidate()
    {
        Status status;
        const CatalogueLibrary library = CatalogueLibrary::builtins(&status);
        SHT_VERIFY_OK(status);
        QStringList codes;
        for (const Catalogue &c : library.all()) {
            codes << c.code;
            QVERIFY(c.builtin);
            QVERIFY2(CatalogueValidator::problems(c).isEmpty(), qPrintable(c.code));
            QVERIFY2(c.code.startsWith(titleKey(c.title) + QLatin1Char('.')), qPrintable(c.code));
            for (const Indicator *ind : c.indicators()) {
                QVERIFY2(!ind->source.isEmpty(), qPrintable(c.code + QLatin1Char(' ') + ind->code));
                // Never an invented official text: an indicator of provincial wording is always provisional.
                if (ind->wording == Wording::Provincial)
                    QVERIFY2(ind->provisional, qPrintable(c.code + QLatin1Char(' ') + ind->code));
            }
        }
        codes.sort();
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("centre_rating.default"), QStringLiteral("learning_citizen.324"),
                              QStringLiteral("learning_clan.448"), QStringLiteral("learning_commune.tt25"),
                              QStringLiteral("learning_family.448"), QStringLiteral("learning_unit.448d"),
                              QStringLiteral("learning_unit.tt24"), QStringLiteral("learning_village.448")}));
        // Every title has a catalogue.
        for (Title title : allTitles())
            QVERIFY2(library.catalogueFor(title, 2025,
                                          title == Title::LearningUnit ? QStringLiteral("tt24") : QString()),
                     qPrintable(titleKey(title)));
    }

    void familyCatalogue()
    {
        const Catalogue &c = builtin(CatalogueLibrary::builtins(), QStringLiteral("learning_family.448"));
        QCOMPARE(c.criteria.size(), 4);
        QCOMPARE(c.totalPoints, 100.0);
        QCOMPARE(c.passRule.kind, PassRule::Kind::Points);
        QVERIFY(c.passRule.provisional); // the threshold is not known: a provisional parameter
        for (const QString &code : {QStringLiteral("1a"), QStringLiteral("2a"), QStringLiteral("2b")})
            QCOMPARE(c.indicator(code)->kind, IndicatorKind::Fact);
        for (const QString &code : {QStringLiteral("1b"), QStringLiteral("1c")}) {
            QCOMPARE(c.indicator(code)->kind, IndicatorKind::Judged);
            QCOMPARE(c.indicator(code)->wording, Wording::Official);
        }
        for (const QString &code : {QStringLiteral("2c"), QStringLiteral("3"), QStringLiteral("4")}) {
            QCOMPARE(c.indicator(code)->kind, IndicatorKind::Judged);
            QCOMPARE(c.indicator(code)->wording, Wording::Provincial);
        }
        QCOMPARE(c.indicator(QStringLiteral("2a"))->parameters.value(QLatin1String("min_age")).toInt(), 19);
        QCOMPARE(c.indicator(QStringLiteral("2a"))->parameters.value(QLatin1String("max_age")).toInt(), 60);
        QCOMPARE(c.indicator(QStringLiteral("1a"))->fact, QStringLiteral("household.children_in_school"));
    }

    void citizenCatalogue()
    {
        const Catalogue &c = builtin(CatalogueLibrary::builtins(), QStringLiteral("learning_citizen.324"));
        QCOMPARE(c.criteria.size(), 3);
        QCOMPARE(c.indicators().size(), 10);
        for (const Indicator *ind : c.indicators())
            QCOMPARE(ind->points, 10.0);
        QCOMPARE(c.passRule.minTotal, 80.0);
        QCOMPARE(c.passRule.minEachIndicator, 5.0);
        QVERIFY(!c.passRule.provisional);
        const Indicator *first = c.indicator(QStringLiteral("1"));
        QVERIFY(first->hasPrefill()); // attendance prefills the evidence, the council scores it
        QCOMPARE(first->kind, IndicatorKind::Judged);
        QCOMPARE(first->fact, QStringLiteral("citizen.centre_attendance"));
        QVERIFY(!c.indicator(QStringLiteral("2"))->hasPrefill());
    }

    void communeCatalogue()
    {
        const Catalogue &c = builtin(CatalogueLibrary::builtins(), QStringLiteral("learning_commune.tt25"));
        QCOMPARE(c.criteria.size(), 5);
        QCOMPARE(c.indicators().size(), 15);
        QCOMPARE(c.passRule.kind, PassRule::Kind::AllIndicators);
        QCOMPARE(c.passRule.levels, 2);
        QCOMPARE(c.passRule.monthsBetweenLevels, 12);
        QCOMPARE(c.validityMonths, 36);
        const Indicator *citizens = c.indicator(QStringLiteral("TC5.CT1"));
        QCOMPARE(citizens->kind, IndicatorKind::Fact);
        QCOMPARE(citizens->parametersFor(1).value(QLatin1String("min_share")).toDouble(), 0.6);
        QCOMPARE(citizens->parametersFor(2).value(QLatin1String("min_share")).toDouble(), 0.8);
        QCOMPARE(citizens->parametersFor(2).value(QLatin1String("min_age")).toInt(), 15); // kept from level 1
        const Indicator *trained = c.indicator(QStringLiteral("TC5.CT2"));
        QCOMPARE(trained->fact, QStringLiteral("commune.share_trained"));
        QCOMPARE(trained->parametersFor(2).value(QLatin1String("min_share_university")).toDouble(), 0.15);
        QCOMPARE(trained->parametersFor(1).value(QLatin1String("min_share_university_difficult")).toDouble(),
                 0.1);
        int facts = 0;
        for (const Indicator *ind : c.indicators())
            facts += ind->kind == IndicatorKind::Fact ? 1 : 0;
        QCOMPARE(facts, 2); // TC5 only; the rest is judged with evidence
    }

    void unitCatalogues()
    {
        const CatalogueLibrary library = CatalogueLibrary::builtins();
        const Catalogue &tt24 = builtin(library, QStringLiteral("learning_unit.tt24"));
        QCOMPARE(tt24.appliesTo, QStringList{QStringLiteral("tt24")});
        QCOMPARE(tt24.indicators().size(), 15);
        QCOMPARE(tt24.validityMonths, 36);
        QCOMPARE(tt24.passRule.levels, 2);
        QCOMPARE(tt24.indicator(QStringLiteral("TC3.CT1"))->fact, QStringLiteral("unit.share_staff_citizen"));
        QCOMPARE(tt24.indicator(QStringLiteral("TC2.CT4"))
                     ->parametersFor(2)
                     .value(QLatin1String("min_share"))
                     .toDouble(),
                 0.7);
        const Catalogue &d = builtin(library, QStringLiteral("learning_unit.448d"));
        QCOMPARE(d.appliesTo, QStringList{QStringLiteral("448d")});
        QCOMPARE(d.indicator(QStringLiteral("1a"))->parameters.value(QLatin1String("min_share")).toDouble(),
                 0.6);
        QVERIFY(d.indicator(QStringLiteral("1a"))->provisional);
    }

    void centreRating()
    {
        const Catalogue &c = builtin(CatalogueLibrary::builtins(), QStringLiteral("centre_rating.default"));
        QCOMPARE(c.criteria.size(), 4);
        QCOMPARE(c.passRule.kind, PassRule::Kind::Bands);
        QCOMPARE(c.passRule.bands.size(), 3);
        QCOMPARE(c.passRule.bands.first().name, QStringLiteral("Tốt"));
        QVERIFY(c.passRule.provisional);
        QCOMPARE(c.indicator(QStringLiteral("2a"))->fact, QStringLiteral("centre.activity"));
    }

    void provisionalCounts_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("provisional");
        QTest::newRow("family") << QStringLiteral("learning_family.448") << 6; // 1a, 2b, 2c, 3, 4 + rule
        QTest::newRow("clan") << QStringLiteral("learning_clan.448") << 3;
        QTest::newRow("village") << QStringLiteral("learning_village.448") << 4;
        QTest::newRow("unit 448-D") << QStringLiteral("learning_unit.448d") << 3;
        QTest::newRow("unit TT 24") << QStringLiteral("learning_unit.tt24") << 0;
        QTest::newRow("citizen") << QStringLiteral("learning_citizen.324") << 10;
        QTest::newRow("commune") << QStringLiteral("learning_commune.tt25") << 2;
        QTest::newRow("centre") << QStringLiteral("centre_rating.default") << 6;
    }

    void provisionalCounts()
    {
        QFETCH(QString, code);
        QFETCH(int, provisional);
        const Catalogue &c = builtin(CatalogueLibrary::builtins(), code);
        QCOMPARE(c.provisionalCount(), provisional);
        QCOMPARE(c.hasProvisionalItems(), provisional > 0);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("code");
        for (const Catalogue &c : CatalogueLibrary::builtins().all())
            QTest::newRow(qPrintable(c.code)) << c.code;
    }

    void roundTrip()
    {
        QFETCH(QString, code);
        Catalogue original = builtin(CatalogueLibrary::builtins(), code);
        original.builtin = false; // not part of the JSON: the library sets it
        const QByteArray json = CatalogueWriter::toJson(original);
        Catalogue again;
        SHT_VERIFY_OK(CatalogueLoader::fromJson(json, code, &again));
        QVERIFY(again == original);
        QCOMPARE(CatalogueWriter::toJson(again), json); // stable bytes: the stored form does not drift
        // A changed field is seen by the comparison (the round trip test can fail).
        again.criteria[0].indicators[0].parameters.insert(QStringLiteral("min_share"), 0.99);
        QVERIFY(again != original);
    }

    void determinism()
    {
        const CatalogueLibrary a = CatalogueLibrary::builtins();
        const CatalogueLibrary b = CatalogueLibrary::builtins();
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QVERIFY(a.all().at(i) == b.all().at(i));
            QCOMPARE(CatalogueWriter::toJson(a.all().at(i)), CatalogueWriter::toJson(b.all().at(i)));
        }
    }

    void versionOrder()
    {
        QVERIFY(CatalogueLibrary::versionLess(QStringLiteral("2015.2"), QStringLiteral("2015.10")));
        QVERIFY(!CatalogueLibrary::versionLess(QStringLiteral("2015.10"), QStringLiteral("2015.2")));
        QVERIFY(
            CatalogueLibrary::versionLess(QStringLiteral("2015.1"), QStringLiteral("2015.1-quang-nam.1")));
        QVERIFY(CatalogueLibrary::versionLess(QStringLiteral("2015.1-qn.2"), QStringLiteral("2015.1-qn.11")));
        QVERIFY(!CatalogueLibrary::versionLess(QStringLiteral("2015.1"), QStringLiteral("2015.1")));
    }

    void catalogueForBuiltins_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("appliesTo");
        QTest::addColumn<QString>("expected"); // empty: none
        QTest::newRow("family 2025") << "learning_family" << 2025 << QString() << "learning_family.448";
        QTest::newRow("family 2016") << "learning_family" << 2016 << QString() << "learning_family.448";
        QTest::newRow("family 2015: not yet") << "learning_family" << 2015 << QString() << QString();
        QTest::newRow("unit tt24") << "learning_unit" << 2025 << "tt24"
                                   << "learning_unit.tt24";
        QTest::newRow("unit 448d") << "learning_unit" << 2025 << "448d"
                                   << "learning_unit.448d";
        QTest::newRow("unit tt24 before TT 24") << "learning_unit" << 2023 << "tt24" << QString();
        QTest::newRow("commune 2024") << "learning_commune" << 2024 << QString() << "learning_commune.tt25";
        QTest::newRow("commune 2023: before TT 25") << "learning_commune" << 2023 << QString() << QString();
        QTest::newRow("citizen 2030") << "learning_citizen" << 2030 << QString() << "learning_citizen.324";
        QTest::newRow("citizen 2031: period over") << "learning_citizen" << 2031 << QString() << QString();
        QTest::newRow("centre") << "centre_rating" << 2025 << QString() << "centre_rating.default";
    }

    void catalogueForBuiltins()
    {
        QFETCH(QString, title);
        QFETCH(int, year);
        QFETCH(QString, appliesTo);
        QFETCH(QString, expected);
        const CatalogueLibrary library = CatalogueLibrary::builtins();
        const Catalogue *c = library.catalogueFor(*titleFromKey(title), year, appliesTo);
        QCOMPARE(c ? c->code : QString(), expected);
    }

    void cloneIsStoredAndWinsWithinItsYears()
    {
        Fixture f;
        Catalogue source = builtin(f.library, QStringLiteral("learning_family.448"));
        QCOMPARE(CatalogueService::suggestedCloneVersion(source, QStringLiteral("Quảng Nam")),
                 QStringLiteral("2015.1-quang-nam.1"));
        source.firstYear = 2026; // the province's guidance applies from 2026
        Catalogue clone;
        SHT_VERIFY_OK(f.catalogues.cloneCatalogue(source, QStringLiteral("2015.1-quang-nam.1"),
                                                  QStringLiteral("Quảng Nam"), &clone));
        QCOMPARE(clone.parentCode, QStringLiteral("learning_family.448"));
        QCOMPARE(clone.parentVersion, QStringLiteral("2015.1"));
        QCOMPARE(clone.province, QStringLiteral("Quảng Nam"));
        QVERIFY(!clone.builtin);
        QCOMPARE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")), 1);
        QCOMPARE(
            count(f.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'criteria_catalogue'")),
            1);

        Status status;
        const CatalogueLibrary library = CatalogueLibrary::load(f.db, &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(library.size(), f.library.size() + 1);
        const Catalogue *stored =
            library.find(QStringLiteral("learning_family.448"), QStringLiteral("2015.1-quang-nam.1"));
        QVERIFY(stored);
        QVERIFY(*stored == clone); // what the file holds is what was cloned
        QCOMPARE(library.catalogueFor(Title::LearningFamily, 2025)->version, QStringLiteral("2015.1"));
        QCOMPARE(library.catalogueFor(Title::LearningFamily, 2026)->version,
                 QStringLiteral("2015.1-quang-nam.1"));
        QCOMPARE(library.catalogueFor(Title::LearningFamily, 2030)->version,
                 QStringLiteral("2015.1-quang-nam.1"));
    }

    void cloneOfAUnitKeepsItsScope()
    {
        Fixture f;
        SHT_VERIFY_OK(f.catalogues.cloneCatalogue(builtin(f.library, QStringLiteral("learning_unit.448d")),
                                                  QStringLiteral("2015.1-hue.1"), QStringLiteral("Huế")));
        const CatalogueLibrary library = CatalogueLibrary::load(f.db);
        QCOMPARE(library.catalogueFor(Title::LearningUnit, 2025, QStringLiteral("448d"))->version,
                 QStringLiteral("2015.1-hue.1"));
        QCOMPARE(library.catalogueFor(Title::LearningUnit, 2025, QStringLiteral("tt24"))->code,
                 QStringLiteral("learning_unit.tt24")); // the 448-D clone does not judge TT 24 units
    }

    void cloneVersionRules_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << "Type a version label";
        QTest::newRow("accents") << "2015.1-quảng-nam"
                                 << "may hold only letters without accents";
        QTest::newRow("built-in label") << "2015.1"
                                        << "is built into the app";
        QTest::newRow("taken") << "2015.1-qn.1"
                               << "already exists in this file";
    }

    void cloneVersionRules()
    {
        QFETCH(QString, version);
        QFETCH(QString, expected);
        Fixture f;
        const Catalogue &source = builtin(f.library, QStringLiteral("learning_clan.448"));
        SHT_VERIFY_OK(f.catalogues.cloneCatalogue(source, QStringLiteral("2015.1-qn.1"), QString()));
        const QStringList before = test::databaseState(f.db);
        const Status status = f.catalogues.cloneCatalogue(source, version, QString());
        QVERIFY(!status);
        QVERIFY2(status.message().contains(expected), qPrintable(status.message()));
        QCOMPARE(test::databaseState(f.db), before);
    }

    void editedCloneIsSavedAsANewVersion()
    {
        Fixture f;
        Catalogue clone;
        SHT_VERIFY_OK(f.catalogues.cloneCatalogue(builtin(f.library, QStringLiteral("learning_village.448")),
                                                  QStringLiteral("2015.1-qn.1"), QStringLiteral("Quảng Nam"),
                                                  &clone));
        Catalogue edited = clone;
        Indicator &share = edited.criteria[0].indicators[0];
        share.parameters.insert(QStringLiteral("min_share"), 0.75);
        share.text =
            QStringLiteral("Tỷ lệ hộ đạt Gia đình học tập từ 75% (Hướng dẫn 12/HD-SGDĐT tỉnh Quảng Nam)");
        share.provisional = false;
        Catalogue saved;
        SHT_VERIFY_OK(f.catalogues.saveVersion(edited, QString(), &saved));
        QCOMPARE(saved.version, QStringLiteral("2015.1-qn.2"));
        QCOMPARE(saved.parentVersion, QStringLiteral("2015.1-qn.1"));
        QCOMPARE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")),
                 2); // the old one stays

        const CatalogueLibrary library = CatalogueLibrary::load(f.db);
        const Catalogue *newest = library.catalogueFor(Title::LearningVillage, 2025);
        QCOMPARE(newest->version, QStringLiteral("2015.1-qn.2"));
        QCOMPARE(
            newest->indicator(QStringLiteral("1a"))->parameters.value(QLatin1String("min_share")).toDouble(),
            0.75);
        QCOMPARE(library.find(newest->code, QStringLiteral("2015.1-qn.1"))
                     ->indicator(QStringLiteral("1a"))
                     ->parameters.value(QLatin1String("min_share"))
                     .toDouble(),
                 0.7);
        QCOMPARE(newest->provisionalCount(), clone.provisionalCount() - 1);

        // A chosen label is used as given; the next free one is offered otherwise.
        SHT_VERIFY_OK(f.catalogues.saveVersion(*newest, QStringLiteral("2025-qn"), &saved));
        QCOMPARE(saved.version, QStringLiteral("2025-qn"));
        CatalogueService service(f.db);
        QCOMPARE(service.nextVersion(newest->code, QStringLiteral("2015.1-qn.1")),
                 QStringLiteral("2015.1-qn.3"));
    }

    void invalidEditIsRefused_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("share above 1")
            << 0 << "criteria[0].indicators[0].parameters.min_share: the share 75 is out of range";
        QTest::newRow("points do not add up")
            << 1 << "criteria[0].points: the criterion declares 30 points but its indicators add up to 35.";
        QTest::newRow("pass above total") << 2 << "pass_rule.min_total: 120 is out of range";
    }

    void invalidEditIsRefused()
    {
        QFETCH(int, what);
        QFETCH(QString, expected);
        Fixture f;
        const bool family = what != 0;
        Catalogue clone;
        SHT_VERIFY_OK(
            f.catalogues.cloneCatalogue(builtin(f.library, family ? QStringLiteral("learning_family.448")
                                                                  : QStringLiteral("learning_village.448")),
                                        QStringLiteral("x-1.1"), QString(), &clone));
        Catalogue edited = clone;
        if (what == 0)
            edited.criteria[0].indicators[0].parameters.insert(QStringLiteral("min_share"), 75);
        else if (what == 1)
            edited.criteria[0].indicators[0].points = 15;
        else
            edited.passRule.minTotal = 120;
        const QStringList before = test::databaseState(f.db);
        const int steps = f.stack.count();
        const Status status = f.catalogues.saveVersion(edited, QString());
        QVERIFY(!status);
        QVERIFY2(status.message().contains(expected), qPrintable(status.message()));
        QCOMPARE(test::databaseState(f.db), before);
        QCOMPARE(f.stack.count(), steps); // a refused edit is no step in the history
    }

    void builtinsAreReadOnly()
    {
        Fixture f;
        const Catalogue &family = builtin(f.library, QStringLiteral("learning_family.448"));
        Status status = f.catalogues.saveVersion(family, QString());
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("clone it first")), qPrintable(status.message()));
        status = f.catalogues.deleteClone(family.code, family.version);
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("built into the app")),
                 qPrintable(status.message()));
        QCOMPARE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")), 0);
    }

    void cloneUsedByResultsIsKept()
    {
        Fixture f;
        Catalogue clone;
        SHT_VERIFY_OK(f.catalogues.cloneCatalogue(builtin(f.library, QStringLiteral("learning_family.448")),
                                                  QStringLiteral("2015.1-qn.1"), QString(), &clone));
        storeResult(f.db, clone.code, clone.version);
        const Status status = f.catalogues.deleteClone(clone.code, clone.version);
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("judged 1 result")), qPrintable(status.message()));
        QCOMPARE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")), 1);
    }

    void unusedCloneIsDeletedAndUndone()
    {
        Fixture f;
        Catalogue clone;
        SHT_VERIFY_OK(f.catalogues.cloneCatalogue(builtin(f.library, QStringLiteral("learning_clan.448")),
                                                  QStringLiteral("2015.1-qn.1"), QString(), &clone));
        storeResult(f.db, clone.code,
                    QStringLiteral("another-version")); // other versions' results do not count
        const QStringList withResult = test::databaseState(f.db);
        SHT_VERIFY_OK(f.catalogues.deleteClone(clone.code, clone.version));
        QCOMPARE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")), 0);
        QCOMPARE(
            count(f.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'criteria_catalogue' "
                                       "AND action = 'delete'")),
            1);
        QCOMPARE(f.stack.count(), 2);
        f.stack.undo(); // the deleted clone comes back, same uuid
        QCOMPARE(test::databaseState(f.db), withResult);
        QVERIFY(CatalogueLibrary::load(f.db).find(clone.code, clone.version));
        f.stack.undo(); // the clone goes
        QCOMPARE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")), 0);
        f.stack.redo();
        QCOMPARE(count(f.db, QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")), 1);
        QCOMPARE(f.stack.undoText(),
                 QStringLiteral("Clone catalogue Dòng họ học tập as version 2015.1-qn.1"));
    }

    void aDamagedStoredCatalogueIsReported()
    {
        Fixture f;
        SHT_VERIFY_OK(f.catalogues.cloneCatalogue(builtin(f.library, QStringLiteral("learning_clan.448")),
                                                  QStringLiteral("2015.1-qn.1"), QString()));
        QSqlQuery q(f.db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE criteria_catalogue SET content = '{\"code\": 1}'")));
        Status status;
        const CatalogueLibrary library = CatalogueLibrary::load(f.db, &status);
        QVERIFY(!status);
        QVERIFY2(
            status.message().contains(QStringLiteral("catalogue learning_clan.448 version 2015.1-qn.1 in the "
                                                     "commune file: code: must be text.")),
            qPrintable(status.message()));
        QCOMPARE(library.size(), f.library.size()); // the built-ins still judge
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
