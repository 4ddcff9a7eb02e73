// The crash-test driver (issue 9): runs the CLI's import, the CLI's package merge and a burst of GUI-style
// edits on copies of a demo commune file, kills each with SIGKILL at a random moment (seeded, spread over
// the whole run and crowded near its end, where the commit is), reopens the file and checks it
// (CrashCheck.h lists the invariants). Prints every failure with its seed and a summary per scenario.
//
//   crash_driver --trials 1000 --seed 7 --keep-failures /tmp/crash-failures
//
// Exit code 0 when every trial passed, 1 when one failed, 2 when the set-up failed.
#include "CrashCheck.h"
#include "CrashSelfTest.h"
#include "CrashWorkspace.h"
#include "TrialProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace sht::crash;

namespace {

struct Tally
{
    int trials = 0;
    int finished = 0;     // ended on its own before the kill came
    int killedBefore = 0; // killed; the file is as it was (Edits: no edit in flight reached the file)
    int killedAfter = 0;  // killed; the file holds the action (Edits: the edit in flight had committed)
    int markers = 0;      // marker reported at the reopen
    int markersCommitted = 0;
    int damagedBackups = 0;
    int failedFile = 0; // failed for the commune file itself (not only a damaged backup)
    qint64 editsCommitted = 0;
    int failed = 0;
};

void print(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    bool ok = true;
    for (const QFileInfo &file : QDir(from).entryInfoList(QDir::Files | QDir::Hidden))
        ok = QFile::copy(file.filePath(), QDir(to).filePath(file.fileName())) && ok;
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills imports, merges and edit bursts at random moments "
                                                    "and checks the commune file after each kill."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("trials"), QStringLiteral("Number of trials (default 100)."), QStringLiteral("N"),
         QStringLiteral("100")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the trials (default 1)."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("first"), QStringLiteral("Number of the first trial, to replay one (default 0)."),
         QStringLiteral("K"), QStringLiteral("0")},
        {QStringLiteral("scenario"), QStringLiteral("Only this scenario: import, merge or edits."),
         QStringLiteral("NAME")},
        {QStringLiteral("keep-failures"), QStringLiteral("Copy the files of each failed trial here."),
         QStringLiteral("DIR")},
        {QStringLiteral("work"), QStringLiteral("Work folder (default: a temporary one)."),
         QStringLiteral("DIR")},
        {QStringLiteral("people"), QStringLiteral("People in the demo commune (default 2000)."),
         QStringLiteral("N"), QStringLiteral("2000")},
        {QStringLiteral("import-people"), QStringLiteral("People in the register workbook (default 1500)."),
         QStringLiteral("N"), QStringLiteral("1500")},
        {QStringLiteral("edits"), QStringLiteral("Edits in one burst (default 200)."), QStringLiteral("N"),
         QStringLiteral("200")},
        {QStringLiteral("cli"), QStringLiteral("sohoctap-cli (default: $SHT_CLI)."), QStringLiteral("PATH")},
        {QStringLiteral("worker"), QStringLiteral("crash_edits (default: beside this program)."),
         QStringLiteral("PATH")},
        {QStringLiteral("verbose"), QStringLiteral("One line per trial.")},
        {QStringLiteral("self-test"), QStringLiteral("First check that doctored files fail the checks.")},
    });
    parser.process(app);

    QTemporaryDir temporary;
    const QString work =
        parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temporary.path();
    // Backups and settings of every program run here go into the work folder, never the user's own.
    qputenv("XDG_DATA_HOME", QDir(work).filePath(QStringLiteral("home/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", QDir(work).filePath(QStringLiteral("home/config")).toUtf8());

    WorkspaceOptions options;
    options.folder = QDir(work).filePath(QStringLiteral("files"));
    options.cli = parser.isSet(QStringLiteral("cli")) ? parser.value(QStringLiteral("cli"))
                                                      : qEnvironmentVariable("SHT_CLI");
    options.editsProgram =
        parser.isSet(QStringLiteral("worker"))
            ? parser.value(QStringLiteral("worker"))
            : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("crash_edits"));
    // Trials run in their own folder: relative program paths would be looked up there.
    options.cli = QFileInfo(options.cli).absoluteFilePath();
    options.editsProgram = QFileInfo(options.editsProgram).absoluteFilePath();
    options.people = parser.value(QStringLiteral("people")).toInt();
    options.importPeople = parser.value(QStringLiteral("import-people")).toInt();
    options.edits = parser.value(QStringLiteral("edits")).toInt();
    if (!QFile::exists(options.cli) || !QFile::exists(options.editsProgram)) {
        print(QStringLiteral("crash_driver: give --cli (or SHT_CLI) and --worker: %1, %2 not found")
                  .arg(options.cli, options.editsProgram));
        return 2;
    }
    const int trials = parser.value(QStringLiteral("trials")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    const int first = parser.value(QStringLiteral("first")).toInt();
    const QString only = parser.value(QStringLiteral("scenario"));
    const QString keep = parser.value(QStringLiteral("keep-failures"));
    const bool verbose = parser.isSet(QStringLiteral("verbose"));

    QElapsedTimer wall;
    wall.start();
    CrashWorkspace workspace(options);
    QString error;
    if (!workspace.prepare(&error)) {
        print(QStringLiteral("crash_driver: set-up failed: ") + error);
        return 2;
    }
    QList<Scenario> scenarios;
    for (const Scenario &scenario : workspace.scenarios()) {
        if (only.isEmpty() || scenarioName(scenario.kind) == only)
            scenarios << scenario;
        print(QStringLiteral("%1: a whole run takes %2 ms")
                  .arg(scenarioName(scenario.kind))
                  .arg(scenario.durationUs / 1000));
    }
    if (scenarios.isEmpty()) {
        print(QStringLiteral("crash_driver: unknown scenario ") + only);
        return 2;
    }
    if (parser.isSet(QStringLiteral("self-test"))) {
        QStringList log;
        const QStringList missed = selfTest(workspace, work, &log);
        for (const QString &line : log)
            print(line);
        if (!missed.isEmpty()) {
            print(QStringLiteral("FAIL: the checks let through: ") + missed.join(QStringLiteral(", ")));
            return 1;
        }
    }
    print(QStringLiteral("set-up: %1 s").arg(wall.elapsed() / 1000.0, 0, 'f', 1));

    QMap<QString, Tally> tallies;
    int failedTrials = 0;
    const QString folder = QDir(work).filePath(QStringLiteral("trial"));
    for (int trial = first; trial < first + trials; ++trial) {
        const quint64 trialSeed = seed * 1000003ULL + quint64(trial);
        QRandomGenerator random(trialSeed);
        const Scenario &scenario = scenarios.at(random.bounded(int(scenarios.size())));
        // Spread over the whole run and a bit beyond (a kill after the end must find the file whole), and
        // one trial in three near the end, where the commit is.
        const double f = random.generateDouble();
        const double share = random.bounded(3) == 0 ? 0.75 + 0.3 * f : 1.1 * f;
        const qint64 delayUs = qint64(share * double(scenario.durationUs));

        const QString database = workspace.stage(folder);
        const QSet<QString> oldBackups = backupNames();
        const TrialRun run =
            runTrial(workspace.program(scenario.kind),
                     workspace.arguments(scenario.kind, database, folder, trialSeed), folder, delayUs);
        TrialCheck check =
            checkTrial(workspace, scenario, database, QDir(folder).filePath(QStringLiteral("stdout.txt")),
                       run.killed, oldBackups);
        if (!run.started)
            check.failures.prepend(QStringLiteral("the program did not start"));
        else if (!run.killed && run.exitCode != 0)
            check.failures.prepend(QStringLiteral("it ended with exit code %1").arg(run.exitCode));

        Tally &tally = tallies[scenarioName(scenario.kind)];
        ++tally.trials;
        if (!run.killed)
            ++tally.finished;
        else if (scenario.kind == ScenarioKind::Edits ? check.editsCommitted > check.editsPrinted
                                                      : check.landed == TrialCheck::Landed::After)
            ++tally.killedAfter;
        else
            ++tally.killedBefore;
        tally.markers += check.marker ? 1 : 0;
        tally.markersCommitted += check.markerCommitted ? 1 : 0;
        tally.editsCommitted += check.editsCommitted;
        tally.damagedBackups += check.damagedBackup ? 1 : 0;

        const QString what =
            QStringLiteral("trial %1 (--seed %2 --first %1 --trials 1): %3, kill at %4 ms, %5")
                .arg(trial)
                .arg(seed)
                .arg(scenarioName(scenario.kind))
                .arg(delayUs / 1000)
                .arg(run.killed ? QStringLiteral("killed") : QStringLiteral("had finished"));
        if (!check.failures.isEmpty()) {
            ++tally.failed;
            ++failedTrials;
            if (!check.damagedBackup || check.failures.size() > 1)
                ++tally.failedFile;
            print(QStringLiteral("FAIL ") + what);
            for (const QString &failure : check.failures)
                print(QStringLiteral("    ") + failure);
            if (!keep.isEmpty())
                copyFolder(folder,
                           QDir(keep).filePath(QStringLiteral("trial-%1-seed-%2").arg(trial).arg(seed)));
        } else if (verbose) {
            print(QStringLiteral("ok   ") + what +
                  (check.marker ? QStringLiteral(", marker (committed=%1)").arg(check.markerCommitted)
                                : QString()));
        }
        if (!verbose && (trial - first + 1) % 50 == 0)
            print(QStringLiteral("... %1 trials, %2 failed, %3 s")
                      .arg(trial - first + 1)
                      .arg(failedTrials)
                      .arg(wall.elapsed() / 1000));
    }

    print(QString());
    print(QStringLiteral("%1 trials, seed %2, %3 s")
              .arg(trials)
              .arg(seed)
              .arg(wall.elapsed() / 1000.0, 0, 'f', 1));
    print(QStringLiteral("scenario  trials  finished  killed-before-commit  killed-after-commit  markers "
                         "(committed)  damaged-backups  failed (file)"));
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &t = it.value();
        print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(it.key(), -8)
                  .arg(t.trials, 7)
                  .arg(t.finished, 9)
                  .arg(t.killedBefore, 21)
                  .arg(t.killedAfter, 20)
                  .arg(QStringLiteral("%1 (%2)").arg(t.markers).arg(t.markersCommitted), 20)
                  .arg(t.damagedBackups, 16)
                  .arg(QStringLiteral("%1 (%2)").arg(t.failed).arg(t.failedFile), 14));
    }
    if (tallies.contains(QStringLiteral("edits")))
        print(
            QStringLiteral("edits: %1 committed edits checked; killed-after-commit = the edit in flight had "
                           "committed but was not yet reported")
                .arg(tallies.value(QStringLiteral("edits")).editsCommitted));
    print(failedTrials == 0 ? QStringLiteral("PASS: every trial left the file whole")
                            : QStringLiteral("FAIL: %1 trial(s) broke an invariant").arg(failedTrials));
    return failedTrials == 0 ? 0 : 1;
}
