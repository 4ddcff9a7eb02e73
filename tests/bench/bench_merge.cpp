// A volunteer package round trip at scale: a demo commune of N people exported whole (every village: the
// package carries N people), E random edits on each side (people's fields, new members, removals,
// attendance), then the merge: times for export, plan (change-set computation) and apply, with a peer: the
// raw sqlite3 join that finds the package's changed people against the clerk's file (no base, no audit).
//   Usage: bench_merge [--people 10000] [--edits 2000] [--seed 7]   Prints one JSON object.
#include "AdminUnitRepository.h"
#include "Database.h"
#include "DemoCommuneGenerator.h"
#include "HouseholdRepository.h"
#include "HouseholdService.h"
#include "LearningCentreService.h"
#include "PackageExporter.h"
#include "PackageMerger.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <sqlite3.h>

using namespace sht;
using namespace sht::exchange;

namespace {

// CPU time of the process: with 2 cores shared by several builds, wall time also counts waiting for them.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> values;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(sql))
        while (q.next())
            values << q.value(0).toLongLong();
    return values;
}

// E edits through the services, in one transaction (the bench measures the merge, not typing).
int edit(Database &db, int edits, quint32 seed, const QString &tag)
{
    QRandomGenerator random(seed);
    const QList<qint64> people =
        ids(db, QStringLiteral("SELECT person_id FROM membership WHERE valid_to IS NULL "
                               "AND relation <> 'head' ORDER BY person_id"));
    const QList<qint64> sessions = ids(db, QStringLiteral("SELECT id FROM course_session ORDER BY id"));
    Transaction transaction(db);
    int done = 0;
    for (int i = 0; i < edits; ++i) {
        const qint64 id = people.at(random.bounded(int(people.size())));
        const auto person = PersonRepository(db).find(id);
        if (!person)
            continue;
        const int kind = random.bounded(20);
        Status s;
        if (kind < 14) {
            Person p = *person;
            p.occupation = tag + QString::number(random.bounded(50));
            if (kind % 2)
                p.phone = QStringLiteral("09%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
            s = PersonService(db).updatePerson(p);
        } else if (kind < 16) {
            Person baby;
            baby.name = PersonName(QStringLiteral("Nguyễn Văn %1 %2").arg(tag).arg(i));
            baby.birthDate = PartialDate::fromYear(2025);
            const auto m = HouseholdRepository(db).currentMembership(id);
            if (m)
                s = HouseholdService(db).addMember(m->householdId, baby, Relation::Grandchild,
                                                   ResidenceStatus::Permanent, QDate(2025, 1, 1));
        } else if (kind < 17) {
            s = PersonService(db).removePerson(id);
        } else if (!sessions.isEmpty()) {
            s = LearningCentreService(db).markPresent(sessions.at(random.bounded(int(sessions.size()))), id);
        }
        done += s.ok() ? 1 : 0;
    }
    transaction.commit();
    return done;
}

// The peer: sqlite3 alone joining the package's people with the clerk's by uuid and counting differences.
double peerJoinMs(const QString &clerk, const QString &package, int *changed)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(clerk.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const QByteArray attach = "ATTACH DATABASE '" + package.toUtf8() + "' AS pkg";
    sqlite3_exec(db, attach.constData(), nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT count(*) FROM pkg.person t JOIN main.person o ON o.uuid = t.uuid WHERE "
        "t.full_name IS NOT o.full_name OR t.sex IS NOT o.sex OR t.birth_date IS NOT o.birth_date "
        "OR t.ethnicity IS NOT o.ethnicity OR t.religion IS NOT o.religion OR t.citizen_id IS NOT "
        "o.citizen_id OR t.education IS NOT o.education OR t.occupation IS NOT o.occupation OR "
        "t.phone IS NOT o.phone OR t.death_date IS NOT o.death_date OR t.moved_away_date IS NOT "
        "o.moved_away_date OR t.school_status IS NOT o.school_status OR t.notes IS NOT o.notes",
        -1, &s, nullptr);
    if (sqlite3_step(s) == SQLITE_ROW)
        *changed = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    const double elapsed = ms(t);
    sqlite3_close(db);
    return elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int people = option(QStringLiteral("--people"), 10000);
    const int edits = option(QStringLiteral("--edits"), 2000);
    const quint32 seed = quint32(option(QStringLiteral("--seed"), 7));
    QTextStream err(stderr);
    QTemporaryDir dir;
    const QString clerkPath = dir.filePath(QStringLiteral("clerk.sqlite"));
    const QString packagePath = dir.filePath(QStringLiteral("package.sht"));
    DemoOptions options;
    options.people = people;
    options.seed = seed;
    if (Status s = DemoCommuneGenerator::createFile(clerkPath, options); !s) {
        err << s.message() << Qt::endl;
        return 1;
    }
    Database clerk;
    clerk.setActor(AuditActor::fromEnvironment(QStringLiteral("bench")));
    if (Status s = clerk.open(clerkPath); !s) {
        err << s.message() << Qt::endl;
        return 1;
    }
    QStringList villages;
    for (const AdminUnit &v : AdminUnitRepository(clerk).villages())
        villages << v.uuid;

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    if (Status s = PackageExporter(clerk).exportVillages(villages, packagePath); !s) {
        err << s.message() << Qt::endl;
        return 1;
    }
    const double exportMs = ms(timer);
    const double exportCpuMs = cpuMs() - cpu;
    int volunteerEdits = 0;
    {
        Database package;
        package.setActor(AuditActor::fromEnvironment(QStringLiteral("bench")));
        package.open(packagePath);
        volunteerEdits = edit(package, edits, seed + 1, QStringLiteral("TNV"));
    }
    const int clerkEdits = edit(clerk, edits, seed + 2, QStringLiteral("Xã"));

    timer.restart();
    cpu = cpuMs();
    MergePlan plan;
    if (Status s = PackageMerger(clerk).plan(packagePath, plan); !s) {
        err << s.message() << Qt::endl;
        return 1;
    }
    const double planMs = ms(timer);
    const double planCpuMs = cpuMs() - cpu;
    for (Conflict &c : plan.conflicts)
        for (Resolution &r : c.fieldResolutions)
            r = Resolution::TakeTheirs;
    timer.restart();
    cpu = cpuMs();
    if (Status s = PackageMerger(clerk).apply(plan); !s) {
        err << s.message() << Qt::endl;
        return 1;
    }
    const double applyMs = ms(timer);
    const double applyCpuMs = cpuMs() - cpu;
    int peerChanged = 0;
    const double peerMs = peerJoinMs(clerkPath, packagePath, &peerChanged);

    const QJsonObject result{{QStringLiteral("people"), people},
                             {QStringLiteral("edits_per_side"), edits},
                             {QStringLiteral("volunteer_edits_done"), volunteerEdits},
                             {QStringLiteral("clerk_edits_done"), clerkEdits},
                             {QStringLiteral("changes"), int(plan.changes.size())},
                             {QStringLiteral("conflicts"), int(plan.conflicts.size())},
                             {QStringLiteral("export_ms"), exportMs},
                             {QStringLiteral("plan_ms"), planMs},
                             {QStringLiteral("apply_ms"), applyMs},
                             {QStringLiteral("merge_ms"), planMs + applyMs},
                             {QStringLiteral("export_cpu_ms"), exportCpuMs},
                             {QStringLiteral("plan_cpu_ms"), planCpuMs},
                             {QStringLiteral("apply_cpu_ms"), applyCpuMs},
                             {QStringLiteral("peer_sqlite3_join_ms"), peerMs},
                             {QStringLiteral("peer_people_still_different"), peerChanged}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
