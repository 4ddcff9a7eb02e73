#include "Catalogue.h"

namespace sht::criteria {

namespace {
struct TitleInfo
{
    Title title;
    const char *key;
    SubjectKind kind;
};

// Bottom-up: a clan needs its households' verdicts, a village its households' and citizens', a unit its
// staff's, the commune its citizens' (and the centre's rating for its TC3 evidence).
constexpr TitleInfo titles[] = {
    {Title::LearningCitizen, "learning_citizen", SubjectKind::Person},
    {Title::LearningFamily, "learning_family", SubjectKind::Household},
    {Title::LearningClan, "learning_clan", SubjectKind::Clan},
    {Title::LearningVillage, "learning_village", SubjectKind::Village},
    {Title::LearningUnit, "learning_unit", SubjectKind::LocalUnit},
    {Title::CentreRating, "centre_rating", SubjectKind::LearningCentre},
    {Title::LearningCommune, "learning_commune", SubjectKind::Commune},
};

struct KindInfo
{
    SubjectKind kind;
    const char *key;
};

constexpr KindInfo kinds[] = {
    {SubjectKind::Household, "household"},
    {SubjectKind::Clan, "clan"},
    {SubjectKind::Village, "village"},
    {SubjectKind::LocalUnit, "local_unit"},
    {SubjectKind::Person, "person"},
    {SubjectKind::Commune, "commune"},
    {SubjectKind::LearningCentre, "learning_centre"},
};
} // namespace

QList<Title> allTitles()
{
    QList<Title> result;
    for (const TitleInfo &info : titles)
        result << info.title;
    return result;
}

QString titleKey(Title title)
{
    for (const TitleInfo &info : titles)
        if (info.title == title)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<Title> titleFromKey(const QString &key)
{
    for (const TitleInfo &info : titles)
        if (key == QLatin1String(info.key))
            return info.title;
    return std::nullopt;
}

SubjectKind subjectKindOf(Title title)
{
    for (const TitleInfo &info : titles)
        if (info.title == title)
            return info.kind;
    return SubjectKind::Household;
}

QString subjectKindKey(SubjectKind kind)
{
    for (const KindInfo &info : kinds)
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<SubjectKind> subjectKindFromKey(const QString &key)
{
    for (const KindInfo &info : kinds)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

QJsonObject Indicator::parametersFor(int lvl) const
{
    QJsonObject result = parameters;
    // Level 2 builds on level 1: a level-1 override holds at level 2 unless level 2 overrides it again.
    for (auto it = levelParameters.constBegin(); it != levelParameters.constEnd(); ++it) {
        if (it.key() > lvl)
            break;
        for (auto p = it.value().constBegin(); p != it.value().constEnd(); ++p)
            result.insert(p.key(), p.value());
    }
    return result;
}

bool operator==(const Indicator &a, const Indicator &b)
{
    return a.code == b.code && a.text == b.text && a.source == b.source && a.kind == b.kind &&
           a.wording == b.wording && a.provisional == b.provisional && a.points == b.points &&
           a.minPoints == b.minPoints && a.level == b.level && a.fact == b.fact &&
           a.parameters == b.parameters && a.levelParameters == b.levelParameters &&
           a.evidenceRequired == b.evidenceRequired;
}

bool operator==(const Criterion &a, const Criterion &b)
{
    return a.code == b.code && a.text == b.text && a.points == b.points && a.minPoints == b.minPoints &&
           a.indicators == b.indicators;
}

bool operator==(const PassRule::Band &a, const PassRule::Band &b)
{
    return a.name == b.name && a.minTotal == b.minTotal;
}

bool operator==(const PassRule &a, const PassRule &b)
{
    return a.kind == b.kind && a.minTotal == b.minTotal && a.minEachIndicator == b.minEachIndicator &&
           a.levels == b.levels && a.monthsBetweenLevels == b.monthsBetweenLevels && a.bands == b.bands &&
           a.provisional == b.provisional;
}

bool operator==(const Instrument &a, const Instrument &b)
{
    return a.number == b.number && a.date == b.date && a.issuer == b.issuer && a.citation == b.citation;
}

bool operator==(const Catalogue &a, const Catalogue &b)
{
    return a.code == b.code && a.version == b.version && a.title == b.title && a.titleText == b.titleText &&
           a.instrument == b.instrument && a.firstYear == b.firstYear && a.lastYear == b.lastYear &&
           a.province == b.province && a.parentCode == b.parentCode && a.parentVersion == b.parentVersion &&
           a.appliesTo == b.appliesTo && a.validityMonths == b.validityMonths && a.dependsOn == b.dependsOn &&
           a.passRule == b.passRule && a.criteria == b.criteria && a.notes == b.notes &&
           a.builtin == b.builtin && a.totalPoints == b.totalPoints;
}

QList<const Indicator *> Catalogue::indicators() const
{
    QList<const Indicator *> result;
    for (const Criterion &criterion : criteria)
        for (const Indicator &ind : criterion.indicators)
            result << &ind;
    return result;
}

const Indicator *Catalogue::indicator(const QString &indicatorCode) const
{
    for (const Criterion &criterion : criteria)
        for (const Indicator &ind : criterion.indicators)
            if (ind.code == indicatorCode)
                return &ind;
    return nullptr;
}

int Catalogue::provisionalCount() const
{
    int count = passRule.provisional ? 1 : 0;
    for (const Criterion &criterion : criteria)
        for (const Indicator &ind : criterion.indicators)
            if (ind.provisional)
                ++count;
    return count;
}

bool Catalogue::hasProvisionalItems() const
{
    return provisionalCount() > 0;
}

} // namespace sht::criteria
