#include "EvaluationCommands.h"

#include "EditCommands.h"
#include "EvaluationRepository.h"
#include "JudgementService.h"
#include "RecognitionService.h"

namespace sht {

EvaluationCommands::EvaluationCommands(EditCommands &edits)
    : m_edits(edits)
{}

QString EvaluationCommands::subjectName(int year, criteria::Title title, const QString &subjectUuid) const
{
    const auto result = EvaluationRepository(m_edits.database()).result(year, title, subjectUuid);
    return result ? result->subjectName : subjectUuid;
}

Status EvaluationCommands::setJudgement(int year, criteria::Title title, const QString &subjectUuid,
                                        const QString &indicator, std::optional<bool> met,
                                        std::optional<double> points, const QString &note,
                                        QList<criteria::SubjectEvaluation> *above)
{
    return m_edits.record(
        tr("Judge %1 of %2 (%3)").arg(indicator, subjectName(year, title, subjectUuid)).arg(year), [&] {
            return JudgementService(m_edits.database())
                .setJudgement(year, title, subjectUuid, indicator, met, points, note, above);
        });
}

Status EvaluationCommands::recognise(int year, criteria::Title title, const QStringList &subjectUuids,
                                     const QString &decisionNumber, const QDate &decisionDate,
                                     const QString &signer)
{
    const QString text = subjectUuids.size() == 1
                             ? tr("Recognise %1 (decision %2)")
                                   .arg(subjectName(year, title, subjectUuids.constFirst()), decisionNumber)
                             : tr("Recognise %n subject(s) (decision %1)", nullptr, int(subjectUuids.size()))
                                   .arg(decisionNumber);
    return m_edits.record(text, [&] {
        return RecognitionService(m_edits.database())
            .recognise(year, title, subjectUuids, decisionNumber, decisionDate, signer);
    });
}

Status EvaluationCommands::withdraw(int year, criteria::Title title, const QString &subjectUuid)
{
    return m_edits.record(
        tr("Withdraw the recognition of %1 (%2)").arg(subjectName(year, title, subjectUuid)).arg(year),
        [&] { return RecognitionService(m_edits.database()).withdraw(year, title, subjectUuid); });
}

} // namespace sht
