#include "ReadOnlySqlite.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace sht {

ReadOnlySqlite::ReadOnlySqlite(const QString &path, const char *uriQuery)
{
    if (!QFileInfo(path).isFile()) {
        m_error = tr("the file is missing");
        return;
    }
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QString::fromLatin1(uriQuery));
    const QByteArray name = uri.toString(QUrl::FullyEncoded).toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
        SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

ReadOnlySqlite::~ReadOnlySqlite()
{
    sqlite3_close(m_db);
}

void ReadOnlySqlite::noteError()
{
    if (m_db)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

void ReadOnlySqlite::setCancel(std::function<bool()> cancelled, int steps)
{
    m_cancelled = std::move(cancelled);
    if (m_db)
        sqlite3_progress_handler(m_db, m_cancelled ? steps : 0,
                                 m_cancelled ? &ReadOnlySqlite::progress : nullptr, this);
}

int ReadOnlySqlite::progress(void *self)
{
    const auto *file = static_cast<ReadOnlySqlite *>(self);
    return file->m_cancelled && file->m_cancelled() ? 1 : 0;
}

QString ReadOnlySqlite::text(const char *sql, bool *ok)
{
    QString result;
    bool good = false;
    sqlite3_stmt *statement = nullptr;
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        const int step = sqlite3_step(statement);
        good = step == SQLITE_ROW || step == SQLITE_DONE;
        if (step == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    if (!good)
        noteError();
    sqlite3_finalize(statement);
    if (ok)
        *ok = good;
    return result;
}

} // namespace sht
