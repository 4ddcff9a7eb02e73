#pragma once

#include <QtGlobal>

namespace sht {

class Database;

// What goes with a person who is deleted (PersonRepository::remove): counted before asking, so the
// confirmation can say it.
struct PersonReferences
{
    int memberships = 0; // current and past
    int attendance = 0;  // sessions of the learning centre attended
    int staffRoles = 0;  // current places on the staff of a local unit
    int clansHeaded = 0;
    bool directsCentre = false;

    // Counted through the repositories' read methods (a household's few rows; the centre's sessions).
    static PersonReferences count(Database &db, qint64 personId);
};

} // namespace sht
