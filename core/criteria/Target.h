#pragma once

#include "TargetIndicator.h"

#include <QString>

#include <optional>

namespace sht::criteria {

// Who set a target: national defaults ship as data (resources/targets/national.json, read-only); the
// province's and the commune's own targets are rows of the `target` table the clerk edits.
enum class TargetScope {
    National, // "national" (never stored in the file)
    Province, // "province"
    Commune,  // "commune"
};
QString targetScopeKey(TargetScope scope);
std::optional<TargetScope> targetScopeFromKey(const QString &key);
QString targetScopeName(TargetScope scope); // translated, e.g. "Province"

// How sure we are that the figure is in the instrument (TARGETS.md [V] / [I]).
enum class TargetConfidence {
    Verified, // "verified": read in the text, or in two sources
    Inferred, // "inferred": deduced (e.g. repeated by provincial plans); the UI marks it provisional
};

// Which column of a target table: QĐ 281 set lower targets for mountainous, remote and extremely
// difficult areas.
enum class TargetArea {
    General,   // "general"
    Difficult, // "difficult"
};

// One target: by `year`, `share` (0..1) of the indicator's subjects should be recognised.
struct Target
{
    qint64 id = 0; // the target row; 0 for national defaults
    QString uuid;
    int revision = 0;
    TargetIndicator indicator = TargetIndicator::FamilyHouseholds;
    int year = 0;
    double share = 0;
    std::optional<double> shareMax; // "60–70%": plans differ; share is the lower bound
    TargetScope scope = TargetScope::Commune;
    TargetArea area = TargetArea::General;
    TargetConfidence confidence = TargetConfidence::Verified;
    bool provincialPlan = false; // figure taken from provincial plans: "theo kế hoạch tỉnh"
    QString source;              // e.g. "QĐ 387/QĐ-TTg" or "KH 12/KH-UBND tỉnh Quảng Nam"
    QString sourceDate;          // ISO date of the instrument, may be empty
    QString notes;

    bool isProvisional() const { return confidence == TargetConfidence::Inferred || provincialPlan; }
    // "70%", "60–70%".
    QString shareText() const;
    // "QĐ 387/QĐ-TTg, 2025" with the marks the UI must show: "[provisional]", "theo kế hoạch tỉnh".
    QString sourceText() const;
};

} // namespace sht::criteria
