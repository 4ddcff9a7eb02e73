#include "RegistrationCandidateModel.h"

#include "TextNormalizer.h"

#include <algorithm>

namespace sht {

RegistrationCandidateModel::RegistrationCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RegistrationCandidateModel::setCandidates(const QList<RegistrationCandidate> &candidates)
{
    m_candidates = candidates;
    m_haystacks.clear();
    m_haystacks.reserve(size_t(candidates.size()));
    for (const RegistrationCandidate &c : candidates)
        m_haystacks.push_back(text::searchKey(c.name).toStdString() + '\n' +
                              text::searchKey(c.villageName).toStdString() + '\n' +
                              text::searchKey(c.detail).toStdString());
    rebuild();
}

void RegistrationCandidateModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = PeopleIndex::foldWords(text);
    rebuild();
}

void RegistrationCandidateModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_candidates.size(); ++i) {
        const std::string &haystack = m_haystacks[size_t(i)];
        if (std::all_of(m_words.begin(), m_words.end(),
                        [&](const std::string &w) { return haystack.find(w) != std::string::npos; }))
            m_shown.push_back(i);
    }
    endResetModel();
    emit countsChanged();
}

int RegistrationCandidateModel::registeredCount() const
{
    return int(std::count_if(m_candidates.begin(), m_candidates.end(),
                             [](const RegistrationCandidate &c) { return c.registered; }));
}

void RegistrationCandidateModel::setRegistered(const QStringList &uuids, bool registered)
{
    const QSet<QString> wanted(uuids.begin(), uuids.end());
    for (int i = 0; i < m_candidates.size(); ++i)
        if (wanted.contains(m_candidates.at(i).uuid))
            m_candidates[i].registered = registered;
    if (!m_shown.empty())
        emit dataChanged(index(0, NameColumn), index(int(m_shown.size()) - 1, NameColumn),
                         {Qt::CheckStateRole});
    emit countsChanged();
}

int RegistrationCandidateModel::rowOf(const QString &uuid) const
{
    for (size_t row = 0; row < m_shown.size(); ++row)
        if (m_candidates.at(m_shown[row]).uuid == uuid)
            return int(row);
    return -1;
}

int RegistrationCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RegistrationCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RegistrationCandidate &c = candidateAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case VillageColumn:
            return c.villageName;
        case DetailColumn:
            return c.detail;
        }
    }
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return c.registered ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::AccessibleDescriptionRole && index.column() == NameColumn)
        return c.registered ? tr("registered") : tr("not registered");
    return {};
}

bool RegistrationCandidateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::CheckStateRole ||
        index.row() >= rowCount())
        return false;
    const bool wanted = value.toInt() == Qt::Checked;
    const RegistrationCandidate &c = candidateAt(index.row());
    if (wanted != c.registered)
        emit toggleRequested(c.uuid, wanted);
    return false; // the dialog marks the row once the registration is written
}

Qt::ItemFlags RegistrationCandidateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RegistrationCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Registered · name");
    case VillageColumn:
        return tr("Village");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace sht
