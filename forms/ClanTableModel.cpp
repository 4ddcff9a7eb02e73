#include "ClanTableModel.h"

#include "PersonName.h"
#include "TextNormalizer.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace sht {

ClanTableModel::ClanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClanTableModel::setClans(const QList<ClanSummary> &clans)
{
    m_clans = clans;
    m_keys.clear();
    m_keys.reserve(size_t(clans.size()));
    for (const ClanSummary &clan : clans)
        m_keys.push_back({text::sortKey(clan.name), PersonName(clan.headName).sortKey(),
                          text::searchKey(clan.name) + QLatin1Char('\n') + text::searchKey(clan.headName)});
    rebuild();
}

void ClanTableModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    rebuild();
}

void ClanTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

void ClanTableModel::rebuild()
{
    beginResetModel();
    // Every typed word must occur in the clan's or the head's name ('\n' separates them, no word holds it).
    const QStringList words = text::searchKey(m_filterText).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_shown.clear();
    for (int i = 0; i < m_clans.size(); ++i) {
        const QString &haystack = m_keys[size_t(i)].haystack;
        if (std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w); }))
            m_shown.push_back(i);
    }
    const auto less = [this](int a, int b) {
        const ClanSummary &x = m_clans.at(a);
        const ClanSummary &y = m_clans.at(b);
        const Keys &kx = m_keys[size_t(a)];
        const Keys &ky = m_keys[size_t(b)];
        switch (m_sortColumn) {
        case HeadColumn:
            if (kx.headSort != ky.headSort)
                return kx.headSort < ky.headSort;
            break;
        case HouseholdsColumn:
            if (x.households != y.households)
                return x.households < y.households;
            break;
        case PeopleColumn:
            if (x.people != y.people)
                return x.people < y.people;
            break;
        default:
            break;
        }
        return kx.nameSort != ky.nameSort ? kx.nameSort < ky.nameSort : x.id < y.id;
    };
    std::stable_sort(m_shown.begin(), m_shown.end(), less);
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_shown.begin(), m_shown.end());
    endResetModel();
    emit countsChanged(matchCount(), totalCount());
}

int ClanTableModel::rowOfClan(qint64 clanId) const
{
    for (size_t row = 0; row < m_shown.size(); ++row)
        if (m_clans.at(m_shown[row]).id == clanId)
            return int(row);
    return -1;
}

int ClanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ClanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClanSummary &clan = clanAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return clan.name;
        case HeadColumn:
            return clan.headName.isEmpty() ? tr("(no head recorded)") : clan.headName;
        case HouseholdsColumn:
            return QLocale().toString(clan.households);
        case PeopleColumn:
            return QLocale().toString(clan.people);
        }
        break;
    case Qt::ToolTipRole:
        return clan.notes.isEmpty() ? QVariant() : QVariant(clan.notes);
    case Qt::TextAlignmentRole:
        if (index.column() == HouseholdsColumn || index.column() == PeopleColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == HeadColumn && clan.headName.isEmpty())
            return QVariant::fromValue(QColor(Qt::gray));
        break;
    case ClanIdRole:
        return clan.id;
    }
    return {};
}

QVariant ClanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Clan");
    case HeadColumn:
        return tr("Head of the clan");
    case HouseholdsColumn:
        return tr("Households");
    case PeopleColumn:
        return tr("People");
    }
    return {};
}

} // namespace sht
