#pragma once

#include "BackupStore.h"

#include <QDialog>

#include <atomic>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sht {

class BackupInspector;
class BackupListModel;

// Help > Restore from backup: the backups with when and why they were taken and what they hold (checked in
// the background), restored into a NEW file the user names. Never writes over the open file; an existing
// file of the chosen name is replaced only after the user confirms, and is kept aside, not deleted.
// Enter restores the selected backup, Esc closes.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // currentFile/databaseUuid: the open commune file, empty when none is open.
    RestoreBackupDialog(BackupSettings settings, const QString &currentFile, const QString &databaseUuid,
                        QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    // The restored file the user chose to open now; empty otherwise.
    QString fileToOpen() const { return m_fileToOpen; }
    BackupListModel *model() const { return m_model; }

    // Tests: called in the worker at every cancellation poll of the restores started from now on, with the
    // cancellation flag; a test blocks in it to hold a restore half-way and press Cancel.
    using Probe = std::function<void(const std::atomic_bool &cancelled)>;
    void setProbe(Probe probe) { m_probe = std::move(probe); }

private:
    void reload();
    void updateButtons();
    void restoreSelected();
    QString proposedPath(const BackupEntry &entry) const;
    int selectedRow() const;
    // Runs the restore in a worker thread behind a progress dialog with Cancel; *cancelled tells whether
    // the user stopped it (the temporary copy is then gone).
    Status runRestore(const QString &backupPath, const QString &target, bool *cancelled);

    BackupStore m_store;
    QString m_currentFile;
    QString m_databaseUuid;
    QString m_fileToOpen;
    BackupListModel *m_model = nullptr;
    BackupInspector *m_inspector = nullptr;
    QCheckBox *m_onlyThisFile = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_restoreButton = nullptr;
    int m_checked = 0;
    Probe m_probe;
};

} // namespace sht
