#include "PersonRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace sht {

namespace {
const QString personColumns = QStringLiteral(
    "id, uuid, revision, full_name, sex, birth_date, ethnicity, religion, citizen_id, education, occupation, "
    "phone, death_date, moved_away_date, notes, school_status");

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.revision = q.value(2).toInt();
    p.name = PersonName(q.value(3).toString());
    p.sex = sexFromStorage(q.value(4).toString());
    p.birthDate = PartialDate::fromStorage(q.value(5).toString());
    p.ethnicity = q.value(6).toString();
    p.religion = q.value(7).toString();
    p.citizenId = CitizenId::parse(q.value(8).toString());
    p.education = Education::fromStorage(q.value(9).toString());
    p.occupation = q.value(10).toString();
    p.phone = q.value(11).toString();
    p.deathDate = PartialDate::fromStorage(q.value(12).toString());
    p.movedAwayDate = PartialDate::fromStorage(q.value(13).toString());
    p.notes = q.value(14).toString();
    p.schoolStatus = schoolStatusFromStorage(q.value(15).toString());
    return p;
}
} // namespace

PersonRepository::PersonRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

AuditedWriter::Fields PersonRepository::fieldsOf(const Person &p)
{
    return {
        {QStringLiteral("full_name"), p.name.full()},
        {QStringLiteral("family_name"), p.name.family()},
        {QStringLiteral("middle_name"), p.name.middle()},
        {QStringLiteral("given_name"), p.name.given()},
        {QStringLiteral("sort_key"), p.name.sortKey()},
        {QStringLiteral("search_key"), p.name.searchKey()},
        {QStringLiteral("sex"), sexToStorage(p.sex)},
        {QStringLiteral("birth_date"), p.birthDate.toStorage()},
        {QStringLiteral("ethnicity"), p.ethnicity},
        {QStringLiteral("religion"), p.religion},
        {QStringLiteral("citizen_id"), p.citizenId.digits()},
        {QStringLiteral("education"), p.education.toStorage()},
        {QStringLiteral("occupation"), p.occupation},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("death_date"), p.deathDate.toStorage()},
        {QStringLiteral("moved_away_date"), p.movedAwayDate.toStorage()},
        {QStringLiteral("school_status"), schoolStatusToStorage(p.schoolStatus)},
        {QStringLiteral("notes"), p.notes},
    };
}

Status PersonRepository::insert(Person &person)
{
    if (person.name.isEmpty())
        return Status::failure(Database::tr("A person needs a name."));
    Status status;
    AuditedWriter::Fields fields = fieldsOf(person);
    if (!person.uuid.isEmpty())
        fields.prepend({QStringLiteral("uuid"), person.uuid});
    person.id = m_writer.insert(QStringLiteral("person"), fields, &status, &person.uuid);
    person.revision = 1;
    return status;
}

Status PersonRepository::update(const Person &person)
{
    if (person.name.isEmpty())
        return Status::failure(Database::tr("A person needs a name."));
    return m_writer.update(QStringLiteral("person"), person.id, fieldsOf(person));
}

Status PersonRepository::remove(qint64 id)
{
    // What refers to the person goes first, row by row, so nothing changes without an audit entry
    // (the schema's ON DELETE rules would do it silently).
    for (const char *table : {"membership", "attendance", "local_unit_staff"})
        if (Status s = m_writer.removeWhere(QLatin1String(table), QStringLiteral("person_id"), id); !s)
            return s;
    if (Status s = m_writer.clearWhere(QStringLiteral("clan"), QStringLiteral("head_person_id"), id); !s)
        return s;
    if (Status s =
            m_writer.clearWhere(QStringLiteral("learning_centre"), QStringLiteral("director_person_id"), id);
        !s)
        return s;
    return m_writer.remove(QStringLiteral("person"), id);
}

std::optional<Person> PersonRepository::findWhere(const QString &column, const QVariant &value) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE %2 = ?").arg(personColumns, column));
    q.addBindValue(value);
    if (q.exec() && q.next())
        return personFrom(q);
    return std::nullopt;
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Person> PersonRepository::findByUuid(const QString &uuid) const
{
    return findWhere(QStringLiteral("uuid"), uuid);
}

QList<Person> PersonRepository::findByCitizenId(const QString &digits) const
{
    QList<Person> result;
    if (digits.isEmpty())
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE citizen_id = ? ORDER BY id").arg(personColumns));
    q.addBindValue(digits);
    if (q.exec())
        while (q.next())
            result << personFrom(q);
    return result;
}

qint64 PersonRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace sht
