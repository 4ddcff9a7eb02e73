#include "BackupInspector.h"

#include <QThread>

namespace sht {

BackupInspector::BackupInspector(QObject *parent)
    : QObject(parent)
{}

BackupInspector::~BackupInspector()
{
    stop();
}

bool BackupInspector::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupInspector::stop()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
    m_cancel.reset();
}

void BackupInspector::inspect(const QStringList &paths)
{
    stop();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    // Results are handed back through queued calls on this object: dropped if it is gone, and the thread
    // never outlives it (stop() waits).
    m_thread.reset(QThread::create([this, paths, cancel] {
        for (const QString &path : paths) {
            if (cancel->load())
                return;
            const BackupSummary summary = BackupStore::inspect(path, [cancel] { return cancel->load(); });
            if (cancel->load())
                return;
            QMetaObject::invokeMethod(
                this, [this, path, summary] { emit inspected(path, summary); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this] { emit finished(); }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

} // namespace sht
