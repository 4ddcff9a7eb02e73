#pragma once

#include "HouseholdList.h"

#include <QAbstractTableModel>

#include <vector>

namespace sht {

// The Households register as a flat table over a HouseholdList: the households of the chosen village that
// match the filter text, in the chosen order. Each change recomputes the rows in core and resets the model.
class HouseholdTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { HouseholdIdRole = Qt::UserRole + 1 };

    explicit HouseholdTableModel(QObject *parent = nullptr);

    // Shows list; keeps the filter text, the village and the sort order.
    void setList(HouseholdList list);
    const HouseholdList &list() const { return m_list; }
    void setFilterText(const QString &text);
    void setVillage(qint64 villageId); // 0: the whole commune
    qint64 village() const { return m_villageId; }

    int matchCount() const { return int(m_rows.size()); }
    int scopeCount() const { return m_scopeCount; }
    const HouseholdList::Entry &entryAt(int row) const { return m_list.at(m_rows[size_t(row)]); }
    qint64 householdIdAt(int row) const { return entryAt(row).id; }
    int rowOfHousehold(qint64 householdId) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged(int matches, int total);

private:
    void recountScope(); // when the list or the village changes, not at every key
    void refilter();

    HouseholdList m_list;
    QString m_filterText;
    qint64 m_villageId = 0;
    int m_sortColumn = HouseholdList::CodeColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_rows;
    int m_scopeCount = 0;
};

} // namespace sht
