#include "PersonValidator.h"

#include "PersonRepository.h"

namespace sht {

PersonValidator::PersonValidator(Database &db)
    : m_db(db)
{}

Status PersonValidator::validate(const Person &person, const QDate &today) const
{
    if (person.name.isEmpty())
        return Status::failure(tr("Enter the person's full name."));
    if (!person.birthDate.isNull() && person.birthDate.isAfter(today))
        return Status::failure(tr("The birth date %1 is in the future.").arg(person.birthDate.toString()));
    // Partial dates: refuse only what is certainly wrong ("1990" may well be after "05/03/1990").
    if (!person.deathDate.isNull() && !person.birthDate.isNull() &&
        person.deathDate.latest() < person.birthDate.earliest())
        return Status::failure(tr("The date of death is before the birth date."));
    if (!person.citizenId.isNull()) {
        const QString mismatch = person.citizenId.checkAgainst(person.sex, person.birthDate.year());
        if (!mismatch.isEmpty())
            return Status::failure(mismatch);
        for (const Person &other : PersonRepository(m_db).findByCitizenId(person.citizenId.digits()))
            if (other.id != person.id)
                return Status::failure(tr("The ID %1 already belongs to %2. Check both records.")
                                           .arg(person.citizenId.digits(), other.name.full()));
    }
    return Status::success();
}

} // namespace sht
