#include "BackupFile.h"

#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

namespace sht {

BackupFile::BackupFile(const QString &path)
    : m_path(path)
{
    if (!QFileInfo(path).isFile()) {
        m_error = tr("the file is missing");
        return;
    }
    // immutable=1: SQLite neither locks nor creates companion files; a backup is never written after it is
    // taken, and the backup folder may be read-only (a USB stick).
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    const QByteArray name = uri.toString(QUrl::FullyEncoded).toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
        SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

BackupFile::~BackupFile()
{
    sqlite3_close(m_db);
}

void BackupFile::setCancel(std::function<bool()> cancelled)
{
    m_cancelled = std::move(cancelled);
    if (m_db)
        sqlite3_progress_handler(m_db, m_cancelled ? 4096 : 0, m_cancelled ? &BackupFile::progress : nullptr,
                                 this);
}

int BackupFile::progress(void *self)
{
    const auto *file = static_cast<BackupFile *>(self);
    return file->m_cancelled && file->m_cancelled() ? 1 : 0;
}

QString BackupFile::text(const char *sql, bool *ok)
{
    QString result;
    bool good = false;
    sqlite3_stmt *statement = nullptr;
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        const int step = sqlite3_step(statement);
        if (step == SQLITE_ROW) {
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            good = true;
        } else if (step == SQLITE_DONE) {
            good = true;
        }
    }
    if (!good && m_db)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    if (ok)
        *ok = good;
    return result;
}

qint64 BackupFile::number(const char *sql, bool *ok)
{
    return text(sql, ok).toLongLong();
}

QString BackupFile::databaseUuid()
{
    return text("SELECT value FROM meta WHERE key = 'database_uuid'");
}

QString BackupFile::communeName()
{
    return text("SELECT name FROM admin_unit WHERE kind IN ('commune', 'ward') AND valid_to IS NULL "
                "ORDER BY id LIMIT 1");
}

QString BackupFile::problem(bool full)
{
    if (!m_db)
        return tr("it cannot be opened (%1)").arg(m_error);
    bool ok = false;
    // Reading the schema is the first access to the pages: a file that is not SQLite fails here.
    number("SELECT count(*) FROM sqlite_master", &ok);
    if (!ok)
        return tr("it is not a readable database (%1)").arg(m_error);
    if (number("PRAGMA application_id") != Database::ApplicationId)
        return tr("it is not a Sổ Học Tập file");
    const qint64 version = number("PRAGMA user_version");
    if (version > Database::CurrentSchemaVersion)
        return tr("it was saved by a newer version of Sổ Học Tập (data version %1)").arg(version);
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    const char *check = full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)";
    if (sqlite3_prepare_v2(m_db, check, -1, &statement, nullptr) != SQLITE_OK)
        return tr("its check could not run (%1)").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (step != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    if (!problems.isEmpty())
        return tr("it is damaged (%1)").arg(problems.mid(0, 3).join(QStringLiteral("; ")));
    return {};
}

BackupSummary BackupFile::summary(bool full)
{
    BackupSummary s;
    s.problem = problem(full);
    if (!s.problem.isEmpty())
        return s;
    bool ok = true;
    const auto count = [this, &ok](const char *sql) {
        bool good = false;
        const qint64 value = number(sql, &good);
        ok = ok && good;
        return value;
    };
    s.communeName = communeName();
    s.villages = count("SELECT count(*) FROM admin_unit WHERE kind IN ('village', 'residential_group') "
                       "AND valid_to IS NULL");
    s.households = count("SELECT count(*) FROM household");
    s.people = count("SELECT count(*) FROM person");
    s.auditEntries = count("SELECT count(*) FROM audit_log");
    if (!ok) {
        s.problem = tr("its records cannot be read (%1)").arg(m_error);
        return s;
    }
    const QString last = text("SELECT max(at) FROM audit_log");
    if (!last.isEmpty()) {
        QDateTime at = QDateTime::fromString(last, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(last, Qt::ISODate);
        if (at.isValid()) {
            if (at.timeSpec() == Qt::LocalTime)
                at.setTimeSpec(Qt::UTC); // the audit log is written in UTC
            s.lastChangeAt = at.toLocalTime();
        }
    }
    s.intact = true;
    return s;
}

} // namespace sht
