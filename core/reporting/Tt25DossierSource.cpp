#include "Tt25DossierSource.h"

#include "CatalogueLibrary.h"
#include "Database.h"
#include "DocumentSettings.h"
#include "EvaluationRepository.h"
#include "ReportLayout.h"
#include "ReportRepository.h"
#include "Tt25SelfAssessment.h"

namespace sht::reporting {

using namespace criteria;

ReportInfo Tt25DossierSource::info() const
{
    return {
        QStringLiteral("tt25-dossier"), tr("TT 25 self-assessment of the commune"),
        tr("The summary table of criteria and indicators with evidence and the self-assessed result, and a "
           "draft of the self-assessment report, from the year's evaluation."),
        ReportNeeds(ReportNeed::Year)};
}

Status Tt25DossierSource::build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                                const ReportProgress &progress) const
{
    const int year = parameters.year;
    if (year < 1900 || year > 2200)
        return Status::failure(tr("Choose the year of the report."));
    Status status;
    const std::optional<ReportLayout> layout = ReportLayout::load(QStringLiteral("tt25-dossier"), &status);
    if (!layout)
        return status;
    const EvaluationRepository evaluations(db);
    const QList<StoredVerdictRow> results =
        ReportRepository(db).verdicts(year, titleKey(Title::LearningCommune));
    std::optional<SubjectEvaluation> evaluation;
    if (!results.isEmpty())
        evaluation = evaluations.result(year, Title::LearningCommune, results.constFirst().subjectUuid);
    if (!evaluation)
        return Status::failure(tr("The commune has no evaluation for %1 yet: register the commune for "
                                  "Cộng đồng học tập cấp xã in %1 and press Evaluate (F5) first.")
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

    CommuneName commune;
    ReportRepository(db).commune(&commune);
    ReportDocument d;
    layout->applyTo(d, year, commune.name);
    const DocumentSettings settings = DocumentSettings::load(db);
    d.heading =
        settings.heading(parameters.documentDate.isValid() ? parameters.documentDate : QDate::currentDate());
    d.paragraphs = Tt25SelfAssessment::draft(*evaluation, *catalogue, commune.name);
    d.tables << layout->makeTable(QStringLiteral("criteria"),
                                  Tt25SelfAssessment::rows(*evaluation, *catalogue));
    d.signatures << settings.preparer() << settings.chairman();
    d.recipients << QStringLiteral("UBND huyện (để báo cáo)") << QStringLiteral("Lưu: VT");
    document = d;
    if (progress)
        progress(1, 1);
    return Status::success();
}

} // namespace sht::reporting
