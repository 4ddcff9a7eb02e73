#include "VillageSortProxyModel.h"

#include "VillageTableModel.h"

namespace sht {

VillageSortProxyModel::VillageSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VillageTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool VillageSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftIsTotal = left.data(VillageTableModel::IsTotalRole).toBool();
    const bool rightIsTotal = right.data(VillageTableModel::IsTotalRole).toBool();
    // The view reverses the comparison for a descending sort; answer so that the totals row stays last.
    if (leftIsTotal != rightIsTotal)
        return leftIsTotal ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sht
