#pragma once

#include <QObject>
#include <QStringList>

namespace sht {

// The most recently opened commune files, newest first, kept in QSettings ("files/recent").
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Moves path to the top (adding it when new), keeping at most MaxFiles.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace sht
