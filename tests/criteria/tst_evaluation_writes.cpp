// How results are written: the evidence codec (hand-written JSON that QJsonDocument reads back and that
// equals what QJsonDocument wrote before), re-evaluation writing only what changed (unchanged rows keep
// their ids, evaluated_at and revision), one subject evaluated alone giving the same result as the whole
// year, and a judgement on a household updating its clan and village without evaluating the year again.
#include "AdminUnitService.h"
#include "CatalogueLibrary.h"
#include "CatalogueRepository.h"
#include "ChangeNotifier.h"
#include "ClanService.h"
#include "EditCommands.h"
#include "EvaluationCommands.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "EvidenceCodec.h"
#include "HouseholdService.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "RegistrationService.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// id, uuid, evaluated_at, revision of every stored row of a table, keyed by "title|subject[|indicator]".
QMap<QString, QString> rows(Database &db, bool indicators)
{
    QMap<QString, QString> result;
    QSqlQuery q(db.connection());
    q.exec(indicators ? QStringLiteral("SELECT e.title || '|' || e.subject_uuid || '|' || i.indicator,"
                                       " i.id || ' ' || i.uuid || ' ' || i.revision FROM indicator_result i"
                                       " JOIN evaluation e ON e.id = i.evaluation_id")
                      : QStringLiteral("SELECT title || '|' || subject_uuid,"
                                       " id || ' ' || uuid || ' ' || evaluated_at || ' ' || revision"
                                       " FROM evaluation"));
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

// Built-in catalogues cut down so a test can predict the verdicts: a household passes on 1a (children at
// school) and 1b (judged by the council); a clan and a village pass when every household of theirs does.
QList<Catalogue> cascadeCatalogues()
{
    const CatalogueLibrary builtins = CatalogueLibrary::builtins();
    Catalogue family = *builtins.find(QStringLiteral("learning_family.448"), QStringLiteral("2015.1"));
    family.code = QStringLiteral("family.cascade");
    family.builtin = false;
    family.passRule = PassRule();
    family.totalPoints = 0;
    family.criteria = {family.criteria.constFirst()};
    family.criteria[0].points = 0;
    QList<Indicator> kept;
    for (Indicator indicator : family.criteria[0].indicators)
        if (indicator.code == QLatin1String("1a") || indicator.code == QLatin1String("1b")) {
            indicator.points = 0;
            indicator.minPoints = 0;
            kept << indicator;
        }
    family.criteria[0].indicators = kept;
    Catalogue clan = *builtins.find(QStringLiteral("learning_clan.448"), QStringLiteral("2015.1"));
    clan.code = QStringLiteral("clan.cascade");
    clan.builtin = false;
    clan.criteria = {clan.criteria.constFirst()};
    clan.criteria[0].indicators = {clan.criteria[0].indicators.constFirst()}; // 1a: share recognised
    clan.criteria[0].indicators[0].parameters.insert(QStringLiteral("min_share"), 1.0);
    Catalogue village = *builtins.find(QStringLiteral("learning_village.448"), QStringLiteral("2015.1"));
    village.code = QStringLiteral("village.cascade");
    village.builtin = false;
    village.criteria = {village.criteria.constFirst()};
    village.criteria[0].indicators = {village.criteria[0].indicators.constFirst()}; // 1a: share recognised
    village.criteria[0].indicators[0].parameters.insert(QStringLiteral("min_share"), 1.0);
    return {family, clan, village};
}

// Two villages; three households in Thôn Đông, each with a head and a child of 12 (the second out of
// school), a fourth in Thôn Đoài; the first two households form a clan. Everything registered.
struct Commune
{
    test::TempCommune temp;
    Database &db;
    AdminUnit dong;
    AdminUnit doai;
    Clan clan;
    QList<Household> households;
    QList<qint64> children;

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
        add(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"), SchoolStatus::Enrolled, dong.id);
        add(QStringLiteral("01.002"), QStringLiteral("Lê Văn Hải"), SchoolStatus::NotEnrolled, dong.id);
        add(QStringLiteral("01.003"), QStringLiteral("Trần Văn Bình"), SchoolStatus::Enrolled, dong.id);
        add(QStringLiteral("02.001"), QStringLiteral("Phạm Văn Cường"), SchoolStatus::Enrolled, doai.id);
        clan.name = QStringLiteral("Họ Nguyễn");
        check(ClanService(db).createClan(clan));
        check(ClanService(db).addHousehold(clan.id, households[0].id));
        check(ClanService(db).addHousehold(clan.id, households[1].id));
        RegistrationService registrations(db);
        for (const AdminUnit &village : {dong, doai})
            for (Title title : {Title::LearningFamily, Title::LearningVillage, Title::LearningClan})
                check(registrations.registerVillage(2025, title, village.id));
        for (const Catalogue &catalogue : cascadeCatalogues())
            check(CatalogueRepository(db).insert(catalogue));
    }

    void add(const QString &code, const QString &head, SchoolStatus school, qint64 villageId)
    {
        Household h;
        h.code = code;
        h.villageId = villageId;
        Person p;
        p.name = PersonName(head);
        p.birthDate = PartialDate::fromYear(1975);
        p.education = Education::general(9, 12);
        check(HouseholdService(db).createHousehold(h, p, QDate(2015, 1, 1)));
        households << h;
        Person child;
        child.name = PersonName(QStringLiteral("Con %1").arg(code));
        child.birthDate = PartialDate::fromDate(QDate(2013, 4, 2));
        child.schoolStatus = school;
        check(HouseholdService(db).addMember(h.id, child, Relation::Child, ResidenceStatus::Permanent,
                                             QDate(2015, 1, 1)));
        children << child.id;
    }

    EvaluationRun evaluate()
    {
        EvaluationRun run;
        check(EvaluationService(db).evaluateYear(2025, {}, &run));
        return run;
    }

    Verdict verdict(Title title, const QString &uuid)
    {
        const auto stored = EvaluationRepository(db).result(2025, title, uuid);
        return stored ? stored->verdict : Verdict::Pending;
    }
    QString key(Title title, const QString &uuid) const { return titleKey(title) + QLatin1Char('|') + uuid; }
};

} // namespace

