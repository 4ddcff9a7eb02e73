#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace sht {

namespace {
const QString Key = QStringLiteral("files/recent");

QString normalized(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    QStringList files = QSettings().value(Key).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, MaxFiles);
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalized(path)) > 0 || list.removeAll(path) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(Key, files);
    emit changed();
}

} // namespace sht
