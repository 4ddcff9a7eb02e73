#include "CancellableWork.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <memory>

namespace sht {

Status CancellableWork::run(QWidget *parent, const QString &title, const QString &label,
                            const QString &progressName, const Work &work, bool *cancelled)
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    Status result;
    QProgressDialog progress(label, QCoreApplication::translate("sht::CancellableWork", "Cancel"), 0, 0,
                             parent);
    progress.setObjectName(progressName);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QEventLoop loop;
    std::unique_ptr<QThread> worker(QThread::create([&result, &work, flag] { result = work(*flag); }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&progress, flag] {
        flag->store(true);
        progress.setLabelText(QCoreApplication::translate("sht::CancellableWork", "Cancelling…"));
    });
    worker->start();
    progress.show();
    if (!worker->isFinished())
        loop.exec();
    worker->wait();
    progress.close();
    if (parent)
        parent->activateWindow(); // the keyboard comes back to the window that asked
    if (cancelled)
        *cancelled = flag->load() && !result.ok();
    return result;
}

} // namespace sht