class TestEvaluationWrites : public QObject
{
    Q_OBJECT

private slots:
    void codecMatchesQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<bool>("against");
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("level");
        QTest::newRow("vietnamese") << QStringLiteral("Lê Văn Nam, 12 tuổi: không đi học năm 2025")
                                    << QStringLiteral("0190a3c2-7d1e-7a4b-8c00-123456789abc") << true
                                    << QString() << 0;
        QTest::newRow("quotes and backslash")
            << QStringLiteral("\"Hộ\" \\ 03/012") << QString() << false << QStringLiteral("ghi \"chú\"") << 0;
        QTest::newRow("control characters") << QStringLiteral("a\nb\tc\rd\be\ff") + QChar(0x01) + QChar(0x1f)
                                            << QString() << false << QString() << 2;
        QTest::newRow("outside the BMP")
            << QStringLiteral("ký hiệu 😀 𝔸") << QString() << true << QStringLiteral("😀") << 1;
        QTest::newRow("level only") << QString() << QString() << false << QString() << 2;
        QTest::newRow("note only") << QString() << QString() << false << QStringLiteral("Biên bản họp") << 0;
        QTest::newRow("nothing") << QString() << QString() << false << QString() << 0;
    }
    void codecMatchesQJsonDocument()
    {
        QFETCH(QString, text);
        QFETCH(QString, uuid);
        QFETCH(bool, against);
        QFETCH(QString, note);
        QFETCH(int, level);
        IndicatorOutcome outcome;
        if (!text.isEmpty())
            outcome.evidence << Evidence{text, uuid, against}
                             << Evidence{QStringLiteral("thứ hai"), {}, false};
        outcome.note = note;
        outcome.level = level;

        // What earlier versions stored, through QJsonDocument.
        QByteArray expected;
        if (!outcome.evidence.isEmpty() || !note.isEmpty() || level != 0) {
            QJsonObject object;
            if (level != 0)
                object.insert(QStringLiteral("level"), level);
            if (!note.isEmpty())
                object.insert(QStringLiteral("note"), note);
            if (!outcome.evidence.isEmpty()) {
                QJsonArray items;
                for (const Evidence &e : outcome.evidence) {
                    QJsonObject item{{QStringLiteral("t"), e.text}};
                    if (!e.rowUuid.isEmpty())
                        item.insert(QStringLiteral("u"), e.rowUuid);
                    if (e.againstRule)
                        item.insert(QStringLiteral("x"), 1);
                    items.append(item);
                }
                object.insert(QStringLiteral("items"), items);
            }
            expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        const QByteArray encoded = evidence_codec::encode(outcome);
        QCOMPARE(encoded, expected);

        IndicatorOutcome back;
        evidence_codec::decode(QString::fromUtf8(encoded), back);
        QCOMPARE(back.level, level);
        QCOMPARE(back.note, note);
        QCOMPARE(back.evidence.size(), outcome.evidence.size());
        for (int i = 0; i < back.evidence.size(); ++i) {
            QCOMPARE(back.evidence[i].text, outcome.evidence[i].text);
            QCOMPARE(back.evidence[i].rowUuid, outcome.evidence[i].rowUuid);
            QCOMPARE(back.evidence[i].againstRule, outcome.evidence[i].againstRule);
        }
    }

    void utf8MatchesQt()
    {
        const QString broken = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00);
        for (const QString &text : {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("😀x"), broken}) {
            QByteArray out("prefix");
            evidence_codec::appendUtf8(out, text);
            QCOMPARE(out, QByteArray("prefix") + text.toUtf8());
        }
    }

    void reEvaluationWritesOnlyWhatChanged()
    {
        Commune c;
        const EvaluationRun first = c.evaluate();
        QCOMPARE(first.written.inserted, 8); // 4 households, 2 villages, 1 clan, the commune
        QCOMPARE(first.written.updated, 0);
        const QMap<QString, QString> evaluations = rows(c.db, false);
        const QMap<QString, QString> indicators = rows(c.db, true);
        QCOMPARE(evaluations.size(), 8);

        // Nothing changed: nothing written.
        QTest::qWait(1100); // a changed row would get a later evaluated_at
        EvaluationRun again = c.evaluate();
        QCOMPARE(again.written.unchanged, 8);
        QCOMPARE(again.written.inserted + again.written.updated + again.written.deleted, 0);
        QCOMPARE(again.written.indicatorsInserted + again.written.indicatorsUpdated +
                     again.written.indicatorsDeleted,
                 0);
        QCOMPARE(rows(c.db, false), evaluations);
        QCOMPARE(rows(c.db, true), indicators);

        // 01.002's child goes back to school: that household's row changes (1a met now); its clan and village
        // count households met, and every household still waits for the council (1b): they stay as they
        // were, like every other row.
        Person child = *PersonRepository(c.db).find(c.children[1]);
        child.schoolStatus = SchoolStatus::Enrolled;
        check(PersonService(c.db).updatePerson(child));
        again = c.evaluate();
        const QSet<QString> changed{c.key(Title::LearningFamily, c.households[1].uuid)};
        QCOMPARE(again.written.updated, 1);
        QCOMPARE(again.written.indicatorsUpdated, 1);
        QCOMPARE(again.written.unchanged, 7);
        QCOMPARE(again.written.inserted + again.written.deleted, 0);
        const QMap<QString, QString> after = rows(c.db, false);
        QCOMPARE(after.keys(), evaluations.keys());
        for (auto it = evaluations.cbegin(); it != evaluations.cend(); ++it) {
            const QStringList was = it.value().split(QLatin1Char(' '));
            const QStringList now = after.value(it.key()).split(QLatin1Char(' '));
            QCOMPARE(now[0], was[0]); // the same row (id)
            QCOMPARE(now[1], was[1]); // uuid
            if (changed.contains(it.key())) {
                QVERIFY2(now[2] > was[2], qPrintable(it.key()));
                QCOMPARE(now[3], QStringLiteral("2"));
            } else {
                QCOMPARE(now, was);
            }
        }
        const QMap<QString, QString> indicatorsAfter = rows(c.db, true);
        for (auto it = indicators.cbegin(); it != indicators.cend(); ++it)
            if (!changed.contains(it.key().section(QLatin1Char('|'), 0, 1)))
                QCOMPARE(indicatorsAfter.value(it.key()), it.value());
        QCOMPARE(c.verdict(Title::LearningFamily, c.households[1].uuid),
                 c.verdict(Title::LearningFamily, c.households[0].uuid));

        // A registration taken back: its result goes, with its indicator rows.
        check(RegistrationService(c.db).unregister(2025, Title::LearningFamily, {c.households[3].uuid}));
        again = c.evaluate();
        QCOMPARE(again.written.deleted, 1);
        QVERIFY(!EvaluationRepository(c.db).result(2025, Title::LearningFamily, c.households[3].uuid));
        QSqlQuery orphans(c.db.connection());
        QVERIFY(orphans.exec(QStringLiteral("SELECT count(*) FROM indicator_result WHERE evaluation_id NOT IN"
                                            " (SELECT id FROM evaluation)")));
        QVERIFY(orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
    }

    // Each subject evaluated alone (reading only what it needs) gives back exactly the stored result of the
    // whole year: nothing is rewritten.
    void oneSubjectEqualsTheWholeYear()
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
        EvaluationRun run;
        check(EvaluationService(db).evaluateYear(2025, {}, &run));
        const QMap<QString, QString> before = rows(db, false);
        const QMap<QString, QString> indicatorsBefore = rows(db, true);
        QHash<Title, int> checked;
        EvaluationService service(db);
        for (const SubjectEvaluation &result : run.results) {
            if (checked.value(result.title) >= 12)
                continue;
            ++checked[result.title];
            SubjectEvaluation alone;
            QList<SubjectEvaluation> above;
            check(service.evaluateSubject(2025, result.title, result.subjectUuid, &alone, &above));
            QCOMPARE(alone.verdict, result.verdict);
            QCOMPARE(alone.summary, result.summary);
            QVERIFY(above.isEmpty()); // nothing changed, nothing above followed
        }
        QVERIFY(checked.value(Title::LearningFamily) > 0 && checked.value(Title::LearningCitizen) > 0 &&
                checked.value(Title::LearningVillage) > 0 && checked.value(Title::LearningClan) > 0);
        QCOMPARE(rows(db, false), before);
        QCOMPARE(rows(db, true), indicatorsBefore);
    }

    // The council judges 1b of the clan's two households: the clan and the village follow at once (no F5).
    void judgementUpdatesTheTitlesAbove()
    {
        Commune c;
        // The fourth household (Thôn Đoài) and the third pass once judged; the second's child is at school.
        Person child = *PersonRepository(c.db).find(c.children[1]);
        child.schoolStatus = SchoolStatus::Enrolled;
        check(PersonService(c.db).updatePerson(child));
        c.evaluate();
        QCOMPARE(c.verdict(Title::LearningFamily, c.households[0].uuid), Verdict::Pending);
        QCOMPARE(c.verdict(Title::LearningClan, c.clan.uuid), Verdict::NotMet);
        QCOMPARE(c.verdict(Title::LearningVillage, c.dong.uuid), Verdict::NotMet);
        const QMap<QString, QString> before = rows(c.db, false);
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(c.db, stack, notifier);
        EvaluationCommands commands(edits);
        const QString note = QStringLiteral("Biên bản họp ngày 10/12/2025");
        check(commands.setJudgement(2025, Title::LearningFamily, c.households[0].uuid, QStringLiteral("1b"),
                                    true, std::nullopt, note));
        QCOMPARE(c.verdict(Title::LearningFamily, c.households[0].uuid), Verdict::Met);
        QCOMPARE(c.verdict(Title::LearningClan, c.clan.uuid), Verdict::NotMet); // 1 of 2 households
        const auto clanNow = EvaluationRepository(c.db).result(2025, Title::LearningClan, c.clan.uuid);
        QVERIFY2(clanNow->indicators.value(0).value.startsWith(QStringLiteral("1/2")),
                 qPrintable(clanNow->indicators.value(0).value));

        check(commands.setJudgement(2025, Title::LearningFamily, c.households[1].uuid, QStringLiteral("1b"),
                                    true, std::nullopt, note));
        QCOMPARE(c.verdict(Title::LearningClan, c.clan.uuid), Verdict::Met);
        QCOMPARE(c.verdict(Title::LearningVillage, c.dong.uuid), Verdict::NotMet); // 01.003 still waits
        check(commands.setJudgement(2025, Title::LearningFamily, c.households[2].uuid, QStringLiteral("1b"),
                                    true, std::nullopt, note));
        QCOMPARE(c.verdict(Title::LearningVillage, c.dong.uuid), Verdict::Met);
        // The other village and its household were not touched.
        const QMap<QString, QString> after = rows(c.db, false);
        for (const QString &key :
             {c.key(Title::LearningVillage, c.doai.uuid), c.key(Title::LearningFamily, c.households[3].uuid)})
            QCOMPARE(after.value(key), before.value(key));

        // What the evaluation of the whole year gives is what the judgements already stored.
        EvaluationRun run = c.evaluate();
        QCOMPARE(run.written.updated, 0);
        QVERIFY(run.changes.isEmpty());

        // Undo follows the same way when the page evaluates the subject again (EvaluationWidget does).
        stack.undo();
        SubjectEvaluation again;
        QList<SubjectEvaluation> above;
        check(EvaluationService(c.db).evaluateSubject(2025, Title::LearningFamily, c.households[2].uuid,
                                                      &again, &above));
        QCOMPARE(again.verdict, Verdict::Pending);
        QCOMPARE(above.size(), 1); // the village (01.003 is in no clan)
        QCOMPARE(c.verdict(Title::LearningVillage, c.dong.uuid), Verdict::NotMet);
    }
};

QTEST_GUILESS_MAIN(TestEvaluationWrites)
#include "tst_evaluation_writes.moc"
