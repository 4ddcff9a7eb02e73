// Evaluating a year in a real commune file: results stored in one transaction, what changed on a second run,
// cancel writing nothing, households that moved out mid-year, the council's judgements (audited, undoable)
// and recognitions (only what is met, validity from the catalogue), and the demo commune end to end.
#include "AdminUnitService.h"
#include "CatalogueLibrary.h"
#include "CatalogueRepository.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "EvalTestData.h"
#include "EvaluationCommands.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "RecognitionRepository.h"
#include "RegistrationService.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace sht;
using namespace sht::criteria;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.message()));
}

// A family catalogue of one fact (all indicators) and a village catalogue of one share, adapted from the
// built-ins: verdicts a test can predict without the council.
QList<Catalogue> simpleCatalogues()
{
    const CatalogueLibrary builtins = CatalogueLibrary::builtins();
    Catalogue family = *builtins.find(QStringLiteral("learning_family.448"), QStringLiteral("2015.1"));
    family.code = QStringLiteral("family.simple");
    family.builtin = false;
    family.passRule = PassRule();
    family.criteria = {family.criteria.constFirst()};
    family.criteria[0].points = 0;
    family.criteria[0].indicators = {family.criteria[0].indicators.constFirst()}; // 1a
    family.criteria[0].indicators[0].points = 0;
    Catalogue village = *builtins.find(QStringLiteral("learning_village.448"), QStringLiteral("2015.1"));
    village.code = QStringLiteral("village.simple");
    village.builtin = false;
    village.criteria = {village.criteria.constFirst()};
    village.criteria[0].indicators = {village.criteria[0].indicators.constFirst()}; // 1a
    village.criteria[0].indicators[0].parameters.insert(QStringLiteral("min_share"), 0.5);
    village.validityMonths = 36;
    return {family, village};
}

struct Commune
{
    test::TempCommune temp;
    Database &db;
    AdminUnit dong;
    AdminUnit doai;
    QList<Household> households;
    QList<qint64> children; // the child of each household, 0 when none

    Commune()
        : db(temp.create())
    {
        dong.name = QStringLiteral("Thôn Đông");
        dong.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(dong));
        doai.name = QStringLiteral("Thôn Đoài");
        doai.validFrom = QDate(2000, 1, 1);
        doai.sortOrder = 2;
        check(AdminUnitService(db).createVillage(doai));
        // 01.001: a pupil; 01.002: a 12-year-old out of school; 01.003: no children.
        add(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"), SchoolStatus::Enrolled);
        add(QStringLiteral("01.002"), QStringLiteral("Lê Văn Hải"), SchoolStatus::NotEnrolled);
        add(QStringLiteral("01.003"), QStringLiteral("Trần Văn Bình"), SchoolStatus::Unknown, false);
        QStringList uuids;
        for (const Household &h : households)
            uuids << h.uuid;
        check(RegistrationService(db).registerSubjects(2025, Title::LearningFamily, SubjectKind::Household,
                                                       uuids));
        check(RegistrationService(db).registerSubjects(2025, Title::LearningVillage, SubjectKind::Village,
                                                       {dong.uuid}));
        // In the file, so that every service (recognition too) finds the version a result names.
        for (const Catalogue &catalogue : simpleCatalogues())
            check(CatalogueRepository(db).insert(catalogue));
    }

    void add(const QString &code, const QString &head, SchoolStatus school, bool withChild = true)
    {
        Household h;
        h.code = code;
        h.villageId = dong.id;
        Person p;
        p.name = PersonName(head);
        p.birthDate = PartialDate::fromYear(1975);
        p.education = Education::general(9, 12);
        check(HouseholdService(db).createHousehold(h, p, QDate(2015, 1, 1)));
        households << h;
        if (!withChild) {
            children << 0;
            return;
        }
        Person child;
        child.name = PersonName(code == QLatin1String("01.002") ? QStringLiteral("Lê Văn Nam")
                                                                : QStringLiteral("Nguyễn Thị Mai"));
        child.birthDate = PartialDate::fromDate(QDate(2013, 4, 2));
        child.schoolStatus = school;
        check(HouseholdService(db).addMember(h.id, child, Relation::Child, ResidenceStatus::Permanent,
                                             QDate(2015, 1, 1)));
        children << child.id;
    }

    EvaluationRun evaluate(Status *status = nullptr, const std::function<bool(int, int)> &progress = {})
    {
        EvaluationService service(db);
        service.setCatalogues(simpleCatalogues());
        EvaluationRun run;
        const Status s = service.evaluateYear(2025, progress, &run);
        if (status)
            *status = s;
        else
            check(s);
        return run;
    }
};

} // namespace

