#include "HouseholdTableModel.h"

#include <QLocale>

namespace sht {

HouseholdTableModel::HouseholdTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HouseholdTableModel::setList(HouseholdList list)
{
    m_list = std::move(list);
    recountScope();
    refilter();
}

void HouseholdTableModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    refilter();
}

void HouseholdTableModel::setVillage(qint64 villageId)
{
    if (villageId == m_villageId)
        return;
    m_villageId = villageId;
    recountScope();
    refilter();
}

void HouseholdTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= HouseholdList::ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refilter();
}

void HouseholdTableModel::recountScope()
{
    int count = 0;
    for (int row = 0; row < m_list.size(); ++row)
        count += m_villageId == 0 || m_list.at(row).villageId == m_villageId;
    m_scopeCount = count;
}

void HouseholdTableModel::refilter()
{
    beginResetModel();
    m_rows = m_list.filter(m_filterText, m_villageId);
    m_list.sort(m_rows, HouseholdList::Column(m_sortColumn), m_sortOrder == Qt::AscendingOrder);
    endResetModel();
    emit countsChanged(matchCount(), m_scopeCount);
}

int HouseholdTableModel::rowOfHousehold(qint64 householdId) const
{
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_list.at(m_rows[row]).id == householdId)
            return int(row);
    return -1;
}

int HouseholdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : HouseholdList::ColumnCount;
}

QVariant HouseholdTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HouseholdList::Entry &entry = entryAt(index.row());
    if (role == HouseholdIdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole && index.column() == HouseholdList::MembersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case HouseholdList::CodeColumn:
        return entry.code;
    case HouseholdList::HeadColumn:
        return entry.headName.isEmpty() && role == Qt::DisplayRole ? tr("(no head)") : entry.headName;
    case HouseholdList::VillageColumn:
        return entry.villageName;
    case HouseholdList::AddressColumn:
        return entry.address;
    case HouseholdList::MembersColumn:
        return entry.members;
    default:
        return {};
    }
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HouseholdList::CodeColumn:
        return tr("Code");
    case HouseholdList::HeadColumn:
        return tr("Head of household");
    case HouseholdList::VillageColumn:
        return tr("Village");
    case HouseholdList::AddressColumn:
        return tr("Address");
    case HouseholdList::MembersColumn:
        return tr("Members");
    default:
        return {};
    }
}

} // namespace sht
