#include "LocalUnitStaffModel.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace sht {

namespace {
QString shown(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

LocalUnitStaffModel::LocalUnitStaffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LocalUnitStaffModel::setRows(const QList<LocalUnitRepository::StaffRow> &rows)
{
    beginResetModel();
    m_all = rows;
    rebuild();
    endResetModel();
}

void LocalUnitStaffModel::setShowFormer(bool show)
{
    if (show == m_showFormer)
        return;
    beginResetModel();
    m_showFormer = show;
    rebuild();
    endResetModel();
}

void LocalUnitStaffModel::rebuild()
{
    m_shown.clear();
    for (const auto &row : m_all)
        if (m_showFormer || row.isCurrent())
            m_shown << row;
}

int LocalUnitStaffModel::rowOfStaff(qint64 staffId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).id == staffId)
            return row;
    return -1;
}

int LocalUnitStaffModel::currentCount() const
{
    return int(std::count_if(m_all.begin(), m_all.end(), [](const auto &row) { return row.isCurrent(); }));
}

int LocalUnitStaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int LocalUnitStaffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalUnitStaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalUnitRepository::StaffRow &row = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.personName;
        case RoleColumn:
            return row.role;
        case SinceColumn:
            return shown(row.validFrom);
        case UntilColumn:
            return shown(row.validTo);
        }
        return {};
    case Qt::ForegroundRole:
        // Former staff stay readable but step back.
        if (!row.isCurrent())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (!row.isCurrent())
            return tr("%1 left on %2").arg(row.personName, shown(row.validTo));
        return {};
    case StaffIdRole:
        return row.id;
    case PersonIdRole:
        return row.personId;
    case IsCurrentRole:
        return row.isCurrent();
    }
    return {};
}

QVariant LocalUnitStaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case SinceColumn:
        return tr("Since");
    case UntilColumn:
        return tr("Until");
    }
    return {};
}

} // namespace sht
