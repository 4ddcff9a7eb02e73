#include "FileDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

namespace sht {

namespace {
// The seam's state: set only by tests.
std::optional<QString> s_nextFileName;

const QString LastFolderKey = QStringLiteral("ui/lastFolder");

std::optional<QString> takeNextFileName()
{
    std::optional<QString> next;
    next.swap(s_nextFileName);
    return next;
}
} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                    const QString &folder)
{
    if (auto next = takeNextFileName())
        return *next;
    const QString fileName =
        QFileDialog::getOpenFileName(parent, caption, folder.isEmpty() ? lastFolder() : folder, filter);
    rememberFolder(fileName);
    return fileName;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                    const QString &defaultSuffix, const QString &proposedPath)
{
    if (auto next = takeNextFileName())
        return *next;
    QFileDialog dialog(parent, caption, proposedPath.isEmpty() ? lastFolder() : proposedPath, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (!proposedPath.isEmpty())
        dialog.selectFile(proposedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    const QString fileName = dialog.selectedFiles().constFirst();
    rememberFolder(fileName);
    return fileName;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &folder)
{
    if (auto next = takeNextFileName())
        return *next;
    // Not remembered as the last folder: that one is where the commune files are, which a backup folder
    // (better on another drive) is not.
    return QFileDialog::getExistingDirectory(parent, caption, folder.isEmpty() ? lastFolder() : folder,
                                             QFileDialog::ShowDirsOnly);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

QString FileDialog::communeFileFilter()
{
    return QStringLiteral("Sổ Học Tập (*.sqlite *.shtdb);;") + tr("All files (*)");
}

QString FileDialog::openFileFilter()
{
    return QStringLiteral("Sổ Học Tập (*.sqlite *.shtdb *.shtpkg);;") + tr("Volunteer packages (*.shtpkg)") +
           QStringLiteral(";;") + tr("All files (*)");
}

QString FileDialog::lastFolder()
{
    const QString folder = QSettings().value(LastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileDialog::rememberFolder(const QString &fileName)
{
    if (!fileName.isEmpty())
        QSettings().setValue(LastFolderKey, QFileInfo(fileName).absolutePath());
}

} // namespace sht
