#pragma once

#include "PeopleIndex.h"
#include "RegistrationRepository.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace sht {

// The subjects that may register for a title (RegistrationRepository::candidates), with a check box that
// says whether they are registered, narrowed by the filter text (name, village, details; with or without
// accents). Ticking a box does not change the model: it asks (toggleRequested) and the dialog registers or
// takes back through the commands, then marks the rows (setRegistered).
class RegistrationCandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VillageColumn, DetailColumn, ColumnCount };

    explicit RegistrationCandidateModel(QObject *parent = nullptr);

    void setCandidates(const QList<RegistrationCandidate> &candidates);
    void setFilterText(const QString &text);

    int matchCount() const { return int(m_shown.size()); }
    int totalCount() const { return int(m_candidates.size()); }
    int registeredCount() const;
    const RegistrationCandidate &candidateAt(int row) const { return m_candidates.at(m_shown[size_t(row)]); }
    // Marks the subjects registered or not, in place.
    void setRegistered(const QStringList &uuids, bool registered);
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A check box was ticked or cleared (a click, or Space through the view): register or take back.
    void toggleRequested(const QString &uuid, bool registered);
    void countsChanged();

private:
    void rebuild();

    QList<RegistrationCandidate> m_candidates;
    std::vector<std::string> m_haystacks;
    std::vector<int> m_shown;
    QString m_filterText;
    PeopleIndex::Words m_words;
};

} // namespace sht
