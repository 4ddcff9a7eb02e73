#pragma once

// Helpers of the fuzz targets whose code under test reads from a path, not from memory (FreeXL, SQLite, the
// layout loaders): the input goes into a file in memory, so a run costs no disk and a killed fuzzer leaves
// nothing behind.
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

namespace sht::fuzz {

// One anonymous in-memory file (memfd), rewritten for each input and read through /proc/self/fd/<n>.
class MemoryFile
{
public:
    MemoryFile()
        : m_fd(memfd_create("sht-fuzz", 0))
    {}
    ~MemoryFile()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    bool write(const uint8_t *data, size_t size)
    {
        if (m_fd < 0 || ftruncate(m_fd, 0) != 0)
            return false;
        size_t done = 0;
        while (done < size) {
            const ssize_t n = pwrite(m_fd, data + done, size - done, off_t(done));
            if (n <= 0)
                return false;
            done += size_t(n);
        }
        return true;
    }
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

private:
    int m_fd = -1;
};

// A folder in shared memory (/dev/shm, else the usual temporary folder) for targets that need a named file
// with its SQLite companions (-wal, -shm, -journal) beside it.
inline QString memoryFolderTemplate(const QString &name)
{
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return base + QStringLiteral("/sht-fuzz-") + name + QStringLiteral("-XXXXXX");
}

// Writes bytes to path, replacing what was there.
inline bool writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
}

} // namespace sht::fuzz
