// Targets as data and the achievements measured against them: the national defaults load and a bad file is
// refused naming the field; local targets are added, changed and removed (audited, undoable); the counts
// per village and for the commune on crafted data a council could check by hand; the target that applies
// to a year; and the demo commune.
#include "AchievementReport.h"
#include "AchievementRepository.h"
#include "AdminUnitService.h"
#include "AuditedWriter.h"
#include "ChangeNotifier.h"
#include "ClanService.h"
#include "EditCommands.h"
#include "HouseholdService.h"
#include "LocalUnitService.h"
#include "StatisticsRepository.h"
#include "TargetCatalogue.h"
#include "TargetCommands.h"
#include "TargetRepository.h"
#include "TargetService.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace sht;
using namespace sht::criteria;

namespace {

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.message()));
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A small commune a council could count by hand (year 2025):
// - Thôn A: households A1..A10, each a couple (born 1970, 1972) and a child (2015). A1..A7 recognised
//   GĐHT in 2025; A1..A9 registered, A1..A8 evaluated met. Thôn A is recognised CĐHT in 2024 for three
//   years (valid at the end of 2025 and 2026).
// - Thôn B: households B1..B5 (the same shape; B5 also has members born 2010 and 2011), B1 recognised GĐHT;
//   B6, whose only member died in 2025, is not counted.
// - Clans: "Họ Lê" (head in A1, households A1, A2) recognised DHHT; "Họ Trần" (B1, B2) not.
// - Units: the People's Committee in Thôn A, recognised ĐVHT, staff: heads of A1, A2, A3; a cooperative
//   without a village, not recognised.
// - CDHT recognised: heads of A1, A2, A4, A5, the spouse of A3, and the head of B1.
struct Crafted
{
    test::TempCommune temp;
    Database &db;
    AdminUnit villageA;
    AdminUnit villageB;
    QList<Household> a;
    QList<Household> b;
    QList<qint64> headsA;
    QList<qint64> spousesA;
    QList<qint64> headsB;
    QString clanLe;
    QString clanTran;
    QString committee;
    QString cooperative;

    Crafted()
        : db(temp.create())
    {
        villageA = village(QStringLiteral("Thôn A"));
        villageB = village(QStringLiteral("Thôn B"));
        for (int i = 1; i <= 10; ++i)
            a << household(villageA, QStringLiteral("A%1").arg(i), &headsA, &spousesA);
        QList<qint64> spousesB;
        for (int i = 1; i <= 5; ++i)
            b << household(villageB, QStringLiteral("B%1").arg(i), &headsB, &spousesB);
        member(b[4].id, QStringLiteral("Trần Văn Mười Lăm"), 2010);
        member(b[4].id, QStringLiteral("Trần Thị Mười Bốn"), 2011);
        // B6: one person, died in 2025.
        Household b6;
        b6.code = QStringLiteral("B6");
        b6.villageId = villageB.id;
        Person alone = person(QStringLiteral("Phạm Văn Một"), 1940);
        check(HouseholdService(db).createHousehold(b6, alone, QDate(2000, 1, 1)));
        check(HouseholdService(db).markDeceased(alone.id, PartialDate::fromYearMonth(2025, 5)));

        clanLe = clan(QStringLiteral("Họ Lê"), headsA[0], {a[0].id, a[1].id});
        clanTran = clan(QStringLiteral("Họ Trần"), headsB[0], {b[0].id, b[1].id});

        LocalUnit unit;
        unit.name = QStringLiteral("UBND xã");
        unit.kind = QStringLiteral("people_committee");
        unit.managingLevel = QStringLiteral("commune");
        unit.villageId = villageA.id;
        check(LocalUnitService(db).createUnit(unit));
        committee = unit.uuid;
        for (int i = 0; i < 3; ++i)
            check(LocalUnitService(db).addStaff(unit.id, headsA[i], QString(), QDate(2020, 1, 1)));
        LocalUnit coop;
        coop.name = QStringLiteral("HTX Nông nghiệp");
        coop.kind = QStringLiteral("cooperative");
        coop.managingLevel = QStringLiteral("commune");
        check(LocalUnitService(db).createUnit(coop));
        cooperative = coop.uuid;

        for (int i = 0; i < 7; ++i)
            recognise(Title::LearningFamily, SubjectKind::Household, a[i].uuid, 2025);
        recognise(Title::LearningFamily, SubjectKind::Household, b[0].uuid, 2025);
        for (int i = 0; i < 9; ++i)
            row(QStringLiteral("registration"), Title::LearningFamily, SubjectKind::Household, a[i].uuid,
                2025);
        for (int i = 0; i < 9; ++i)
            evaluate(Title::LearningFamily, SubjectKind::Household, a[i].uuid, 2025, i < 8);
        recognise(Title::LearningVillage, SubjectKind::Village, villageA.uuid, 2024, QDate(2024, 12, 15),
                  QDate(2027, 12, 14));
        recognise(Title::LearningClan, SubjectKind::Clan, clanLe, 2025);
        recognise(Title::LearningUnit, SubjectKind::LocalUnit, committee, 2025);
        for (qint64 id : {headsA[0], headsA[1], headsA[3], headsA[4], spousesA[2], headsB[0]})
            recognise(Title::LearningCitizen, SubjectKind::Person, uuidOf(id), 2025);
    }

