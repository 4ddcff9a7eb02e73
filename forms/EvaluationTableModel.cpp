#include "EvaluationTableModel.h"

#include "PersonName.h"
#include "RegistrationService.h"
#include "TextNormalizer.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace sht {

using criteria::SubjectEvaluation;
using criteria::Title;
using criteria::Verdict;

namespace {

std::string folded(const QString &text)
{
    return text::searchKey(text).toStdString();
}

QString dayText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

EvaluationTableModel::EvaluationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString EvaluationTableModel::key(Title title, const QString &subjectUuid)
{
    return criteria::titleKey(title) + QLatin1Char('/') + subjectUuid;
}

QString EvaluationTableModel::shortTitle(Title title)
{
    // The abbreviations every commune report uses; Vietnamese by nature, like the titles themselves.
    switch (title) {
    case Title::LearningFamily:
        return QStringLiteral("GĐHT");
    case Title::LearningClan:
        return QStringLiteral("DHHT");
    case Title::LearningVillage:
        return QStringLiteral("CĐHT thôn");
    case Title::LearningUnit:
        return QStringLiteral("ĐVHT");
    case Title::LearningCitizen:
        return QStringLiteral("CDHT");
    case Title::LearningCommune:
        return QStringLiteral("CĐHT xã");
    case Title::CentreRating:
        return QStringLiteral("TTHTCĐ");
    }
    return QString();
}

QString EvaluationTableModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return tr("Met");
    case Verdict::NotMet:
        return tr("Not met");
    case Verdict::Pending:
        return tr("Waiting for the council");
    }
    return QString();
}

QColor EvaluationTableModel::verdictColor(Verdict verdict)
{
    // Dark enough to read on the white and the alternate row colour.
    switch (verdict) {
    case Verdict::Met:
        return QColor(0x1b, 0x6e, 0x2a);
    case Verdict::NotMet:
        return QColor(0xb0, 0x1c, 0x1c);
    case Verdict::Pending:
        return QColor(0x9a, 0x5b, 0x00);
    }
    return QColor();
}

void EvaluationTableModel::setResults(const QList<SubjectEvaluation> &results,
                                      const QList<Recognition> &recognitions)
{
    m_results = results;
    m_recognitions.clear();
    for (const Recognition &r : recognitions)
        m_recognitions.insert(key(r.title, r.subjectUuid), r);
    m_haystacks.clear();
    m_haystacks.reserve(size_t(results.size()));
    m_rowByKey.clear();
    m_rowByKey.reserve(results.size());
    for (int i = 0; i < m_results.size(); ++i) {
        const SubjectEvaluation &r = m_results.at(i);
        // '\n' between the fields: a typed word never holds it, so no word matches across two fields.
        m_haystacks.push_back(folded(r.subjectName) + '\n' + folded(r.villageName));
        m_rowByKey.insert(key(r.title, r.subjectUuid), i);
    }
    m_nameKeys.clear();
    rebuild();
}

bool EvaluationTableModel::updateResult(const SubjectEvaluation &result)
{
    const int at = m_rowByKey.value(key(result.title, result.subjectUuid), -1);
    if (at < 0)
        return false;
    SubjectEvaluation stored = result;
    stored.indicators.clear(); // the table needs none; the detail pane reads them itself
    m_results[at] = stored;
    const auto shownAt = std::find(m_shown.begin(), m_shown.end(), at);
    if (shownAt != m_shown.end()) {
        const int row = int(shownAt - m_shown.begin());
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit countsChanged();
    return true;
}

void EvaluationTableModel::setRecognitions(const QList<Recognition> &recognitions)
{
    m_recognitions.clear();
    for (const Recognition &r : recognitions)
        m_recognitions.insert(key(r.title, r.subjectUuid), r);
    if (!m_shown.empty())
        emit dataChanged(index(0, RecognisedColumn), index(int(m_shown.size()) - 1, RecognisedColumn));
}

void EvaluationTableModel::setBandNames(const QHash<QString, QStringList> &bandNamesByCatalogue)
{
    m_bandNames = bandNamesByCatalogue;
    if (!m_shown.empty())
        emit dataChanged(index(0, ResultColumn), index(int(m_shown.size()) - 1, ResultColumn));
}

void EvaluationTableModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = PeopleIndex::foldWords(text);
    rebuild();
}

void EvaluationTableModel::setTitleFilter(std::optional<Title> title)
{
    if (title == m_title)
        return;
    m_title = title;
    rebuild();
}

void EvaluationTableModel::setVerdictFilter(std::optional<Verdict> verdict)
{
    if (verdict == m_verdict)
        return;
    m_verdict = verdict;
    rebuild();
}

QList<int> EvaluationTableModel::verdictCounts() const
{
    QList<int> counts{0, 0, 0};
    for (const SubjectEvaluation &r : m_results)
        if (!m_title || r.title == *m_title)
            ++counts[r.verdict == Verdict::Met ? 0 : r.verdict == Verdict::NotMet ? 1 : 2];
    return counts;
}

QMap<Title, int> EvaluationTableModel::titleCounts() const
{
    QMap<Title, int> counts;
    for (const SubjectEvaluation &r : m_results)
        ++counts[r.title];
    return counts;
}

