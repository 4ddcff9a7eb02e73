#pragma once

#include "Person.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class Database;

// The rules every saved person obeys, whatever door the data comes through (form, import, merge).
class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)

public:
    explicit PersonValidator(Database &db);
    // today is a parameter so that tests do not depend on the clock.
    Status validate(const Person &person, const QDate &today = QDate::currentDate()) const;

private:
    Database &m_db;
};

} // namespace sht
