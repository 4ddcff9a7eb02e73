#pragma once

#include "Sex.h"

#include <QList>
#include <QString>

namespace sht::demo {

class DemoRandom;

// Vietnamese names as a northern commune's register shows them: family names by national frequency,
// middle and given names by sex and birth cohort (Văn / Thị dominate older cohorts).
struct DemoNames
{
    static QString familyName(DemoRandom &random);
    static QString middleName(DemoRandom &random, Sex sex, int birthYear);
    static QString givenName(DemoRandom &random, Sex sex, int birthYear);
};

} // namespace sht::demo
