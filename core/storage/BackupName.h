#pragma once

#include "BackupStore.h"

#include <QDateTime>
#include <QString>

namespace sht {

// The file name of one backup: `<commune file's base name>_<yyyyMMdd-HHmmss>[-N]_<reason>_<tag>.sqlite`.
// Everything the list needs before opening a backup (when, why, which commune file) is in its name, so a
// folder of backups can be listed and rotated without reading them.
struct BackupName
{
    QString baseName;  // the commune file's name without extension
    QDateTime takenAt; // local time, to the second
    int sequence = 0;  // 0, or 2, 3… when several backups are taken in the same second
    BackupReason reason = BackupReason::Manual;
    QString tag; // uuidTag() of the commune file's database_uuid

    // The last 8 hex digits of the database_uuid: its random part (the first digits of a time-ordered
    // UUID are its creation time, shared by files made in the same minute).
    static QString uuidTag(const QString &databaseUuid);
    static QString reasonToken(BackupReason reason);

    QString fileName() const;
    // False when fileName is not a backup of ours (another file in the folder).
    static bool parse(const QString &fileName, BackupName *out);
};

} // namespace sht
