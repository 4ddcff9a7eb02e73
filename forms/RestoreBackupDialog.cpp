#include "RestoreBackupDialog.h"

#include "BackupInspector.h"
#include "BackupListModel.h"
#include "BackupName.h"
#include "CancellableWork.h"
#include "FileDialog.h"
#include "MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sht {

RestoreBackupDialog::RestoreBackupDialog(BackupSettings settings, const QString &currentFile,
                                         const QString &databaseUuid, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(settings))
    , m_currentFile(currentFile)
    , m_databaseUuid(databaseUuid)
    , m_model(new BackupListModel(this))
    , m_inspector(new BackupInspector(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    resize(900, 420);

    auto *intro = new QLabel(
        tr("Backups are kept in %1 (the newest %n per commune file; File > Backups… changes this). A "
           "backup is checked again before it is restored, into a new file: the open file is never "
           "overwritten.",
           nullptr, m_store.settings().keep)
            .arg(QDir::toNativeSeparators(m_store.settings().effectiveFolder())),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_onlyThisFile = new QCheckBox(tr("&Only the backups of the open commune file"), this);
    m_onlyThisFile->setObjectName(QStringLiteral("onlyThisFileCheck"));
    m_onlyThisFile->setChecked(!m_databaseUuid.isEmpty());
    m_onlyThisFile->setEnabled(!m_databaseUuid.isEmpty());
    connect(m_onlyThisFile, &QCheckBox::toggled, this, &RestoreBackupDialog::reload);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::doubleClicked, this, &RestoreBackupDialog::restoreSelected);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setToolTip(tr("Restore the selected backup into a new file (Enter)"));
    m_restoreButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close (Esc)"));
    // The accept role would close the dialog: restoring decides itself whether to close.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_inspector, &BackupInspector::inspected, this,
            [this](const QString &path, const BackupSummary &summary) {
                m_model->setSummary(path, summary);
                ++m_checked;
                m_status->setText(
                    tr("Checking the backups… %1 of %2").arg(m_checked).arg(m_model->rowCount()));
                updateButtons();
            });
    connect(m_inspector, &BackupInspector::finished, this, [this] {
        m_status->setText(m_model->rowCount() == 0
                              ? tr("No backups yet.")
                              : tr("%n backup(s) checked.", nullptr, m_model->rowCount()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_onlyThisFile);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    reload();
    m_table->setFocus();
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    m_inspector->stop();
}

void RestoreBackupDialog::reload()
{
    m_inspector->stop();
    const QString selected = selectedRow() >= 0 ? m_model->entry(selectedRow()).path : QString();
    m_model->setEntries(m_store.list(m_onlyThisFile->isChecked() ? m_databaseUuid : QString()));
    m_checked = 0;
    m_table->resizeColumnsToContents();
    // Counts arrive after the check: leave room for them, and some air between columns.
    for (int column = 0; column < BackupListModel::Check; ++column)
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column) + 16, 70));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RestoreBackupDialog::updateButtons, Qt::UniqueConnection);
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->entry(i).path == selected)
            row = i;
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    m_status->setText(m_model->rowCount() == 0 ? tr("No backups yet.") : tr("Checking the backups…"));
    if (m_model->rowCount() > 0)
        m_inspector->inspect(m_model->paths());
    updateButtons();
}

int RestoreBackupDialog::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), QModelIndex())
               ? current.row()
               : -1;
}

void RestoreBackupDialog::updateButtons()
{
    const int row = selectedRow();
    const BackupSummary *summary = m_model->summary(row);
    m_restoreButton->setEnabled(row >= 0 && (!summary || summary->intact));
}

QString RestoreBackupDialog::proposedPath(const BackupEntry &entry) const
{
    QString base;
    QString folder;
    if (!m_currentFile.isEmpty()) {
        base = QFileInfo(m_currentFile).completeBaseName();
        folder = QFileInfo(m_currentFile).absolutePath();
    } else {
        BackupName name;
        base = BackupName::parse(QFileInfo(entry.path).fileName(), &name) ? name.baseName
                                                                          : QStringLiteral("commune");
        folder = FileDialog::lastFolder();
    }
    return QDir(folder).filePath(QStringLiteral("%1-restored-%2.sqlite")
                                     .arg(base, entry.takenAt.toString(QStringLiteral("yyyy-MM-dd"))));
}

