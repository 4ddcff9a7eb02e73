#pragma once

#include <QString>

// A test-only SQLite VFS that wraps the platform's ("unix") and, once told to, fails every write and sync
// of the files in one folder (the USB stick) with SQLITE_IOERR_WRITE / SQLITE_IOERR_FSYNC, as a stick
// pulled out in the middle of a commit does; files elsewhere (the backup folder) are written as usual.
// Registered as the default VFS while a FailingVfs object lives, so every connection opened meanwhile (Qt
// Sql's too) goes through it; close those connections before the object goes.
class FailingVfs
{
public:
    explicit FailingVfs(const QString &driveFolder);
    ~FailingVfs();
    FailingVfs(const FailingVfs &) = delete;
    FailingVfs &operator=(const FailingVfs &) = delete;

    bool isRegistered() const { return m_registered; }
    // From now on, after `writesLeft` more successful writes, every write and sync fails ("the drive is
    // gone"); a few writes first leave part of a transaction on disk, as a real removal does.
    void pullOut(int writesLeft = 0);
    void reconnect();
    int failures() const; // writes and syncs refused since pullOut()

private:
    bool m_registered = false;
};
