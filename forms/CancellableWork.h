#pragma once

#include "Status.h"

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace sht {

// Runs a long step of file work (a backup or a restore takes seconds on a 100,000-person file) in a worker
// thread behind a window-modal busy dialog with Cancel (Esc): the window keeps painting, and the clerk can
// stop it. The work polls the flag it is given; run() returns only once the worker has ended.
class CancellableWork
{
public:
    using Work = std::function<Status(const std::atomic_bool &cancelled)>;

    // label: what the busy dialog says; progressName: its object name (tests find it by that).
    // *cancelled (may be null): whether the clerk pressed Cancel and the work did not succeed.
    static Status run(QWidget *parent, const QString &title, const QString &label,
                      const QString &progressName, const Work &work, bool *cancelled = nullptr);
};

} // namespace sht
