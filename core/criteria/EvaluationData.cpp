#include "EvaluationData.h"

namespace sht::criteria {

QString EvaluationData::key(Title title, const QString &subjectUuid)
{
    return titleKey(title) + QLatin1Char('|') + subjectUuid;
}

QString EvaluationData::key(Title title, const QString &subjectUuid, const QString &indicator)
{
    return titleKey(title) + QLatin1Char('|') + subjectUuid + QLatin1Char('|') + indicator;
}

void EvaluationData::index()
{
    auto build = [](const auto &rows, QHash<QString, int> &map) {
        map.clear();
        map.reserve(qsizetype(rows.size()));
        for (size_t i = 0; i < rows.size(); ++i)
            map.insert(rows[i].uuid, int(i));
    };
    build(people, m_people);
    build(households, m_households);
    build(villages, m_villages);
    build(clans, m_clans);
    build(units, m_units);
    for (std::vector<char> &list : m_recognised)
        list.clear();
    for (auto it = recognitions.constBegin(); it != recognitions.constEnd(); ++it) {
        const auto title = titleFromKey(it.key().section(QLatin1Char('|'), 0, 0));
        if (!title)
            continue;
        const QString uuid = it.key().section(QLatin1Char('|'), 1);
        const int subject = subjectIndex(*title, uuid);
        if (subject < 0 || !recognitionCovering(*title, uuid))
            continue;
        std::vector<char> &list = m_recognised[size_t(*title)];
        list.resize(size_t(subjectCount(subjectKindOf(*title))), 0);
        list[size_t(subject)] = 1;
    }
    m_judged.clear();
    for (auto it = judgements.constBegin(); it != judgements.constEnd(); ++it)
        m_judged.insert(it.key().section(QLatin1Char('|'), 0, 1));
}

int EvaluationData::subjectIndex(Title title, const QString &subjectUuid) const
{
    switch (subjectKindOf(title)) {
    case SubjectKind::Household:
        return householdIndex(subjectUuid);
    case SubjectKind::Clan:
        return clanIndex(subjectUuid);
    case SubjectKind::Village:
        return villageIndex(subjectUuid);
    case SubjectKind::LocalUnit:
        return unitIndex(subjectUuid);
    case SubjectKind::Person:
        return personIndex(subjectUuid);
    case SubjectKind::Commune:
        return commune && commune->uuid == subjectUuid ? 0 : -1;
    case SubjectKind::LearningCentre:
        return centre && centre->uuid == subjectUuid ? 0 : -1;
    }
    return -1;
}

int EvaluationData::subjectCount(SubjectKind kind) const
{
    switch (kind) {
    case SubjectKind::Household:
        return int(households.size());
    case SubjectKind::Clan:
        return int(clans.size());
    case SubjectKind::Village:
        return int(villages.size());
    case SubjectKind::LocalUnit:
        return int(units.size());
    case SubjectKind::Person:
        return int(people.size());
    case SubjectKind::Commune:
    case SubjectKind::LearningCentre:
        return 1;
    }
    return 0;
}

const Judgement *EvaluationData::judgement(Title title, const QString &subjectUuid,
                                           const QString &indicator) const
{
    const auto it = judgements.constFind(key(title, subjectUuid, indicator));
    return it == judgements.constEnd() ? nullptr : &it.value();
}

const PriorRecognition *EvaluationData::recognitionCovering(Title title, const QString &subjectUuid) const
{
    const auto it = recognitions.constFind(key(title, subjectUuid));
    if (it == recognitions.constEnd())
        return nullptr;
    for (const PriorRecognition &r : it.value())
        if (r.year == year || (r.validFrom.isValid() && r.validFrom <= endOfYear &&
                               (!r.validTo.isValid() || r.validTo >= endOfYear)))
            return &r;
    return nullptr;
}

const PriorRecognition *EvaluationData::previousRecognition(Title title, const QString &subjectUuid) const
{
    const auto it = recognitions.constFind(key(title, subjectUuid));
    if (it == recognitions.constEnd())
        return nullptr;
    const PriorRecognition *latest = nullptr;
    for (const PriorRecognition &r : it.value())
        if (r.year < year &&
            (!latest || r.year > latest->year || (r.year == latest->year && r.level > latest->level)))
            latest = &r;
    return latest;
}

QString EvaluationData::householdName(int household) const
{
    if (household < 0 || household >= int(households.size()))
        return QString();
    const EvalHousehold &h = households[size_t(household)];
    if (h.head < 0)
        return h.code;
    return QStringLiteral("%1 – %2").arg(h.code, people[size_t(h.head)].name);
}

QString EvaluationData::subjectName(Title title, const QString &subjectUuid) const
{
    return subjectName(title, subjectIndex(title, subjectUuid));
}

QString EvaluationData::subjectVillage(Title title, const QString &subjectUuid) const
{
    return subjectVillage(title, subjectIndex(title, subjectUuid));
}

QString EvaluationData::subjectName(Title title, int i) const
{
    if (i < 0)
        return QString();
    switch (subjectKindOf(title)) {
    case SubjectKind::Person:
        return people[size_t(i)].name;
    case SubjectKind::Household:
        return householdName(i);
    case SubjectKind::Clan:
        return clans[size_t(i)].name;
    case SubjectKind::Village:
        return villages[size_t(i)].name;
    case SubjectKind::LocalUnit:
        return units[size_t(i)].name;
    case SubjectKind::Commune:
        return commune ? commune->name : QString();
    case SubjectKind::LearningCentre:
        return centre ? centre->name : QString();
    }
    return QString();
}

QString EvaluationData::subjectVillage(Title title, int i) const
{
    if (i < 0)
        return QString();
    int village = -1;
    switch (subjectKindOf(title)) {
    case SubjectKind::Person:
        if (people[size_t(i)].household >= 0)
            village = households[size_t(people[size_t(i)].household)].village;
        break;
    case SubjectKind::Household:
        village = households[size_t(i)].village;
        break;
    case SubjectKind::Village:
        village = i;
        break;
    case SubjectKind::LocalUnit:
        village = units[size_t(i)].village;
        break;
    default:
        break;
    }
    return village >= 0 ? villages[size_t(village)].name : QString();
}

} // namespace sht::criteria
