#pragma once

#include <QSortFilterProxyModel>

namespace sht {

// Sorts VillageTableModel numerically on its SortRole and keeps the totals row at the bottom in both orders.
class VillageSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VillageSortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace sht
