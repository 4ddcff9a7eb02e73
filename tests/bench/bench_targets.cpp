// The targets dashboard on a big commune: the achievements of one year (every measured indicator, per village
// and for the commune, bulk GROUP BY queries) and the whole page (table, bar chart, trend over the years).
// Works on a copy of FILE with recognitions added: every third household, half the villages, every clan and
// unit, every fourth person, for two years (this year and last).
//   Usage: bench_targets FILE [--runs 5] [--png page.png]   (QT_QPA_PLATFORM=offscreen). FILE is made with
//   --people N (default 100000) when it does not exist. Prints one JSON object.
#include "AchievementRepository.h"
#include "AuditedWriter.h"
#include "ChangeNotifier.h"
#include "DashboardWidget.h"
#include "Database.h"
#include "DemoCommuneGenerator.h"
#include "EditCommands.h"
#include "Transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace sht;
using namespace sht::criteria;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

// Recognises every `step`-th row of the table's subjects for the title in `year`.
Status recognise(Database &db, const QString &sql, const QString &title, const QString &kind, int year,
                 int step)
{
    QStringList uuids;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Status::failure(QStringLiteral("cannot list %1").arg(kind));
    for (int i = 0; q.next(); ++i)
        if (i % step == 0)
            uuids << q.value(0).toString();
    AuditedWriter writer(db);
    for (const QString &uuid : uuids) {
        Status s;
        writer.insert(QStringLiteral("recognition"),
                      {{QStringLiteral("year"), year},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("subject_kind"), kind},
                       {QStringLiteral("subject_uuid"), uuid},
                       {QStringLiteral("valid_from"), QStringLiteral("%1-12-20").arg(year)},
                       {QStringLiteral("valid_to"), QStringLiteral("%1-12-19").arg(year + 1)}},
                      &s);
        if (!s)
            return s;
    }
    return Status::success();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return fail(
            QStringLiteral("usage: bench_targets FILE [--runs 5] [--people 100000] [--png page.png]"));
    const QString file = args.takeFirst();
    int runs = 5;
    int people = 100000;
    QString png;
    while (args.size() >= 2) {
        const QString option = args.takeFirst();
        const QString value = args.takeFirst();
        if (option == QLatin1String("--runs"))
            runs = value.toInt();
        else if (option == QLatin1String("--people"))
            people = value.toInt();
        else if (option == QLatin1String("--png"))
            png = value;
    }
    if (!QFile::exists(file)) {
        DemoOptions options;
        options.people = people;
        if (Status s = DemoCommuneGenerator::createFile(file, options); !s)
            return fail(s.message());
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("targets.sqlite"));
    if (!QFile::copy(file, copy))
        return fail(QStringLiteral("cannot copy %1").arg(file));
    Database db;
    if (Status s = db.open(copy); !s)
        return fail(s.message());

    const int year = QDate::currentDate().year();
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(db);
        for (int y : {year - 1, year}) {
            const int shift = y == year ? 3 : 5; // last year fewer
            for (const auto &[sql, title, kind, step] : QList<std::tuple<QString, QString, QString, int>>{
                     {QStringLiteral("SELECT uuid FROM household ORDER BY id"),
                      QStringLiteral("learning_family"), QStringLiteral("household"), shift},
                     {QStringLiteral("SELECT uuid FROM admin_unit WHERE kind = 'village' ORDER BY id"),
                      QStringLiteral("learning_village"), QStringLiteral("village"), 2},
                     {QStringLiteral("SELECT uuid FROM clan ORDER BY id"), QStringLiteral("learning_clan"),
                      QStringLiteral("clan"), 1},
                     {QStringLiteral("SELECT uuid FROM local_unit ORDER BY id"),
                      QStringLiteral("learning_unit"), QStringLiteral("local_unit"), 1},
                     {QStringLiteral("SELECT uuid FROM person ORDER BY id"),
                      QStringLiteral("learning_citizen"), QStringLiteral("person"), shift + 1}})
                if (Status s = recognise(db, sql, title, kind, y, step); !s)
                    return fail(s.message());
        }
        if (Status s = transaction.commit(); !s)
            return fail(s.message());
    }
    const double setupMs = double(timer.nsecsElapsed()) / 1e6;

    AchievementRepository repository(db);
    // Wall time and CPU time: on a shared, loaded machine the CPU time is the steadier figure.
    std::vector<double> query;
    std::vector<double> queryCpu;
    YearAchievements achievements;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t cpu = std::clock();
        timer.restart();
        if (Status s = repository.achievements(year, &achievements); !s)
            return fail(s.message());
        query.push_back(double(timer.nsecsElapsed()) / 1e6);
        queryCpu.push_back(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
    }

    // The page: first show (two years counted, table and both charts), then a change of scope.
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(db, stack, notifier);
    std::vector<double> page;
    for (int i = 0; i < runs; ++i) {
        DashboardWidget widget;
        widget.resize(1200, 800);
        widget.setSession(&db, &edits, &notifier);
        timer.restart();
        widget.show();
        QApplication::processEvents();
        page.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (i == 0 && !png.isEmpty())
            widget.grab().save(png);
    }

    QJsonObject result{
        {QStringLiteral("people"), people},
        {QStringLiteral("households_in_scope"),
         achievements.commune(TargetIndicator::FamilyHouseholds).inScope},
        {QStringLiteral("households_recognised"),
         achievements.commune(TargetIndicator::FamilyHouseholds).recognised},
        {QStringLiteral("adults_in_scope"), achievements.commune(TargetIndicator::CitizenAll).inScope},
        {QStringLiteral("setup_recognitions_ms"), setupMs},
        {QStringLiteral("achievements_year_median_ms"), median(query)},
        {QStringLiteral("achievements_year_cpu_median_ms"), median(queryCpu)},
        {QStringLiteral("dashboard_first_show_median_ms"), median(page)},
        {QStringLiteral("runs"), runs}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
