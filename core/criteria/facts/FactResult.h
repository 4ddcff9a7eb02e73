#pragma once

#include "EvaluationResult.h"

#include <QList>
#include <QString>

namespace sht::criteria {

// What a fact found for one subject: whether the rule holds, the measured value in words and as a number,
// and the evidence lines behind it (the items that break the rule are marked).
struct FactResult
{
    bool met = false;
    // Evidence only: the council still decides the indicator (CDHT indicator 1 is scored by the council;
    // the attendance the register knows is shown to it, not scored).
    bool advisory = false;
    QString value;      // e.g. "2/3 người lớn đã học ít nhất 1 chuyên đề tại TTHTCĐ"
    double numeric = 0; // the share, count or sessions measured
    QList<Evidence> evidence;
};

} // namespace sht::criteria
