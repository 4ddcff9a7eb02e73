#include "TrialProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

namespace sht::crash {

TrialRun runTrial(const QString &program, const QStringList &arguments, const QString &folder,
                  qint64 killAfterUs)
{
    TrialRun run;
    const QDir dir(folder);
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(dir.filePath(QStringLiteral("stdout.txt")));
    process.setStandardErrorFile(dir.filePath(QStringLiteral("stderr.txt")));
    QElapsedTimer timer;
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return run;
    timer.start();
    run.started = true;
    if (killAfterUs >= 0) {
        // Sleep, not poll: the machine is shared, and the child must have the cores to itself.
        const qint64 left = killAfterUs - timer.nsecsElapsed() / 1000;
        if (left > 0)
            QThread::usleep(quint64(left));
        // QProcess has not reaped a child that already ended (no event loop ran): SIGKILL then reaches a
        // zombie and changes nothing, and the exit status below says that it finished on its own.
        process.kill();
    }
    process.waitForFinished(-1);
    run.elapsedUs = timer.nsecsElapsed() / 1000;
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
    return run;
}

} // namespace sht::crash
