#include "TargetIndicator.h"

#include <QCoreApplication>

namespace sht::criteria {

namespace {

struct IndicatorInfo
{
    TargetIndicator indicator;
    const char *key;
    std::optional<Title> title;
    bool measured;
    const char *name;
    const char *description;
    const char *shortName; // chart labels: the abbreviations clerks use
};

// One table keeps keys, titles and names together, so a new indicator is one line.
const QList<IndicatorInfo> &infos()
{
    static const QList<IndicatorInfo> list{
        {TargetIndicator::FamilyHouseholds, "learning_family", Title::LearningFamily, true,
         QT_TRANSLATE_NOOP("TargetIndicator", "Learning families (GĐHT)"),
         QT_TRANSLATE_NOOP("TargetIndicator", "Households recognised Gia đình học tập, of all households"),
         QT_TRANSLATE_NOOP("TargetIndicator", "GĐHT")},
        {TargetIndicator::ClanClans, "learning_clan", Title::LearningClan, true,
         QT_TRANSLATE_NOOP("TargetIndicator", "Learning clans (DHHT)"),
         QT_TRANSLATE_NOOP("TargetIndicator", "Clans recognised Dòng họ học tập, of all clans"),
         QT_TRANSLATE_NOOP("TargetIndicator", "DHHT")},
        {TargetIndicator::VillageCommunities, "learning_village", Title::LearningVillage, true,
         QT_TRANSLATE_NOOP("TargetIndicator", "Learning communities (CĐHT)"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "Villages and residential groups recognised Cộng đồng học tập, of all of them"),
         QT_TRANSLATE_NOOP("TargetIndicator", "CĐHT")},
        {TargetIndicator::UnitUnits, "learning_unit", Title::LearningUnit, true,
         QT_TRANSLATE_NOOP("TargetIndicator", "Learning units (ĐVHT)"),
         QT_TRANSLATE_NOOP("TargetIndicator", "Local units recognised Đơn vị học tập, of all units"),
         QT_TRANSLATE_NOOP("TargetIndicator", "ĐVHT")},
        {TargetIndicator::CitizenAdults, "learning_citizen.adults", Title::LearningCitizen, true,
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT: adults in GĐHT/DHHT/CĐHT"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "Adults living in a recognised learning family, clan or community who are "
                           "recognised Công dân học tập"),
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT (adults)")},
        {TargetIndicator::CitizenStaff, "learning_citizen.staff", Title::LearningCitizen, true,
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT: staff of ĐVHT"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "Cadres, civil servants and employees of the commune-level units recognised "
                           "Đơn vị học tập who are recognised Công dân học tập"),
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT (staff)")},
        {TargetIndicator::CitizenAll, "learning_citizen.all", Title::LearningCitizen, true,
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT: all adults"),
         QT_TRANSLATE_NOOP("TargetIndicator", "Adult residents recognised Công dân học tập"),
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT (all adults)")},
        {TargetIndicator::CitizenDigitalSkills, "learning_citizen.digital_skills", std::nullopt, false,
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT: digital skills"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "Of the citizens recognised, those whose digital skills meet their job's needs"),
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT (digital skills)")},
        {TargetIndicator::CitizenOnlineUpdate, "learning_citizen.online_update", std::nullopt, false,
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT: updating online"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "Of the citizens recognised, those able to update their information online"),
         QT_TRANSLATE_NOOP("TargetIndicator", "CDHT (online)")},
        {TargetIndicator::CentreLeadership, "centre.association_leadership", std::nullopt, false,
         QT_TRANSLATE_NOOP("TargetIndicator", "Association leads the centre"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "The commune association's chair or vice-chair takes part in running the TTHTCĐ"),
         QT_TRANSLATE_NOOP("TargetIndicator", "HKH leads TTHTCĐ")},
        {TargetIndicator::CentreStaffIct, "centre.association_staff_ict", std::nullopt, false,
         QT_TRANSLATE_NOOP("TargetIndicator", "Association staff trained in ICT"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "Association staff active at the TTHTCĐ and trained in information technology"),
         QT_TRANSLATE_NOOP("TargetIndicator", "HKH staff ICT")},
        {TargetIndicator::CentreIct, "centre.ict", std::nullopt, false,
         QT_TRANSLATE_NOOP("TargetIndicator", "Centre uses ICT"),
         QT_TRANSLATE_NOOP("TargetIndicator",
                           "Learning centres using information technology in management and teaching"),
         QT_TRANSLATE_NOOP("TargetIndicator", "TTHTCĐ ICT")},
    };
    return list;
}

const IndicatorInfo &info(TargetIndicator indicator)
{
    for (const IndicatorInfo &i : infos())
        if (i.indicator == indicator)
            return i;
    return infos().first();
}

} // namespace

QList<TargetIndicator> allTargetIndicators()
{
    QList<TargetIndicator> list;
    for (const IndicatorInfo &i : infos())
        list << i.indicator;
    return list;
}

QList<TargetIndicator> measuredTargetIndicators()
{
    QList<TargetIndicator> list;
    for (const IndicatorInfo &i : infos())
        if (i.measured)
            list << i.indicator;
    return list;
}

bool isMeasured(TargetIndicator indicator)
{
    return info(indicator).measured;
}

QString targetIndicatorKey(TargetIndicator indicator)
{
    return QString::fromLatin1(info(indicator).key);
}

std::optional<TargetIndicator> targetIndicatorFromKey(const QString &key)
{
    for (const IndicatorInfo &i : infos())
        if (key == QLatin1String(i.key))
            return i.indicator;
    return std::nullopt;
}

std::optional<Title> titleOf(TargetIndicator indicator)
{
    return info(indicator).title;
}

QString targetIndicatorName(TargetIndicator indicator)
{
    return QCoreApplication::translate("TargetIndicator", info(indicator).name);
}

QString targetIndicatorShortName(TargetIndicator indicator)
{
    return QCoreApplication::translate("TargetIndicator", info(indicator).shortName);
}

QString targetIndicatorDescription(TargetIndicator indicator)
{
    return QCoreApplication::translate("TargetIndicator", info(indicator).description);
}

} // namespace sht::criteria
