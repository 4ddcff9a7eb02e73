#pragma once

#include "EvaluationResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace sht {

// The indicators of one subject's evaluation as the council reads them: each criterion as a heading row,
// then its indicators with kind (computed from the registers, or judged by the council), outcome, points and
// measured value, in catalogue order. Rows of judged indicators are the ones the council enters.
class EvaluationIndicatorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, TextColumn, KindColumn, OutcomeColumn, PointsColumn, ValueColumn, ColumnCount };
    enum Role {
        IndicatorCodeRole = Qt::UserRole + 1,
        IsCriterionRole,
        IsJudgedRole,
    };

    explicit EvaluationIndicatorModel(QObject *parent = nullptr);

    // Shows result against its catalogue (nullptr: the outcomes alone, by code).
    void setResult(const criteria::SubjectEvaluation &result, const criteria::Catalogue *catalogue);
    void clear();

    const criteria::SubjectEvaluation &result() const { return m_result; }
    bool hasCatalogue() const { return m_hasCatalogue; }
    const criteria::Catalogue &catalogue() const { return m_catalogue; }

    bool isCriterion(int row) const { return m_rows.at(row).indicator < 0; }
    // Whether the council enters this row (a judged indicator, or one whose fact only prefills evidence).
    bool isJudged(int row) const;
    QString codeAt(int row) const;
    // The catalogue's indicator and the outcome at a row (nullptr for a criterion row or an unknown code).
    const criteria::Indicator *indicatorAt(int row) const;
    const criteria::IndicatorOutcome *outcomeAt(int row) const;
    const criteria::Criterion *criterionOf(int row) const;
    int rowOf(const QString &indicatorCode) const;
    // The next (step 1) or previous (-1) judged row after `row`, -1 when none.
    int nextJudged(int row, int step = 1) const;
    // The first row a council member should look at: a failed indicator, else one waiting, else the first.
    int firstProblem() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const criteria::IndicatorOutcome *outcome);
    static QString pointsText(const criteria::Indicator *indicator,
                              const criteria::IndicatorOutcome *outcome);

private:
    struct Row
    {
        int criterion = -1; // index into m_catalogue.criteria (-1 without catalogue)
        int indicator = -1; // index into the criterion's indicators; -1 for the criterion row itself
        int outcome = -1;   // index into m_result.indicators, -1 when there is none
    };

    criteria::SubjectEvaluation m_result;
    criteria::Catalogue m_catalogue;
    bool m_hasCatalogue = false;
    QList<Row> m_rows;
};

} // namespace sht
