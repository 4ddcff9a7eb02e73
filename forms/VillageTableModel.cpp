#include "VillageTableModel.h"

#include <QFont>
#include <QLocale>

namespace sht {

VillageTableModel::VillageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VillageTableModel::setSummary(const CommuneSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    m_hasSummary = true;
    endResetModel();
}

void VillageTableModel::clear()
{
    beginResetModel();
    m_summary = CommuneSummary();
    m_hasSummary = false;
    endResetModel();
}

bool VillageTableModel::isTotalRow(int row) const
{
    return m_hasSummary && row == m_summary.villages.size();
}

int VillageTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_hasSummary)
        return 0;
    return int(m_summary.villages.size()) + 1;
}

int VillageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VillageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(row, column);
    case SortRole:
        return sortData(row, column);
    case IsTotalRole:
        return isTotalRow(row);
    case VillageIdRole:
        return isTotalRow(row) ? qint64(0) : m_summary.villages.at(row).id;
    case Qt::TextAlignmentRole:
        if (column == HouseholdsColumn || column == PeopleColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant VillageTableModel::displayData(int row, int column) const
{
    const QLocale locale;
    if (isTotalRow(row)) {
        switch (column) {
        case NameColumn:
            return tr("Total");
        case HouseholdsColumn:
            return locale.toString(m_summary.households);
        case PeopleColumn:
            return locale.toString(m_summary.people);
        default:
            return QString();
        }
    }
    const VillageSummary &village = m_summary.villages.at(row);
    switch (column) {
    case NameColumn:
        return village.name;
    case KindColumn:
        return kindText(village.kind);
    case HouseholdsColumn:
        return locale.toString(village.households);
    case PeopleColumn:
        return locale.toString(village.people);
    default:
        return {};
    }
}

QVariant VillageTableModel::sortData(int row, int column) const
{
    if (column == HouseholdsColumn)
        return isTotalRow(row) ? m_summary.households : m_summary.villages.at(row).households;
    if (column == PeopleColumn)
        return isTotalRow(row) ? m_summary.people : m_summary.villages.at(row).people;
    return displayData(row, column);
}

QVariant VillageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == HouseholdsColumn || section == PeopleColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Village", "column header: the village or residential group");
    case KindColumn:
        return tr("Kind");
    case HouseholdsColumn:
        return tr("Households");
    case PeopleColumn:
        return tr("People");
    default:
        return {};
    }
}

QString VillageTableModel::kindText(const QString &storageKind)
{
    if (storageKind == QLatin1String("residential_group"))
        return tr("Residential group");
    return tr("Village", "kind of unit");
}

} // namespace sht
