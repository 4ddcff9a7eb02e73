#include "BackupSettingsDialog.h"

#include "CancellableWork.h"
#include "Database.h"
#include "ErrorLabel.h"
#include "FileDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sht {

BackupSettingsDialog::BackupSettingsDialog(const Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Backups"));
    setMinimumWidth(620);
    const BackupSettings current = BackupSettings::load();

    auto *intro = new QLabel(
        tr("A backup of the open commune file is taken once a day when it is first opened, and before every "
           "import, merge and upgrade. Of each commune file, the newest backups up to the number below are "
           "kept, and besides them the last %n taken before an upgrade; older ones are deleted. Other "
           "commune "
           "files' backups are never touched. Help > Restore from backup lists them.",
           nullptr, BackupSettings::KeptUpgradeBackups),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keepSpin"));
    m_keep->setRange(1, 100);
    m_keep->setValue(current.keep);
    m_keep->setSuffix(tr(" per commune file"));
    m_keep->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_keep->setToolTip(tr("How many backups of each commune file are kept (1 to 100), besides the last "
                          "%n taken before an upgrade",
                          nullptr, BackupSettings::KeptUpgradeBackups));

    m_folder = new QLineEdit(current.folder, this);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(BackupSettings::defaultFolder()));
    m_folder->setToolTip(tr("Empty: the app's data folder. A folder on another drive keeps the backups safe "
                            "when this one fails."));
    m_folder->setMinimumWidth(m_folder->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    m_browse->setToolTip(tr("Choose the folder the backups go into"));
    connect(m_browse, &QPushButton::clicked, this, &BackupSettingsDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep the newest:"), m_keep);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_takeNow = new QPushButton(tr("&Take a backup now"), this);
    m_takeNow->setObjectName(QStringLiteral("takeNowButton"));
    m_takeNow->setAutoDefault(false);
    m_takeNow->setEnabled(m_db && m_db->isOpen());
    m_takeNow->setToolTip(m_takeNow->isEnabled()
                              ? tr("Back up the open commune file now, into the folder above")
                              : tr("Open a commune file first"));
    connect(m_takeNow, &QPushButton::clicked, this, &BackupSettingsDialog::takeNow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *takeRow = new QHBoxLayout;
    takeRow->addWidget(m_takeNow);
    takeRow->addWidget(m_result, 1);

    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the settings (Enter)"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(takeRow);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    m_keep->setFocus();
}

BackupSettings BackupSettingsDialog::settings() const
{
    BackupSettings s;
    s.keep = m_keep->value();
    const QString folder = m_folder->text().trimmed();
    s.folder = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    return s;
}

void BackupSettingsDialog::browse()
{
    // Start where the backups go now, or the nearest folder above it that exists (not made yet).
    QString start = settings().effectiveFolder();
    while (!start.isEmpty() && !QFileInfo(start).isDir() && QFileInfo(start).absolutePath() != start)
        start = QFileInfo(start).absolutePath();
    const QString chosen = FileDialog::getExistingDirectory(this, tr("Choose the backup folder"), start);
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(QDir::cleanPath(chosen)));
    m_folder->setFocus();
}

Status BackupSettingsDialog::checkFolder(const BackupSettings &settings) const
{
    const QString folder = settings.effectiveFolder();
    const QFileInfo info(folder);
    if ((info.exists() && !info.isDir()) || !QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
        return Status::failure(
            tr("The folder %1 cannot be written. Choose another folder (a writable drive).")
                .arg(QDir::toNativeSeparators(folder)));
    return Status::success();
}

void BackupSettingsDialog::takeNow()
{
    const BackupSettings s = settings();
    if (Status folder = checkFolder(s); !folder) {
        showError(m_error, folder.message());
        m_folder->setFocus();
        return;
    }
    m_error->hide();
    m_result->clear();
    // VACUUM INTO and the check of a 100,000-person file take one to three seconds: in a worker, through a
    // read-only connection of its own (the window keeps the file open), behind a busy dialog with Cancel.
    QString path;
    bool cancelled = false;
    const QString databasePath = m_db->path();
    const Probe probe = m_probe;
    const Status taken = CancellableWork::run(
        this, tr("Backups"), tr("Taking a backup of %1…").arg(QFileInfo(databasePath).fileName()),
        QStringLiteral("takeNowProgress"),
        [s, databasePath, probe, &path](const std::atomic_bool &flag) {
            return BackupStore(s).take(databasePath, BackupReason::Manual, &path, [&flag, probe] {
                if (probe)
                    probe(flag);
                return flag.load();
            });
        },
        &cancelled);
    m_takeNow->setFocus();
    if (cancelled) {
        m_result->setText(tr("The backup was cancelled; none was taken."));
        return;
    }
    if (!taken) {
        showError(m_error, taken.message());
        return;
    }
    m_lastBackup = path;
    m_result->setText(tr("Backup taken: %1").arg(QDir::toNativeSeparators(path)));
}

void BackupSettingsDialog::accept()
{
    const BackupSettings s = settings();
    if (Status folder = checkFolder(s); !folder) {
        showError(m_error, folder.message());
        m_folder->setFocus();
        return;
    }
    s.save();
    QDialog::accept();
}

} // namespace sht
