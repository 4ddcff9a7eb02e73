#include "WriteErrorText.h"

#include "Database.h"

#include <QDir>
#include <QSqlError>

#include <sqlite3.h>

namespace sht {

WriteProblem WriteErrorText::classify(int sqliteCode)
{
    // Extended codes keep the primary code in their low byte (SQLITE_IOERR_WRITE & 0xff == SQLITE_IOERR).
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return WriteProblem::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN: // the journal or WAL cannot be opened: the folder or drive has gone
        return WriteProblem::DriveLost;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return WriteProblem::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return WriteProblem::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return WriteProblem::Damaged;
    default:
        return WriteProblem::None;
    }
}

int WriteErrorText::codeOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

QString WriteErrorText::message(WriteProblem problem, const QString &filePath, const QString &action)
{
    const QString file = QDir::toNativeSeparators(filePath);
    const QString what = action.isEmpty() ? tr("The last change") : tr("“%1”").arg(action);
    switch (problem) {
    case WriteProblem::None:
        break;
    case WriteProblem::DiskFull:
        return tr("The disk holding %1 is full. %2 was not saved: nothing of it was written, and the file is "
                  "as it was before. Free some space on that disk (or copy the file to a disk with room and "
                  "open the copy), then do it again.")
            .arg(file, what);
    case WriteProblem::DriveLost:
        return tr("%1 cannot be reached: the drive it is on (a USB stick?) may have been removed, or it "
                  "failed. %2 was not saved; the file keeps everything up to the last action that finished. "
                  "Reconnect the drive and open the file again (File > Open recent). If it no longer opens, "
                  "use Help > Restore from backup.")
            .arg(file, what);
    case WriteProblem::ReadOnly:
        return tr("%1 can no longer be written (the file, its folder or its drive became read-only). %2 was "
                  "not saved: nothing of it was written. Check the drive's write-protect switch and your "
                  "permissions, then open the file again.")
            .arg(file, what);
    case WriteProblem::Busy:
        return tr("%1 is being written by another program or another copy of Sổ Học Tập. %2 was not "
                  "saved: nothing of it was written. Close the other copy, then do it again.")
            .arg(file, what);
    case WriteProblem::Damaged:
        return tr("SQLite found damage in %1 while writing. %2 was not saved: nothing of it was written. "
                  "Stop editing this file: close it, keep it for whoever helps you, and use Help > Restore "
                  "from backup to continue from the latest good copy.")
            .arg(file, what);
    }
    return QString();
}

QString WriteErrorText::explain(const Database &db, int sqliteCode, const QString &action)
{
    const WriteProblem problem = classify(sqliteCode);
    if (problem == WriteProblem::ReadOnly && db.isReadOnly()) {
        const QString what = action.isEmpty() ? tr("The change") : tr("“%1”").arg(action);
        const QString reason = db.readOnlyReason().isEmpty()
                                   ? tr("%1 is open read-only.").arg(QDir::toNativeSeparators(db.path()))
                                   : db.readOnlyReason();
        return tr("%1 was not saved: nothing of it was written. %2").arg(what, reason);
    }
    return message(problem, db.path(), action);
}

Status WriteErrorText::forAction(const Database &db, const QString &action, const Status &status)
{
    if (status.ok() || db.lastWriteError() == 0)
        return status;
    const QString text = explain(db, db.lastWriteError(), action);
    return text.isEmpty() ? status : Status::failure(text);
}

} // namespace sht
