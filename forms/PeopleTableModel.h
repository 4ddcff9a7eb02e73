#pragma once

#include "PeopleIndex.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>
#include <vector>

namespace sht {

// The People register as a flat table: the rows of a PeopleIndex that are in scope (a village, current
// residents or everyone) and match the filter text, in the chosen sort order. Each change of the filter,
// the scope or the sort recomputes the vector of matching rows in core and resets the model: on 100,000
// people that costs a few milliseconds, where QSortFilterProxyModel::invalidateFilter() costs seconds.
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1, // person.id
        IsCurrentResidentRole,           // living, with a current household
    };

    explicit PeopleTableModel(QObject *parent = nullptr);
    ~PeopleTableModel() override;

    // Shows index (nullptr: nothing). Keeps the filter text, the scope and the sort order.
    void setIndex(std::shared_ptr<const PeopleIndex> index);
    const PeopleIndex *peopleIndex() const { return m_index.get(); }

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // villageId 0: the whole commune.
    void setVillage(qint64 villageId);
    qint64 village() const { return m_villageId; }
    void setIncludeFormer(bool include);
    bool includesFormer() const { return m_includeFormer; }

    int matchCount() const { return int(m_matches.size()); }
    int scopeCount() const { return int(m_scope.size()); }
    // The index row shown at a model row.
    quint32 indexRow(int row) const { return m_matches[size_t(row)]; }
    // The person shown at a model row.
    qint64 personIdAt(int row) const { return m_index->personId(indexRow(row)); }
    // The model row showing a person, -1 when not shown.
    int rowOfPerson(qint64 personId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every reset: the counts changed (or may have).
    void countsChanged(int matches, int total);

private:
    const std::vector<quint32> &order();
    void rescope();
    void refilter(bool mayNarrow);

    std::shared_ptr<const PeopleIndex> m_index;
    // Sorted orders of the whole index, computed on first use (a header click) and kept.
    std::map<std::pair<int, int>, std::vector<quint32>> m_orders;
    int m_sortColumn = PeopleIndex::NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_villageId = 0;
    bool m_includeFormer = false;
    QString m_filterText;
    PeopleIndex::Words m_words;
    std::vector<quint32> m_scope;   // rows in scope, in sort order
    std::vector<quint32> m_matches; // rows of m_scope that match m_words
};

} // namespace sht
