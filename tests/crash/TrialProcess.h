#pragma once

#include <QString>
#include <QStringList>

namespace sht::crash {

struct TrialRun
{
    bool started = false;
    bool killed = false;  // SIGKILL ended it (it had not finished by then)
    int exitCode = -1;    // when it finished on its own
    qint64 elapsedUs = 0; // from the start to its end
};

// Runs program in folder with its output in folder/stdout.txt and folder/stderr.txt (files, not pipes: a
// child that prints a lot must never block on a full pipe and shift the moment of the kill), and sends it
// SIGKILL killAfterUs microseconds after it started (never when negative).
TrialRun runTrial(const QString &program, const QStringList &arguments, const QString &folder,
                  qint64 killAfterUs);

} // namespace sht::crash
