#pragma once

#include "Status.h"

#include <QString>

namespace sht {

class Database;
class PeopleIndex;

// Reads every person of the file into a PeopleIndex: one forward-only pass over the people with their
// current household, and one over the last household of those who have none any more (moved away,
// deceased), through the raw SQLite handle (UTF-8 straight into the index, no QVariant per value).
class PeopleIndexRepository
{
public:
    // Replaces *index with the file's people. On failure *index is left empty.
    static Status load(Database &db, PeopleIndex *index);

    // The people query, for the benchmark that reads the same rows through QSqlQuery.
    static QString peopleQuery();
};

} // namespace sht