class TestEvaluationService : public QObject
{
    Q_OBJECT

private slots:
    void evaluateYearStoresResults()
    {
        Commune c;
        const EvaluationRun run = c.evaluate();
        QCOMPARE(run.evaluated, 4);
        QCOMPARE(run.counts.value(Title::LearningFamily), (QList<int>{2, 1, 0}));
        QCOMPARE(run.counts.value(Title::LearningVillage), (QList<int>{1, 0, 0})); // 2 of 3 ≥ 50%
        QVERIFY(run.changes.isEmpty()); // a first evaluation has nothing to compare with
        // The commune is judged every year; these test catalogues have none for it.
        QCOMPARE(run.problems,
                 QStringList{"No criteria catalogue for learning_commune is in force in 2025; those "
                             "subjects were not evaluated."});

        EvaluationRepository repository(c.db);
        QCOMPARE(repository.availableYears(), QList<int>{2025});
        const QList<SubjectEvaluation> families = repository.results(2025, Title::LearningFamily);
        QCOMPARE(families.size(), 3);
        QCOMPARE(families[0].subjectName, QStringLiteral("01.001 – Nguyễn Văn An"));
        QCOMPARE(families[0].villageName, QStringLiteral("Thôn Đông"));
        QCOMPARE(families[1].verdict, Verdict::NotMet);
        QCOMPARE(families[1].summary,
                 QStringLiteral("Không đạt: 1a (0/1 trẻ từ 6 đến 14 tuổi đi học hoặc được miễn)"));
        QCOMPARE(families[1].catalogueCode, QStringLiteral("family.simple"));
        QVERIFY(families[1].indicators.isEmpty());

        const auto detail = repository.result(2025, Title::LearningFamily, c.households[1].uuid);
        QVERIFY(detail);
        QCOMPARE(detail->indicators.size(), 1);
        const Evidence &e = detail->indicators[0].evidence.constFirst();
        QCOMPARE(e.text, QStringLiteral("Lê Văn Nam, 12 tuổi: không đi học năm 2025"));
        QVERIFY(e.againstRule);
        QCOMPARE(e.rowUuid, PersonRepository(c.db).find(c.children[1])->uuid);
        QCOMPARE(repository.results(2025).size(), 4);
        // Derived rows are not audited.
        QCOMPARE(count(c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('evaluation', "
                                            "'indicator_result')")),
                 0);
    }

    void reEvaluatingShowsWhatChanged()
    {
        Commune c;
        c.evaluate();
        QVERIFY(c.evaluate().changes.isEmpty()); // same data: nothing changed
        Person child = *PersonRepository(c.db).find(c.children[1]);
        child.schoolStatus = SchoolStatus::Enrolled;
        check(PersonService(c.db).updatePerson(child));
        const EvaluationRun run = c.evaluate();
        QCOMPARE(run.changes.size(), 1);
        const VerdictChange &change = run.changes.constFirst();
        QCOMPARE(change.title, Title::LearningFamily);
        QCOMPARE(change.subjectUuid, c.households[1].uuid);
        QCOMPARE(change.subjectName, QStringLiteral("01.002 – Lê Văn Hải"));
        QCOMPARE(change.before, std::optional<Verdict>(Verdict::NotMet));
        QCOMPARE(change.after, Verdict::Met);
        QCOMPARE(EvaluationRepository(c.db).results(2025, Title::LearningFamily)[1].verdict, Verdict::Met);
    }

    void cancelWritesNothing()
    {
        Commune c;
        c.evaluate();
        const QStringList before = test::databaseState(c.db);
        Person child = *PersonRepository(c.db).find(c.children[1]);
        child.schoolStatus = SchoolStatus::Enrolled;
        check(PersonService(c.db).updatePerson(child));
        const QStringList edited = test::databaseState(c.db);
        QVERIFY(edited != before);
        Status status;
        int calls = 0;
        c.evaluate(&status, [&](int done, int total) {
            ++calls;
            return done < total; // cancels at the end of writing, the worst moment
        });
        QVERIFY(!status);
        QVERIFY(calls > 0);
        QCOMPARE(test::databaseState(c.db), edited);
        QCOMPARE(EvaluationRepository(c.db).results(2025, Title::LearningFamily)[1].verdict, Verdict::NotMet);
    }

