#pragma once

#include "Catalogue.h"
#include "EvaluationResult.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sht {

class EditCommands;

// The council's decisions as undoable steps (Edit > History): a judgement, a recognition, a withdrawal.
// Undo and redo restore the judgement and recognition rows; the stored verdict of a judged subject is
// derived data, so a page that shows it evaluates the subject again when the "judgement" table changes
// (EvaluationService::evaluateSubject), as the evaluation page does.
class EvaluationCommands
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationCommands)

public:
    explicit EvaluationCommands(EditCommands &edits);

    // *above: the results above the subject that followed its new verdict (a household's clan and village).
    Status setJudgement(int year, criteria::Title title, const QString &subjectUuid, const QString &indicator,
                        std::optional<bool> met, std::optional<double> points, const QString &note,
                        QList<criteria::SubjectEvaluation> *above = nullptr);
    Status recognise(int year, criteria::Title title, const QStringList &subjectUuids,
                     const QString &decisionNumber, const QDate &decisionDate, const QString &signer);
    Status withdraw(int year, criteria::Title title, const QString &subjectUuid);

private:
    QString subjectName(int year, criteria::Title title, const QString &subjectUuid) const;

    EditCommands &m_edits;
};

} // namespace sht
