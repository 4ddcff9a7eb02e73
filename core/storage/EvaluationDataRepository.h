#pragma once

#include "EvaluationData.h"
#include "Status.h"

namespace sht {

class Database;

// Reads what the evaluation of one year needs into an EvaluationData, in a few forward-only passes over the
// raw SQLite handle (one per table, no query per subject): people with their age on 31/12, memberships and
// villages on 31/12 (and the households that left a village during the year), clans, local units and their
// staff, attendance of the year, the centre's courses, registrations, judgements, recognitions up to the
// year, the verdicts stored for the year and the commune settings.
class EvaluationDataRepository
{
public:
    static Status load(Database &db, int year, criteria::EvaluationData *data);
};

} // namespace sht
