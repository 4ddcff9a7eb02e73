#pragma once

#include "BackupStore.h"
#include "ReadOnlySqlite.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace sht {

// One backup file read through its own SQLite handle, never written: opened read-only and immutable (no
// lock, no -wal or -shm made beside it). Independent of Qt Sql's connection registry, so the restore dialog
// may inspect backups in a worker thread.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    explicit BackupFile(const QString &path);
    BackupFile(const BackupFile &) = delete;
    BackupFile &operator=(const BackupFile &) = delete;

    bool isOpen() const { return m_file.isOpen(); }
    QString openError() const { return m_file.error(); }

    // The commune file's identity and the commune's name; empty when the backup cannot be read.
    QString databaseUuid();
    QString communeName();

    // Long checks poll this and stop (SQLITE_INTERRUPT) when it returns true.
    void setCancel(std::function<bool()> cancelled);

    // integrity_check (full) or quick_check, the file's identity and version, then the record counts.
    BackupSummary summary(bool full);

private:
    QString text(const char *sql, bool *ok = nullptr);
    qint64 number(const char *sql, bool *ok = nullptr);
    QString problem(bool full);

    ReadOnlySqlite m_file;
};

} // namespace sht
