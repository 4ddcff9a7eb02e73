#include "BackupFile.h"

#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace sht {

// immutable=1: SQLite neither locks nor creates companion files; a backup is never written after it is
// taken, and the backup folder may be read-only (a USB stick).
BackupFile::BackupFile(const QString &path)
    : m_file(path, "immutable=1")
{}

void BackupFile::setCancel(std::function<bool()> cancelled)
{
    m_file.setCancel(std::move(cancelled), 4096);
}

QString BackupFile::text(const char *sql, bool *ok)
{
    return m_file.text(sql, ok);
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
    sqlite3 *db = m_file.handle();
    if (!db)
        return tr("it cannot be opened (%1)").arg(m_file.error());
    bool ok = false;
    // Reading the schema is the first access to the pages: a file that is not SQLite fails here.
    number("SELECT count(*) FROM sqlite_master", &ok);
    if (!ok)
        return tr("it is not a readable database (%1)").arg(m_file.error());
    if (number("PRAGMA application_id") != Database::ApplicationId)
        return tr("it is not a Sổ Học Tập file");
    const qint64 version = number("PRAGMA user_version");
    if (version > Database::CurrentSchemaVersion)
        return tr("it was saved by a newer version of Sổ Học Tập (data version %1)").arg(version);
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    const char *check = full ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)";
    if (sqlite3_prepare_v2(db, check, -1, &statement, nullptr) != SQLITE_OK)
        return tr("its check could not run (%1)").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (step != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(db));
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
        s.problem = tr("its records cannot be read (%1)").arg(m_file.error());
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
