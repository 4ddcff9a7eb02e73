#pragma once

#include "EvaluationResult.h"
#include "PeopleIndex.h"
#include "RecognitionRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>
#include <string>
#include <vector>

namespace sht {

// The verdicts of a year as a flat table: one row per evaluated subject and title, narrowed by title, by
// verdict and by the filter text (any part of the subject's or the village's name, with or without accents),
// sorted by a column. The rows stay in memory with a pre-folded search text, and each change of a filter
// recomputes the vector of shown rows and resets the model: on 100,000 citizens a few milliseconds, where
// QSortFilterProxyModel::invalidateFilter() costs seconds (docs/BENCHMARKS.md).
class EvaluationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        VillageColumn,
        TitleColumn,
        VerdictColumn,
        ResultColumn, // level, band or points
        RecognisedColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role {
        SubjectUuidRole = Qt::UserRole + 1,
        TitleKeyRole,
        VerdictKeyRole,
    };

    static QString key(criteria::Title title, const QString &subjectUuid);

    explicit EvaluationTableModel(QObject *parent = nullptr);

    // Replaces every row (the results of a year, without indicators) and the year's recognitions (for the
    // decision's date and validity); keeps filters and sort order.
    void setResults(const QList<criteria::SubjectEvaluation> &results,
                    const QList<Recognition> &recognitions);
    // Replaces one subject's row in place (after a council judgement), without a reset; false when the
    // subject is not among the rows.
    bool updateResult(const criteria::SubjectEvaluation &result);
    void setRecognitions(const QList<Recognition> &recognitions);
    // Names of the bands of a rating catalogue (code, version), highest first, for the Result column.
    void setBandNames(const QHash<QString, QStringList> &bandNamesByCatalogue);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setTitleFilter(std::optional<criteria::Title> title);
    std::optional<criteria::Title> titleFilter() const { return m_title; }
    void setVerdictFilter(std::optional<criteria::Verdict> verdict);
    std::optional<criteria::Verdict> verdictFilter() const { return m_verdict; }

    int matchCount() const { return int(m_shown.size()); }
    int totalCount() const { return int(m_results.size()); }
    // Verdicts of the rows of the title filter (ignoring the text and verdict filters): met, not met,
    // pending.
    QList<int> verdictCounts() const;
    // Rows per title (all rows, whatever the filters).
    QMap<criteria::Title, int> titleCounts() const;
    const criteria::SubjectEvaluation &resultAt(int row) const { return m_results.at(m_shown[size_t(row)]); }
    std::optional<Recognition> recognitionAt(int row) const;
    // The row showing the subject's title, -1 when not shown.
    int rowOf(criteria::Title title, const QString &subjectUuid) const;

    // Short names of the titles as the council writes them: "GĐHT", "CDHT", "CĐHT xã", ...
    static QString shortTitle(criteria::Title title);
    static QString verdictText(criteria::Verdict verdict);
    static QColor verdictColor(criteria::Verdict verdict);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every reset: the counts changed (or may have).
    void countsChanged();

private:
    void rebuild();
    void ensureSortKeys();
    QString resultText(const criteria::SubjectEvaluation &result) const;

    QList<criteria::SubjectEvaluation> m_results; // in the repository's order (village, name)
    std::vector<std::string> m_haystacks;         // folded subject and village name, UTF-8
    std::vector<QString> m_nameKeys;              // Vietnamese sort keys, made on the first sort by name
    QHash<QString, int> m_rowByKey;               // key(title, uuid) -> index into m_results
    QHash<QString, Recognition> m_recognitions;
    QHash<QString, QStringList> m_bandNames;
    std::vector<int> m_shown; // indexes into m_results
    QString m_filterText;
    PeopleIndex::Words m_words;
    std::optional<criteria::Title> m_title;
    std::optional<criteria::Verdict> m_verdict;
    int m_sortColumn = -1; // -1: the repository's order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sht
