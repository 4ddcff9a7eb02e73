// The yearly statistics report (report "yearly": seven tables of counts per village with SUM and percentage
// formulas) and the full person list (report "register", constant-memory above 5,000 rows) of one demo
// commune, each built from the file and written as .xlsx, in the same run; beside Python XlsxWriter writing
// the same cells (the yearly report in normal mode with its formats, merges and formulas; the register in
// constant_memory mode) from TSVs made after ours were measured. The register is streamed from the file
// while written (never held), so the peak RSS stays flat from 10,000 to 100,000 people.
// The year is registered (every village, every title), evaluated and recognised first, through the services.
// Usage:
//   bench_reports [--people N] [--runs R] [--peer] [--keep DIR]   (DIR keeps the prepared commune and
//   outputs)
// Prints: build, write and total medians for each report, peak RSS, and with --peer a side-by-side table
// with the ratios peer / ours (wall and CPU).
#include "../reporting/YearFixture.h"
#include "AchievementRepository.h"
#include "Database.h"
#include "DemoCommuneGenerator.h"
#include "ReportCatalogue.h"
#include "ReportRepository.h"
#include "XlsxReportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <utility>

using namespace sht;
using namespace sht::reporting;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// The cells of a document as the peer writes them: one line a table row, "caption", "header", "row" or
// "total" first, then the cells tab-separated ("%" where the cell is a percentage formula). The register's
// rows are streamed here as they are for the .xlsx (never held).
bool writeCells(const ReportDocument &document, QTextStream &out)
{
    for (const ReportTable &table : document.tables) {
        out << "caption\t" << table.caption << '\n';
        QStringList headers;
        for (const ReportColumn &column : table.columns)
            headers << column.header;
        out << "header\t" << headers.join(QLatin1Char('\t')) << '\n';
        const bool ok = table.forEachRow([&](const ReportRow &streamed) {
            const ReportRow row = table.keyed(streamed);
            QStringList cells;
            for (const ReportColumn &column : table.columns)
                cells << (column.kind == CellKind::Percent ? QStringLiteral("%")
                                                           : row.values.value(column.figure).toString());
            out << "row\t" << cells.join(QLatin1Char('\t')) << '\n';
            return true;
        });
        if (!ok)
            return false;
        out << "total\t" << (table.totalsRow ? 1 : 0) << '\n';
    }
    return true;
}

// The same cells in the same places with the same kinds of formats, merges and formulas: the yearly report
// in normal mode, the register in constant_memory mode (as ours). Prints wall and CPU seconds of each,
// after reading its input (the peer is not charged for the TSV nor Python's start).
const char *peerScript = R"(
import sys, time, xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell as cell
def write(source, target, constant):
    lines = [line.rstrip('\n').split('\t') for line in open(source, encoding='utf-8')]
    start = time.perf_counter(); cpu = time.process_time()
    wb = xlsxwriter.Workbook(target, {'constant_memory': constant})
    ws = wb.add_worksheet('Sheet')
    ws.set_landscape(); ws.set_paper(9); ws.fit_to_pages(1, 0); ws.repeat_rows(9, 10)
    title = wb.add_format({'bold': True, 'align': 'center', 'font_size': 14})
    head = wb.add_format({'bold': True, 'border': 1, 'align': 'center', 'text_wrap': True})
    text = wb.add_format({'border': 1, 'text_wrap': True})
    integer = wb.add_format({'border': 1, 'num_format': '#,##0'})
    percent = wb.add_format({'border': 1, 'num_format': '0.0%'})
    ws.merge_range(0, 0, 0, 5, 'UBND', title); ws.merge_range(0, 6, 0, 12, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', title)
    r = 3; first = 0; width = 1
    for line in lines:
        kind, values = line[0], line[1:]
        if kind == 'caption':
            ws.merge_range(r, 0, r, 12, values[0], title); r += 1
        elif kind == 'header':
            for c, v in enumerate(values): ws.write_string(r, c, v, head)
            width = len(values); r += 1; first = r
        elif kind == 'row':
            for c, v in enumerate(values):
                if v == '%': ws.write_formula(r, c, '=IF(%s=0,"",%s/%s)' % (cell(r, 1), cell(r, c - 1), cell(r, 1)), percent, 0.5)
                elif v.isdigit() and len(v) < 9: ws.write_number(r, c, int(v), integer)
                elif v: ws.write_string(r, c, v, text)
                else: ws.write_blank(r, c, None, text)
            r += 1
        elif kind == 'total':
            if values[0] == '1':
                for c in range(1, width): ws.write_formula(r, c, '=SUM(%s:%s)' % (cell(first, c), cell(r - 1, c)), integer, 0)
            r += 2
    wb.close()
    return time.perf_counter() - start, time.process_time() - cpu
yw, yc = write(sys.argv[1], sys.argv[3], False)
lw, lc = write(sys.argv[2], sys.argv[4], True)
print(yw, yc, lw, lc)
)";

