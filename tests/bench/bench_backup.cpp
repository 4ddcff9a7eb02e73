// The daily backup and the restore off the GUI thread: how long a backup of FILE takes in a worker, how long
// the thread that started it (the window's) is ever kept from running meanwhile, how fast a cancel stops a
// backup and a restore half-way, and, for comparison, the old backup on the open connection.
// Usage: bench_backup FILE [--runs N]   (prints one JSON line; backups go to a temporary folder)
#include "BackupStore.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace sht;

namespace {

struct Run
{
    double workerMs = 0;
    double longestStallMs = 0; // the starting thread's longest gap between 5 ms timer ticks
};

// Runs `work` in a worker while this thread spins its event loop with a 5 ms timer, as the window does.
Run inWorker(const std::function<void()> &work)
{
    Run run;
    QElapsedTimer total;
    total.start();
    std::unique_ptr<QThread> worker(QThread::create(work));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        run.longestStallMs = std::max(run.longestStallMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    tick.start();
    worker->start();
    loop.exec();
    worker->wait();
    run.workerMs = total.nsecsElapsed() / 1e6;
    return run;
}

// Starts `work` with a cancel flag, sets the flag after delayMs, and returns how long the worker took to
// stop.
double cancelLatencyMs(const std::function<void(std::atomic_bool &)> &work, int delayMs)
{
    std::atomic_bool cancel{false};
    std::unique_ptr<QThread> worker(QThread::create([&] { work(cancel); }));
    worker->start();
    QThread::msleep(delayMs);
    QElapsedTimer stop;
    stop.start();
    cancel = true;
    worker->wait();
    return stop.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_backup FILE [--runs N]" << Qt::endl;
        return 1;
    }
    const QString file = QFileInfo(args.at(1)).absoluteFilePath();
    const int runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? std::max(1, args.at(runsAt + 1).toInt()) : 3;
    QTemporaryDir folder;
    BackupSettings settings;
    settings.folder = folder.path();
    settings.keep = 100;
    const BackupStore store(settings);

    // The file stays open for writing, as in the window.
    Database db;
    if (Status s = db.open(file); !s) {
        QTextStream(stderr) << s.message() << Qt::endl;
        return 2;
    }
    QJsonObject result{{QStringLiteral("file_mb"), QFileInfo(file).size() / 1e6}};
    double bestWorker = 1e18, worstWorker = 0, worstStall = 0;
    QString backup;
    for (int i = 0; i < runs; ++i) {
        Status status;
        const Run run =
            inWorker([&] { status = store.take(file, BackupReason::Daily, &backup, [] { return false; }); });
        if (!status) {
            QTextStream(stderr) << status.message() << Qt::endl;
            return 4;
        }
        bestWorker = std::min(bestWorker, run.workerMs);
        worstWorker = std::max(worstWorker, run.workerMs);
        worstStall = std::max(worstStall, run.longestStallMs);
    }
    result.insert(QStringLiteral("worker_backup_ms_best"), bestWorker);
    result.insert(QStringLiteral("worker_backup_ms_worst"), worstWorker);
    result.insert(QStringLiteral("gui_thread_longest_stall_ms"), worstStall);

    // The old way, for comparison: the whole backup on the thread that holds the connection.
    QElapsedTimer blocking;
    blocking.start();
    if (!store.take(db, BackupReason::Manual))
        return 4;
    result.insert(QStringLiteral("blocking_backup_ms"), blocking.nsecsElapsed() / 1e6);

    const int half = int(bestWorker / 2);
    result.insert(QStringLiteral("backup_cancel_stop_ms"),
                  cancelLatencyMs(
                      [&](std::atomic_bool &cancel) {
                          store.take(file, BackupReason::Daily, nullptr, [&cancel] { return cancel.load(); });
                      },
                      half));

    const QString target = QDir(folder.path()).filePath(QStringLiteral("restored.sqlite"));
    Status restored;
    const Run restore =
        inWorker([&] { restored = BackupStore::restore(backup, target, [] { return false; }); });
    if (!restored)
        return 4;
    result.insert(QStringLiteral("worker_restore_ms"), restore.workerMs);
    result.insert(QStringLiteral("restore_gui_thread_longest_stall_ms"), restore.longestStallMs);
    QFile::remove(target);
    result.insert(QStringLiteral("restore_cancel_stop_ms"),
                  cancelLatencyMs(
                      [&](std::atomic_bool &cancel) {
                          BackupStore::restore(backup, target, [&cancel] { return cancel.load(); });
                      },
                      int(restore.workerMs / 2)));
    result.insert(QStringLiteral("left_behind_after_cancels"),
                  QDir(folder.path())
                      .entryList({QStringLiteral("*.partial"), QStringLiteral(".*restoring*"),
                                  QStringLiteral("restored.sqlite")},
                                 QDir::Files | QDir::Hidden)
                      .size());
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
