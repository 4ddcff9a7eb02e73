#pragma once

#include "MergePlan.h"

#include <QAbstractItemModel>

namespace sht {

// The changes of a merge plan that do not conflict (they are applied as they are), grouped by village: one
// top row per village with its count, under it one row per change (what, added / changed / deleted, which
// register, and for a change the fields with their old and new values). A filter (accent-free, any word of
// the row) narrows the list as the clerk types.
class MergeChangesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { DescriptionColumn, KindColumn, RegisterColumn, DetailsColumn, ColumnCount };

    explicit MergeChangesModel(QObject *parent = nullptr);

    // names: uuid → name of what a foreign key points to (MergePlan::referenceNames), shown instead of uuids.
    void setChanges(const QList<exchange::RowChange> &changes, const QHash<QString, QString> &names = {});
    void setFilterText(const QString &text);
    int totalCount() const { return int(m_changes.size()); }
    int shownCount() const;
    // The change a row shows, null for a village row.
    const exchange::RowChange *changeAt(const QModelIndex &index) const;

    static QString kindText(exchange::ChangeKind kind);
    static QString details(const exchange::RowChange &change, const QHash<QString, QString> &names = {});

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString village;
        QList<int> all;   // indexes into m_changes
        QList<int> shown; // those matching the filter
    };
    void refilter();

    QList<exchange::RowChange> m_changes;
    QHash<QString, QString> m_names;
    QStringList m_searchText; // per change: its words, accent-free
    QList<Group> m_groups;    // every village, in Vietnamese order
    QList<int> m_shownGroups; // indexes into m_groups with a change shown
    QString m_filter;
};

} // namespace sht
