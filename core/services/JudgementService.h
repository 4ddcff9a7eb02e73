#pragma once

#include "Catalogue.h"
#include "EvaluationResult.h"
#include "Status.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sht {

class Database;

// The council's judgements of judged indicators (the evaluation meeting). Each call is one transaction:
// the judgement is written through the audited writer, then the subject is evaluated again so its stored
// verdict follows at once.
class JudgementService
{
    Q_DECLARE_TR_FUNCTIONS(JudgementService)

public:
    explicit JudgementService(Database &db);

    // met and points both empty and an empty note remove the judgement (the indicator waits again).
    // Refused: an indicator the subject's catalogue does not have, points outside 0..the indicator's points.
    // *above (when given): the results above the subject evaluated again because its verdict changed
    // (EvaluationService::evaluateSubject).
    Status setJudgement(int year, criteria::Title title, const QString &subjectUuid, const QString &indicator,
                        std::optional<bool> met, std::optional<double> points, const QString &note,
                        QList<criteria::SubjectEvaluation> *above = nullptr);

private:
    Database &m_db;
};

} // namespace sht
