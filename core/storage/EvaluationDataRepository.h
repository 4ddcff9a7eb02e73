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
    // What evaluating one subject again needs (after a judgement), and the subjects above it that count it
    // (a household: its clan and village; a citizen: the village and the units counting them): every
    // village, household, clan and unit, but only the people those subjects count. The commune and the
    // centre count everyone: load() is read for them. Registrations are not read (Evaluator::evaluate needs
    // none), nor the stored verdicts of citizens it does not read.
    static Status loadFor(Database &db, int year, criteria::Title title, const QString &subjectUuid,
                          criteria::EvaluationData *data);
};

} // namespace sht
