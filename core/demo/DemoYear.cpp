#include "DemoYear.h"

#include "AdminUnitRepository.h"
#include "CatalogueLibrary.h"
#include "DemoRandom.h"
#include "DocumentSettings.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "JudgementRepository.h"
#include "LocalUnitRepository.h"
#include "RecognitionService.h"
#include "RegistrationService.h"
#include "Transaction.h"

#include <QDate>

namespace sht::demo {

using namespace criteria;

namespace {

// The titles subjects register for, in the order the council meets (bottom-up).
const QList<Title> &registeredTitles()
{
    static const QList<Title> titles{Title::LearningCitizen, Title::LearningFamily, Title::LearningClan,
                                     Title::LearningVillage, Title::LearningUnit};
    return titles;
}

} // namespace

DemoYear::DemoYear(Database &db, DemoRandom &random, DemoYearOptions options)
    : m_db(db)
    , m_random(random)
    , m_options(std::move(options))
{}

Status DemoYear::live(int year, DemoYearReport *report)
{
    DemoYearReport done;
    done.year = year;
    if (Status s = registerEveryone(year, done); !s)
        return s;
    if (Status s = EvaluationService(m_db).evaluateYear(year, {}, nullptr); !s)
        return s;
    if (Status s = judge(year, done); !s)
        return s;
    for (const SubjectEvaluation &e : EvaluationRepository(m_db).results(year)) {
        if (!registeredTitles().contains(e.title))
            continue;
        if (e.verdict == Verdict::Met)
            ++done.met;
        else if (e.verdict == Verdict::NotMet)
            ++done.notMet;
        else
            ++done.waiting;
    }
    if (Status s = recognise(year, done); !s)
        return s;
    if (report)
        *report = done;
    return Status::success();
}

Status DemoYear::registerEveryone(int year, DemoYearReport &report)
{
    QList<qint64> villages;
    for (const AdminUnit &village : AdminUnitRepository(m_db).villages())
        villages << village.id;
    RegistrationService registrations(m_db);
    for (Title title : registeredTitles()) {
        int added = 0;
        if (Status s = registrations.registerVillages(year, title, villages, &added); !s)
            return s;
        report.registered += added;
    }
    // Units without an address belong to no village and register on their own (registering twice keeps
    // one row).
    QStringList units;
    for (const LocalUnit &unit : LocalUnitRepository(m_db).all())
        units << unit.uuid;
    int added = 0;
    if (Status s =
            registrations.registerSubjects(year, Title::LearningUnit, SubjectKind::LocalUnit, units, &added);
        !s)
        return s;
    report.registered += added;
    return Status::success();
}

Status DemoYear::judge(int year, DemoYearReport &report)
{
    // The council meets in early December and writes its minutes.
    // (Never after today: a demo of the current year shows no papers from the future.)
    const QDate meeting = qMin(QDate(year, 12, m_random.between(1, 8)), QDate::currentDate());
    const QString note =
        QStringLiteral("Biên bản họp hội đồng ngày %1").arg(meeting.toString(QStringLiteral("dd/MM/yyyy")));
    const CatalogueLibrary library = CatalogueLibrary::load(m_db);
    for (Title title : allTitles()) {
        // The judgements of a title are written in one transaction through the repository (audited);
        // JudgementService would evaluate each subject again after each one, minutes for a commune. The
        // evaluation below gives the same verdicts, and the next title sees them.
        Transaction transaction(m_db);
        if (!transaction.status())
            return transaction.status();
        JudgementRepository judgements(m_db);
        int waiting = 0;
        int judgedHere = 0;
        for (const SubjectEvaluation &e : EvaluationRepository(m_db).results(year, title)) {
            if (e.verdict != Verdict::Pending)
                continue;
            if (m_options.keepWaitingEvery > 0 && ++waiting % m_options.keepWaitingEvery == 0)
                continue;
            const Catalogue *catalogue = library.find(e.catalogueCode, e.catalogueVersion);
            if (!catalogue)
                return Status::failure(
                    tr("The demo year cannot be made: catalogue %1 is missing.").arg(e.catalogueCode));
            QList<const Indicator *> judged;
            for (const Indicator *indicator : catalogue->indicators())
                if (indicator->kind == IndicatorKind::Judged)
                    judged << indicator;
            if (judged.isEmpty())
                continue;
            const int failing =
                m_random.chance(m_options.failShare) ? m_random.between(0, int(judged.size()) - 1) : -1;
            for (int i = 0; i < judged.size(); ++i) {
                const Indicator *indicator = judged.at(i);
                JudgementRow row;
                row.year = year;
                row.title = title;
                row.subjectUuid = e.subjectUuid;
                row.indicator = indicator->code;
                row.met = i != failing;
                if (indicator->points > 0)
                    row.points = i == failing ? 0.0 : indicator->points;
                row.note = note;
                row.judgedOn = meeting.toString(Qt::ISODate);
                if (Status s = judgements.insert(row); !s)
                    return s;
                ++report.judgements;
            }
            ++judgedHere;
        }
        if (Status s = transaction.commit(); !s)
            return s;
        if (judgedHere > 0)
            if (Status s = EvaluationService(m_db).evaluateYear(year, {}, nullptr); !s)
                return s;
    }
    return Status::success();
}

Status DemoYear::recognise(int year, DemoYearReport &report)
{
    // One decision a title, numbered in the committee's register of the year and dated after the meeting.
    int number = m_random.between(11, 30);
    for (Title title : registeredTitles()) {
        QStringList met;
        for (const SubjectEvaluation &e : EvaluationRepository(m_db).results(year, title))
            if (e.verdict == Verdict::Met)
                met << e.subjectUuid;
        if (met.isEmpty())
            continue;
        const QString decision = QStringLiteral("%1/QĐ-UBND").arg(number);
        number += m_random.between(1, 3);
        const QDate date = qMin(QDate(year, 12, m_random.between(15, 28)), QDate::currentDate());
        const QString signer =
            title == Title::LearningCitizen ? m_options.associationChairmanName : m_options.chairmanName;
        if (Status s = RecognitionService(m_db).recognise(year, title, met, decision, date, signer); !s)
            return s;
        report.recognised += int(met.size());
    }
    return Status::success();
}

Status DemoYear::setSigners(Database &db, const DemoYearOptions &options)
{
    reporting::DocumentSettings settings = reporting::DocumentSettings::load(db);
    settings.chairmanName = options.chairmanName;
    settings.associationChairmanName = options.associationChairmanName;
    settings.preparerName = options.preparerName;
    return settings.save(db);
}

} // namespace sht::demo
