#include "PeopleTableModel.h"

#include "PartialDate.h"

#include <QFont>

#include <unordered_map>

namespace sht {

PeopleTableModel::PeopleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PeopleTableModel::~PeopleTableModel() = default;

void PeopleTableModel::setIndex(std::shared_ptr<const PeopleIndex> index)
{
    m_index = std::move(index);
    m_orders.clear();
    rescope();
}

void PeopleTableModel::setFilterText(const QString &text)
{
    m_filterText = text;
    PeopleIndex::Words words = PeopleIndex::foldWords(text);
    if (words == m_words)
        return; // a space added, a change of case or accent only: same rows
    const bool mayNarrow = PeopleIndex::narrows(m_words, words);
    m_words = std::move(words);
    refilter(mayNarrow);
}

void PeopleTableModel::setVillage(qint64 villageId)
{
    if (villageId == m_villageId)
        return;
    m_villageId = villageId;
    rescope();
}

void PeopleTableModel::setIncludeFormer(bool include)
{
    if (include == m_includeFormer)
        return;
    m_includeFormer = include;
    rescope();
}

const std::vector<quint32> &PeopleTableModel::order()
{
    if (m_sortColumn == PeopleIndex::NameColumn && m_sortOrder == Qt::AscendingOrder)
        return m_index->nameOrder();
    const auto key = std::make_pair(m_sortColumn, int(m_sortOrder));
    auto it = m_orders.find(key);
    if (it == m_orders.end())
        it = m_orders
                 .emplace(key, m_index->sorted(PeopleIndex::Column(m_sortColumn),
                                               m_sortOrder == Qt::AscendingOrder
                                                   ? PeopleIndex::SortOrder::Ascending
                                                   : PeopleIndex::SortOrder::Descending))
                 .first;
    return it->second;
}

void PeopleTableModel::rescope()
{
    if (m_index)
        m_scope = m_index->inScope(order(), m_villageId, m_includeFormer);
    else
        m_scope.clear();
    refilter(false);
}

void PeopleTableModel::refilter(bool mayNarrow)
{
    beginResetModel();
    if (!m_index)
        m_matches.clear();
    else if (mayNarrow)
        m_matches = m_index->filter(m_words, m_matches);
    else
        m_matches = m_index->filter(m_words, m_scope);
    endResetModel();
    emit countsChanged(matchCount(), scopeCount());
}

void PeopleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= PeopleIndex::ColumnCount)
        column = PeopleIndex::NameColumn; // "unsorted" is the register's own order
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows only move: persistent indexes (the current row, the selection) follow their person.
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> people;
    people.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        people.push_back(index.isValid() ? m_index->personId(m_matches[size_t(index.row())]) : 0);
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_index) {
        m_scope = m_index->inScope(this->order(), m_villageId, m_includeFormer);
        m_matches = m_index->filter(m_words, m_scope);
    }
    if (!before.isEmpty()) {
        std::unordered_map<qint64, int> rowOf;
        rowOf.reserve(m_matches.size());
        for (size_t i = 0; i < m_matches.size(); ++i)
            rowOf.emplace(m_index->personId(m_matches[i]), int(i));
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i) {
            const auto it = rowOf.find(people[size_t(i)]);
            after << (it == rowOf.end() ? QModelIndex() : createIndex(it->second, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit countsChanged(matchCount(), scopeCount());
}

int PeopleTableModel::rowOfPerson(qint64 personId) const
{
    for (size_t i = 0; i < m_matches.size(); ++i)
        if (m_index->personId(m_matches[i]) == personId)
            return int(i);
    return -1;
}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : PeopleIndex::ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 row = m_matches[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeopleIndex::NameColumn:
            return m_index->fullName(row);
        case PeopleIndex::BirthDateColumn:
            return PartialDate::fromStorage(m_index->birthDate(row)).toString();
        case PeopleIndex::SexColumn:
            return sexLabel(m_index->sex(row));
        case PeopleIndex::CitizenIdColumn:
            return m_index->citizenId(row);
        case PeopleIndex::VillageColumn:
            return m_index->villageName(row);
        case PeopleIndex::HouseholdColumn:
            return m_index->householdCode(row);
        case PeopleIndex::RelationColumn:
            return relationLabel(m_index->relation(row), m_index->sex(row));
        case PeopleIndex::EducationColumn:
            return m_index->education(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (m_index->isDeceased(row))
            return tr("Deceased");
        if (!m_index->isCurrentResident(row))
            return tr("No longer lives in the commune");
        return {};
    case Qt::FontRole:
        if (!m_index->isCurrentResident(row)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case PersonIdRole:
        return m_index->personId(row);
    case IsCurrentResidentRole:
        return m_index->isCurrentResident(row);
    }
    return {};
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeopleIndex::NameColumn:
        return tr("Full name");
    case PeopleIndex::BirthDateColumn:
        return tr("Birth date");
    case PeopleIndex::SexColumn:
        return tr("Sex");
    case PeopleIndex::CitizenIdColumn:
        return tr("ID (CCCD/CMND)");
    case PeopleIndex::VillageColumn:
        return tr("Village");
    case PeopleIndex::HouseholdColumn:
        return tr("Household code");
    case PeopleIndex::RelationColumn:
        return tr("Relation to head");
    case PeopleIndex::EducationColumn:
        return tr("Education");
    }
    return {};
}

} // namespace sht