    Person person(const QString &name, int born)
    {
        Person p;
        p.name = PersonName(name);
        p.sex = Sex::Male;
        p.birthDate = PartialDate::fromYear(born);
        return p;
    }

    AdminUnit village(const QString &name)
    {
        AdminUnit v;
        v.name = name;
        v.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(v));
        return v;
    }

    Household household(const AdminUnit &v, const QString &code, QList<qint64> *heads, QList<qint64> *spouses)
    {
        Household h;
        h.code = code;
        h.villageId = v.id;
        Person head = person(QStringLiteral("Chủ hộ %1").arg(code), 1970);
        check(HouseholdService(db).createHousehold(h, head, QDate(2000, 1, 1)));
        heads->append(head.id);
        spouses->append(member(h.id, QStringLiteral("Vợ %1").arg(code), 1972, Relation::Spouse));
        member(h.id, QStringLiteral("Con %1").arg(code), 2015);
        return h;
    }

    qint64 member(qint64 householdId, const QString &name, int born, Relation relation = Relation::Child)
    {
        Person p = person(name, born);
        check(HouseholdService(db).addMember(householdId, p, relation, ResidenceStatus::Permanent,
                                             QDate(2000, 1, 1)));
        return p.id;
    }

    QString clan(const QString &name, qint64 head, const QList<qint64> &households)
    {
        Clan c;
        c.name = name;
        c.headPersonId = head;
        check(ClanService(db).createClan(c));
        for (qint64 h : households)
            check(ClanService(db).addHousehold(c.id, h));
        return c.uuid;
    }

    QString uuidOf(qint64 personId)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT uuid FROM person WHERE id = ?"));
        q.addBindValue(personId);
        if (!q.exec() || !q.next())
            qFatal("no person %lld", personId);
        return q.value(0).toString();
    }

    void row(const QString &table, Title title, SubjectKind kind, const QString &uuid, int year,
             AuditedWriter::Fields extra = {})
    {
        AuditedWriter::Fields fields{{QStringLiteral("year"), year},
                                     {QStringLiteral("title"), titleKey(title)},
                                     {QStringLiteral("subject_kind"), subjectKindKey(kind)},
                                     {QStringLiteral("subject_uuid"), uuid}};
        fields << extra;
        Status status;
        AuditedWriter(db).insert(table, fields, &status);
        check(status);
    }

    void recognise(Title title, SubjectKind kind, const QString &uuid, int year, QDate from = {},
                   QDate to = {})
    {
        if (!from.isValid()) {
            from = QDate(year, 12, 20);
            to = from.addYears(1).addDays(-1);
        }
        row(QStringLiteral("recognition"), title, kind, uuid, year,
            {{QStringLiteral("decision_number"), QStringLiteral("12/QĐ-UBND")},
             {QStringLiteral("decision_date"), from.toString(Qt::ISODate)},
             {QStringLiteral("valid_from"), from.toString(Qt::ISODate)},
             {QStringLiteral("valid_to"), to.toString(Qt::ISODate)}});
    }

    void evaluate(Title title, SubjectKind kind, const QString &uuid, int year, bool met)
    {
        row(QStringLiteral("evaluation"), title, kind, uuid, year,
            {{QStringLiteral("catalogue_code"), QStringLiteral("learning_family.448")},
             {QStringLiteral("catalogue_version"), QStringLiteral("1")},
             {QStringLiteral("verdict"), met ? QStringLiteral("met") : QStringLiteral("not_met")},
             {QStringLiteral("evaluated_at"), QStringLiteral("2025-12-01T00:00:00Z")}});
    }
};

