#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sht {

// Every file dialog of the GUI goes through here, so tests can choose the file without a human
// (KeePassXC's FileDialog::setNextFileName). It also remembers the last folder the user chose.
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)

public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                   const QString &folder = QString());
    // Asks for a new file; defaultSuffix (without the dot) is appended when the user types none.
    // Does not ask to replace an existing file: the caller refuses to overwrite one.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                   const QString &defaultSuffix, const QString &proposedPath = QString());

    // Asks for an existing folder (the dialog can make a new one); empty when the user cancelled.
    static QString getExistingDirectory(QWidget *parent, const QString &caption,
                                        const QString &folder = QString());

    // Tests: the next dialog (file or folder) is not shown and returns fileName at once (empty = the user
    // cancelled).
    static void setNextFileName(const QString &fileName);

    // "Sổ Học Tập (*.sqlite *.shtdb);;All files (*)"
    static QString communeFileFilter();
    // What File > Open shows: commune files and volunteer packages (a package opens in volunteer mode).
    static QString openFileFilter();
    // The folder of the last file chosen, else the user's documents folder.
    static QString lastFolder();

private:
    static void rememberFolder(const QString &fileName);
};

} // namespace sht