std::optional<Recognition> EvaluationTableModel::recognitionAt(int row) const
{
    const SubjectEvaluation &r = resultAt(row);
    const auto found = m_recognitions.constFind(key(r.title, r.subjectUuid));
    if (found == m_recognitions.constEnd())
        return std::nullopt;
    return *found;
}

int EvaluationTableModel::rowOf(Title title, const QString &subjectUuid) const
{
    const int at = m_rowByKey.value(key(title, subjectUuid), -1);
    if (at < 0)
        return -1;
    const auto found = std::find(m_shown.begin(), m_shown.end(), at);
    return found == m_shown.end() ? -1 : int(found - m_shown.begin());
}

void EvaluationTableModel::ensureSortKeys()
{
    if (m_nameKeys.size() == size_t(m_results.size()))
        return;
    m_nameKeys.clear();
    m_nameKeys.reserve(size_t(m_results.size()));
    for (const SubjectEvaluation &r : m_results)
        // People sort as official lists do (given name first); other subjects by their name.
        m_nameKeys.push_back(r.subjectKind == criteria::SubjectKind::Person
                                 ? PersonName(r.subjectName).sortKey()
                                 : text::sortKey(r.subjectName));
}

void EvaluationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

void EvaluationTableModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    m_shown.reserve(size_t(m_results.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        const SubjectEvaluation &r = m_results.at(i);
        if (m_title && r.title != *m_title)
            continue;
        if (m_verdict && r.verdict != *m_verdict)
            continue;
        const std::string &haystack = m_haystacks[size_t(i)];
        if (std::all_of(m_words.begin(), m_words.end(),
                        [&](const std::string &w) { return haystack.find(w) != std::string::npos; }))
            m_shown.push_back(i);
    }
    if (m_sortColumn >= 0) {
        if (m_sortColumn == SubjectColumn || m_sortColumn == VillageColumn)
            ensureSortKeys();
        const auto less = [this](int a, int b) {
            const SubjectEvaluation &x = m_results.at(a);
            const SubjectEvaluation &y = m_results.at(b);
            switch (m_sortColumn) {
            case SubjectColumn:
                if (m_nameKeys[size_t(a)] != m_nameKeys[size_t(b)])
                    return m_nameKeys[size_t(a)] < m_nameKeys[size_t(b)];
                break;
            case TitleColumn:
                if (x.title != y.title)
                    return x.title < y.title;
                break;
            case VerdictColumn:
                if (x.verdict != y.verdict)
                    return x.verdict < y.verdict;
                break;
            case ResultColumn:
                if (x.totalPoints.value_or(-1) != y.totalPoints.value_or(-1))
                    return x.totalPoints.value_or(-1) < y.totalPoints.value_or(-1);
                if (x.level != y.level)
                    return x.level < y.level;
                break;
            default:
                break;
            }
            return a < b; // the repository's order: village, then name
        };
        std::stable_sort(m_shown.begin(), m_shown.end(), less);
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_shown.begin(), m_shown.end());
    }
    endResetModel();
    emit countsChanged();
}

QString EvaluationTableModel::resultText(const SubjectEvaluation &r) const
{
    if (r.title == Title::CentreRating && r.level > 0) {
        const QStringList bands = m_bandNames.value(r.catalogueCode + QLatin1Char('@') + r.catalogueVersion);
        if (r.level <= bands.size())
            return bands.at(r.level - 1);
    }
    QStringList parts;
    if (r.level > 0 && r.title != Title::CentreRating)
        parts << tr("Level %1").arg(r.level);
    if (r.totalPoints)
        parts << tr("%1 points").arg(QLocale().toString(*r.totalPoints, 'g', 4));
    return parts.join(QStringLiteral(", "));
}

int EvaluationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int EvaluationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const SubjectEvaluation &r = resultAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return r.subjectName;
        case VillageColumn:
            return r.villageName;
        case TitleColumn:
            return shortTitle(r.title);
        case VerdictColumn:
            return verdictText(r.verdict);
        case ResultColumn:
            return resultText(r);
        case RecognisedColumn: {
            // The recognitions read with the results (and again after each decision) are the truth; the
            // number stored with the result may be older.
            const auto recognition = recognitionAt(index.row());
            return recognition ? recognition->decisionNumber : QString();
        }
        case SummaryColumn:
            return r.summary;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return RegistrationService::titleLabel(r.title);
        case RecognisedColumn:
            if (const auto recognition = recognitionAt(index.row()))
                return tr("Decision %1 of %2, signed by %3; valid until %4")
                    .arg(recognition->decisionNumber, dayText(recognition->decisionDate), recognition->signer,
                         dayText(recognition->validTo));
            break;
        case SummaryColumn:
            return r.summary;
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return verdictColor(r.verdict);
        break;
    case Qt::FontRole:
        if (index.column() == VerdictColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case SubjectUuidRole:
        return r.subjectUuid;
    case TitleKeyRole:
        return criteria::titleKey(r.title);
    case VerdictKeyRole:
        return criteria::verdictKey(r.verdict);
    default:
        break;
    }
    return {};
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case VillageColumn:
        return tr("Village");
    case TitleColumn:
        return tr("Title");
    case VerdictColumn:
        return tr("Verdict");
    case ResultColumn:
        return tr("Level / points");
    case RecognisedColumn:
        return tr("Recognised");
    case SummaryColumn:
        return tr("Why");
    }
    return {};
}

} // namespace sht
