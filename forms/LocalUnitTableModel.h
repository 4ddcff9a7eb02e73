#pragma once

#include "LocalUnitRepository.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace sht {

// The local units register as a table: every unit that matches the filter text (any words of its name,
// kind, village or criteria, with or without accents), in the chosen sort order (names in Vietnamese order).
class LocalUnitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        LevelColumn,
        CriteriaColumn,
        VillageColumn,
        StaffCountColumn,
        InRegisterColumn,
        ColumnCount
    };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
    };

    explicit LocalUnitTableModel(QObject *parent = nullptr);

    // Shows these units (already read); keeps the filter and the sort.
    void setUnits(const QList<LocalUnitRepository::Summary> &units);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    int matchCount() const { return int(m_shown.size()); }
    int totalCount() const { return int(m_units.size()); }
    const LocalUnitRepository::Summary &summaryAt(int row) const
    {
        return m_units.at(m_shown.at(size_t(row)));
    }
    qint64 unitIdAt(int row) const { return summaryAt(row).unit.id; }
    int rowOfUnit(qint64 unitId) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every reset: the counts changed (or may have).
    void countsChanged(int matches, int total);

private:
    QString text(int unit, int column) const;
    void rebuild();

    QList<LocalUnitRepository::Summary> m_units;
    QStringList m_searchKeys; // per unit: the searchable text, folded
    QStringList m_sortKeys;   // per unit: the name's Vietnamese sort key
    std::vector<int> m_shown; // indexes into m_units, filtered and sorted
    QString m_filterText;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sht
