#pragma once

#include "AuditedWriter.h"
#include "Person.h"
#include "Status.h"

#include <QList>

#include <optional>

namespace sht {

class Database;

class PersonRepository
{
public:
    explicit PersonRepository(Database &db);

    // Inserts person and sets its id, uuid and revision.
    Status insert(Person &person);
    Status update(const Person &person);
    Status remove(qint64 id);
    std::optional<Person> find(qint64 id) const;
    std::optional<Person> findByUuid(const QString &uuid) const;
    QList<Person> findByCitizenId(const QString &digits) const;
    qint64 count() const;

    // The columns and values a person is written with (the import's bulk path writes the same).
    static AuditedWriter::Fields fieldsOf(const Person &person);

private:
    std::optional<Person> findWhere(const QString &column, const QVariant &value) const;

    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
