#pragma once

#include "Catalogue.h"
#include "Education.h"
#include "EvaluationResult.h"
#include "PartialDate.h"
#include "Person.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace sht::criteria {

// What the evaluation of one year knows about the commune, read in bulk once (EvaluationDataRepository)
// and then only looked at: the facts and the evaluator never touch the database.
//
// Everything is taken as it stood on 31/12 of the year (TT 25/2023: the data of a year cover 01/01–31/12),
// which decides the deliberate cases: a person who moved away or died during the year is no longer a
// member of their household; a household that moved to another village during the year counts in the
// village it was in on 31/12; a household that left a village during the year is listed as such in the
// village's evidence but is not counted.
struct EvalPerson
{
    qint64 id = 0;
    QString uuid;
    QString name;
    PartialDate birthDate;
    int age = -1; // at 31/12 of the year (year-only birth dates: year − birth year); -1 when unknown
    Education education;
    SchoolStatus schoolStatus = SchoolStatus::Unknown;
    bool alive = true;  // living on 31/12 of the year
    int household = -1; // the household they belong to on 31/12 (index into households), -1 none
    int courses = 0;    // distinct courses of the learning centre attended in the year
    int sessions = 0;   // sessions attended in the year
};

struct EvalHousehold
{
    qint64 id = 0;
    QString uuid;
    QString code;
    int village = -1;   // the village on 31/12 (index into villages), -1 none
    int head = -1;      // the current head on 31/12 (index into people), -1 none
    QList<int> members; // living members on 31/12 (indexes into people)
    int clan = -1;      // index into clans, -1 none
};

// A household that was in a village during the year but not on 31/12.
struct DepartedHousehold
{
    int household = -1;
    QDate left;
};

struct EvalVillage
{
    qint64 id = 0;
    QString uuid;
    QString name;
    bool current = true;               // not merged away by 31/12
    QList<int> households;             // on 31/12
    QList<DepartedHousehold> departed; // left during the year
};

struct EvalClan
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QList<int> households;
};

struct EvalUnit
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind;
    QString instrument; // "tt24" / "448d" (derived from kind and managing level when not recorded)
    int village = -1;
    int staffCount = 0; // declared staff, may be larger than the staff in the register
    QList<int> staff;   // staff on 31/12 (indexes into people)
};

struct EvalCourse
{
    QString uuid;
    QString title;
    int sessions = 0; // held in the year
    int learners = 0; // distinct people present in the year
};

struct EvalCentre
{
    QString uuid;
    QString name;
    QList<EvalCourse> courses; // with at least one session in the year, by title
};

struct EvalCommune
{
    QString uuid;
    QString name;
};

// The council's decision on one judged indicator (judgement table).
struct Judgement
{
    std::optional<bool> met;
    std::optional<double> points;
    QString note;
};

// A recognition (công nhận) given to a subject, of any year.
struct PriorRecognition
{
    int year = 0;
    int level = 0;
    QDate validFrom;
    QDate validTo;
    QString decisionNumber;
};

struct StoredVerdict
{
    Verdict verdict = Verdict::Pending;
    int level = 0;
};

class EvaluationData
{
public:
    int year = 0;
    QDate endOfYear; // 31/12/year

    std::vector<EvalPerson> people;
    std::vector<EvalHousehold> households;
    std::vector<EvalVillage> villages;
    std::vector<EvalClan> clans;
    std::vector<EvalUnit> units;
    std::optional<EvalCentre> centre;
    std::optional<EvalCommune> commune;

    // Subject uuids registered for each title this year (learning_commune and centre_rating need none).
    QMap<Title, QStringList> registrations;
    // title|subject|indicator → the council's judgement of this year
    QHash<QString, Judgement> judgements;
    // title|subject → recognitions, oldest first (every year up to this one)
    QHash<QString, QList<PriorRecognition>> recognitions;
    // title|subject → the verdict stored for this year before this evaluation (what changed; and the
    // titles below one subject evaluated alone)
    QHash<QString, StoredVerdict> stored;

    // Commune settings (meta table): a difficult area lowers TT 25 TC5 CT2; the citizens' minimum age
    // overrides the catalogue's min_age of the commune facts when set (> 0).
    bool difficultArea = false;
    int citizenMinAge = 0;

    static QString key(Title title, const QString &subjectUuid);
    static QString key(Title title, const QString &subjectUuid, const QString &indicator);

    // Index lookups by uuid, -1 when unknown. Built by index().
    int personIndex(const QString &uuid) const { return m_people.value(uuid, -1); }
    int householdIndex(const QString &uuid) const { return m_households.value(uuid, -1); }
    int villageIndex(const QString &uuid) const { return m_villages.value(uuid, -1); }
    int clanIndex(const QString &uuid) const { return m_clans.value(uuid, -1); }
    int unitIndex(const QString &uuid) const { return m_units.value(uuid, -1); }
    void index();

    // The subject's index in its kind's list (the commune and the centre: 0), -1 when unknown.
    int subjectIndex(Title title, const QString &subjectUuid) const;
    // How many subjects of that kind the year knows.
    int subjectCount(SubjectKind kind) const;
    // Whether a recognition of this title covers the year (recognitionCovering), by subject index; built by
    // index() so that a village's share looks at thousands of people without a lookup by text.
    bool recognised(Title title, int subject) const
    {
        const std::vector<char> &list = m_recognised[size_t(title)];
        return subject >= 0 && size_t(subject) < list.size() && list[size_t(subject)];
    }

    const Judgement *judgement(Title title, const QString &subjectUuid, const QString &indicator) const;
    // Whether the council judged anything of this subject this year (most citizens: no; saves a lookup per
    // indicator).
    bool hasJudgements(Title title, const QString &subjectUuid) const
    {
        return !m_judged.isEmpty() && m_judged.contains(key(title, subjectUuid));
    }
    // Whether a recognition of this title covers the year: given for it, or valid on 31/12.
    const PriorRecognition *recognitionCovering(Title title, const QString &subjectUuid) const;
    // The latest recognition given for an earlier year (level ladders), null when none.
    const PriorRecognition *previousRecognition(Title title, const QString &subjectUuid) const;

    // "03.012 – Nguyễn Văn An": code and head.
    QString householdName(int household) const;
    // The name a subject is listed under, and its village ("" for commune-wide subjects).
    QString subjectName(Title title, const QString &subjectUuid) const;
    QString subjectVillage(Title title, const QString &subjectUuid) const;
    // The same by subject index (subjectIndex()), without a lookup by text.
    QString subjectName(Title title, int subject) const;
    QString subjectVillage(Title title, int subject) const;

private:
    QHash<QString, int> m_people, m_households, m_villages, m_clans, m_units;
    QSet<QString> m_judged;                        // title|subject with at least one judgement
    std::array<std::vector<char>, 7> m_recognised; // by title, by subject index
};

} // namespace sht::criteria
