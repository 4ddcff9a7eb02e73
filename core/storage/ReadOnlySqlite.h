#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

struct sqlite3;

namespace sht {

// A SQLite file read through a handle of its own, outside Qt Sql's connection registry, so a worker thread
// may use it (backups are taken and checked off the GUI thread). Opened read-only with a URI query:
// "immutable=1" for a file nobody writes (a backup), "mode=ro" for a file another connection may be writing.
class ReadOnlySqlite
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    ReadOnlySqlite(const QString &path, const char *uriQuery);
    ~ReadOnlySqlite();
    ReadOnlySqlite(const ReadOnlySqlite &) = delete;
    ReadOnlySqlite &operator=(const ReadOnlySqlite &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    // Why the file did not open, or why the last statement failed.
    QString error() const { return m_error; }
    void noteError(); // takes SQLite's message for the last failure on this handle

    // Polled every `steps` virtual machine steps; a true answer interrupts the running statement
    // (SQLITE_INTERRUPT), VACUUM INTO and integrity_check included.
    void setCancel(std::function<bool()> cancelled, int steps);

    // The first column of the first row (empty when there is none); *ok says whether the statement ran.
    QString text(const char *sql, bool *ok = nullptr);

private:
    static int progress(void *self);

    sqlite3 *m_db = nullptr;
    std::function<bool()> m_cancelled;
    QString m_error;
};

} // namespace sht
