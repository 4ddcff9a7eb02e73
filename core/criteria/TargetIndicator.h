#pragma once

#include "Catalogue.h"

#include <QList>
#include <QString>

#include <optional>

namespace sht::criteria {

// What a target is a share of. The storage keys (target.indicator, "indicator" in resources/targets/*.json)
// are the strings of targetIndicatorKey(): never rename them.
enum class TargetIndicator {
    FamilyHouseholds,   // "learning_family": households recognised Gia đình học tập / all households
    ClanClans,          // "learning_clan": clans recognised Dòng họ học tập / all clans
    VillageCommunities, // "learning_village": villages recognised Cộng đồng học tập / all villages
    UnitUnits,          // "learning_unit": units recognised Đơn vị học tập / all units of the commune
    CitizenAdults, // "learning_citizen.adults": adults in GĐHT/DHHT/CĐHT recognised Công dân học tập
    CitizenStaff,  // "learning_citizen.staff": staff of the commune-level ĐVHT recognised CDHT
    CitizenAll,    // "learning_citizen.all": adult citizens recognised CDHT (QĐ 1373)
    CitizenDigitalSkills, // "learning_citizen.digital_skills": of those recognised, with digital skills
    CitizenOnlineUpdate,  // "learning_citizen.online_update": of those recognised, updating their data online
    CentreLeadership,     // "centre.association_leadership": HKH chair/vice-chair takes part in the TTHTCĐ
    CentreStaffIct,       // "centre.association_staff_ict": HKH staff active at the TTHTCĐ, trained in ICT
    CentreIct,            // "centre.ict": TTHTCĐ using ICT in management and teaching
};

QList<TargetIndicator> allTargetIndicators();
// The indicators the registers measure (the dashboard's rows), in the order the dashboard shows them.
QList<TargetIndicator> measuredTargetIndicators();
bool isMeasured(TargetIndicator indicator);
QString targetIndicatorKey(TargetIndicator indicator);
std::optional<TargetIndicator> targetIndicatorFromKey(const QString &key);
// The title whose recognitions the indicator counts (CDHT for the citizen indicators); none for the centre.
std::optional<Title> titleOf(TargetIndicator indicator);
// Short name for tables and charts, e.g. "Learning families"; translated.
QString targetIndicatorName(TargetIndicator indicator);
// Abbreviation for chart labels, e.g. "GĐHT", "CDHT (staff)".
QString targetIndicatorShortName(TargetIndicator indicator);
// What is counted, e.g. "households recognised Gia đình học tập, of all households"; translated.
QString targetIndicatorDescription(TargetIndicator indicator);

} // namespace sht::criteria
