#include "AttendanceModel.h"

namespace sht {

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttendanceModel::setAttendees(const QList<AttendeeRow> &attendees)
{
    beginResetModel();
    m_rows = attendees;
    endResetModel();
}

int AttendanceModel::rowOfPerson(qint64 personId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).personId == personId)
            return row;
    return -1;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttendeeRow &row = m_rows.at(index.row());
    if (role == PersonIdRole)
        return row.personId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case BornColumn:
        return row.birthDate.isNull() ? QString() : QString::number(row.birthDate.year());
    case HouseholdColumn:
        return row.householdCode;
    case VillageColumn:
        return row.village;
    default:
        return {};
    }
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BornColumn:
        return tr("Born");
    case HouseholdColumn:
        return tr("Household");
    case VillageColumn:
        return tr("Village");
    default:
        return {};
    }
}

} // namespace sht
