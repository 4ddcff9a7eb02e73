#pragma once

#include "Person.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class Database;

// Edits to a person's own record (their household membership is HouseholdService's).
class PersonService
{
    Q_DECLARE_TR_FUNCTIONS(PersonService)

public:
    explicit PersonService(Database &db);

    Status updatePerson(const Person &person);
    // Deletes a person and their membership history (a record entered by mistake).
    Status removePerson(qint64 personId);

private:
    Database &m_db;
};

} // namespace sht
