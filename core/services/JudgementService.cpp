#include "JudgementService.h"

#include "Database.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "JudgementRepository.h"
#include "Transaction.h"

#include <QDate>

namespace sht {

using namespace criteria;

JudgementService::JudgementService(Database &db)
    : m_db(db)
{}

Status JudgementService::setJudgement(int year, Title title, const QString &subjectUuid,
                                      const QString &indicator, std::optional<bool> met,
                                      std::optional<double> points, const QString &note,
                                      QList<SubjectEvaluation> *above)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    EvaluationService evaluation(m_db);
    const auto stored = EvaluationRepository(m_db).result(year, title, subjectUuid);
    if (!stored)
        return Status::failure(
            tr("Evaluate %1 first: the council judges subjects that have a result.").arg(year));
    const auto catalogue = evaluation.catalogueOf(*stored);
    if (!catalogue)
        return Status::failure(
            tr("The criteria catalogue of this result is no longer available; evaluate the "
               "year again."));
    const Indicator *rule = catalogue->indicator(indicator);
    if (!rule)
        return Status::failure(
            tr("The criteria catalogue %1 has no indicator %2.").arg(catalogue->code, indicator));
    if (points && (*points < 0 || (rule->points > 0 && *points > rule->points)))
        return Status::failure(
            tr("Indicator %1 is scored from 0 to %2 points.").arg(indicator).arg(rule->points));
    if (points && rule->points <= 0)
        return Status::failure(tr("Indicator %1 is met or not met; it takes no points.").arg(indicator));

    JudgementRepository judgements(m_db);
    auto row = judgements.find(year, title, subjectUuid, indicator);
    const bool empty = !met && !points && note.trimmed().isEmpty();
    if (empty) {
        if (row)
            if (Status s = judgements.remove(row->id); !s)
                return s;
    } else if (row) {
        row->met = met;
        row->points = points;
        row->note = note.trimmed();
        row->judgedOn = QDate::currentDate().toString(Qt::ISODate);
        if (Status s = judgements.update(*row); !s)
            return s;
    } else {
        JudgementRow fresh;
        fresh.year = year;
        fresh.title = title;
        fresh.subjectUuid = subjectUuid;
        fresh.indicator = indicator;
        fresh.met = met;
        fresh.points = points;
        fresh.note = note.trimmed();
        fresh.judgedOn = QDate::currentDate().toString(Qt::ISODate);
        if (Status s = judgements.insert(fresh); !s)
            return s;
    }
    if (Status s = evaluation.evaluateSubject(year, title, subjectUuid, nullptr, above); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