QByteArray targetsJson(const QByteArray &rows)
{
    return QByteArray("{\"format\": 1, \"targets\": [") + rows + "]}";
}

const QByteArray goodRow = R"({"indicator": "learning_family", "year": 2025, "share": 0.7,
    "confidence": "verified", "source": "QĐ 387/QĐ-TTg", "source_date": "2022-03-25"})";

Target localTarget(TargetIndicator indicator, int year, double share, TargetScope scope)
{
    Target t;
    t.indicator = indicator;
    t.year = year;
    t.share = share;
    t.scope = scope;
    t.source = QStringLiteral("KH 45/KH-UBND");
    return t;
}

} // namespace

class TestTargets : public QObject
{
    Q_OBJECT

private slots:
    void nationalDefaultsLoad()
    {
        Status status;
        const TargetCatalogue national = TargetCatalogue::national(&status);
        SHT_VERIFY_OK(status);
        QCOMPARE(national.targets().size(), 32);
        int provincialPlans = 0;
        int difficult = 0;
        for (const Target &t : national.targets()) {
            QCOMPARE(t.scope, TargetScope::National);
            QVERIFY(!t.source.isEmpty());
            provincialPlans += t.provincialPlan;
            difficult += t.area == TargetArea::Difficult;
        }
        QCOMPARE(provincialPlans, 7); // 387's 2030 column
        QCOMPARE(difficult, 3);       // 281's difficult-area column (none for units)
        const auto family =
            AchievementReport::applicable(national.targets(), TargetIndicator::FamilyHouseholds, 2025, false);
        QVERIFY(family);
        QCOMPARE(family->share, 0.70);
        QCOMPARE(family->source, QStringLiteral("QĐ 387/QĐ-TTg"));
        QVERIFY(!family->isProvisional());
        QVERIFY(family->sourceText().contains(QStringLiteral("QĐ 387/QĐ-TTg, 2025")));
        const auto later =
            AchievementReport::applicable(national.targets(), TargetIndicator::FamilyHouseholds, 2027, false);
        QVERIFY(later && later->isProvisional());
        QVERIFY(later->sourceText().contains(QStringLiteral("theo kế hoạch tỉnh")));
        QVERIFY(later->sourceText().contains(QStringLiteral("[provisional]")));
    }

