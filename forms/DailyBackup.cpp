#include "DailyBackup.h"

#include <QEvent>
#include <QThread>

namespace sht {

namespace {
// The seam's state: set only by tests, read when a backup starts (on the GUI thread).
DailyBackup::Probe s_probe;
} // namespace

DailyBackup::DailyBackup(QObject *parent)
    : QObject(parent)
{}

DailyBackup::~DailyBackup()
{
    cancel();
}

void DailyBackup::setProbe(Probe probe)
{
    s_probe = std::move(probe);
}

bool DailyBackup::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void DailyBackup::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
    m_cancel.reset();
}

void DailyBackup::cancelWhenClosed(QObject *window)
{
    window->installEventFilter(this);
}

bool DailyBackup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close)
        cancel();
    return QObject::eventFilter(watched, event);
}

void DailyBackup::start(const QString &databasePath, const BackupSettings &settings)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    const int generation = m_generation;
    const Probe probe = s_probe;
    // Results come back through queued calls on this object, and are dropped when a cancel came between:
    // the thread never outlives the object (cancel() waits).
    m_thread.reset(QThread::create([this, databasePath, settings, cancelled, generation, probe] {
        const BackupStore store(settings);
        const auto isCancelled = [cancelled, probe] {
            if (probe)
                probe(*cancelled);
            return cancelled->load();
        };
        // Whether one is due is decided here too: it reads the backup folder, maybe on a slow drive.
        const bool taken = store.isDailyDue(databasePath);
        Status status;
        if (taken) {
            QMetaObject::invokeMethod(
                this,
                [this, databasePath, generation] {
                    if (generation == m_generation)
                        emit taking(databasePath);
                },
                Qt::QueuedConnection);
            status = store.take(databasePath, BackupReason::Daily, nullptr, isCancelled);
        }
        if (cancelled->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, databasePath, taken, status, generation] {
                if (generation == m_generation)
                    emit finished(databasePath, taken && status.ok(), status);
            },
            Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

} // namespace sht
