#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sht {

// What a local unit is (the subjects of the title "Đơn vị học tập"). The storage codes are those of
// local_unit.kind, already written by the demo generator and by earlier files: never rename them.
enum class LocalUnitKind {
    PeopleCommittee,      // "people_committee": the commune People's Committee
    Preschool,            // "preschool"
    PrimarySchool,        // "primary_school"
    LowerSecondarySchool, // "lower_secondary_school"
    Agency,               // "agency"
    HealthStation,        // "health_station"
    Enterprise,           // "enterprise"
    Cooperative,          // "cooperative"
    Other,                // "other"
};

// Who manages the unit (local_unit.managing_level): the commune, or a higher level. The district tier was
// abolished in 07/2025, but units recorded before keep it.
enum class ManagingLevel {
    Commune,  // "commune"
    District, // "district"
    Province, // "province"
};

// Which criteria judge the unit (local_unit.instrument).
enum class CriteriaInstrument {
    Tt24,        // "tt24": Thông tư 24/2023/TT-BGDĐT (MOET)
    Association, // "448d": the Study Promotion Association's criteria, QĐ 448/QĐ-KHVN section D
};

QList<LocalUnitKind> localUnitKinds(); // in the order the clerk is offered them
QString localUnitKindToStorage(LocalUnitKind kind);
std::optional<LocalUnitKind> localUnitKindFromStorage(const QString &stored);
// Translated (context "LocalUnitKind"), e.g. "Primary school".
QString localUnitKindLabel(LocalUnitKind kind);
// The label of a stored code; an unknown code is shown as it is stored.
QString localUnitKindLabel(const QString &stored);

QList<ManagingLevel> managingLevels();
QString managingLevelToStorage(ManagingLevel level);
std::optional<ManagingLevel> managingLevelFromStorage(const QString &stored);
QString managingLevelLabel(ManagingLevel level);
QString managingLevelLabel(const QString &stored);

QString criteriaInstrumentToStorage(CriteriaInstrument instrument);
std::optional<CriteriaInstrument> criteriaInstrumentFromStorage(const QString &stored);
// Short, for a column: "TT 24/2023" or "Association (448-D)".
QString criteriaInstrumentLabel(CriteriaInstrument instrument);
QString criteriaInstrumentLabel(const QString &stored);

// The rule: TT 24/2023/TT-BGDĐT judges the commune People's Committee, the public preschools, primary and
// lower-secondary schools, and every unit managed above the commune; the association's criteria (QĐ
// 448/QĐ-KHVN section D) judge the other units the commune manages.
CriteriaInstrument criteriaInstrumentFor(LocalUnitKind kind, ManagingLevel level);
// One sentence saying which criteria apply and why, for the unit dialog.
QString criteriaExplanation(LocalUnitKind kind, ManagingLevel level);

} // namespace sht
