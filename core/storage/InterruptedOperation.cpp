#include "InterruptedOperation.h"

#include "Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

namespace sht {

namespace {

const QString kDescription = QStringLiteral("description");
const QString kStartedAt = QStringLiteral("started_at");
const QString kAuditMark = QStringLiteral("audit_mark");
const QString kPid = QStringLiteral("pid");
const QString kHost = QStringLiteral("host");

// Markers this process holds right now: a marker with our own pid that is not among them was left by an
// earlier object of this process that never ended (a test simulating a crash), not by a running action.
QMutex &heldMutex()
{
    static QMutex mutex;
    return mutex;
}
QSet<QString> &heldMarkers()
{
    static QSet<QString> held;
    return held;
}

// The audit log's high-water mark: every committed audited change raises it, a rolled-back one does not.
// max(id) is one B-tree step however long the log is. -1 when it cannot be read.
qint64 auditMark(const Database &db)
{
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Whether the process that wrote a marker may still be running the action (a second copy of the app that
// opened the file read-only while the first imports): then its marker is not a leftover.
bool ownerMayBeRunning(const QString &path, qint64 pid, const QString &host)
{
    if (pid <= 0 || host != QSysInfo::machineHostName())
        return false; // the file came from another computer: its writer is not running here
    if (pid == QCoreApplication::applicationPid()) {
        QMutexLocker lock(&heldMutex());
        return heldMarkers().contains(path);
    }
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    // Without a portable check, trust the single-writer lock the caller holds.
    return false;
#endif
}

} // namespace

QString InterruptedOperation::message() const
{
    QString what = description;
    if (!what.isEmpty())
        what[0] = what.at(0).toUpper();
    const QString when = startedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    if (committed)
        return OperationMarker::tr("%1 (started %2) was interrupted after it was saved; its changes are in "
                                   "the file. Check them before doing it again.")
            .arg(what, when);
    return OperationMarker::tr("%1 (started %2) was not completed; nothing was changed. You can start it "
                               "again.")
        .arg(what, when);
}

QString OperationMarker::markerPath(const QString &databasePath)
{
    return databasePath.isEmpty() ? QString() : databasePath + QStringLiteral(".operation");
}

OperationMarker::OperationMarker(const Database &db, const QString &description)
{
    const QString path = markerPath(db.path());
    const qint64 mark = auditMark(db);
    if (path.isEmpty() || mark < 0)
        return;
    const QJsonObject json{{kDescription, description},
                           {kStartedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {kAuditMark, QString::number(mark)},
                           {kPid, QString::number(QCoreApplication::applicationPid())},
                           {kHost, QSysInfo::machineHostName()}};
    // QSaveFile writes a temporary file, syncs it and renames it over the target: a marker is either whole
    // or absent, and on disk before the action's first write.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return; // a read-only folder: the action's transaction keeps the file safe; only the notice is lost
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return;
    m_path = path;
    QMutexLocker lock(&heldMutex());
    heldMarkers().insert(m_path);
}

OperationMarker::~OperationMarker()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path);
    QMutexLocker lock(&heldMutex());
    heldMarkers().remove(m_path);
}

std::optional<InterruptedOperation> OperationMarker::takeInterrupted(const Database &db)
{
    const QString path = markerPath(db.path());
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // none (the usual case), or unreadable: nothing to explain
    const QJsonObject json = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    file.close();
    const qint64 pid = json.value(kPid).toString().toLongLong();
    if (ownerMayBeRunning(path, pid, json.value(kHost).toString()))
        return std::nullopt;
    bool markRead = false;
    const qint64 recorded = json.value(kAuditMark).toString().toLongLong(&markRead);
    const qint64 now = auditMark(db);
    if (now < 0)
        return std::nullopt; // the file cannot be read now: keep the marker for an open that can
    // A marker is written whole (QSaveFile); one that does not parse was not written by us and is dropped.
    if (json.isEmpty() || !markRead) {
        QFile::remove(path);
        return std::nullopt;
    }
    InterruptedOperation operation;
    operation.description = json.value(kDescription).toString();
    if (operation.description.isEmpty())
        operation.description = tr("the last long action");
    operation.startedAt = QDateTime::fromString(json.value(kStartedAt).toString(), Qt::ISODateWithMs);
    operation.committed = now > recorded;
    // Removing may fail (read-only folder): the notice then comes again at the next open, which is true.
    QFile::remove(path);
    return operation;
}

} // namespace sht
