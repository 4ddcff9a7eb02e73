#pragma once

#include "Status.h"

namespace sht {

class Database;
class HouseholdList;

// Reads every household of the file with its village, head and number of current members, in one query.
class HouseholdListRepository
{
public:
    // Replaces *list with the file's households. On failure *list is left empty.
    static Status load(Database &db, HouseholdList *list);
};

} // namespace sht
