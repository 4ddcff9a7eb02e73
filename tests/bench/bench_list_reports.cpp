// The printed register of the whole commune (report "register": every village, every household, every living
// member) built from the commune file and written as .xlsx by XlsxReportWriter (constant-memory above 5,000
// rows), beside Python XlsxWriter (constant_memory) writing the same cells from a TSV made beforehand.
// Usage:
//   bench_list_reports [--people N | --db FILE] [--report NAME --year Y] [--runs N] [--peer] [--keep
//   FILE.xlsx]
// Prints: people, build (s), write (s), ours total (s), peak RSS (MB), and with --peer the peer's time
// writing only and the ratio peer / ours.
#include "Database.h"
#include "DemoCommuneGenerator.h"
#include "ReportCatalogue.h"
#include "XlsxReportWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

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

// The cells of the document's tables, one row a line, tab-separated (the peer's input).
bool writeCells(const ReportDocument &document, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    for (const ReportTable &table : document.tables) {
        out << table.caption << '\n';
        QStringList headers;
        for (const ReportColumn &column : table.columns)
            headers << column.header;
        out << headers.join(QLatin1Char('\t')) << '\n';
        // The register streams its rows (never held): they are read here one at a time.
        table.forEachRow([&](const ReportRow &streamed) {
            const ReportRow row = table.keyed(streamed);
            QStringList cells;
            for (const ReportColumn &column : table.columns)
                cells << row.values.value(column.figure).toString();
            out << cells.join(QLatin1Char('\t')) << '\n';
            return true;
        });
    }
    return true;
}

const char *peerScript = R"(
import sys, time, xlsxwriter
rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1], encoding='utf-8')]
start = time.perf_counter()
cpu = time.process_time()
wb = xlsxwriter.Workbook(sys.argv[2], {'constant_memory': True})
ws = wb.add_worksheet('So ho')
ws.set_landscape()
ws.set_paper(9)
ws.fit_to_pages(1, 0)
bold = wb.add_format({'bold': True, 'border': 1, 'align': 'center', 'text_wrap': True})
cell = wb.add_format({'border': 1})
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        if value.isdigit() and len(value) < 9:
            ws.write_number(r, c, int(value), cell)
        elif value:
            ws.write_string(r, c, value, bold if len(values) == 1 else cell)
wb.close()
print(time.perf_counter() - start, time.process_time() - cpu)
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int people = option(QStringLiteral("--people"), QStringLiteral("100000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    const bool peer = args.contains(QStringLiteral("--peer"));
    const QString keep = option(QStringLiteral("--keep"), QString());
    QTemporaryDir dir;
    QString path = option(QStringLiteral("--db"), QString());
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.sqlite"));
        DemoOptions options;
        options.people = people;
        options.seed = 7;
        QElapsedTimer made;
        made.start();
        if (Status s = DemoCommuneGenerator::createFile(path, options); !s) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(s.message()));
            return 1;
        }
        std::printf("demo commune of %d people made in %.1f s\n", people, made.elapsed() / 1000.0);
    }
    Database db;
    if (Status s = db.open(path); !s) {
        std::fprintf(stderr, "open: %s\n", qPrintable(s.message()));
        return 1;
    }
    const ReportCatalogue catalogue;
    const QString report = option(QStringLiteral("--report"), QStringLiteral("register"));
    const ReportSource *source = catalogue.find(report);
    if (!source) {
        std::fprintf(stderr, "no report %s\n", qPrintable(report));
        return 1;
    }

    QList<double> builds, writes, totals, cpus, buildCpus;
    qsizetype rows = 0;
    const QString out = keep.isEmpty() ? dir.filePath(QStringLiteral("register.xlsx")) : keep;
    ReportDocument last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuSeconds();
        ReportDocument document;
        ReportParameters parameters;
        parameters.documentDate = QDate(2026, 1, 5);
        parameters.year = option(QStringLiteral("--year"), QStringLiteral("2025")).toInt();
        if (Status s = source->build(db, parameters, document, {}); !s) {
            std::fprintf(stderr, "build: %s\n", qPrintable(s.message()));
            return 1;
        }
        const double built = timer.nsecsElapsed() / 1e9;
        buildCpus << cpuSeconds() - cpuStart;
        if (Status s = XlsxReportWriter().write(document, out); !s) {
            std::fprintf(stderr, "write: %s\n", qPrintable(s.message()));
            return 1;
        }
        const double total = timer.nsecsElapsed() / 1e9;
        builds << built;
        writes << total - built;
        totals << total;
        cpus << cpuSeconds() - cpuStart;
        rows = 0;
        for (const ReportTable &table : document.tables)
            rows += table.rowCount();
        if (run == runs - 1)
            last = std::move(document);
    }
    std::printf("%s: %lld rows in %lld tables\n", qPrintable(report), qlonglong(rows),
                qlonglong(last.tables.size()));
    std::printf(
        "ours: build %.3f s, write %.3f s, total %.3f s; CPU build %.3f s, total %.3f s (medians of %d); "
        "peak RSS %.0f MB, file %.1f MB\n",
        median(builds), median(writes), median(totals), median(buildCpus), median(cpus), runs, peakRssMb(),
        QFileInfo(out).size() / 1e6);

    if (peer) {
        const QString cells = dir.filePath(QStringLiteral("cells.tsv"));
        if (!writeCells(last, cells)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(cells));
            return 1;
        }
        QList<double> peers, peerCpus;
        for (int run = 0; run < runs; ++run) {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"), QString::fromUtf8(peerScript), cells,
                          dir.filePath(QStringLiteral("peer.xlsx"))});
            if (!python.waitForFinished(600000) || python.exitCode() != 0) {
                std::fprintf(stderr, "peer failed (python3-xlsxwriter installed?): %s\n",
                             python.readAllStandardError().constData());
                return 1;
            }
            const QList<QByteArray> times = python.readAllStandardOutput().trimmed().split(' ');
            peers << times.value(0).toDouble();
            peerCpus << times.value(1).toDouble();
        }
        const double p = median(peers);
        const double pc = median(peerCpus);
        std::printf(
            "peer (Python XlsxWriter, constant_memory, writing only): %.3f s, CPU %.3f s; ratio peer/ours: "
            "%.1fx writing, %.1fx end to end, %.1fx CPU end to end\n",
            p, pc, p / median(writes), p / median(totals), pc / median(cpus));
    }
    return 0;
}
