#include "EvaluationService.h"

#include "CatalogueLibrary.h"
#include "Database.h"
#include "EvaluationDataRepository.h"
#include "EvaluationRepository.h"
#include "Evaluator.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QSet>

namespace sht {

using namespace criteria;

EvaluationService::EvaluationService(Database &db)
    : m_db(db)
{}

EvaluationService::~EvaluationService() = default;

void EvaluationService::setCatalogues(const QList<Catalogue> &catalogues)
{
    m_library = std::make_unique<CatalogueLibrary>();
    for (const Catalogue &c : catalogues)
        m_library->add(c);
}

Status EvaluationService::ensureCatalogues()
{
    if (m_library)
        return Status::success();
    Status status;
    m_library = std::make_unique<CatalogueLibrary>(CatalogueLibrary::load(m_db, &status));
    // A built-in that failed to load is a defect of the app; the others still judge.
    if (m_library->size() == 0)
        return Status::failure(status ? tr("No criteria catalogue could be loaded.") : status.message());
    return Status::success();
}

Status EvaluationService::evaluateYear(int year, const std::function<bool(int, int)> &progress,
                                       EvaluationRun *run)
{
    QElapsedTimer timer;
    timer.start();
    if (year < 1900 || year > 2200)
        return Status::failure(tr("Choose a year to evaluate."));
    if (Status s = ensureCatalogues(); !s)
        return s;
    EvaluationData data;
    if (Status s = EvaluationDataRepository::load(m_db, year, &data); !s)
        return s;

    // Reading takes a tenth, judging a third, writing the rest: progress runs over judge + write.
    QList<SubjectEvaluation> results;
    Evaluator evaluator(data, [&](Title title, const QString &appliesTo) {
        return m_library->catalogueFor(title, year, appliesTo);
    });
    int total = 0;
    auto judging = [&](int done, int all) {
        total = all;
        return !progress || progress(done, all * 2);
    };
    if (!evaluator.evaluateAll(&results, judging))
        return Status::failure(tr("Cancelled; nothing was written."));

    EvaluationRun done;
    done.year = year;
    done.evaluated = int(results.size());
    done.problems = evaluator.problems();
    QSet<QString> seen;
    for (const SubjectEvaluation &r : results) {
        QList<int> &counts = done.counts[r.title];
        if (counts.isEmpty())
            counts = {0, 0, 0};
        ++counts[r.verdict == Verdict::Met ? 0 : r.verdict == Verdict::NotMet ? 1 : 2];
        if (data.stored.isEmpty())
            continue; // a first evaluation: nothing to compare with
        const QString key = EvaluationData::key(r.title, r.subjectUuid);
        seen.insert(key);
        const auto stored = data.stored.constFind(key);
        if (stored == data.stored.constEnd()) {
            done.changes << VerdictChange{r.title, r.subjectUuid, r.subjectName, std::nullopt, r.verdict,
                                          0,       r.level};
        } else if (stored->verdict != r.verdict || stored->level != r.level) {
            done.changes << VerdictChange{r.title,   r.subjectUuid, r.subjectName, stored->verdict,
                                          r.verdict, stored->level, r.level};
        }
    }
    // Results that go away (a registration withdrawn, a subject deleted) are changes too.
    for (auto it = data.stored.constBegin(); it != data.stored.constEnd(); ++it) {
        if (seen.contains(it.key()))
            continue;
        const QString title = it.key().section(QLatin1Char('|'), 0, 0);
        const QString uuid = it.key().section(QLatin1Char('|'), 1);
        if (const auto t = titleFromKey(title))
            done.changes << VerdictChange{
                *t, uuid, data.subjectName(*t, uuid), it->verdict, Verdict::Pending, it->level, 0};
    }

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const int judged = int(results.size());
    if (Status s = EvaluationRepository(m_db).replaceYear(
            year, results,
            [&](int written, int) { return !progress || progress(judged + written, judged * 2); });
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (progress)
        progress(judged * 2, judged * 2);
    done.elapsedMs = timer.elapsed();
    done.results = std::move(results);
    if (run)
        *run = std::move(done);
    Q_UNUSED(total);
    return Status::success();
}

Status EvaluationService::evaluateSubject(int year, Title title, const QString &subjectUuid,
                                          SubjectEvaluation *out)
{
    if (Status s = ensureCatalogues(); !s)
        return s;
    EvaluationData data;
    if (Status s = EvaluationDataRepository::load(m_db, year, &data); !s)
        return s;
    Evaluator evaluator(
        data, [&](Title t, const QString &appliesTo) { return m_library->catalogueFor(t, year, appliesTo); });
    const std::optional<SubjectEvaluation> result = evaluator.evaluate(title, subjectUuid);
    if (!result)
        return Status::failure(evaluator.problems().value(0, tr("The subject could not be evaluated.")));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = EvaluationRepository(m_db).replaceSubject(*result); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (out)
        *out = *result;
    return Status::success();
}

std::optional<Catalogue> EvaluationService::catalogueOf(const SubjectEvaluation &evaluation)
{
    if (!ensureCatalogues())
        return std::nullopt;
    if (const Catalogue *c = m_library->find(evaluation.catalogueCode, evaluation.catalogueVersion))
        return *c;
    if (const Catalogue *c = m_library->catalogueFor(evaluation.title, evaluation.year))
        return *c;
    return std::nullopt;
}

} // namespace sht
