#include "FailingVfs.h"

#include <QDir>
#include <QFile>

#include <atomic>
#include <cstring>
#include <sqlite3.h>
#include <string>

namespace {

// State shared by every file of the shim; tests are single-threaded around it, atomics keep it honest.
std::atomic<bool> pulled{false};
std::atomic<int> writesLeft{0};
std::atomic<int> failureCount{0};
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs shimVfs;
std::string drivePrefix; // files whose path starts with it are on the drive that gets pulled out

// A shim file: our io_methods first, the real file right after it (szOsFile covers both).
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    bool onDrive;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

bool refuse(sqlite3_file *f)
{
    if (!reinterpret_cast<ShimFile *>(f)->onDrive || !pulled.load())
        return false;
    if (writesLeft.load() > 0) {
        --writesLeft;
        return false;
    }
    ++failureCount;
    return true;
}

int shimClose(sqlite3_file *f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}
int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (refuse(f))
        return SQLITE_IOERR_WRITE;
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (refuse(f))
        return SQLITE_IOERR_TRUNCATE;
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    if (refuse(f))
        return SQLITE_IOERR_FSYNC;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int shimLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int shimUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int shimShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), page, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
// Memory-mapped reads would bypass xRead; the shim only needs writes, but keeps reads on one path.
int shimFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int shimUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods shimMethods = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->onDrive = name && std::string(name).rfind(drivePrefix, 0) == 0;
    std::memset(shim->real, 0, size_t(realVfs->szOsFile));
    const int rc = realVfs->xOpen(realVfs, name, shim->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: set it exactly when the real file is open.
    shim->base.pMethods = shim->real->pMethods ? &shimMethods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}
int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return realVfs->xAccess(realVfs, name, flags, out);
}
int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}
void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return realVfs->xDlOpen(realVfs, name);
}
void shimDlError(sqlite3_vfs *, int size, char *out)
{
    realVfs->xDlError(realVfs, size, out);
}
void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}
void shimDlClose(sqlite3_vfs *, void *handle)
{
    realVfs->xDlClose(realVfs, handle);
}
int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xRandomness(realVfs, size, out);
}
int shimSleep(sqlite3_vfs *, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}
int shimCurrentTime(sqlite3_vfs *, double *out)
{
    return realVfs->xCurrentTime(realVfs, out);
}
int shimGetLastError(sqlite3_vfs *, int size, char *out)
{
    return realVfs->xGetLastError(realVfs, size, out);
}
int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return realVfs->xCurrentTimeInt64(realVfs, out);
}

} // namespace

FailingVfs::FailingVfs(const QString &driveFolder)
{
    drivePrefix = QFile::encodeName(QDir(driveFolder).absolutePath() + QLatin1Char('/')).toStdString();
    realVfs = sqlite3_vfs_find("unix");
    if (!realVfs)
        return;
    shimVfs = sqlite3_vfs();
    shimVfs.iVersion = 2;
    shimVfs.szOsFile = int(sizeof(ShimFile)) + realVfs->szOsFile;
    shimVfs.mxPathname = realVfs->mxPathname;
    shimVfs.zName = "sht-failing";
    shimVfs.xOpen = shimOpen;
    shimVfs.xDelete = shimDelete;
    shimVfs.xAccess = shimAccess;
    shimVfs.xFullPathname = shimFullPathname;
    shimVfs.xDlOpen = shimDlOpen;
    shimVfs.xDlError = shimDlError;
    shimVfs.xDlSym = shimDlSym;
    shimVfs.xDlClose = shimDlClose;
    shimVfs.xRandomness = shimRandomness;
    shimVfs.xSleep = shimSleep;
    shimVfs.xCurrentTime = shimCurrentTime;
    shimVfs.xGetLastError = shimGetLastError;
    shimVfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
    reconnect();
    m_registered = sqlite3_vfs_register(&shimVfs, 1) == SQLITE_OK;
}

FailingVfs::~FailingVfs()
{
    reconnect();
    if (m_registered)
        sqlite3_vfs_unregister(&shimVfs);
}

void FailingVfs::pullOut(int writes)
{
    failureCount = 0;
    writesLeft = writes;
    pulled = true;
}

void FailingVfs::reconnect()
{
    pulled = false;
    writesLeft = 0;
}

int FailingVfs::failures() const
{
    return failureCount.load();
}
