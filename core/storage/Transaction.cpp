#include "Transaction.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "WriteErrorText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace sht {

namespace {
bool run(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    db.noteWriteError(WriteErrorText::codeOf(q.lastError()));
    return false;
}

// A full disk, a removed drive, ...: the same words from every door that writes (WriteErrorText).
QString problemText(const Database &db)
{
    return WriteErrorText::explain(db, db.lastWriteError());
}
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_level = m_db.transactionDepth();
    m_journalMark = m_db.journal() ? m_db.journal()->size() : 0;
    if (m_level == 0)
        m_db.clearWriteError(); // a new action: an earlier failure is no longer its cause
    QString error;
    const QString sql =
        m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    if (!run(m_db, sql, &error)) {
        const QString problem = problemText(m_db);
        m_status = Status::failure(
            problem.isEmpty() ? Database::tr("Could not start writing to the file: %1").arg(error) : problem);
        return;
    }
    m_open = true;
    ++m_db.transactionDepth();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status::failure(Database::tr("The change was already finished.")) : m_status;
    QString error;
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    if (!run(m_db, sql, &error)) {
        // A failed COMMIT (disk full, removed USB stick) leaves the transaction open: roll it back whole.
        rollback();
        const QString problem = problemText(m_db);
        m_status = Status::failure(
            problem.isEmpty() ? Database::tr("The change could not be saved: %1. Nothing was written; "
                                             "check that the disk has space and the file is writable.")
                                    .arg(error)
                              : problem);
        return m_status;
    }
    m_open = false;
    --m_db.transactionDepth();
    return m_status;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_db.journal())
        m_db.journal()->truncate(m_journalMark);
    // A write that failed in a repository which only kept SQLite's text: its code is still the connection's
    // last error (nothing ran since), so the caller can explain it (WriteErrorText::forAction).
    if (m_level == 0 && m_db.lastWriteError() == 0)
        if (sqlite3 *handle = sqliteHandle(m_db.connection()))
            m_db.noteWriteError(sqlite3_extended_errcode(handle));
    if (m_level == 0)
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
    else {
        run(m_db, QStringLiteral("ROLLBACK TO sp%1").arg(m_level), nullptr);
        run(m_db, QStringLiteral("RELEASE sp%1").arg(m_level), nullptr);
    }
    m_open = false;
    --m_db.transactionDepth();
}

} // namespace sht
