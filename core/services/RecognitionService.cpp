#include "RecognitionService.h"

#include "Database.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "RecognitionRepository.h"
#include "Transaction.h"

namespace sht {

using namespace criteria;

RecognitionService::RecognitionService(Database &db)
    : m_db(db)
{}

Status RecognitionService::recognise(int year, Title title, const QStringList &subjectUuids,
                                     const QString &decisionNumber, const QDate &decisionDate,
                                     const QString &signer)
{
    if (subjectUuids.isEmpty())
        return Status::failure(tr("Choose the subjects to recognise."));
    if (decisionNumber.trimmed().isEmpty())
        return Status::failure(tr("Type the number of the recognition decision."));
    if (!decisionDate.isValid())
        return Status::failure(tr("Enter the date of the recognition decision."));
    if (decisionDate.year() < year)
        return Status::failure(tr("A recognition for %1 cannot be decided before the year has begun (%2).")
                                   .arg(year)
                                   .arg(decisionDate.toString(QStringLiteral("dd/MM/yyyy"))));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    EvaluationRepository results(m_db);
    RecognitionRepository recognitions(m_db);
    EvaluationService service(m_db);
    for (const QString &uuid : subjectUuids) {
        const auto result = results.result(year, title, uuid);
        if (!result)
            return Status::failure(
                tr("%1 has no result for %2: evaluate the year first.").arg(uuid).arg(year));
        if (result->verdict != Verdict::Met)
            return Status::failure(
                tr("%1 does not meet the criteria for %2 (%3); only subjects that meet them can "
                   "be recognised.")
                    .arg(result->subjectName)
                    .arg(year)
                    .arg(result->summary));
        const auto catalogue = service.catalogueOf(*result);
        const int months = catalogue ? qMax(1, catalogue->validityMonths) : 12;
        Recognition r;
        if (const auto existing = recognitions.find(year, title, uuid))
            r = *existing;
        r.year = year;
        r.title = title;
        r.subjectKind = result->subjectKind;
        r.subjectUuid = uuid;
        r.level = result->level;
        r.decisionNumber = decisionNumber.trimmed();
        r.decisionDate = decisionDate;
        r.signer = signer.trimmed();
        r.validFrom = decisionDate;
        r.validTo = decisionDate.addMonths(months).addDays(-1);
        if (Status s = r.id ? recognitions.update(r) : recognitions.insert(r); !s)
            return s;
    }
    return transaction.commit();
}

Status RecognitionService::withdraw(int year, Title title, const QString &subjectUuid)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    RecognitionRepository recognitions(m_db);
    const auto existing = recognitions.find(year, title, subjectUuid);
    if (!existing)
        return Status::failure(tr("There is no recognition for %1 to withdraw.").arg(year));
    if (Status s = recognitions.remove(existing->id); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
