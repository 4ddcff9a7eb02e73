#include "SessionTableModel.h"

#include <QLocale>

namespace sht {

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionTableModel::setSessions(const QList<SessionSummary> &sessions)
{
    beginResetModel();
    m_rows = sessions;
    endResetModel();
}

int SessionTableModel::rowOfSession(qint64 sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).session.id == sessionId)
            return row;
    return -1;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &row = m_rows.at(index.row());
    if (role == SessionIdRole)
        return row.session.id;
    if (role == Qt::TextAlignmentRole && index.column() != DateColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return row.session.heldOn.toString(QStringLiteral("dd/MM/yyyy"));
    case HoursColumn:
        return QLocale().toString(row.session.hours, 'g', 4);
    case PresentColumn:
        return row.present;
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case HoursColumn:
        return tr("Hours");
    case PresentColumn:
        return tr("Present");
    default:
        return {};
    }
}

} // namespace sht
