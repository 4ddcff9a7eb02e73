// Evaluating every learning title of a year on a big commune file, end to end (read, judge, results
// written in one transaction), after registering every household, adult citizen, clan, village and unit;
// side by side with the same facts as plain SQL aggregate queries (raw sqlite3), whose answers must equal
// ours (a fast wrong answer fails).
//   Usage: bench_evaluation FILE [--year 2025] [--runs 3]   (works on a copy; FILE is left untouched).
//   Prints one JSON object.
#include "AdminUnitRepository.h"
#include "CatalogueLibrary.h"
#include "Database.h"
#include "EvaluationData.h"
#include "EvaluationDataRepository.h"
#include "EvaluationService.h"
#include "Evaluator.h"
#include "RegistrationService.h"
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <sqlite3.h>
#include <vector>

using namespace sht;
using namespace sht::criteria;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// CPU time of the process: with 2 cores shared, wall time also counts waiting for the disk and others.
double cpuMs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// CPU time of the calling thread: evaluateYear judges on it while a thread of its own writes.
double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs a query and calls row(stmt) for each row; returns false on error.
template <typename Row>
bool each(sqlite3 *db, const char *sql, const QList<QByteArray> &binds, Row row)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
        QTextStream(stderr) << sqlite3_errmsg(db) << Qt::endl;
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        sqlite3_bind_text(s, i + 1, binds[i].constData(), int(binds[i].size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        row(s);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE;
}

// The peer: the household facts 1a (children 6–14 at school or exempt), 2b (adults 19–60 who attended a
// course of the year) and TT 25 TC5 CT2 (residents ≥ 15 with technical training) as GROUP BY queries.
// Ages at 31/12 are year − birth year for every precision (the birthday has passed by 31/12).
struct PeerAnswer
{
    QHash<qint64, bool> childrenOk; // household id → 1a met (households with children 6–14)
    QHash<qint64, bool> learningOk; // household id → 2b met (households with adults 19–60)
    int residents = 0;
    int trained = 0;
};

const char *const membersAtEnd =
    " FROM membership m JOIN person p ON p.id = m.person_id"
    " WHERE (m.valid_from IS NULL OR m.valid_from <= ?1) AND (m.valid_to IS NULL OR m.valid_to > ?1)"
    "   AND (p.death_date = '' OR p.death_date > ?1) AND p.birth_date <> ''";

bool peer(sqlite3 *db, int year, PeerAnswer *answer)
{
    const QByteArray end = QByteArray::number(year) + "-12-31";
    const QByteArray start = QByteArray::number(year) + "-01-01";
    const QByteArray y = QByteArray::number(year);
    const QByteArray age = "(" + y + " - CAST(substr(p.birth_date, 1, 4) AS INTEGER))";
    const QByteArray children =
        "SELECT m.household_id, SUM(p.school_status IN ('enrolled', 'exempt')), COUNT(*)" +
        QByteArray(membersAtEnd) + " AND " + age + " BETWEEN 6 AND 14 GROUP BY m.household_id";
    if (!each(db, children.constData(), {end}, [&](sqlite3_stmt *s) {
            answer->childrenOk.insert(sqlite3_column_int64(s, 0),
                                      sqlite3_column_int(s, 1) == sqlite3_column_int(s, 2));
        }))
        return false;
    const QByteArray learning =
        "WITH att AS (SELECT a.person_id, COUNT(DISTINCT cs.course_id) AS courses FROM attendance a"
        " JOIN course_session cs ON cs.id = a.session_id WHERE cs.held_on BETWEEN ?2 AND ?1 GROUP BY "
        "a.person_id)"
        " SELECT m.household_id, SUM(COALESCE(att.courses, 0) >= 1), COUNT(*)" +
        QByteArray(membersAtEnd).replace("WHERE", "LEFT JOIN att ON att.person_id = p.id WHERE") + " AND " +
        age + " BETWEEN 19 AND 60 GROUP BY m.household_id";
    if (!each(db, learning.constData(), {end, start}, [&](sqlite3_stmt *s) {
            answer->learningOk.insert(sqlite3_column_int64(s, 0),
                                      sqlite3_column_int(s, 1) == sqlite3_column_int(s, 2));
        }))
        return false;
    // Training levels as stored (Education::toString): Sơ cấp, TC, CĐ, ĐH, Thạc sĩ, Tiến sĩ.
    const QByteArray trained =
        "SELECT COUNT(*), SUM(p.education LIKE '%Sơ cấp%' OR p.education LIKE '%TC%' OR p.education LIKE "
        "'%CĐ%'"
        " OR p.education LIKE '%ĐH%' OR p.education LIKE '%Thạc sĩ%' OR p.education LIKE '%Tiến sĩ%')" +
        QByteArray(membersAtEnd) + " AND " + age + " >= 15";
    return each(db, trained.constData(), {end}, [&](sqlite3_stmt *s) {
        answer->residents = sqlite3_column_int(s, 0);
        answer->trained = sqlite3_column_int(s, 1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int year = 2025;
    int runs = 3;
    QString source;
    QString keep; // --keep COPY: work on COPY and leave it (registered) for later runs with --registered
    bool alreadyRegistered = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--year") && i + 1 < args.size())
            year = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else if (args[i] == QLatin1String("--registered"))
            alreadyRegistered = true;
        else
            source = args[i];
    }
    QTextStream err(stderr);
    if (source.isEmpty()) {
        err << "Usage: bench_evaluation FILE [--year 2025] [--runs 3]" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("evaluation.sqlite")) : keep;
    if (alreadyRegistered && keep.isEmpty()) {
        err << "--registered needs --keep COPY" << Qt::endl;
        return 1;
    }
    if (!alreadyRegistered && !QFile::copy(source, path)) {
        err << "cannot copy " << source << Qt::endl;
        return 1;
    }
    Database db;
    db.setActor({QStringLiteral("bench"), QStringLiteral("bench")});
    if (Status s = db.open(path); !s) {
        err << s.message() << Qt::endl;
        return 2;
    }

    // Register every household, adult citizen, clan, village and unit, village by village.
    QElapsedTimer timer;
    timer.start();
    const double registerCpuStart = cpuMs();
    RegistrationService registrations(db);
    int registered = 0;
    QList<qint64> villages;
    for (const AdminUnit &village : AdminUnitRepository(db).villages())
        if (village.isCurrent() && !alreadyRegistered)
            villages << village.id;
    // Every village at once, one transaction per title (RegistrationService::registerVillages).
    for (Title title : {Title::LearningFamily, Title::LearningCitizen, Title::LearningVillage,
                        Title::LearningClan, Title::LearningUnit}) {
        if (villages.isEmpty())
            break;
        int added = 0;
        if (Status s = registrations.registerVillages(year, title, villages, &added); !s) {
            err << s.message() << Qt::endl;
            return 3;
        }
        registered += added;
    }
    QStringList units;
    QSqlQuery unitRows(db.connection());
    unitRows.exec(QStringLiteral("SELECT uuid FROM local_unit"));
    while (unitRows.next())
        units << unitRows.value(0).toString();
    int addedUnits = 0;
    if (alreadyRegistered)
        units.clear();
    else if (Status s = registrations.registerSubjects(year, Title::LearningUnit, SubjectKind::LocalUnit,
                                                       units, &addedUnits);
             !s) {
        err << s.message() << Qt::endl;
        return 3;
    }
    registered += addedUnits;
    const double registerMs = ms(timer);
    const double registerCpuMs = cpuMs() - registerCpuStart;

    // Ours, end to end; then the phases alone (read, judge) to say where the time goes.
    std::vector<double> total, totalCpu, mainCpu, read, judge, readCpu, judgeCpu;
    EvaluationRun run;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const double cpuStart = cpuMs();
        const double mainCpuStart = threadCpuMs();
        if (Status s = EvaluationService(db).evaluateYear(year, {}, &run); !s) {
            err << s.message() << Qt::endl;
            return 4;
        }
        total.push_back(ms(timer));
        totalCpu.push_back(cpuMs() - cpuStart);
        mainCpu.push_back(threadCpuMs() - mainCpuStart);
        timer.restart();
        double cpu = cpuMs();
        EvaluationData data;
        if (Status s = EvaluationDataRepository::load(db, year, &data); !s)
            return 4;
        read.push_back(ms(timer));
        readCpu.push_back(cpuMs() - cpu);
        const CatalogueLibrary library = CatalogueLibrary::load(db);
        timer.restart();
        cpu = cpuMs();
        QList<SubjectEvaluation> results;
        Evaluator(data, [&](Title t, const QString &a) {
            return library.catalogueFor(t, year, a);
        }).evaluateAll(&results);
        judge.push_back(ms(timer));
        judgeCpu.push_back(cpuMs() - cpu);
    }

    // One subject evaluated again (what a council judgement triggers): a household and a citizen, reading
    // only what they need (EvaluationDataRepository::loadFor), median of 3 each.
    std::vector<double> oneHousehold, oneCitizen;
    for (Title title : {Title::LearningFamily, Title::LearningCitizen}) {
        QString uuid;
        for (const SubjectEvaluation &r : run.results)
            if (r.title == title) {
                uuid = r.subjectUuid;
                break;
            }
        EvaluationService service(db);
        for (int i = 0; i < 3 && !uuid.isEmpty(); ++i) {
            timer.restart();
            if (Status s = service.evaluateSubject(year, title, uuid, nullptr); !s) {
                err << s.message() << Qt::endl;
                return 4;
            }
            (title == Title::LearningFamily ? oneHousehold : oneCitizen).push_back(ms(timer));
        }
    }

    // The peer, and whether its answers equal ours.
    sqlite3 *handle = sqliteHandle(db.connection());
    std::vector<double> peerTimes;
    PeerAnswer answer;
    for (int i = 0; i < runs; ++i) {
        answer = PeerAnswer();
        timer.restart();
        if (!peer(handle, year, &answer))
            return 5;
        peerTimes.push_back(ms(timer));
    }
    EvaluationData data;
    EvaluationDataRepository::load(db, year, &data);
    int compared = 0, mismatches = 0;
    for (const SubjectEvaluation &r : run.results) {
        if (r.title != Title::LearningFamily)
            continue;
        const qint64 id = data.households[size_t(data.householdIndex(r.subjectUuid))].id;
        const IndicatorOutcome *a = r.indicator(QStringLiteral("1a"));
        const IndicatorOutcome *b = r.indicator(QStringLiteral("2b"));
        if (!a || !b)
            continue;
        ++compared;
        if (*a->met != answer.childrenOk.value(id, true) || *b->met != answer.learningOk.value(id, true))
            ++mismatches;
    }
    QString ourTrained;
    for (const SubjectEvaluation &r : run.results)
        if (r.title == Title::LearningCommune)
            if (const IndicatorOutcome *o = r.indicator(QStringLiteral("TC5.CT2")))
                ourTrained = o->value;
    const QString peerTrained = QStringLiteral("%1/%2").arg(answer.trained).arg(answer.residents);

    QJsonObject counts;
    for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it)
        counts.insert(titleKey(it.key()), QStringLiteral("%1 met / %2 not met / %3 pending")
                                              .arg(it->value(0))
                                              .arg(it->value(1))
                                              .arg(it->value(2)));
    QSqlDatabase connection = db.connection();
    const QJsonObject result{
        {QStringLiteral("people"), int(data.people.size())},
        {QStringLiteral("households"), int(data.households.size())},
        {QStringLiteral("registered"), registered},
        {QStringLiteral("register_setup_ms"), registerMs},
        {QStringLiteral("register_setup_cpu_ms"), registerCpuMs},
        {QStringLiteral("evaluated"), run.evaluated},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("evaluate_end_to_end_median_ms"), median(total)},
        {QStringLiteral("evaluate_end_to_end_cpu_median_ms"), median(totalCpu)},
        {QStringLiteral("first_run_ms"), total.front()},
        {QStringLiteral("first_run_cpu_ms"), totalCpu.front()},
        // The calling thread (read, judge, encode, commit) and the writer thread apart: on a quiet 2-core
        // machine the run takes about the longer of the two paths, not their sum.
        {QStringLiteral("first_run_main_thread_cpu_ms"), mainCpu.front()},
        {QStringLiteral("first_run_writer_thread_cpu_ms"), totalCpu.front() - mainCpu.front()},
        {QStringLiteral("read_median_ms"), median(read)},
        {QStringLiteral("read_cpu_median_ms"), median(readCpu)},
        {QStringLiteral("judge_cpu_median_ms"), median(judgeCpu)},
        {QStringLiteral("judge_median_ms"), median(judge)},
        {QStringLiteral("write_median_ms"), median(total) - median(read) - median(judge)},
        {QStringLiteral("peer_sql_facts_median_ms"), median(peerTimes)},
        {QStringLiteral("evaluate_one_household_median_ms"), median(oneHousehold)},
        {QStringLiteral("evaluate_one_citizen_median_ms"), median(oneCitizen)},
        {QStringLiteral("peer_households_compared"), compared},
        {QStringLiteral("peer_mismatches"), mismatches},
        {QStringLiteral("peer_trained"), peerTrained},
        {QStringLiteral("ours_trained"), ourTrained},
        {QStringLiteral("same_answers"),
         mismatches == 0 && ourTrained.startsWith(peerTrained + QLatin1Char(' '))},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("last_run_written"),
         QStringLiteral(
             "evaluation: %1 inserted, %2 updated, %3 unchanged, %4 deleted; indicators: %5 inserted, "
             "%6 updated, %7 deleted")
             .arg(run.written.inserted)
             .arg(run.written.updated)
             .arg(run.written.unchanged)
             .arg(run.written.deleted)
             .arg(run.written.indicatorsInserted)
             .arg(run.written.indicatorsUpdated)
             .arg(run.written.indicatorsDeleted)},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return mismatches == 0 ? 0 : 6;
}
