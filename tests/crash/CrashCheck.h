#pragma once

#include "CrashWorkspace.h"

#include <QSet>
#include <QStringList>

namespace sht::crash {

// What a file looked like after one killed (or finished) run, and every invariant it broke.
struct TrialCheck
{
    enum class Landed { Before, After, Neither };
    // Import, Merge: the file as it was, or as a whole run leaves it.
    Landed landed = Landed::Neither;
    // The interrupted-operation marker was reported at the reopen, and whether it said "committed".
    bool marker = false;
    bool markerCommitted = false;
    // Edits: edits the worker reported committed, and edits the file holds (those, or one more that
    // committed just before the kill).
    int editsPrinted = 0;
    int editsCommitted = 0;
    // A backup taken during the trial does not pass its check.
    bool damagedBackup = false;
    QStringList failures;
};

// Reopens the file as the app does and checks it: the app opens it, PRAGMA integrity_check and
// foreign_key_check pass, the action is all there or not at all (Import, Merge), every edit the worker
// printed is there with its audit entry (Edits), the audit log accounts for every row, the marker is
// reported exactly when it should be with the right committed flag, and every backup not among
// oldBackups (those taken during the trial) passes its integrity check.
TrialCheck checkTrial(const CrashWorkspace &workspace, const Scenario &scenario, const QString &database,
                      const QString &workerOutput, bool killed, const QSet<QString> &oldBackups = {});

// The names of every file in the backup folder now (of any commune file).
QSet<QString> backupNames();

} // namespace sht::crash
