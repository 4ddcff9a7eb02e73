#include "EvaluationService.h"

#include "CatalogueLibrary.h"
#include "Database.h"
#include "EvaluationDataRepository.h"
#include "EvaluationRepository.h"
#include "Evaluator.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

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

    // Judging and writing overlap: each finished batch of results goes to a writer thread (which owns the
    // connection until finish()) while the next titles are judged; on two cores the write, the longest
    // part, then costs little more than the judging. Progress runs over judge + write.
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    EvaluationRepository::YearStream stream(m_db, year);
    QList<SubjectEvaluation> results;
    int handed = 0;
    auto handOver = [&] {
        if (results.size() > handed) {
            stream.add(results.mid(handed)); // copies share their texts: no deep copy
            handed = int(results.size());
        }
    };
    Evaluator evaluator(data, [&](Title title, const QString &appliesTo) {
        return m_library->catalogueFor(title, year, appliesTo);
    });
    bool writeFailed = false;
    auto judging = [&](int done, int all) {
        handOver();
        if (stream.failed()) {
            writeFailed = true;
            return false;
        }
        return !progress || progress(done, all * 2);
    };
    if (!evaluator.evaluateAll(&results, judging)) {
        stream.cancel();
        const Status written = stream.finish();
        return writeFailed && !written ? written : Status::failure(tr("Cancelled; nothing was written."));
    }
    handOver();
    stream.close();

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

    // The changes above were listed while the writer wrote; now wait for it, showing its progress.
    const int judged = int(results.size());
    while (!stream.wait(50))
        if (progress && !progress(judged + stream.written(), judged * 2)) {
            stream.cancel();
            break;
        }
    if (Status s = stream.finish(&done.written); !s)
        return s;
    // The last chance to cancel: everything is written, nothing committed.
    if (judged > 0 && progress && !progress(judged * 2, judged * 2))
        return Status::failure(tr("Cancelled; nothing was written."));
    if (Status s = transaction.commit(); !s)
        return s;
    done.elapsedMs = timer.elapsed();
    done.results = std::move(results);
    if (run)
        *run = std::move(done);
    return Status::success();
}

Status EvaluationService::evaluateSubject(int year, Title title, const QString &subjectUuid,
                                          SubjectEvaluation *out, QList<SubjectEvaluation> *above)
{
    if (above)
        above->clear();
    if (Status s = ensureCatalogues(); !s)
        return s;
    auto catalogues = [&](Title t, const QString &appliesTo) {
        return m_library->catalogueFor(t, year, appliesTo);
    };
    EvaluationData data;
    if (Status s = EvaluationDataRepository::loadFor(m_db, year, title, subjectUuid, &data); !s)
        return s;
    auto evaluator = std::make_unique<Evaluator>(data, catalogues);
    std::optional<SubjectEvaluation> result = evaluator->evaluate(title, subjectUuid);
    if (!result)
        return Status::failure(evaluator->problems().value(0, tr("The subject could not be evaluated.")));

    QList<SubjectEvaluation> written{*result};
    const auto stored = data.stored.constFind(EvaluationData::key(title, subjectUuid));
    const bool changed = stored == data.stored.constEnd() || stored->verdict != result->verdict ||
                         stored->level != result->level;
    QList<QPair<Title, QString>> dependents =
        changed ? evaluator->dependents(title, subjectUuid) : QList<QPair<Title, QString>>();
    // Only results the year already shows are followed (an unregistered clan gets none here).
    dependents.erase(std::remove_if(dependents.begin(), dependents.end(),
                                    [&](const QPair<Title, QString> &d) {
                                        return !data.stored.contains(EvaluationData::key(d.first, d.second));
                                    }),
                     dependents.end());
    if (!dependents.isEmpty()) {
        const bool everyone =
            std::any_of(dependents.cbegin(), dependents.cend(),
                        [](const QPair<Title, QString> &d) { return d.first == Title::LearningCommune; });
        if (everyone) {
            // The commune counts every citizen: the whole year is read, and the subject judged again in it so
            // that its new verdict is the one counted.
            if (Status s = EvaluationDataRepository::load(m_db, year, &data); !s)
                return s;
            evaluator = std::make_unique<Evaluator>(data, catalogues);
            result = evaluator->evaluate(title, subjectUuid);
            if (!result)
                return Status::failure(
                    evaluator->problems().value(0, tr("The subject could not be evaluated.")));
            written = {*result};
        }
        for (const auto &[dependentTitle, dependentUuid] : dependents)
            if (const auto higher = evaluator->evaluate(dependentTitle, dependentUuid))
                written << *higher;
    }

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = EvaluationRepository(m_db).replaceSubjects(written); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (out)
        *out = written.front();
    if (above)
        *above = written.mid(1);
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
