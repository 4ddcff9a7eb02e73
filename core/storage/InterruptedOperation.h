#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sht {

class Database;

// What a previous run was doing when it stopped without finishing (power cut, killed process), found at the
// next open, and whether its changes reached the file.
struct InterruptedOperation
{
    QString description; // translated when written, e.g. "the import of thon_1.xlsx"
    QDateTime startedAt;
    bool committed = false; // the file holds the action's changes (it was killed after its commit)

    // e.g. "The import of thon_1.xlsx (started 22/11/2026 09:14) was not completed; nothing was changed."
    QString message() const;
};

// A marker left beside the commune file (<file>.operation) for the length of one long action (import, merge,
// registering a commune, evaluation). It records the audit log's high-water mark; the action's transaction
// either commits (its audit entries appear) or not, so at the next open the marker tells which happened.
class OperationMarker
{
    Q_DECLARE_TR_FUNCTIONS(OperationMarker)

public:
    // Writes the marker (flushed to disk) before the action starts. A marker that cannot be written
    // (read-only folder) does not stop the action: the file's safety rests on its transaction, the marker
    // only explains.
    OperationMarker(const Database &db, const QString &description);
    ~OperationMarker(); // removes the marker: the action ended, committed or rolled back, and we know which
    OperationMarker(const OperationMarker &) = delete;
    OperationMarker &operator=(const OperationMarker &) = delete;

    // Reads and removes a marker left by a run that did not end; nullopt when there is none. Call right after
    // opening the file for writing (the single-writer lock guarantees the marker's owner is gone).
    static std::optional<InterruptedOperation> takeInterrupted(const Database &db);

    static QString markerPath(const QString &databasePath);

private:
    QString m_path;
};

} // namespace sht
