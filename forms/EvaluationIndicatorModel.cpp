#include "EvaluationIndicatorModel.h"

#include "EvaluationTableModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace sht {

using criteria::Indicator;
using criteria::IndicatorKind;
using criteria::IndicatorOutcome;

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

EvaluationIndicatorModel::EvaluationIndicatorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EvaluationIndicatorModel::clear()
{
    beginResetModel();
    m_result = {};
    m_catalogue = {};
    m_hasCatalogue = false;
    m_rows.clear();
    endResetModel();
}

void EvaluationIndicatorModel::setResult(const criteria::SubjectEvaluation &result,
                                         const criteria::Catalogue *catalogue)
{
    beginResetModel();
    m_result = result;
    m_hasCatalogue = catalogue != nullptr;
    m_catalogue = catalogue ? *catalogue : criteria::Catalogue();
    m_rows.clear();
    const auto outcomeIndex = [this](const QString &code) {
        for (int i = 0; i < m_result.indicators.size(); ++i)
            if (m_result.indicators.at(i).code == code)
                return i;
        return -1;
    };
    if (m_hasCatalogue) {
        for (int c = 0; c < m_catalogue.criteria.size(); ++c) {
            m_rows.append({c, -1, -1});
            const auto &indicators = m_catalogue.criteria.at(c).indicators;
            for (int i = 0; i < indicators.size(); ++i)
                m_rows.append({c, i, outcomeIndex(indicators.at(i).code)});
        }
    } else {
        // The catalogue version that produced the result is gone: the outcomes alone still say why.
        for (int i = 0; i < m_result.indicators.size(); ++i)
            m_rows.append({-1, i, i});
    }
    endResetModel();
}

const Indicator *EvaluationIndicatorModel::indicatorAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_hasCatalogue)
        return nullptr;
    const Row &r = m_rows.at(row);
    if (r.indicator < 0)
        return nullptr;
    return &m_catalogue.criteria.at(r.criterion).indicators.at(r.indicator);
}

const IndicatorOutcome *EvaluationIndicatorModel::outcomeAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).outcome < 0)
        return nullptr;
    return &m_result.indicators.at(m_rows.at(row).outcome);
}

const criteria::Criterion *EvaluationIndicatorModel::criterionOf(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).criterion < 0)
        return nullptr;
    return &m_catalogue.criteria.at(m_rows.at(row).criterion);
}

QString EvaluationIndicatorModel::codeAt(int row) const
{
    if (const Indicator *indicator = indicatorAt(row))
        return indicator->code;
    if (const IndicatorOutcome *outcome = outcomeAt(row))
        return outcome->code;
    return QString();
}

bool EvaluationIndicatorModel::isJudged(int row) const
{
    if (row < 0 || row >= m_rows.size() || isCriterion(row))
        return false;
    const Indicator *indicator = indicatorAt(row);
    const IndicatorOutcome *outcome = outcomeAt(row);
    return (indicator && indicator->kind == IndicatorKind::Judged) || (outcome && outcome->judged);
}

int EvaluationIndicatorModel::rowOf(const QString &indicatorCode) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (!isCriterion(row) && codeAt(row) == indicatorCode)
            return row;
    return -1;
}

int EvaluationIndicatorModel::nextJudged(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step)
        if (isJudged(r))
            return r;
    return -1;
}

int EvaluationIndicatorModel::firstProblem() const
{
    int waiting = -1;
    int first = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isCriterion(row))
            continue;
        if (first < 0)
            first = row;
        const IndicatorOutcome *outcome = outcomeAt(row);
        if (outcome && outcome->met == false)
            return row;
        if (waiting < 0 && (!outcome || !outcome->met))
            waiting = row;
    }
    return waiting >= 0 ? waiting : first;
}

QString EvaluationIndicatorModel::outcomeText(const IndicatorOutcome *outcome)
{
    if (!outcome || !outcome->met)
        return EvaluationTableModel::verdictText(criteria::Verdict::Pending);
    return EvaluationTableModel::verdictText(*outcome->met ? criteria::Verdict::Met
                                                           : criteria::Verdict::NotMet);
}

QString EvaluationIndicatorModel::pointsText(const Indicator *indicator, const IndicatorOutcome *outcome)
{
    const double maximum = indicator ? indicator->points : 0;
    if (outcome && outcome->points)
        return maximum > 0 ? QStringLiteral("%1 / %2").arg(number(*outcome->points), number(maximum))
                           : number(*outcome->points);
    return maximum > 0 ? QStringLiteral("– / %1").arg(number(maximum)) : QString();
}

int EvaluationIndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationIndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags EvaluationIndicatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A criterion heading is read, not chosen: the keys move over indicators only.
    return isCriterion(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant EvaluationIndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    if (isCriterion(row)) {
        const criteria::Criterion *criterion = criterionOf(row);
        if (!criterion)
            return {};
        if (role == Qt::DisplayRole) {
            if (index.column() == CodeColumn)
                return criterion->code;
            if (index.column() == TextColumn)
                return criterion->text;
            if (index.column() == PointsColumn && criterion->points > 0)
                return number(criterion->points);
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole && index.column() == TextColumn)
            return criterion->text;
        if (role == IsCriterionRole)
            return true;
        return {};
    }

    const Indicator *indicator = indicatorAt(row);
    const IndicatorOutcome *outcome = outcomeAt(row);
    const bool provisional =
        indicator && (indicator->provisional || indicator->wording == criteria::Wording::Provincial);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return codeAt(row);
        case TextColumn:
            return indicator ? indicator->text : QString();
        case KindColumn:
            // "*": provisional, as the note above the table says.
            return (isJudged(row) ? tr("Council") : tr("Computed")) +
                   (provisional ? QStringLiteral("*") : QString());
        case OutcomeColumn:
            return !outcome || !outcome->met ? tr("Waiting") : outcomeText(outcome);
        case PointsColumn:
            return pointsText(indicator, outcome);
        case ValueColumn:
            return outcome ? outcome->value : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn && indicator)
            return indicator->text +
                   (indicator->source.isEmpty() ? QString() : QStringLiteral("\n") + indicator->source);
        if ((index.column() == KindColumn || index.column() == CodeColumn) && provisional)
            return tr("Provisional: waits for the province's wording");
        if (index.column() == ValueColumn && outcome)
            return outcome->value;
        break;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn)
            return EvaluationTableModel::verdictColor(
                !outcome || !outcome->met
                    ? criteria::Verdict::Pending
                    : (*outcome->met ? criteria::Verdict::Met : criteria::Verdict::NotMet));
        break;
    case Qt::FontRole:
        if (index.column() == TextColumn && provisional) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case IndicatorCodeRole:
        return codeAt(row);
    case IsCriterionRole:
        return false;
    case IsJudgedRole:
        return isJudged(row);
    default:
        break;
    }
    return {};
}

QVariant EvaluationIndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TextColumn:
        return tr("Criterion / indicator");
    case KindColumn:
        return tr("Kind");
    case OutcomeColumn:
        return tr("Outcome");
    case PointsColumn:
        return tr("Points");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

} // namespace sht
