#pragma once

#include "Catalogue.h"

#include <QList>
#include <QString>

#include <optional>

namespace sht::criteria {

enum class Verdict {
    Met,     // "met"
    NotMet,  // "not_met"
    Pending, // "pending": a judged indicator still waits for the council
};
QString verdictKey(Verdict verdict);
std::optional<Verdict> verdictFromKey(const QString &key);

// One thing a fact looked at, in words a council member reads aloud, e.g.
// "Lê Văn Nam, 12 tuổi: không đi học năm 2025". personUuid (or another row's uuid) lets the GUI open it.
struct Evidence
{
    QString text;
    QString rowUuid;
    bool againstRule = false; // this item is why the indicator is not met
};

// The outcome of one indicator for one subject.
struct IndicatorOutcome
{
    QString code;
    bool judged = false;     // from the council (judgement table), not computed
    std::optional<bool> met; // empty = waiting for the council
    std::optional<double> points;
    QString value; // the measured value in words, e.g. "2/3 người lớn (67%)"
    QList<Evidence> evidence;
    QString note;  // the council's evidence note for judged indicators
    int level = 0; // highest level this indicator satisfies (ladders), 0 otherwise
};

// The verdict of one title for one subject and year, as stored (evaluation + indicator_result).
struct SubjectEvaluation
{
    int year = 0;
    Title title = Title::LearningFamily;
    SubjectKind subjectKind = SubjectKind::Household;
    QString subjectUuid;
    QString subjectName; // e.g. household code and head, clan name, person name
    QString villageName; // empty for commune-wide subjects
    QString catalogueCode;
    QString catalogueVersion;
    Verdict verdict = Verdict::Pending;
    int level = 0; // ladders: 0 none, 1, 2; bands: index into passRule.bands + 1
    std::optional<double> totalPoints;
    QString summary; // one line: why, e.g. "Không đạt: 1a (Lê Văn Nam, 12 tuổi…)"
    QList<IndicatorOutcome> indicators;
    // Added by the evaluator engineer (read side): the recognition of this subject for this year, if any.
    QString decisionNumber; // empty when not recognised
    QString evaluatedAt;    // ISO UTC time of the evaluation

    const IndicatorOutcome *indicator(const QString &code) const;
};

// Judged indicators that wait for the council and carry nothing yet are not stored (a citizen has ten of
// them: storing them would triple the rows written for a year); this adds them back, in catalogue order,
// so every indicator of the catalogue is listed. Outcomes already present keep their place and values.
void completeIndicators(SubjectEvaluation &evaluation, const Catalogue &catalogue);

// "Không đạt: 1a (1/2 trẻ đi học), 2b" / "Chờ hội đồng: 1c, 3" / "Đạt" (Vietnamese: it goes into the
// council's papers), from the indicator outcomes.
QString summarize(const SubjectEvaluation &evaluation);

} // namespace sht::criteria
