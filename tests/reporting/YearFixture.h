#pragma once

// A year as a commune lives it, made through the services only: every village's households, citizens, clans,
// units and the villages themselves registered, evaluated (F5), the council's judgements (audited) entered
// for most of the subjects that wait for them, evaluated again, and every subject that met its title
// recognised.
#include "AdminUnitRepository.h"
#include "CatalogueLibrary.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "JudgementRepository.h"
#include "LocalUnitRepository.h"
#include "RecognitionService.h"
#include "RegistrationService.h"
#include "Status.h"
#include "Transaction.h"

#include <QDate>

namespace sht::test {

inline Status prepareYear(Database &db, int year, int judgeEvery = 4)
{
    using namespace criteria;
    const QList<Title> registered{Title::LearningCitizen, Title::LearningFamily, Title::LearningClan,
                                  Title::LearningVillage, Title::LearningUnit};
    RegistrationService registrations(db);
    for (const AdminUnit &village : AdminUnitRepository(db).villages())
        for (Title title : registered)
            if (Status s = registrations.registerVillage(year, title, village.id); !s)
                return s;
    // Units and clans outside any village (a unit without an address) register as well.
    QStringList units;
    for (const LocalUnit &unit : LocalUnitRepository(db).all())
        units << unit.uuid;
    if (Status s = registrations.registerSubjects(year, Title::LearningUnit, SubjectKind::LocalUnit, units);
        !s)
        return s;
    EvaluationRun run;
    if (Status s = EvaluationService(db).evaluateYear(year, {}, &run); !s)
        return s;
    // Bottom-up, so families see their citizens' judgements: judge (all met, full points) the waiting
    // subjects but every judgeEvery-th, which keeps waiting.
    const CatalogueLibrary library = CatalogueLibrary::load(db);
    for (Title title : allTitles()) {
        const EvaluationRepository evaluations(db);
        // The council's judgements written in one go (JudgementService evaluates the subject again after
        // each one, which would take minutes here); the evaluation below gives the same verdicts.
        Transaction transaction(db);
        JudgementRepository judgements(db);
        int index = 0;
        for (const SubjectEvaluation &e : evaluations.results(year, title)) {
            if (e.verdict != Verdict::Pending || ++index % judgeEvery == 0)
                continue;
            const Catalogue *catalogue = library.find(e.catalogueCode, e.catalogueVersion);
            if (!catalogue)
                return Status::failure(QStringLiteral("no catalogue %1").arg(e.catalogueCode));
            for (const Indicator *indicator : catalogue->indicators()) {
                if (indicator->kind != IndicatorKind::Judged)
                    continue;
                JudgementRow row;
                row.year = year;
                row.title = title;
                row.subjectUuid = e.subjectUuid;
                row.indicator = indicator->code;
                row.met = true;
                if (indicator->points > 0)
                    row.points = indicator->points;
                row.note = QStringLiteral("Biên bản họp hội đồng");
                row.judgedOn = QDate::currentDate().toString(Qt::ISODate);
                if (Status s = judgements.insert(row); !s)
                    return s;
            }
        }
        if (Status s = transaction.commit(); !s)
            return s;
        if (Status s = EvaluationService(db).evaluateYear(year, {}, &run); !s)
            return s;
    }
    for (Title title : registered) {
        QStringList met;
        for (const SubjectEvaluation &e : EvaluationRepository(db).results(year, title))
            if (e.verdict == Verdict::Met)
                met << e.subjectUuid;
        if (!met.isEmpty())
            if (Status s = RecognitionService(db).recognise(year, title, met, QStringLiteral("12/QĐ-UBND"),
                                                            qMin(QDate(year, 12, 20), QDate::currentDate()),
                                                            QStringLiteral("Nguyễn Văn An"));
                !s)
                return s;
    }
    return Status::success();
}

} // namespace sht::test
