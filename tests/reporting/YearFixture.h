#pragma once

// A year as a commune lives it (sht::demo::DemoYear): every village's households, citizens, clans, units
// and the villages themselves registered, evaluated, the council's judgements (audited, all met here) for
// most of the subjects that wait for them, evaluated again, and every subject that met recognised.
#include "DemoRandom.h"
#include "DemoYear.h"
#include "Status.h"
// What the tests including this fixture read the year with (they relied on these includes).
#include "AdminUnitRepository.h"
#include "CatalogueLibrary.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "JudgementRepository.h"
#include "LocalUnitRepository.h"
#include "RecognitionService.h"
#include "RegistrationService.h"
#include "Transaction.h"

#include <QDate>

namespace sht::test {

// judgeEvery: every judgeEvery-th waiting subject keeps waiting (1: the council judges nobody).
inline Status prepareYear(Database &db, int year, int judgeEvery = 4)
{
    demo::DemoRandom random{quint64(year)};
    demo::DemoYearOptions options;
    options.keepWaitingEvery = judgeEvery;
    options.failShare = 0;
    return demo::DemoYear(db, random, options).live(year);
}

} // namespace sht::test
