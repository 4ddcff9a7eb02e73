#pragma once

#include "BackupStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sht {

// The backups of the restore dialog: what their names say at once, what they hold once a worker has checked
// them (BackupInspector), one row a backup, newest first.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TakenAt, Reason, Commune, Villages, Households, People, Size, Check, ColumnCount };

    explicit BackupListModel(QObject *parent = nullptr);

    void setEntries(const QList<BackupEntry> &entries);
    void setSummary(const QString &path, const BackupSummary &summary);
    const BackupEntry &entry(int row) const { return m_entries.at(row); }
    // Null while the backup has not been checked yet.
    const BackupSummary *summary(int row) const;
    QStringList paths() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupEntry> m_entries;
    QHash<QString, BackupSummary> m_summaries; // by path
};

} // namespace sht
