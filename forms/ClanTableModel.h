#pragma once

#include "ClanRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace sht {

// The clans of the commune with head, member households and people, narrowed by the filter text (any part
// of the clan's or the head's name, with or without accents) and sorted by a column (by name at first, in
// Vietnamese order). A handful of clans: each change recomputes the shown rows and resets the model.
class ClanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, HeadColumn, HouseholdsColumn, PeopleColumn, ColumnCount };
    enum Role { ClanIdRole = Qt::UserRole + 1 };

    explicit ClanTableModel(QObject *parent = nullptr);

    void setClans(const QList<ClanSummary> &clans);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    int matchCount() const { return int(m_shown.size()); }
    int totalCount() const { return int(m_clans.size()); }
    const ClanSummary &clanAt(int row) const { return m_clans.at(m_shown[size_t(row)]); }
    qint64 clanIdAt(int row) const { return clanAt(row).id; }
    // The row showing the clan, -1 when not shown.
    int rowOfClan(qint64 clanId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every reset: the counts changed (or may have).
    void countsChanged(int matches, int total);

private:
    void rebuild();

    struct Keys
    {
        QString nameSort;
        QString headSort;
        QString haystack; // accent-free clan name and head name
    };
    QList<ClanSummary> m_clans;
    std::vector<Keys> m_keys;
    std::vector<int> m_shown; // indexes into m_clans
    QString m_filterText;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sht
