#pragma once

#include "Catalogue.h"
#include "EvaluationData.h"
#include "EvaluationResult.h"
#include "FactContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace sht::criteria {

// Turns a year's data and the catalogues in force into verdicts, without touching the database (the same
// data and catalogues always give the same results). Titles are evaluated bottom-up — citizens, households,
// clans, villages, units, the centre, the commune — so that a clan's share of recognised households sees
// the households' verdicts of the same run.
//
// Pass rules (Catalogue::passRule):
// - all indicators: met when every indicator counted for the level is met; ladders (levels = 2) give
//   level 2 only when every level-2 indicator is met too and level 1 was recognised at least
//   monthsBetweenLevels before (counted in data years: a level 1 recognised for 2024 allows level 2 for
//   2025, as the yearly dossiers are 12 months apart);
// - points: met when the total reaches minTotal, no scored indicator is below its minimum (the indicator's
//   minPoints, else the rule's minEachIndicator), every criterion reaches its minPoints, and every Đạt /
//   Không đạt indicator (0 points) is met;
// - bands: the first band (highest first) whose minTotal the total reaches; below every band is not met.
// An indicator waiting for the council makes the verdict pending, unless the verdict is already decided
// without it (an indicator already failed, or a total that cannot reach the threshold any more).
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Evaluator)

public:
    // The catalogue judging a title this year; appliesTo narrows local units ("tt24" / "448d").
    using CatalogueSource = std::function<const Catalogue *(Title title, const QString &appliesTo)>;

    Evaluator(const EvaluationData &data, CatalogueSource catalogues);

    // Every subject of the year (registered ones; the commune and its centre always), bottom-up, in
    // registration order within a title. progress(done, total) returning false stops: returns false.
    bool evaluateAll(QList<SubjectEvaluation> *out, const std::function<bool(int, int)> &progress = {});

    // One subject; the titles below it are taken from the verdicts stored for the year (data.stored).
    std::optional<SubjectEvaluation> evaluate(Title title, const QString &subjectUuid);

    // The subjects whose facts count this one's verdict (a household: its clan and village; a citizen: the
    // village of their household, the units they work in, the commune), as title and uuid, whether or not
    // they registered.
    QList<QPair<Title, QString>> dependents(Title title, const QString &subjectUuid) const;

    // The subjects of a title this year that exist in the registers.
    QStringList subjects(Title title) const;
    // Why some subjects could not be evaluated (no catalogue in force, a subject no longer in the
    // registers), one translated sentence each.
    QStringList problems() const { return m_problems; }

private:
    int subjectIndex(Title title, const QString &uuid) const;
    QString appliesTo(Title title, int subject) const;
    SubjectEvaluation evaluateWith(const Catalogue &catalogue, Title title, const QString &uuid, int subject);
    // How an indicator stands at one level of the ladder.
    enum class LevelState { Met, NotMet, Pending, NotCounted };
    static constexpr int MaxLevels = 4;
    using LevelStates = std::array<LevelState, MaxLevels>; // index: level − 1

    IndicatorOutcome indicatorOutcome(const Catalogue &catalogue, const Indicator &indicator, Title title,
                                      const QString &uuid, int subject, bool judged,
                                      LevelStates *states) const;
    FactResult runFact(const Indicator &indicator, int level, SubjectKind kind, int subject) const;
    // Sets verdict, level, total points; *note explains what the outcomes alone do not (a ladder waiting).
    void applyRule(const Catalogue &catalogue, const std::vector<LevelStates> &states, Title title,
                   const QString &uuid, SubjectEvaluation &result, QString *note) const;
    void problem(const QString &text);
    // The catalogue's indicators in order, listed once per catalogue (not once per subject).
    const QList<const Indicator *> &indicatorsOf(const Catalogue &catalogue) const;

    const EvaluationData &m_data;
    const Catalogue *catalogueFor(Title title, const QString &appliesTo);

    CatalogueSource m_catalogues;
    QHash<QString, const Catalogue *> m_catalogueCache; // title|appliesTo → catalogue (asked once)
    VerdictTable m_verdicts;                            // this run's verdicts
    bool m_seeded = false; // evaluate(): the stored verdicts of the year are in m_verdicts
    QStringList m_problems;
    mutable QHash<const Catalogue *, QList<const Indicator *>> m_indicatorLists;
};

} // namespace sht::criteria
