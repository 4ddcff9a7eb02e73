// Import of a large household-register workbook, end to end, against openpyxl merely reading its cells.
//
//   bench_import [--people 100000] [--seed 1] [--cli PATH] [--runs 3] [--no-peer] [--undoable] [--keep DIR]
//                [--workbook PATH]
//
// 1. Writes a workbook of `people` people with realistic mess (tests/support/RegisterFixtures), or takes
//    the one --workbook names (written by an earlier run with --keep: this process's memory then holds
//    nothing of the writer, so the in-process peak RSS of each step is the import's own).
// 2. In this process, one pass with the time of each phase: read, detect + parse, plan, apply (new file).
// 3. `sohoctap-cli import FILE --db NEW --commune … --yes` under /usr/bin/time (wall time, peak RSS), the
//    median of --runs; that is the number compared.
// 4. The peer: /usr/bin/python3 + openpyxl in read-only mode, only reading every cell, under /usr/bin/time;
//    its count of non-empty cells must equal our reader's (a fast wrong answer fails).
// 5. --undoable: the same import as one undoable step (ImportCommands, EditCommands::record), to decide
//    whether a large import can stay on the undo stack.
// Prints one line per measure and `ratio = peer / ours`. Exit code 1 only when something fails.
#include "AdminUnitService.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "EditCommands.h"
#include "ImportApplier.h"
#include "ImportCommands.h"
#include "ImportPlanner.h"
#include "RegisterFixtures.h"
#include "RegisterParser.h"
#include "WorkbookReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <optional>
#include <sys/resource.h>

using namespace sht;
using namespace sht::importing;

namespace {

struct Timed
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0; // user + system
    qint64 peakKb = 0;
    QString output;
};

// Runs a program under /usr/bin/time -f '%e %M' (wall seconds, peak RSS in KB).
Timed timed(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    QStringList all{QStringLiteral("-f"), QStringLiteral("TIME %e %M %U %S"), program};
    all << arguments;
    process.start(QStringLiteral("/usr/bin/time"), all);
    Timed result;
    if (!process.waitForFinished(1800 * 1000))
        return result;
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const int at = err.lastIndexOf(QStringLiteral("TIME "));
    if (at >= 0) {
        const QStringList parts = err.mid(at + 5).simplified().split(QLatin1Char(' '));
        result.seconds = parts.value(0).toDouble();
        result.peakKb = parts.value(1).toLongLong();
        result.cpuSeconds = parts.value(2).toDouble() + parts.value(3).toDouble();
    }
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok)
        result.output += err;
    return result;
}

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// CPU seconds (user + system) of this process so far: on a shared, loaded machine wall time mostly measures
// the other processes, CPU time measures ours.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Bytes the heap holds for live objects (glibc): what each phase's data costs, whatever RSS malloc keeps.
double heapMb()
{
#if defined(__GLIBC__)
    return mallinfo2().uordblks / 1e6;
#else
    return 0;
#endif
}

