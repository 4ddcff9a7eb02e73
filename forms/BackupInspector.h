#pragma once

#include "BackupStore.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace sht {

// Checks backups one after the other in a worker thread (a full integrity check of a 100,000-person backup
// takes about a second), reporting each as it is done, so the restore dialog never freezes. Deleting the
// inspector stops the check within milliseconds.
class BackupInspector : public QObject
{
    Q_OBJECT

public:
    explicit BackupInspector(QObject *parent = nullptr);
    ~BackupInspector() override;

    // Stops any check under way, then checks these backups in order.
    void inspect(const QStringList &paths);
    void stop();
    bool isRunning() const;

signals:
    void inspected(const QString &path, const sht::BackupSummary &summary);
    void finished();

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace sht
