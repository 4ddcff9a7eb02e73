#pragma once

#include "BackupStore.h"

#include <QDialog>

#include <atomic>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sht {

class Database;

// File > Backups…: how many backups to keep per commune file and where they go (shared with the command
// line), and "Take a backup now" of the open file. Enter saves, Esc cancels.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // db: the open commune file (for "Take a backup now"), null when none is open.
    explicit BackupSettingsDialog(const Database *db, QWidget *parent = nullptr);

    // What the fields hold now.
    BackupSettings settings() const;
    void accept() override;
    // The backup taken with "Take a backup now", empty when none.
    QString lastBackupPath() const { return m_lastBackup; }

    // Tests: called in the worker at every cancellation poll of "Take a backup now", with the cancellation
    // flag; a test blocks in it to hold the backup half-way and press Cancel.
    using Probe = std::function<void(const std::atomic_bool &cancelled)>;
    void setProbe(Probe probe) { m_probe = std::move(probe); }

private:
    void browse();
    void takeNow();
    Status checkFolder(const BackupSettings &settings) const;

    const Database *m_db = nullptr;
    QSpinBox *m_keep = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_takeNow = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_error = nullptr;
    QString m_lastBackup;
    Probe m_probe;
};

} // namespace sht
