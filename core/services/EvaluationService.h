#pragma once

#include "Catalogue.h"
#include "EvaluationRepository.h"
#include "EvaluationResult.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sht {

class Database;

namespace criteria {
class CatalogueLibrary;
}

// A verdict that differs from the one stored before the evaluation ran (before empty: a new subject).
struct VerdictChange
{
    criteria::Title title = criteria::Title::LearningFamily;
    QString subjectUuid;
    QString subjectName;
    std::optional<criteria::Verdict> before;
    criteria::Verdict after = criteria::Verdict::Pending;
    int levelBefore = 0;
    int levelAfter = 0;
};

struct EvaluationRun
{
    int year = 0;
    int evaluated = 0;
    QMap<criteria::Title, QList<int>> counts; // met, not met, pending
    QList<VerdictChange> changes;             // also subjects whose stored result went away (after = pending)
    QStringList problems;                     // subjects that could not be evaluated, and why
    qint64 elapsedMs = 0;
    QList<criteria::SubjectEvaluation> results; // what was stored, with indicators and evidence, bottom-up
    EvaluationWriteStats written;               // rows inserted, updated, left unchanged, deleted
};

// Evaluates the learning titles of a year from the registers with the catalogues in force
// (CatalogueLibrary::load: a clone in the file wins over its built-in) and stores the results.
class EvaluationService
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationService)

public:
    explicit EvaluationService(Database &db);
    ~EvaluationService();

    // Tests and tools may judge with other catalogues than the file's.
    void setCatalogues(const QList<criteria::Catalogue> &catalogues);

    // Evaluates every registered subject of the year bottom-up with the catalogues in force; replaces the
    // year's stored results in one transaction; progress(done, total) returning false cancels (nothing
    // written). *run says what came out and what changed versus the stored results. A second thread writes
    // while this one judges (EvaluationRepository::YearStream); progress is called on the calling thread
    // only, and must not use the file's connection meanwhile.
    Status evaluateYear(int year, const std::function<bool(int, int)> &progress, EvaluationRun *run);
    // Re-evaluates one subject (after a judgement) and stores its result, reading only what it needs; when
    // its verdict or level changed, the subjects above it that count it and have a stored result for the
    // year are evaluated again too (a household's clan and village; a citizen's village, units and the
    // commune), so higher titles follow without evaluating the whole year. *above (when given) lists those
    // results. The titles below the subject are taken as stored for the year.
    Status evaluateSubject(int year, criteria::Title title, const QString &subjectUuid,
                           criteria::SubjectEvaluation *out,
                           QList<criteria::SubjectEvaluation> *above = nullptr);

    // The catalogue a stored result names (to explain it), or the one in force when that version is gone.
    std::optional<criteria::Catalogue> catalogueOf(const criteria::SubjectEvaluation &evaluation);

private:
    Status ensureCatalogues();

    Database &m_db;
    std::unique_ptr<criteria::CatalogueLibrary> m_library;
};

} // namespace sht
