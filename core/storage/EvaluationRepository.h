#pragma once

#include "EvaluationData.h"
#include "EvaluationResult.h"
#include "Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace sht {

class Database;

// What writing results changed: evaluation rows, and indicator_result rows.
struct EvaluationWriteStats
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    int indicatorsInserted = 0;
    int indicatorsUpdated = 0;
    int indicatorsDeleted = 0;

    EvaluationWriteStats &operator+=(const EvaluationWriteStats &other)
    {
        inserted += other.inserted;
        updated += other.updated;
        unchanged += other.unchanged;
        deleted += other.deleted;
        indicatorsInserted += other.indicatorsInserted;
        indicatorsUpdated += other.indicatorsUpdated;
        indicatorsDeleted += other.indicatorsDeleted;
        return *this;
    }
};

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
    // The same without the citizens (a year holds ~80,000 of them), plus those of the given citizens.
    QHash<QString, criteria::StoredVerdict> verdicts(int year, const QStringList &citizenUuids) const;
    // Whether any stored result was computed with that catalogue version (a clone in use cannot go).
    bool usesCatalogue(const QString &code, const QString &version) const;

    // Makes the stored results of the year these; the caller holds the transaction. Writes only the
    // difference: unchanged results keep their rows untouched (id, uuid, evaluated_at), changed ones are
    // updated in place (evaluated_at = now, revision + 1), new ones inserted, results not among these
    // deleted. progress(done, total) returning false stops with a failure (the caller's transaction then
    // rolls back). *stats (when given) counts what was written.
    Status replaceYear(int year, const QList<criteria::SubjectEvaluation> &results,
                       const std::function<bool(int, int)> &progress = {},
                       EvaluationWriteStats *stats = nullptr);
    // Replaces the stored result of one subject (after a judgement), the same way.
    Status replaceSubject(const criteria::SubjectEvaluation &result);
    // The same for several subjects (a judged subject and the ones above it that depend on it).
    Status replaceSubjects(const QList<criteria::SubjectEvaluation> &results,
                           EvaluationWriteStats *stats = nullptr);

    // Writes the results of a year while they are still being judged (EvaluationService::evaluateYear): a
    // thread of its own writes the batches handed over with add(), in order, through the connection's raw
    // handle (SQLite serialises calls on one connection), the same rows replaceYear would. The caller holds
    // the transaction and does not use the connection between the constructor and finish(); a destructor
    // without finish() cancels (the caller's transaction then rolls back).
    class YearStream
    {
    public:
        YearStream(Database &db, int year);
        ~YearStream();
        YearStream(const YearStream &) = delete;
        YearStream &operator=(const YearStream &) = delete;

        void add(QList<criteria::SubjectEvaluation> batch);
        // No more batches: the writer deletes the stored results no batch matched, then stops.
        void close();
        // Stops the writer at the next result; finish() then fails.
        void cancel();
        // Results written so far (any thread).
        int written() const;
        // Whether writing already failed (then judging further is pointless).
        bool failed() const;
        // Waits up to milliseconds; true once the writer stopped (everything written, failed or cancelled).
        bool wait(int milliseconds);
        // Waits for the writer and says how it ended; *stats (when given) counts what was written.
        Status finish(EvaluationWriteStats *stats = nullptr);

    private:
        struct State;
        std::unique_ptr<State> d;
    };

private:
    class Writer; // the bulk writer comparing with the stored rows (EvaluationRepository.cpp)

    Database &m_db;
};

} // namespace sht
