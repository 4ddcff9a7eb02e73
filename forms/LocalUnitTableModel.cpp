#include "LocalUnitTableModel.h"

#include "LocalUnitKind.h"
#include "TextNormalizer.h"

#include <QLocale>

#include <algorithm>

namespace sht {

LocalUnitTableModel::LocalUnitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LocalUnitTableModel::setUnits(const QList<LocalUnitRepository::Summary> &units)
{
    beginResetModel();
    m_units = units;
    m_searchKeys.clear();
    m_sortKeys.clear();
    for (int i = 0; i < m_units.size(); ++i) {
        QStringList parts;
        for (int column : {NameColumn, KindColumn, CriteriaColumn, VillageColumn})
            parts << text(i, column);
        m_searchKeys << text::searchKey(parts.join(QLatin1Char(' ')));
        m_sortKeys << text::sortKey(m_units.at(i).unit.name);
    }
    rebuild();
    endResetModel();
    emit countsChanged(matchCount(), totalCount());
}

void LocalUnitTableModel::setFilterText(const QString &filterText)
{
    if (filterText == m_filterText)
        return;
    beginResetModel();
    m_filterText = filterText;
    rebuild();
    endResetModel();
    emit countsChanged(matchCount(), totalCount());
}

void LocalUnitTableModel::rebuild()
{
    m_shown.clear();
    const QStringList words = text::searchKey(m_filterText).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_units.size(); ++i) {
        const QString &key = m_searchKeys.at(i);
        const bool matches = std::all_of(words.begin(), words.end(),
                                         [&key](const QString &word) { return key.contains(word); });
        if (matches)
            m_shown.push_back(i);
    }
    const auto numberOf = [this](int unit) {
        const auto &s = m_units.at(unit);
        return m_sortColumn == StaffCountColumn ? s.unit.staffCount : s.currentStaff;
    };
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](int a, int b) {
        if (m_sortOrder == Qt::DescendingOrder)
            std::swap(a, b);
        if (m_sortColumn == StaffCountColumn || m_sortColumn == InRegisterColumn) {
            if (numberOf(a) != numberOf(b))
                return numberOf(a) < numberOf(b);
        } else if (m_sortColumn != NameColumn) {
            const QString ta = text::sortKey(text(a, m_sortColumn)),
                          tb = text::sortKey(text(b, m_sortColumn));
            if (ta != tb)
                return ta < tb;
        }
        return m_sortKeys.at(a) < m_sortKeys.at(b);
    });
}

int LocalUnitTableModel::rowOfUnit(qint64 unitId) const
{
    for (size_t row = 0; row < m_shown.size(); ++row)
        if (m_units.at(m_shown[row]).unit.id == unitId)
            return int(row);
    return -1;
}

int LocalUnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int LocalUnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LocalUnitTableModel::text(int unit, int column) const
{
    const LocalUnitRepository::Summary &s = m_units.at(unit);
    switch (column) {
    case NameColumn:
        return s.unit.name;
    case KindColumn:
        return localUnitKindLabel(s.unit.kind);
    case LevelColumn:
        return managingLevelLabel(s.unit.managingLevel);
    case CriteriaColumn:
        return criteriaInstrumentLabel(s.unit.instrument);
    case VillageColumn:
        return s.villageName;
    case StaffCountColumn:
        return QLocale().toString(s.unit.staffCount);
    case InRegisterColumn:
        return QLocale().toString(s.currentStaff);
    }
    return QString();
}

QVariant LocalUnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int unit = m_shown.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return text(unit, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == StaffCountColumn || index.column() == InRegisterColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == InRegisterColumn)
            return tr("Staff members who are in the commune's register now");
        if (index.column() == StaffCountColumn)
            return tr("Total staff, as the unit reports it (some may live outside the commune)");
        if (index.column() == NameColumn && !m_units.at(unit).unit.notes.isEmpty())
            return m_units.at(unit).unit.notes;
        return {};
    case UnitIdRole:
        return m_units.at(unit).unit.id;
    }
    return {};
}

QVariant LocalUnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Managing level");
    case CriteriaColumn:
        return tr("Criteria");
    case VillageColumn:
        return tr("Village");
    case StaffCountColumn:
        return tr("Staff");
    case InRegisterColumn:
        return tr("In register");
    }
    return {};
}

void LocalUnitTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
    endResetModel();
}

} // namespace sht
