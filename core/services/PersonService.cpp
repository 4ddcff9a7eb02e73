#include "PersonService.h"

#include "HouseholdRepository.h"
#include "PersonRepository.h"
#include "PersonValidator.h"
#include "Transaction.h"

namespace sht {

PersonService::PersonService(Database &db)
    : m_db(db)
{}

Status PersonService::updatePerson(const Person &person)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = PersonValidator(m_db).validate(person); !s)
        return s;
    if (Status s = PersonRepository(m_db).update(person); !s)
        return s;
    return transaction.commit();
}

Status PersonService::removePerson(qint64 personId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    HouseholdRepository households(m_db);
    const auto current = households.currentMembership(personId);
    if (current && current->relation == Relation::Head && households.members(current->householdId).size() > 1)
        return Status::failure(
            tr("This person heads a household with other members. Choose a new head first."));
    // The repository removes what refers to the person (memberships, attendance, staff), audited row by row.
    if (Status s = PersonRepository(m_db).remove(personId); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
