#pragma once

#include "EvaluationData.h"
#include "EvaluationResult.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace sht {

class Database;

// The stored results of the evaluation (evaluation + indicator_result): read by the evaluation page, the
// CLI and the reports; written only by EvaluationService.
//
// Results are derived data: they are recomputed from the registers, the catalogues, the judgements and the
// recognitions at any time, so they are written with cached raw statements in one transaction, not through
// AuditedWriter (no audit entry, no undo record: an audit trail of 100,000 recomputed rows would drown the
// council's real decisions, and evaluating again gives the same rows back). What the council decides —
// judgements, recognitions — is audited (JudgementRepository, RecognitionRepository).
//
// Judged indicators still waiting for the council with nothing to show are not stored (see
// criteria::completeIndicators, which lists them again from the catalogue).
class EvaluationRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    explicit EvaluationRepository(Database &db);

    // Without indicators, sorted by village then name (Vietnamese order); summary from the stored failed
    // and waiting indicators; decisionNumber from the recognition of the year.
    QList<criteria::SubjectEvaluation> results(int year, std::optional<criteria::Title> title = {}) const;
    // With indicators (stored ones; see completeIndicators) and their evidence.
    std::optional<criteria::SubjectEvaluation> result(int year, criteria::Title title,
                                                      const QString &subjectUuid) const;
    // Years with stored results, ascending.
    QList<int> availableYears() const;
    // title|subject → verdict and level stored for the year.
    QHash<QString, criteria::StoredVerdict> verdicts(int year) const;
    // Whether any stored result was computed with that catalogue version (a clone in use cannot go).
    bool usesCatalogue(const QString &code, const QString &version) const;

    // Replaces every stored result of the year with these; the caller holds the transaction. progress(done,
    // total) returning false stops with a failure (the caller's transaction then rolls back).
    Status replaceYear(int year, const QList<criteria::SubjectEvaluation> &results,
                       const std::function<bool(int, int)> &progress = {});
    // Replaces the stored result of one subject (after a judgement).
    Status replaceSubject(const criteria::SubjectEvaluation &result);

private:
    struct Statements;
    Status statements(Statements *out);
    Status insert(Statements &statements, const criteria::SubjectEvaluation &result,
                  const QString &evaluatedAt);

    Database &m_db;
};

} // namespace sht