    // Cancelled while judging: the writer thread has already been handed the first results; nothing stays.
    void cancelWhileJudgingWritesNothing()
    {
        Commune c;
        const QStringList before = test::databaseState(c.db);
        Status status;
        QList<QPair<int, int>> calls;
        c.evaluate(&status, [&](int done, int total) {
            calls << qMakePair(done, total);
            return false;
        });
        QVERIFY(!status);
        QCOMPARE(status.message(), QStringLiteral("Cancelled; nothing was written."));
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls[0].first <= calls[0].second / 2); // still judging
        QCOMPARE(test::databaseState(c.db), before);
        QVERIFY(EvaluationRepository(c.db).availableYears().isEmpty());
        // The connection is usable again at once: a full run afterwards writes every result.
        const EvaluationRun run = c.evaluate();
        QCOMPARE(run.written.inserted, run.evaluated);
        QCOMPARE(int(EvaluationRepository(c.db).results(2025).size()), run.evaluated);
    }

    // A household that moved to another village mid-year no longer counts in the first; a child who moved
    // away mid-year no longer makes the household fail.
    void movesDuringTheYear()
    {
        Commune c;
        {
            Transaction t(c.db);
            check(HouseholdRepository(c.db).moveToVillage(c.households[0].id, c.doai.id, QDate(2025, 6, 15)));
            check(t.commit());
        }
        c.evaluate();
        auto village = EvaluationRepository(c.db).result(2025, Title::LearningVillage, c.dong.uuid);
        QVERIFY(village);
        const IndicatorOutcome &share = village->indicators.constFirst();
        QCOMPARE(share.value, QStringLiteral("1/2 (50%) hộ đạt Gia đình học tập (cần 50%)"));
        QCOMPARE(
            share.evidence.constFirst().text,
            QStringLiteral("Hộ 01.001 – Nguyễn Văn An: chuyển khỏi Thôn Đông ngày 15/06/2025, không tính"));
        QVERIFY(!share.evidence.constFirst().againstRule);

        check(HouseholdService(c.db).markMovedAway(c.children[1], PartialDate::fromYearMonth(2025, 8)));
        c.evaluate();
        QCOMPARE(
            EvaluationRepository(c.db).result(2025, Title::LearningFamily, c.households[1].uuid)->verdict,
            Verdict::Met);
        // Evaluating 2024 still sees the child at home then.
        EvaluationService service(c.db);
        service.setCatalogues(simpleCatalogues());
        check(RegistrationService(c.db).registerSubjects(2024, Title::LearningFamily, SubjectKind::Household,
                                                         {c.households[1].uuid}));
        EvaluationRun run;
        check(service.evaluateYear(2024, {}, &run));
        QCOMPARE(run.counts.value(Title::LearningFamily), (QList<int>{0, 1, 0}));
    }

    void judgementsAreAuditedAndUndoable()
    {
        Commune c;
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(c.db, stack, notifier);
        EvaluationCommands commands(edits);
        // The built-in catalogues: GĐHT has judged indicators, so the household waits for the council.
        EvaluationRun run;
        check(EvaluationService(c.db).evaluateYear(2025, {}, &run));
        QCOMPARE(run.counts.value(Title::LearningFamily), (QList<int>{0, 0, 3}));
        const QString uuid = c.households[0].uuid;
        const auto before = EvaluationRepository(c.db).result(2025, Title::LearningFamily, uuid);
        QCOMPARE(before->catalogueCode, QStringLiteral("learning_family.448"));

        const QStringList judged{"1b", "1c", "2c", "3", "4"};
        const QList<double> points{10, 10, 10, 20, 20};
        for (int i = 0; i < judged.size(); ++i)
            check(commands.setJudgement(2025, Title::LearningFamily, uuid, judged[i], std::nullopt, points[i],
                                        QStringLiteral("Biên bản họp ngày 10/12/2025")));
        QCOMPARE(stack.count(), 5);
        QCOMPARE(count(c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'judgement'")), 5);
        auto after = EvaluationRepository(c.db).result(2025, Title::LearningFamily, uuid);
        // 1a 10 + 2a 10 + 2b 0 (nobody attended a course) + 80 judged = 90 ≥ 80.
        QCOMPARE(after->totalPoints.value_or(0), 90.0);
        QCOMPARE(after->verdict, Verdict::Met);
        QCOMPARE(after->indicator(QStringLiteral("3"))->note, QStringLiteral("Biên bản họp ngày 10/12/2025"));

        // Wrong input is refused and changes nothing.
        const QStringList state = test::databaseState(c.db);
        QVERIFY(!commands.setJudgement(2025, Title::LearningFamily, uuid, QStringLiteral("3"), std::nullopt,
                                       25, {}));
        QVERIFY(
            !commands.setJudgement(2025, Title::LearningFamily, uuid, QStringLiteral("9z"), true, {}, {}));
        QCOMPARE(test::databaseState(c.db), state);

        stack.undo();
        QCOMPARE(count(c.db, QStringLiteral("SELECT count(*) FROM judgement")), 4);
        SubjectEvaluation again;
        check(EvaluationService(c.db).evaluateSubject(2025, Title::LearningFamily, uuid, &again));
        QCOMPARE(again.verdict, Verdict::Pending);
        stack.redo();
        check(EvaluationService(c.db).evaluateSubject(2025, Title::LearningFamily, uuid, &again));
        QCOMPARE(again.verdict, Verdict::Met);
        // Judgements survive a new evaluation of the year.
        check(EvaluationService(c.db).evaluateYear(2025, {}, &run));
        QCOMPARE(run.counts.value(Title::LearningFamily), (QList<int>{1, 0, 2}));
    }

    void recognitionOnlyForMetWithCataloguesValidity()
    {
        Commune c;
        c.evaluate();
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(c.db, stack, notifier);
        EvaluationCommands commands(edits);
        const QStringList state = test::databaseState(c.db);
        const Status refused = commands.recognise(
            2025, Title::LearningFamily, {c.households[0].uuid, c.households[1].uuid},
            QStringLiteral("15/QĐ-UBND"), QDate(2026, 1, 20), QStringLiteral("Chủ tịch UBND xã"));
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("01.002 – Lê Văn Hải")),
                 qPrintable(refused.message()));
        QCOMPARE(test::databaseState(c.db), state); // the first, met one was not kept either

        check(commands.recognise(2025, Title::LearningVillage, {c.dong.uuid}, QStringLiteral("16/QĐ-UBND"),
                                 QDate(2026, 1, 20), QStringLiteral("Chủ tịch UBND xã")));
        const auto r = RecognitionRepository(c.db).find(2025, Title::LearningVillage, c.dong.uuid);
        QVERIFY(r);
        QCOMPARE(r->validFrom, QDate(2026, 1, 20));
        QCOMPARE(r->validTo, QDate(2029, 1, 19)); // 36 months, from the catalogue
        QCOMPARE(count(c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'recognition'")),
                 1);
        QCOMPARE(EvaluationRepository(c.db).results(2025, Title::LearningVillage)[0].decisionNumber,
                 QStringLiteral("16/QĐ-UBND"));
        check(commands.withdraw(2025, Title::LearningVillage, c.dong.uuid));
        QVERIFY(!RecognitionRepository(c.db).find(2025, Title::LearningVillage, c.dong.uuid));
        stack.undo();
        QVERIFY(RecognitionRepository(c.db).find(2025, Title::LearningVillage, c.dong.uuid));
    }

    // The demo commune with everything registered, the built-in catalogues: runs, every registered subject
    // gets a verdict, twice the same.
    void demoCommuneEndToEnd()
    {
        test::TempCommune temp;
        const QString path = temp.demo(600, 11);
        Database db;
        check(db.open(path));
        RegistrationService registrations(db);
        QSqlQuery villages(db.connection());
        QVERIFY(villages.exec(QStringLiteral("SELECT id FROM admin_unit WHERE kind IN ('village', "
                                             "'residential_group') AND valid_to IS NULL")));
        while (villages.next())
            for (Title title : {Title::LearningFamily, Title::LearningCitizen, Title::LearningVillage,
                                Title::LearningClan, Title::LearningUnit})
                check(registrations.registerVillage(2025, title, villages.value(0).toLongLong()));
        // The demo's units are not in one village: registered one by one.
        QStringList units;
        QSqlQuery unitRows(db.connection());
        QVERIFY(unitRows.exec(QStringLiteral("SELECT uuid FROM local_unit")));
        while (unitRows.next())
            units << unitRows.value(0).toString();
        check(registrations.registerSubjects(2025, Title::LearningUnit, SubjectKind::LocalUnit, units));
        EvaluationRun first;
        check(EvaluationService(db).evaluateYear(2025, {}, &first));
        QCOMPARE(first.counts.value(Title::LearningUnit).size(), 3);
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(QLatin1Char('\n'))));
        int sum = 0;
        for (const QList<int> &counts : first.counts)
            for (int n : counts)
                sum += n;
        QCOMPARE(sum, first.evaluated);
        QVERIFY(first.counts.contains(Title::LearningCommune));
        QVERIFY(first.counts.contains(Title::CentreRating));
        // GĐHT waits for the council's judged indicators.
        QVERIFY(first.counts.value(Title::LearningFamily).value(2) > 0);
        const QList<SubjectEvaluation> stored = EvaluationRepository(db).results(2025);
        QCOMPARE(stored.size(), first.evaluated);
        EvaluationRun second;
        check(EvaluationService(db).evaluateYear(2025, {}, &second));
        QVERIFY(second.changes.isEmpty());
        QCOMPARE(second.counts, first.counts);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationService)
#include "tst_evaluation_service.moc"
