#include "LocalUnitKind.h"

#include <QCoreApplication>

namespace sht {

namespace {

struct KindCode
{
    LocalUnitKind kind;
    const char *code;
};

constexpr KindCode kKinds[] = {
    {LocalUnitKind::PeopleCommittee, "people_committee"},
    {LocalUnitKind::Preschool, "preschool"},
    {LocalUnitKind::PrimarySchool, "primary_school"},
    {LocalUnitKind::LowerSecondarySchool, "lower_secondary_school"},
    {LocalUnitKind::Agency, "agency"},
    {LocalUnitKind::HealthStation, "health_station"},
    {LocalUnitKind::Enterprise, "enterprise"},
    {LocalUnitKind::Cooperative, "cooperative"},
    {LocalUnitKind::Other, "other"},
};

struct LevelCode
{
    ManagingLevel level;
    const char *code;
};

constexpr LevelCode kLevels[] = {
    {ManagingLevel::Commune, "commune"},
    {ManagingLevel::District, "district"},
    {ManagingLevel::Province, "province"},
};

// TT 24 names these kinds whatever level manages them.
bool isNamedByTt24(LocalUnitKind kind)
{
    return kind == LocalUnitKind::PeopleCommittee || kind == LocalUnitKind::Preschool ||
           kind == LocalUnitKind::PrimarySchool || kind == LocalUnitKind::LowerSecondarySchool;
}

} // namespace

QList<LocalUnitKind> localUnitKinds()
{
    QList<LocalUnitKind> kinds;
    for (const KindCode &k : kKinds)
        kinds << k.kind;
    return kinds;
}

QString localUnitKindToStorage(LocalUnitKind kind)
{
    for (const KindCode &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    return QString();
}

std::optional<LocalUnitKind> localUnitKindFromStorage(const QString &stored)
{
    for (const KindCode &k : kKinds)
        if (stored == QLatin1String(k.code))
            return k.kind;
    return std::nullopt;
}

QString localUnitKindLabel(LocalUnitKind kind)
{
    switch (kind) {
    case LocalUnitKind::PeopleCommittee:
        return QCoreApplication::translate("LocalUnitKind", "Commune People's Committee");
    case LocalUnitKind::Preschool:
        return QCoreApplication::translate("LocalUnitKind", "Preschool");
    case LocalUnitKind::PrimarySchool:
        return QCoreApplication::translate("LocalUnitKind", "Primary school");
    case LocalUnitKind::LowerSecondarySchool:
        return QCoreApplication::translate("LocalUnitKind", "Lower secondary school");
    case LocalUnitKind::Agency:
        return QCoreApplication::translate("LocalUnitKind", "Agency");
    case LocalUnitKind::HealthStation:
        return QCoreApplication::translate("LocalUnitKind", "Health station");
    case LocalUnitKind::Enterprise:
        return QCoreApplication::translate("LocalUnitKind", "Enterprise");
    case LocalUnitKind::Cooperative:
        return QCoreApplication::translate("LocalUnitKind", "Cooperative");
    case LocalUnitKind::Other:
        return QCoreApplication::translate("LocalUnitKind", "Other");
    }
    return QString();
}

QString localUnitKindLabel(const QString &stored)
{
    const auto kind = localUnitKindFromStorage(stored);
    return kind ? localUnitKindLabel(*kind) : stored;
}

QList<ManagingLevel> managingLevels()
{
    QList<ManagingLevel> levels;
    for (const LevelCode &l : kLevels)
        levels << l.level;
    return levels;
}

QString managingLevelToStorage(ManagingLevel level)
{
    for (const LevelCode &l : kLevels)
        if (l.level == level)
            return QString::fromLatin1(l.code);
    return QString();
}

std::optional<ManagingLevel> managingLevelFromStorage(const QString &stored)
{
    for (const LevelCode &l : kLevels)
        if (stored == QLatin1String(l.code))
            return l.level;
    return std::nullopt;
}

QString managingLevelLabel(ManagingLevel level)
{
    switch (level) {
    case ManagingLevel::Commune:
        return QCoreApplication::translate("LocalUnitKind", "Commune");
    case ManagingLevel::District:
        return QCoreApplication::translate("LocalUnitKind", "District");
    case ManagingLevel::Province:
        return QCoreApplication::translate("LocalUnitKind", "Province");
    }
    return QString();
}

QString managingLevelLabel(const QString &stored)
{
    const auto level = managingLevelFromStorage(stored);
    return level ? managingLevelLabel(*level) : stored;
}

QString criteriaInstrumentToStorage(CriteriaInstrument instrument)
{
    return instrument == CriteriaInstrument::Tt24 ? QStringLiteral("tt24") : QStringLiteral("448d");
}

std::optional<CriteriaInstrument> criteriaInstrumentFromStorage(const QString &stored)
{
    if (stored == QLatin1String("tt24"))
        return CriteriaInstrument::Tt24;
    if (stored == QLatin1String("448d"))
        return CriteriaInstrument::Association;
    return std::nullopt;
}

QString criteriaInstrumentLabel(CriteriaInstrument instrument)
{
    return instrument == CriteriaInstrument::Tt24
               ? QCoreApplication::translate("LocalUnitKind", "TT 24/2023")
               : QCoreApplication::translate("LocalUnitKind", "Association (448-D)");
}

QString criteriaInstrumentLabel(const QString &stored)
{
    const auto instrument = criteriaInstrumentFromStorage(stored);
    return instrument ? criteriaInstrumentLabel(*instrument) : stored;
}

CriteriaInstrument criteriaInstrumentFor(LocalUnitKind kind, ManagingLevel level)
{
    if (isNamedByTt24(kind) || level != ManagingLevel::Commune)
        return CriteriaInstrument::Tt24;
    return CriteriaInstrument::Association;
}

QString criteriaExplanation(LocalUnitKind kind, ManagingLevel level)
{
    if (kind == LocalUnitKind::PeopleCommittee)
        return QCoreApplication::translate(
            "LocalUnitKind",
            "Criteria: TT 24/2023/TT-BGDĐT, which applies to the commune People's Committee.");
    if (isNamedByTt24(kind))
        return QCoreApplication::translate(
            "LocalUnitKind", "Criteria: TT 24/2023/TT-BGDĐT, which applies to public preschools, "
                             "primary and lower-secondary schools.");
    if (level != ManagingLevel::Commune)
        return QCoreApplication::translate("LocalUnitKind",
                                           "Criteria: TT 24/2023/TT-BGDĐT, which applies to units managed "
                                           "above the commune.");
    return QCoreApplication::translate("LocalUnitKind",
                                       "Criteria: the Study Promotion Association's (QĐ 448/QĐ-KHVN, section "
                                       "D), which apply to the other units the commune manages.");
}

} // namespace sht
