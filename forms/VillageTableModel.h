#pragma once

#include "StatisticsRepository.h"

#include <QAbstractTableModel>

namespace sht {

// The commune's current villages (thôn / tổ dân phố) with their households and people, and a totals row
// at the bottom. Read-only; fed from StatisticsRepository::summary().
class VillageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, HouseholdsColumn, PeopleColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers for the number columns, so sorting is numeric
        IsTotalRole,                 // true on the totals row
        VillageIdRole,               // admin_unit id; 0 on the totals row
    };

    explicit VillageTableModel(QObject *parent = nullptr);

    void setSummary(const CommuneSummary &summary);
    void clear();
    const CommuneSummary &summary() const { return m_summary; }
    bool isTotalRow(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Village" / "Residential group" for a storage kind.
    static QString kindText(const QString &storageKind);

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;

    CommuneSummary m_summary;
    bool m_hasSummary = false;
};

} // namespace sht