void RestoreBackupDialog::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const BackupEntry entry = m_model->entry(row);
    const QString title = tr("Restore from backup");
    const QString target = FileDialog::getSaveFileName(this, tr("Restore the backup into a new file"),
                                                       FileDialog::communeFileFilter(),
                                                       QStringLiteral("sqlite"), proposedPath(entry));
    if (target.isEmpty())
        return;
    const QString nativeTarget = QDir::toNativeSeparators(target);
    if (!m_currentFile.isEmpty() && QFileInfo(target) == QFileInfo(m_currentFile)) {
        MessageBox::warning(this, title,
                            tr("%1 is the file open now, and it cannot be replaced while it is open. Choose "
                               "another name for the restored file; you can open it afterwards.")
                                .arg(nativeTarget));
        return;
    }
    // A file of that name is never overwritten silently, and never deleted: it is kept aside.
    QString aside;
    if (QFileInfo::exists(target)) {
        aside =
            QDir(QFileInfo(target).absolutePath())
                .filePath(QStringLiteral("%1.replaced-%2.%3")
                              .arg(QFileInfo(target).completeBaseName(),
                                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                   QFileInfo(target).suffix()));
        const auto answer = MessageBox::question(
            this, title,
            tr("%1 already exists. Replace it with the backup?\n\nThe file there now is not deleted: it is "
               "renamed to %2.")
                .arg(nativeTarget, QFileInfo(aside).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        if (!QFile::rename(target, aside)) {
            MessageBox::warning(this, title,
                                tr("%1 could not be renamed (is it open in another program?). Choose another "
                                   "name; nothing was changed.")
                                    .arg(nativeTarget));
            return;
        }
        for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(target + companion))
                QFile::rename(target + companion, aside + companion);
    }

    m_status->setText(tr("Restoring…"));
    bool cancelled = false;
    const Status s = runRestore(entry.path, target, &cancelled);
    if (!s) {
        if (!aside.isEmpty()) {
            QFile::rename(aside, target);
            for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-shm")})
                if (QFileInfo::exists(aside + companion))
                    QFile::rename(aside + companion, target + companion);
        }
        if (cancelled) {
            // The clerk chose to stop: no message box, the line under the list says it.
            m_status->setText(tr("The restore was cancelled; nothing was written."));
            m_table->setFocus();
            return;
        }
        m_status->clear();
        MessageBox::warning(this, title, s.message());
        return;
    }
    m_status->setText(tr("Restored into %1.").arg(nativeTarget));
    const auto open =
        MessageBox::question(this, title,
                             tr("The backup of %1 was restored into:\n%2\n\nOpen the restored file now?")
                                 .arg(QLocale().toString(entry.takenAt, QLocale::ShortFormat), nativeTarget),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (open == QMessageBox::Yes) {
        m_fileToOpen = target;
        accept();
    }
}

Status RestoreBackupDialog::runRestore(const QString &backupPath, const QString &target, bool *cancelled)
{
    // The full check of a large backup and its copy take seconds: in a worker, behind a busy indicator the
    // clerk can cancel (Esc). The list's own checks pause meanwhile, not to compete for the drive.
    const bool wasInspecting = m_inspector->isRunning();
    m_inspector->stop();
    const Probe probe = m_probe;
    const Status result = CancellableWork::run(
        this, tr("Restore from backup"),
        tr("Checking the backup and copying it into %1…")
            .arg(QDir::toNativeSeparators(QFileInfo(target).fileName())),
        QStringLiteral("restoreProgress"),
        [backupPath, target, probe](const std::atomic_bool &flag) {
            return BackupStore::restore(backupPath, target, [&flag, probe] {
                if (probe)
                    probe(flag);
                return flag.load();
            });
        },
        cancelled);
    if (wasInspecting) {
        QStringList unchecked;
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (!m_model->summary(row))
                unchecked << m_model->entry(row).path;
        if (!unchecked.isEmpty())
            m_inspector->inspect(unchecked);
    }
    return result;
}

} // namespace sht
