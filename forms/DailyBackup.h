#pragma once

#include "BackupStore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace sht {

// Today's backup of the open commune file, taken in a worker thread through a read-only SQLite connection
// of its own (BackupStore::takeDailyIfDue from the path): VACUUM INTO and the check of a 100,000-person
// file take 1.5–3 s, which froze the window when the file was opened. cancel() interrupts SQLite and waits
// (milliseconds): the partial copy is removed before it returns, and no signal comes after it. Closing the
// watched window cancels too, before the window closes its file.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(QObject *parent = nullptr);
    ~DailyBackup() override;

    // Cancels any backup under way, then takes today's backup of databasePath when none was taken today.
    void start(const QString &databasePath, const BackupSettings &settings = BackupSettings::load());
    void cancel();
    bool isRunning() const;
    // Cancels when this window receives its close event.
    void cancelWhenClosed(QObject *window);

    // Tests: called in the worker at every cancellation poll (every few thousand SQLite steps) of the next
    // backups started, with the cancellation flag; a test blocks in it to hold a backup half-way.
    using Probe = std::function<void(const std::atomic_bool &cancelled)>;
    static void setProbe(Probe probe);

signals:
    // Today's backup is due: the copy begins (and takes a few seconds on a large file).
    void taking(const QString &databasePath);
    // taken: a backup was made; false with status ok when today's existed already.
    void finished(const QString &databasePath, bool taken, const sht::Status &status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Results of a cancelled run still queued are dropped: they carry an older generation.
    int m_generation = 0;
};

} // namespace sht
