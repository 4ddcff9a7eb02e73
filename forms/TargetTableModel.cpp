#include "TargetTableModel.h"

#include <QBrush>
#include <QPalette>

namespace sht {

using namespace criteria;

void TargetTableModel::setTargets(const QList<Target> &national, const QList<Target> &local)
{
    beginResetModel();
    m_targets = national;
    m_targets << local;
    endResetModel();
}

bool TargetTableModel::isLocal(int row) const
{
    return row >= 0 && row < m_targets.size() && m_targets.at(row).scope != TargetScope::National;
}

int TargetTableModel::rowOfLocal(qint64 targetId) const
{
    for (int row = 0; row < m_targets.size(); ++row)
        if (isLocal(row) && m_targets.at(row).id == targetId)
            return row;
    return -1;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const Target &t = m_targets.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IndicatorColumn:
            return targetIndicatorName(t.indicator);
        case YearColumn:
            return t.year;
        case ShareColumn:
            return t.shareText();
        case ScopeColumn:
            return t.area == TargetArea::Difficult ? tr("%1, difficult areas").arg(targetScopeName(t.scope))
                                                   : targetScopeName(t.scope);
        case SourceColumn: {
            QString text = t.source;
            if (t.provincialPlan)
                text += QStringLiteral(" (theo kế hoạch tỉnh)");
            if (t.isProvisional())
                text += tr(" [provisional]");
            return text;
        }
        case NotesColumn:
            return t.notes;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == IndicatorColumn)
            return targetIndicatorDescription(t.indicator);
        if (t.scope == TargetScope::National)
            return tr("National targets come with the program and cannot be changed; Insert adds your own.");
    } else if (role == Qt::ForegroundRole && t.scope == TargetScope::National) {
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == YearColumn || index.column() == ShareColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case YearColumn:
        return tr("Year");
    case ShareColumn:
        return tr("Target");
    case ScopeColumn:
        return tr("Set by");
    case SourceColumn:
        return tr("Source");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace sht