// /proc/self/status field in KB (VmRSS, VmHWM); 0 when unknown.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the next read of VmHWM is the peak since now.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Times the steps of one import: per step the wall and CPU seconds, the heap in use after it and the peak
// RSS during it.
class StepMeter
{
public:
    explicit StepMeter(QTextStream &out)
        : m_out(out)
    {
        restart();
    }
    void restart()
    {
        m_timer.restart();
        m_cpu = processCpuSeconds();
        resetPeakRss();
    }
    // Prints the step's line, returns its wall seconds and restarts.
    double step(const QString &name)
    {
        const double wall = m_timer.elapsed() / 1000.0;
        const double cpu = processCpuSeconds() - m_cpu;
        const qint64 peak = statusKb("VmHWM:");
        m_peakKb = qMax(m_peakKb, peak);
        m_out << QStringLiteral(
                     "step %1: %2 s wall, %3 s CPU, peak RSS %4 MB, after it RSS %5 MB, heap %6 MB")
                     .arg(name)
                     .arg(wall, 0, 'f', 2)
                     .arg(cpu, 0, 'f', 2)
                     .arg(peak / 1024)
                     .arg(statusKb("VmRSS:") / 1024)
                     .arg(heapMb(), 0, 'f', 0)
              << Qt::endl;
        m_cpuSummary << QStringLiteral("%1 %2 s").arg(name).arg(cpu, 0, 'f', 2);
        restart();
        return wall;
    }
    QString cpuSummary() const { return m_cpuSummary.join(QStringLiteral(", ")); }
    qint64 peakKb() const { return m_peakKb; } // the highest step peak

private:
    QTextStream &m_out;
    QElapsedTimer m_timer;
    double m_cpu = 0;
    qint64 m_peakKb = 0;
    QStringList m_cpuSummary;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 nonEmptyCells(const Workbook &workbook)
{
    qint64 n = 0;
    for (const SheetGrid &sheet : workbook.sheets)
        for (const auto &row : sheet.rows)
            for (const Cell &cell : row)
                n += cell.type != Cell::Type::Empty;
    return n;
}

const char *peerScript = R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        for v in row:
            if v is not None and v != "":
                n += 1
print(n)
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int people = 100000;
    quint64 seed = 1;
    int runs = 3;
    bool peer = true;
    bool undoable = false;
    QString cli;
    QString keep;
    QString givenWorkbook;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--people") && i + 1 < args.size())
            people = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            seed = args.at(++i).toULongLong();
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--cli") && i + 1 < args.size())
            cli = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--workbook") && i + 1 < args.size())
            givenWorkbook = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-peer"))
            peer = false;
        else if (args.at(i) == QLatin1String("--undoable"))
            undoable = true;
    }
    QTemporaryDir scratch;
    const QString dir = keep.isEmpty() ? scratch.path() : keep;
    const QString workbookPath =
        givenWorkbook.isEmpty() ? dir + QStringLiteral("/register-%1.xlsx").arg(people) : givenWorkbook;

    QElapsedTimer timer;
    timer.start();
    test::RegisterFixtures::LargeResult written;
    if (givenWorkbook.isEmpty()) {
        written = test::RegisterFixtures::writeLargeXlsx(workbookPath, people, seed);
        if (!written.ok) {
            out << "could not write the workbook" << Qt::endl;
            return 1;
        }
        out << QStringLiteral("workbook: %1 people, %2 households, %3 villages, %4 MB, written in %5 s")
                   .arg(written.people)
                   .arg(written.households)
                   .arg(written.villages)
                   .arg(QFile(workbookPath).size() / 1e6, 0, 'f', 1)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
            << Qt::endl;
    } else if (!QFile::exists(workbookPath)) {
        out << "no workbook " << workbookPath << Qt::endl;
        return 1;
    }

    // In-process phases, in the order and with the lifetimes of `sohoctap-cli import` into a new file: the
    // workbook is dropped once parsed, the parsed register once planned. Each step prints its CPU time, the
    // heap in use after it, and the peak RSS during it (VmHWM reset at the step's start).
    qint64 cells = 0;
    {
        StepMeter meter(out);
        std::optional<Workbook> workbook;
        {
            Status status;
            workbook = readWorkbook(workbookPath, std::nullopt, ReadLimits(), &status);
            if (!status) {
                out << status.message() << Qt::endl;
                return 1;
            }
        }
        const double readS = meter.step(QStringLiteral("read"));
        cells = nonEmptyCells(*workbook);
        meter.restart();
        ParsedRegister input =
            RegisterParser::parse(*workbook, RegisterParser::detect(*workbook), QDate::currentDate());
        workbook.reset();
        const double parseS = meter.step(QStringLiteral("detect+parse"));
        Database db;
        db.setActor({QStringLiteral("bench"), QStringLiteral("import")});
        const QString dbPath = dir + QStringLiteral("/phases.sqlite");
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath + QLatin1String(suffix));
        if (Status s = db.create(dbPath); !s) {
            out << s.message() << Qt::endl;
            return 1;
        }
        AdminUnit commune;
        commune.kind = AdminUnit::Kind::Commune;
        commune.name = QStringLiteral("Xã Bench");
        AdminUnitService(db).createCommune(commune);
        meter.restart();
        ImportPlan plan;
        if (Status s = ImportPlanner(db).plan(input, &plan); !s) {
            out << s.message() << Qt::endl;
            return 1;
        }
        std::optional<ParsedRegister> kept;
        if (undoable)
            kept = input; // planned again below
        input = ParsedRegister();
        const double planS = meter.step(QStringLiteral("plan"));
        ImportApplier::Outcome outcome;
        if (Status s = ImportApplier(db).apply(plan, &outcome); !s) {
            out << s.message() << Qt::endl;
            return 1;
        }
        const double applyS = meter.step(QStringLiteral("apply"));
        out << QStringLiteral("phases: read %1 s (%2 cells), detect+parse %3 s, plan %4 s, apply %5 s "
                              "(%6 people, %7 households, %8 problems, %9 possible duplicates)")
                   .arg(readS, 0, 'f', 2)
                   .arg(cells)
                   .arg(parseS, 0, 'f', 2)
                   .arg(planS, 0, 'f', 2)
                   .arg(applyS, 0, 'f', 2)
                   .arg(outcome.peopleAdded)
                   .arg(outcome.householdsAdded)
                   .arg(plan.problems.size())
                   .arg(plan.duplicates.size())
            << Qt::endl;
        out << QStringLiteral("phases, CPU: %1").arg(meter.cpuSummary()) << Qt::endl;
        out << QStringLiteral("peak RSS of the import's steps: %1 MB").arg(meter.peakKb() / 1024) << Qt::endl;
        if (givenWorkbook.isEmpty() && outcome.peopleAdded != written.people)
            out << QStringLiteral("WARNING: %1 people written, %2 imported")
                       .arg(written.people)
                       .arg(outcome.peopleAdded)
                << Qt::endl;

        if (undoable) {
            // The same import again into a fresh file, as one undoable step.
            Database undoDb;
            undoDb.setActor({QStringLiteral("bench"), QStringLiteral("import")});
            const QString undoPath = dir + QStringLiteral("/undoable.sqlite");
            QFile::remove(undoPath);
            undoDb.create(undoPath);
            AdminUnit c2 = commune;
            c2.id = 0;
            AdminUnitService(undoDb).createCommune(c2);
            ImportPlan plan2;
            ImportPlanner(undoDb).plan(*kept, &plan2);
            QUndoStack stack;
            ChangeNotifier notifier;
            EditCommands edits(undoDb, stack, notifier);
            const qint64 before = peakRssKb();
            timer.restart();
            const Status s = ImportCommands(edits).apply(plan2, {});
            const double recordS = timer.elapsed() / 1000.0;
            const qint64 after = peakRssKb();
            timer.restart();
            stack.undo();
            const double undoS = timer.elapsed() / 1000.0;
            out << QStringLiteral("undoable apply: %1 s (plain apply %2 s), peak RSS +%3 MB, undo %4 s, %5")
                       .arg(recordS, 0, 'f', 2)
                       .arg(applyS, 0, 'f', 2)
                       .arg((after - before) / 1024)
                       .arg(undoS, 0, 'f', 2)
                       .arg(s ? QStringLiteral("ok") : s.message())
                << Qt::endl;
        }
    }

    // End to end through the CLI, the number compared with the peer.
    double ours = 0;
    double oursCpu = 0;
    qint64 oursKb = 0;
    if (!cli.isEmpty()) {
        QList<double> times;
        QList<double> cpu;
        for (int run = 0; run < runs; ++run) {
            const QString dbPath = dir + QStringLiteral("/cli-%1.sqlite").arg(run);
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(dbPath + QLatin1String(suffix));
            const Timed t = timed(cli, {QStringLiteral("import"), workbookPath, QStringLiteral("--db"),
                                        dbPath, QStringLiteral("--commune"), QStringLiteral("Xã Bench"),
                                        QStringLiteral("--yes")});
            if (!t.ok) {
                out << "sohoctap-cli import failed: " << t.output << Qt::endl;
                return 1;
            }
            times << t.seconds;
            cpu << t.cpuSeconds;
            oursKb = qMax(oursKb, t.peakKb);
        }
        ours = median(times);
        oursCpu = median(cpu);
        out << QStringLiteral(
                   "ours (sohoctap-cli import, end to end): %1 s median of %2 (CPU %4 s), peak RSS %3 MB")
                   .arg(ours, 0, 'f', 2)
                   .arg(runs)
                   .arg(oursKb / 1024)
                   .arg(oursCpu, 0, 'f', 2)
            << Qt::endl;
    }

    if (peer) {
        QList<double> times;
        QList<double> cpu;
        qint64 peerKb = 0;
        for (int run = 0; run < runs; ++run) {
            const Timed t = timed(QStringLiteral("/usr/bin/python3"),
                                  {QStringLiteral("-c"), QString::fromUtf8(peerScript), workbookPath});
            if (!t.ok) {
                out << "peer (openpyxl) not run: " << t.output.left(300) << Qt::endl;
                return 0;
            }
            if (run == 0 && t.output.trimmed().toLongLong() != cells) {
                out << QStringLiteral("MISMATCH: openpyxl read %1 non-empty cells, we read %2")
                           .arg(t.output.trimmed())
                           .arg(cells)
                    << Qt::endl;
                return 1;
            }
            times << t.seconds;
            cpu << t.cpuSeconds;
            peerKb = qMax(peerKb, t.peakKb);
        }
        const double theirs = median(times);
        out << QStringLiteral(
                   "peer (openpyxl read-only, only reading): %1 s median of %2, peak RSS %3 MB, same "
                   "%4 cells")
                   .arg(theirs, 0, 'f', 2)
                   .arg(runs)
                   .arg(peerKb / 1024)
                   .arg(cells)
            << Qt::endl;
        if (ours > 0)
            out << QStringLiteral("ratio = peer / ours = %1 (goal >= 5)").arg(theirs / ours, 0, 'f', 2)
                << Qt::endl;
    }
    return 0;
}
