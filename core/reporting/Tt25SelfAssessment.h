#pragma once

#include "EvaluationResult.h"
#include "ReportDocument.h"
#include "ReportLayout.h"

namespace sht::reporting {

// The self-assessment papers of a subject evaluated under a ladder instrument (TT 25/2023 for the commune,
// TT 24/2023 for a unit): the summary table of criteria and indicators (requirement, level, evidence
// references, self-assessed result, notes) and a short report draft, from the stored evaluation.
class Tt25SelfAssessment
{
public:
    // The figures of the "criteria" table of tt25-dossier.json and tt24-summary.json.
    static QStringList figures();

    // evaluation must hold its indicators (EvaluationRepository::result) completed from its catalogue.
    static QList<ReportRow> rows(const criteria::SubjectEvaluation &evaluation,
                                 const criteria::Catalogue &catalogue);
    // The draft: what was assessed under which text, the counts, the result and what is proposed.
    static QStringList draft(const criteria::SubjectEvaluation &evaluation,
                             const criteria::Catalogue &catalogue, const QString &subject);
    static QString resultText(const std::optional<bool> &met);
};

} // namespace sht::reporting
