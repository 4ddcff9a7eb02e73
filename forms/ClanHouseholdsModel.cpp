#include "ClanHouseholdsModel.h"

#include <QColor>
#include <QLocale>

namespace sht {

ClanHouseholdsModel::ClanHouseholdsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClanHouseholdsModel::setHouseholds(const QList<ClanHouseholdSummary> &households)
{
    beginResetModel();
    m_households = households;
    endResetModel();
}

int ClanHouseholdsModel::rowOfHousehold(qint64 householdId) const
{
    for (int row = 0; row < m_households.size(); ++row)
        if (m_households.at(row).householdId == householdId)
            return row;
    return -1;
}

int ClanHouseholdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_households.size());
}

int ClanHouseholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClanHouseholdsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClanHouseholdSummary &household = m_households.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return household.code;
        case HeadColumn:
            return household.headName.isEmpty() ? tr("(no head)") : household.headName;
        case VillageColumn:
            return household.village;
        case MembersColumn:
            return QLocale().toString(household.members);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == HeadColumn && household.headName.isEmpty())
            return QVariant::fromValue(QColor(Qt::gray));
        break;
    case HouseholdIdRole:
        return household.householdId;
    }
    return {};
}

QVariant ClanHouseholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Household");
    case HeadColumn:
        return tr("Head of household");
    case VillageColumn:
        return tr("Village");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

} // namespace sht