    void badTargetsFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"format\": 1, ") << "national.json: not valid JSON";
        QTest::newRow("a list") << QByteArray("[]") << "national.json: the file must hold one JSON object";
        QTest::newRow("no format") << QByteArray("{\"targets\": []}") << "national.json: format: nothing";
        QTest::newRow("newer format")
            << QByteArray("{\"format\": 2, \"targets\": []}") << "national.json: format: 2";
        QTest::newRow("targets not a list")
            << QByteArray("{\"format\": 1, \"targets\": {}}") << "national.json: targets: must be a list";
        QTest::newRow("row not an object") << targetsJson("3") << "targets[0]: must be an object";
        QTest::newRow("unknown indicator")
            << targetsJson(QByteArray(goodRow).replace("learning_family", "learning_famly"))
            << "targets[0].indicator: \"learning_famly\" is not a known indicator";
        QTest::newRow("share in percent") << targetsJson(QByteArray(goodRow).replace("0.7", "70"))
                                          << "targets[0].share: 70 must be a number from 0 to 1";
        QTest::newRow("share as text")
            << targetsJson(QByteArray(goodRow).replace("0.7", "\"70%\"")) << "targets[0].share: \"70%\"";
        QTest::newRow("negative share")
            << targetsJson(QByteArray(goodRow).replace("0.7", "-0.1")) << "targets[0].share: -0.1";
        QTest::newRow("year as text") << targetsJson(QByteArray(goodRow).replace("2025,", "\"2025\","))
                                      << "targets[0].year: \"2025\" must be a whole year";
        QTest::newRow("year out of range")
            << targetsJson(QByteArray(goodRow).replace("2025,", "1995,")) << "targets[0].year: 1995";
        QTest::newRow("misspelt field") << targetsJson(QByteArray(goodRow).replace("\"share\"", "\"shar\""))
                                        << "targets[0].shar: unknown field";
        QTest::newRow("confidence") << targetsJson(QByteArray(goodRow).replace("verified", "sure"))
                                    << "targets[0].confidence: \"sure\" must be";
        QTest::newRow("no source") << targetsJson(QByteArray(goodRow).replace("QĐ 387/QĐ-TTg", " "))
                                   << "targets[0].source:";
        QTest::newRow("bad date") << targetsJson(QByteArray(goodRow).replace("2022-03-25", "25/03/2022"))
                                  << "targets[0].source_date: \"25/03/2022\"";
        QTest::newRow("area") << targetsJson(
                                     QByteArray(goodRow).replace("\"year\"", "\"area\": \"hill\", \"year\""))
                              << "targets[0].area: \"hill\"";
        QTest::newRow("share_max below share")
            << targetsJson(QByteArray(goodRow).replace("\"year\"", "\"share_max\": 0.5, \"year\""))
            << "targets[0].share_max: 0.5";
        QTest::newRow("plan flag as text")
            << targetsJson(QByteArray(goodRow).replace("\"year\"", "\"provincial_plan\": \"yes\", \"year\""))
            << "targets[0].provincial_plan: \"yes\"";
        QTest::newRow("second row bad")
            << targetsJson(goodRow + ", " + QByteArray(goodRow).replace("0.7", "7")) << "targets[1].share: 7";
        QTest::newRow("same figure twice") << targetsJson(goodRow + ", " + goodRow)
                                           << "targets[1]: a second target of QĐ 387/QĐ-TTg for 2025";
    }

    void badTargetsFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Status status;
        const TargetCatalogue catalogue =
            TargetCatalogue::fromJson(json, QStringLiteral("national.json"), &status);
        QVERIFY(!status);
        QVERIFY2(status.message().contains(error), qPrintable(status.message()));
        QVERIFY(catalogue.isEmpty());
    }

    void goodTargetsFile()
    {
        Status status;
        const auto catalogue = TargetCatalogue::fromJson(
            targetsJson(goodRow + ", " +
                        R"({"indicator": "centre.association_staff_ict", "year": 2030, "share": 0.6,
                            "share_max": 0.7, "confidence": "inferred", "provincial_plan": true,
                            "area": "general", "source": "QĐ 387/QĐ-TTg", "note": "các kế hoạch khác nhau"})"),
            QStringLiteral("x.json"), &status);
        SHT_VERIFY_OK(status);
        QCOMPARE(catalogue.targets().size(), 2);
        QCOMPARE(catalogue.targets().at(1).shareText(), QStringLiteral("60–70%"));
        QCOMPARE(catalogue.targets().at(0).shareText(), QStringLiteral("70%"));
    }

    // Which national target applies to a year: that year's, else the next target year's.
    void applicableTarget_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("difficult");
        QTest::addColumn<double>("share"); // -1: none
        QTest::addColumn<int>("targetYear");
        QTest::addColumn<QString>("source");
        QTest::newRow("2016 → QĐ 281's 2020")
            << "learning_family" << 2016 << false << 0.70 << 2020 << "QĐ 281/QĐ-TTg";
        QTest::newRow("2020 difficult area")
            << "learning_family" << 2020 << true << 0.60 << 2020 << "QĐ 281/QĐ-TTg";
        QTest::newRow("clan 2019 difficult")
            << "learning_clan" << 2019 << true << 0.40 << 2020 << "QĐ 281/QĐ-TTg";
        QTest::newRow("unit 2020 difficult: general")
            << "learning_unit" << 2020 << true << 0.50 << 2020 << "QĐ 281/QĐ-TTg";
        QTest::newRow("2021 → 387's 2025")
            << "learning_family" << 2021 << false << 0.70 << 2025 << "QĐ 387/QĐ-TTg";
        QTest::newRow("2025 difficult: no column")
            << "learning_family" << 2025 << true << 0.70 << 2025 << "QĐ 387/QĐ-TTg";
        QTest::newRow("2026 → 2030") << "learning_village" << 2026 << false << 0.75 << 2030
                                     << "QĐ 387/QĐ-TTg";
        QTest::newRow("adults 2030: 677 verified over 387 inferred")
            << "learning_citizen.adults" << 2030 << false << 0.60 << 2030 << "QĐ 677/QĐ-TTg";
        QTest::newRow("adults 2025: the newer instrument")
            << "learning_citizen.adults" << 2025 << false << 0.40 << 2025 << "QĐ 677/QĐ-TTg";
        QTest::newRow("2031: none") << "learning_family" << 2031 << false << -1.0 << 0 << "";
        QTest::newRow("all citizens 2026: none")
            << "learning_citizen.all" << 2026 << false << -1.0 << 0 << "";
    }

    void applicableTarget()
    {
        QFETCH(QString, indicator);
        QFETCH(int, year);
        QFETCH(bool, difficult);
        QFETCH(double, share);
        QFETCH(int, targetYear);
        QFETCH(QString, source);
        Status status;
        const auto national = TargetCatalogue::national(&status);
        SHT_VERIFY_OK(status);
        const auto target = AchievementReport::applicable(
            national.targets(), *targetIndicatorFromKey(indicator), year, difficult);
        if (share < 0) {
            QVERIFY(!target);
            return;
        }
        QVERIFY(target);
        QCOMPARE(target->share, share);
        QCOMPARE(target->year, targetYear);
        QCOMPARE(target->source, source);
    }

    void localTargetsAreAuditedAndUndoable()
    {
        test::TempCommune temp;
        Database &db = temp.create();
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(db, stack, notifier);
        TargetCommands commands(edits);
        QSet<QString> changedTables;
        connect(&notifier, &ChangeNotifier::changed, this,
                [&](const QSet<QString> &tables) { changedTables += tables; });
        const QStringList empty = test::databaseState(db);

        Target family = localTarget(TargetIndicator::FamilyHouseholds, 2025, 0.8, TargetScope::Commune);
        SHT_VERIFY_OK(commands.add(family));
        QVERIFY(family.id > 0);
        QVERIFY(!family.uuid.isEmpty());
        QVERIFY(changedTables.contains(QStringLiteral("target")));
        Target units = localTarget(TargetIndicator::UnitUnits, 2025, 0.9, TargetScope::Province);
        SHT_VERIFY_OK(commands.add(units));
        const QStringList twoRows = test::databaseState(db);
        QCOMPARE(TargetRepository(db).all().size(), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'target' AND "
                                          "action = 'insert'")),
                 2);

        // Refusals change nothing and say why.
        const auto refused = [&](Target t, const QString &words) {
            const QStringList before = test::databaseState(db);
            const Status s = t.id ? commands.update(t) : commands.add(t);
            QVERIFY(!s);
            QVERIFY2(s.message().contains(words), qPrintable(s.message()));
            QCOMPARE(test::databaseState(db), before);
        };
        refused(localTarget(TargetIndicator::FamilyHouseholds, 2025, 0.85, TargetScope::Commune),
                QStringLiteral("already a commune target"));
        refused(localTarget(TargetIndicator::FamilyHouseholds, 2025, 1.5, TargetScope::Province),
                QStringLiteral("0% to 100%"));
        refused(localTarget(TargetIndicator::FamilyHouseholds, 1990, 0.5, TargetScope::Province),
                QStringLiteral("between 2000 and 2100"));
        refused(localTarget(TargetIndicator::FamilyHouseholds, 2025, 0.5, TargetScope::National),
                QStringLiteral("National targets"));
        Target moved = units;
        moved.scope = TargetScope::Commune;
        moved.indicator = TargetIndicator::FamilyHouseholds;
        refused(moved, QStringLiteral("already a commune target"));
        QVERIFY(!commands.remove(9999));

        Target changed = family;
        changed.share = 0.85;
        changed.source = QStringLiteral("NQ 07/NQ-HĐND");
        SHT_VERIFY_OK(commands.update(changed));
        const auto stored = TargetRepository(db).find(family.id);
        QVERIFY(stored);
        QCOMPARE(stored->share, 0.85);
        QCOMPARE(stored->revision, 2);
        QCOMPARE(stored->source, QStringLiteral("NQ 07/NQ-HĐND"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'target' AND "
                                          "action = 'update' AND field = 'share'")),
                 1);
        SHT_VERIFY_OK(commands.remove(units.id));
        QCOMPARE(TargetRepository(db).all().size(), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'target' AND "
                                          "action = 'delete'")),
                 1);
        QCOMPARE(stack.count(), 4);
        QVERIFY(stack.text(3).contains(QStringLiteral("Learning units")));

        stack.undo(); // the removal
        stack.undo(); // the change
        QCOMPARE(test::databaseState(db), twoRows);
        stack.undo();
        stack.undo();
        QCOMPARE(test::databaseState(db), empty);
        for (int i = 0; i < 4; ++i)
            stack.redo();
        QCOMPARE(TargetRepository(db).all().size(), 1);
        QCOMPARE(TargetRepository(db).all().first().share, 0.85);
    }

    // The hand count of the crafted commune.
    void achievementsOfCraftedCommune_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("scope"); // "commune", "A", "B", "none"
        QTest::addColumn<int>("inScope");
        QTest::addColumn<int>("registered");
        QTest::addColumn<int>("met");
        QTest::addColumn<int>("recognised");
        QTest::newRow("families, Thôn A: 7 of 10") << "learning_family"
                                                   << "A" << 10 << 9 << 8 << 7;
        QTest::newRow("families, Thôn B: B6 died out") << "learning_family"
                                                       << "B" << 5 << 0 << 0 << 1;
        QTest::newRow("families, commune") << "learning_family"
                                           << "commune" << 15 << 9 << 8 << 8;
        QTest::newRow("clans: by the head's village") << "learning_clan"
                                                      << "A" << 1 << 0 << 0 << 1;
        QTest::newRow("clans, commune") << "learning_clan"
                                        << "commune" << 2 << 0 << 0 << 1;
        QTest::newRow("villages: A's 2024 recognition still valid") << "learning_village"
                                                                    << "commune" << 2 << 0 << 0 << 1;
        QTest::newRow("villages, B") << "learning_village"
                                     << "B" << 1 << 0 << 0 << 0;
        QTest::newRow("units, commune") << "learning_unit"
                                        << "commune" << 2 << 0 << 0 << 1;
        QTest::newRow("units without a village") << "learning_unit"
                                                 << "none" << 1 << 0 << 0 << 0;
        // Thôn A is a learning community: its 20 adults; in B only B1's 2 (a learning family).
        QTest::newRow("adults in GĐHT/DHHT/CĐHT, A") << "learning_citizen.adults"
                                                     << "A" << 20 << 0 << 0 << 5;
        QTest::newRow("adults in GĐHT/DHHT/CĐHT, B") << "learning_citizen.adults"
                                                     << "B" << 2 << 0 << 0 << 1;
        QTest::newRow("staff of the ĐVHT") << "learning_citizen.staff"
                                           << "commune" << 3 << 0 << 0 << 2;
        // 15 couples and the one born in 2010 (15 at the end of 2025); not the one born in 2011.
        QTest::newRow("all adults") << "learning_citizen.all"
                                    << "commune" << 31 << 0 << 0 << 6;
    }

    void achievementsOfCraftedCommune()
    {
        QFETCH(QString, indicator);
        QFETCH(QString, scope);
        QFETCH(int, inScope);
        QFETCH(int, registered);
        QFETCH(int, met);
        QFETCH(int, recognised);
        Crafted c;
        YearAchievements year;
        SHT_VERIFY_OK(AchievementRepository(c.db).achievements(2025, &year));
        const TargetIndicator which = *targetIndicatorFromKey(indicator);
        const AchievementCounts counts = scope == QLatin1String("commune") ? year.commune(which)
                                         : scope == QLatin1String("A") ? year.village(which, c.villageA.id)
                                         : scope == QLatin1String("B") ? year.village(which, c.villageB.id)
                                                                       : year.village(which, 0);
        QCOMPARE(counts.inScope, inScope);
        QCOMPARE(counts.registered, registered);
        QCOMPARE(counts.met, met);
        QCOMPARE(counts.recognised, recognised);
    }

    void reportAgainstTargets()
    {
        Crafted c;
        Status status;
        const auto national = TargetCatalogue::national(&status);
        SHT_VERIFY_OK(status);
        AchievementRepository achievements(c.db);
        YearAchievements year;
        SHT_VERIFY_OK(achievements.achievements(2025, &year));

        // Thôn A: 7 of 10 = 70% against the national 70%: reached, exactly.
        const AchievementReport report(national.targets(), {}, false);
        const AchievementRow a = report.row(year, TargetIndicator::FamilyHouseholds, c.villageA.id);
        QCOMPARE(*a.share, 0.7);
        QCOMPARE(*a.goal, 0.7);
        QVERIFY(a.reached());
        QCOMPARE(AchievementReport::gapText(a), QStringLiteral("+0.0 points: reached"));
        QCOMPARE(AchievementReport::percentText(a.share), QStringLiteral("70.0%"));
        // The commune: 8 of 15 = 53.3%.
        const AchievementRow commune = report.row(year, TargetIndicator::FamilyHouseholds);
        QVERIFY(!commune.reached());
        QCOMPARE(AchievementReport::gapText(commune), QStringLiteral("−16.7 points: not reached"));
        QCOMPARE(report.rows(year).size(), measuredTargetIndicators().size());

        // A higher commune target is the goal; the province's applies only where the commune set none.
        const QList<Target> local{
            localTarget(TargetIndicator::FamilyHouseholds, 2025, 0.8, TargetScope::Commune),
            localTarget(TargetIndicator::FamilyHouseholds, 2025, 0.75, TargetScope::Province),
            localTarget(TargetIndicator::ClanClans, 2030, 0.4, TargetScope::Province)};
        const AchievementReport withLocal(national.targets(), local, false);
        const AchievementRow raised = withLocal.row(year, TargetIndicator::FamilyHouseholds, c.villageA.id);
        QCOMPARE(raised.local->scope, TargetScope::Commune);
        QCOMPARE(*raised.goal, 0.8);
        QVERIFY(!raised.reached());
        const AchievementRow clans = withLocal.row(year, TargetIndicator::ClanClans);
        QCOMPARE(clans.local->scope, TargetScope::Province);
        QCOMPARE(*clans.goal, 0.65); // the national figure is higher than the province's
        QCOMPARE(*clans.share, 0.5);

        // Nothing in scope: no percentage, no verdict.
        const AchievementRow none = report.row(year, TargetIndicator::FamilyHouseholds, 987654);
        QVERIFY(!none.share);
        QVERIFY(!none.reached());
        QCOMPARE(AchievementReport::percentText(none.share), QStringLiteral("–"));

        // A difficult area is measured against QĐ 281's lower column for old years.
        const AchievementReport difficult(national.targets(), {}, true);
        QCOMPARE(difficult.nationalTarget(TargetIndicator::FamilyHouseholds, 2018)->share, 0.6);
    }

    void trendOverYears()
    {
        Crafted c;
        AchievementRepository achievements(c.db);
        QCOMPARE(achievements.years(), (QList<int>{2024, 2025}));
        YearAchievements y2024, y2026;
        SHT_VERIFY_OK(achievements.achievements(2024, &y2024));
        SHT_VERIFY_OK(achievements.achievements(2026, &y2026));
        QCOMPARE(y2024.commune(TargetIndicator::VillageCommunities).recognised, 1);
        QCOMPARE(y2024.commune(TargetIndicator::FamilyHouseholds).recognised, 0);
        // B6's member was alive at the end of 2024.
        QCOMPARE(y2024.commune(TargetIndicator::FamilyHouseholds).inScope, 16);
        // 2025's one-year recognitions have run out by the end of 2026; A's three-year one has not.
        QCOMPARE(y2026.commune(TargetIndicator::FamilyHouseholds).recognised, 0);
        QCOMPARE(y2026.commune(TargetIndicator::VillageCommunities).recognised, 1);
        QCOMPARE(y2026.commune(TargetIndicator::CitizenAdults).inScope, 20);
        // Ages are counted at the end of each year: the child born in 2011 is 15 in 2026.
        QCOMPARE(y2026.commune(TargetIndicator::CitizenAll).inScope, 32);
    }

    void settingsOfTheCommune()
    {
        Crafted c;
        AchievementRepository achievements(c.db);
        QCOMPARE(achievements.citizenMinAge(), 15);
        QVERIFY(!achievements.difficultArea());
        QSqlQuery q(c.db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('commune.citizen_min_age', '18'),"
                                      " ('commune.difficult_area', '1')")));
        QCOMPARE(achievements.citizenMinAge(), 18);
        QVERIFY(achievements.difficultArea());
        YearAchievements year;
        SHT_VERIFY_OK(achievements.achievements(2025, &year));
        QCOMPARE(year.citizenMinAge, 18);
        QCOMPARE(year.commune(TargetIndicator::CitizenAll).inScope, 30);
    }

    void demoCommune()
    {
        test::TempCommune temp;
        Database db;
        SHT_VERIFY_OK(db.open(temp.demo(400, 7)));
        CommuneSummary summary;
        SHT_VERIFY_OK(StatisticsRepository(db).summary(&summary));
        const int thisYear = QDate::currentDate().year();
        AchievementRepository achievements(db);

        // Recognise every third household of the year, then count.
        QList<QString> households;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM household ORDER BY id")));
        while (q.next())
            households << q.value(0).toString();
        {
            Transaction transaction(db);
            AuditedWriter writer(db);
            for (int i = 0; i < households.size(); i += 3) {
                Status s;
                writer.insert(QStringLiteral("recognition"),
                              {{QStringLiteral("year"), thisYear},
                               {QStringLiteral("title"), QStringLiteral("learning_family")},
                               {QStringLiteral("subject_kind"), QStringLiteral("household")},
                               {QStringLiteral("subject_uuid"), households.at(i)}},
                              &s);
                SHT_VERIFY_OK(s);
            }
            SHT_VERIFY_OK(transaction.commit());
        }
        YearAchievements first, second;
        SHT_VERIFY_OK(achievements.achievements(thisYear, &first));
        SHT_VERIFY_OK(achievements.achievements(thisYear, &second));
        QCOMPARE(first.byVillage, second.byVillage); // deterministic

        const AchievementCounts family = first.commune(TargetIndicator::FamilyHouseholds);
        QCOMPARE(family.inScope, summary.households);
        QVERIFY(family.recognised > 0);
        QVERIFY(family.recognised <= (households.size() + 2) / 3);
        QCOMPARE(first.commune(TargetIndicator::VillageCommunities).inScope, summary.villages.size());
        QCOMPARE(first.commune(TargetIndicator::ClanClans).inScope, summary.clans);
        QCOMPARE(first.commune(TargetIndicator::UnitUnits).inScope, summary.localUnits);
        // Every village's households add up to the commune; each village is in the list of the year.
        int sum = 0;
        for (const AchievementVillage &v : achievements.villages(thisYear)) {
            sum += first.village(TargetIndicator::FamilyHouseholds, v.id).inScope;
            QCOMPARE(first.village(TargetIndicator::VillageCommunities, v.id).inScope, 1);
        }
        QCOMPARE(sum, family.inScope);
        QVERIFY(first.commune(TargetIndicator::CitizenAll).inScope > summary.people / 2);
        QVERIFY(first.commune(TargetIndicator::CitizenAll).inScope < summary.people);
        QCOMPARE(achievements.years(), QList<int>{thisYear});
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