struct Timing
{
    QList<double> builds, writes, totals, cpus;
    qsizetype rows = 0;
};

bool measure(Database &db, const ReportSource &source, const ReportParameters &parameters, const QString &out,
             int runs, Timing *timing, ReportDocument *last)
{
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        ReportDocument document;
        if (Status s = source.build(db, parameters, document, {}); !s) {
            std::fprintf(stderr, "build %s: %s\n", qPrintable(source.info().name), qPrintable(s.message()));
            return false;
        }
        const double built = timer.nsecsElapsed() / 1e9;
        if (Status s = XlsxReportWriter().write(document, out); !s) {
            std::fprintf(stderr, "write: %s\n", qPrintable(s.message()));
            return false;
        }
        const double total = timer.nsecsElapsed() / 1e9;
        timing->builds << built;
        timing->writes << total - built;
        timing->totals << total;
        timing->cpus << cpuSeconds() - cpu;
        timing->rows = 0;
        for (const ReportTable &table : document.tables)
            timing->rows += table.rowCount();
        *last = std::move(document);
    }
    return true;
}

void print(const char *name, const Timing &t, const QString &out)
{
    std::printf("%s: %lld rows; build %.3f s, write %.3f s, total %.3f s, CPU %.3f s (medians of %lld); file "
                "%.2f MB\n",
                name, qlonglong(t.rows), median(t.builds), median(t.writes), median(t.totals), median(t.cpus),
                qlonglong(t.totals.size()), QFileInfo(out).size() / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int people = option(QStringLiteral("--people"), QStringLiteral("100000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    const bool peer = args.contains(QStringLiteral("--peer"));
    QTemporaryDir scratch;
    const QString dir = option(QStringLiteral("--keep"), scratch.path());
    QDir().mkpath(dir);
    // With --keep the prepared commune stays there and is reused by the next run (making it is most of the
    // time at 100,000 people), so the measured process holds only what the reports need.
    const QString path = QDir(dir).filePath(QStringLiteral("bench-reports-%1.sqlite").arg(people));
    const int year = QDate::currentDate().year();
    if (!QFileInfo::exists(path)) {
        QElapsedTimer made;
        made.start();
        DemoOptions options;
        options.people = people;
        options.seed = 7;
        if (Status s = DemoCommuneGenerator::createFile(path, options); !s) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(s.message()));
            return 1;
        }
        Database db;
        if (Status s = db.open(path); !s) {
            std::fprintf(stderr, "open: %s\n", qPrintable(s.message()));
            return 1;
        }
        // No judgements at this size (a million audited rows would be the benchmark): the counts cost the
        // same.
        if (Status s = test::prepareYear(db, year, 1); !s) {
            std::fprintf(stderr, "year: %s\n", qPrintable(s.message()));
            return 1;
        }
        std::printf("demo commune of %d people with %d registered, evaluated and recognised in %.1f s\n",
                    people, year, made.elapsed() / 1000.0);
    }
    Database db;
    if (Status s = db.open(path, Database::Mode::ReadOnly); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.message()));
        return 1;
    }
    {
        // Where the yearly report's build time goes.
        QElapsedTimer t;
        t.start();
        AchievementRepository achievements(db);
        const bool known = achievements.years().contains(year);
        const double years = t.nsecsElapsed() / 1e9;
        YearAchievements a;
        achievements.achievements(year, &a);
        const double counted = t.nsecsElapsed() / 1e9;
        QList<CitizenGroupCount> groups;
        ReportRepository(db).citizenGroups(year, a.citizenMinAge, &groups);
        const double grouped = t.nsecsElapsed() / 1e9;
        std::printf("yearly parts: years %.3f s (%s), achievements %.3f s, citizen groups %.3f s\n", years,
                    known ? "found" : "missing", counted - years, grouped - counted);
    }
    const ReportCatalogue catalogue;
    ReportParameters parameters;
    parameters.year = year;
    parameters.documentDate = QDate(year, 12, 31);
    Timing yearly;
    Timing list;
    ReportDocument yearlyDocument;
    ReportDocument listDocument;
    const QString yearlyOut = QDir(dir).filePath(QStringLiteral("yearly.xlsx"));
    const QString listOut = QDir(dir).filePath(QStringLiteral("register.xlsx"));
    if (!measure(db, *catalogue.find(QStringLiteral("yearly")), parameters, yearlyOut, runs, &yearly,
                 &yearlyDocument))
        return 1;
    const double yearlyRss = peakRssMb();
    const ReportSource *registerSource = catalogue.find(QStringLiteral("register"));
    if (!registerSource || !measure(db, *registerSource, parameters, listOut, runs, &list, &listDocument))
        return 1;
    print("yearly", yearly, yearlyOut);
    print("person list (register)", list, listOut);
    std::printf("peak RSS: %.0f MB after the yearly report, %.0f MB after the list\n", yearlyRss,
                peakRssMb());

    if (peer) {
        // The cells of both documents, made after ours were measured (the peak RSS above is ours alone).
        const QString yearlyCells = scratch.filePath(QStringLiteral("yearly.tsv"));
        const QString listCells = scratch.filePath(QStringLiteral("register.tsv"));
        for (const auto &[document, cellsPath] :
             {std::pair{&yearlyDocument, yearlyCells}, std::pair{&listDocument, listCells}}) {
            QFile file(cellsPath);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            QTextStream out(&file);
            if (!writeCells(*document, out))
                return 1;
        }
        QList<double> yearlyWall, yearlyCpu, listWall, listCpu, bothWall, bothCpu;
        for (int run = 0; run < runs; ++run) {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"), QString::fromUtf8(peerScript), yearlyCells, listCells,
                          scratch.filePath(QStringLiteral("peer-yearly.xlsx")),
                          scratch.filePath(QStringLiteral("peer-register.xlsx"))});
            if (!python.waitForFinished(1200000) || python.exitCode() != 0) {
                std::fprintf(stderr, "peer failed (python3-xlsxwriter installed?): %s\n",
                             python.readAllStandardError().constData());
                return 1;
            }
            const QList<QByteArray> t = python.readAllStandardOutput().trimmed().split(' ');
            if (t.size() != 4)
                return 1;
            yearlyWall << t[0].toDouble();
            yearlyCpu << t[1].toDouble();
            listWall << t[2].toDouble();
            listCpu << t[3].toDouble();
            bothWall << t[0].toDouble() + t[2].toDouble();
            bothCpu << t[1].toDouble() + t[3].toDouble();
        }
        QList<double> oursWall, oursCpu;
        for (int i = 0; i < yearly.totals.size() && i < list.totals.size(); ++i) {
            oursWall << yearly.totals.at(i) + list.totals.at(i);
            oursCpu << yearly.cpus.at(i) + list.cpus.at(i);
        }
        std::printf(
            "\nside by side (medians of %d; ours = build from the file + write; peer = Python XlsxWriter "
            "writing the same cells, not charged for reading them):\n",
            runs);
        std::printf("%-10s %10s %10s %10s %10s | %10s %10s | %8s %8s\n", "", "build s", "write s", "total s",
                    "CPU s", "peer s", "peer CPU", "x wall", "x CPU");
        const auto line = [](const char *name, double build, double write, double total, double cpu,
                             double peerWall, double peerCpu) {
            std::printf("%-10s %10.3f %10.3f %10.3f %10.3f | %10.3f %10.3f | %7.1fx %7.1fx\n", name, build,
                        write, total, cpu, peerWall, peerCpu, peerWall / total, peerCpu / cpu);
        };
        line("yearly", median(yearly.builds), median(yearly.writes), median(yearly.totals),
             median(yearly.cpus), median(yearlyWall), median(yearlyCpu));
        line("register", median(list.builds), median(list.writes), median(list.totals), median(list.cpus),
             median(listWall), median(listCpu));
        line("both", median(yearly.builds) + median(list.builds), median(yearly.writes) + median(list.writes),
             median(oursWall), median(oursCpu), median(bothWall), median(bothCpu));
    }
    return 0;
}
