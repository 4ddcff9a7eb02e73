#include "Tt24SummarySource.h"

#include "CatalogueLibrary.h"
#include "Database.h"
#include "DocumentSettings.h"
#include "EvaluationRepository.h"
#include "ReportLayout.h"
#include "Tt25SelfAssessment.h"

namespace sht::reporting {

using namespace criteria;

ReportInfo Tt24SummarySource::info() const
{
    return {
        QStringLiteral("tt24-summary"), tr("TT 24 self-assessment of a unit"),
        tr("The summary table of criteria and indicators of one local unit (Đơn vị học tập) with evidence "
           "and the self-assessed result, from the year's evaluation."),
        ReportNeeds(ReportNeed::Year) | ReportNeed::LocalUnit};
}

Status Tt24SummarySource::build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                                const ReportProgress &progress) const
{
    const int year = parameters.year;
    if (year < 1900 || year > 2200)
        return Status::failure(tr("Choose the year of the report."));
    if (parameters.subjectUuid.isEmpty())
        return Status::failure(tr("Choose the local unit whose self-assessment to print."));
    Status status;
    const std::optional<ReportLayout> layout = ReportLayout::load(QStringLiteral("tt24-summary"), &status);
    if (!layout)
        return status;
    std::optional<SubjectEvaluation> evaluation =
        EvaluationRepository(db).result(year, Title::LearningUnit, parameters.subjectUuid);
    if (!evaluation)
        return Status::failure(
            tr("This unit has no evaluation for %1 yet: register it for Đơn vị học tập in %1 "
               "and press Evaluate (F5) first.")
                .arg(year));
    const CatalogueLibrary library = CatalogueLibrary::load(db);
    const Catalogue *catalogue = library.find(evaluation->catalogueCode, evaluation->catalogueVersion);
    if (!catalogue)
        return Status::failure(
            tr("The criteria catalogue %1 %2 of the %3 evaluation is no longer in the file: "
               "press Evaluate (F5) again.")
                .arg(evaluation->catalogueCode, evaluation->catalogueVersion)
                .arg(year));
    completeIndicators(*evaluation, *catalogue);
    if (Status s = layout->validateFigures(QStringLiteral("criteria"), Tt25SelfAssessment::figures()); !s)
        return s;
    if (progress && !progress(0, 1))
        return Status::failure(QString());

    ReportDocument d;
    layout->applyTo(d, year, evaluation->subjectName);
    const DocumentSettings settings = DocumentSettings::load(db);
    d.heading =
        settings.heading(parameters.documentDate.isValid() ? parameters.documentDate : QDate::currentDate());
    d.paragraphs = Tt25SelfAssessment::draft(*evaluation, *catalogue, evaluation->subjectName);
    d.tables << layout->makeTable(QStringLiteral("criteria"),
                                  Tt25SelfAssessment::rows(*evaluation, *catalogue));
    d.signatures << settings.preparer() << settings.chairman();
    d.recipients << QStringLiteral("Lưu: VT");
    document = d;
    if (progress)
        progress(1, 1);
    return Status::success();
}

} // namespace sht::reporting
