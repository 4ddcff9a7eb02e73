#include "PackageTables.h"

namespace sht::package {

namespace {

QList<TableSpec> makeTables()
{
    const QString unit = QStringLiteral("admin_unit");
    const QString household = QStringLiteral("household");
    const QString person = QStringLiteral("person");
    QList<TableSpec> tables;
    tables.append({household,
                   {QStringLiteral("code"), QStringLiteral("village_id"), QStringLiteral("address"),
                    QStringLiteral("notes")},
                   {{QStringLiteral("village_id"), unit}},
                   {},
                   {}});
    tables.append(
        {person,
         {QStringLiteral("full_name"), QStringLiteral("family_name"), QStringLiteral("middle_name"),
          QStringLiteral("given_name"), QStringLiteral("sort_key"), QStringLiteral("search_key"),
          QStringLiteral("sex"), QStringLiteral("birth_date"), QStringLiteral("ethnicity"),
          QStringLiteral("religion"), QStringLiteral("citizen_id"), QStringLiteral("education"),
          QStringLiteral("occupation"), QStringLiteral("phone"), QStringLiteral("death_date"),
          QStringLiteral("moved_away_date"), QStringLiteral("school_status"), QStringLiteral("notes")},
         {},
         {},
         // The name's parts and keys follow the full name (PersonName): a change of the name is one
         // decision, not six.
         {QStringLiteral("family_name"), QStringLiteral("middle_name"), QStringLiteral("given_name"),
          QStringLiteral("sort_key"), QStringLiteral("search_key")}});
    tables.append({QStringLiteral("household_village"),
                   {QStringLiteral("household_id"), QStringLiteral("village_id"),
                    QStringLiteral("valid_from"), QStringLiteral("valid_to")},
                   {{QStringLiteral("household_id"), household}, {QStringLiteral("village_id"), unit}},
                   {},
                   {}});
    tables.append({QStringLiteral("membership"),
                   {QStringLiteral("person_id"), QStringLiteral("household_id"), QStringLiteral("relation"),
                    QStringLiteral("residence_status"), QStringLiteral("valid_from"),
                    QStringLiteral("valid_to"), QStringLiteral("end_reason")},
                   {{QStringLiteral("person_id"), person}, {QStringLiteral("household_id"), household}},
                   {},
                   {}});
    tables.append(
        {QStringLiteral("clan_household"),
         {QStringLiteral("clan_id"), QStringLiteral("household_id")},
         {{QStringLiteral("clan_id"), QStringLiteral("clan")}, {QStringLiteral("household_id"), household}},
         {QStringLiteral("household_id")},
         {}});
    // Volunteers hold classes in their villages: the courses and sessions they add or change come back, so
    // the attendance recorded at a new session has a session to point to. The centre itself is context.
    tables.append({QStringLiteral("course"),
                   {QStringLiteral("centre_id"), QStringLiteral("title"), QStringLiteral("field"),
                    QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("hours"),
                    QStringLiteral("location"), QStringLiteral("notes")},
                   {{QStringLiteral("centre_id"), QStringLiteral("learning_centre")}},
                   {},
                   {}});
    tables.append({QStringLiteral("course_session"),
                   {QStringLiteral("course_id"), QStringLiteral("held_on"), QStringLiteral("hours")},
                   {{QStringLiteral("course_id"), QStringLiteral("course")}},
                   {},
                   {}});
    tables.append({QStringLiteral("attendance"),
                   {QStringLiteral("session_id"), QStringLiteral("person_id")},
                   {{QStringLiteral("session_id"), QStringLiteral("course_session")},
                    {QStringLiteral("person_id"), person}},
                   {QStringLiteral("session_id"), QStringLiteral("person_id")},
                   {}});
    tables.append({QStringLiteral("registration"),
                   {QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("subject_kind"),
                    QStringLiteral("subject_uuid"), QStringLiteral("registered_on")},
                   {},
                   {QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("subject_uuid")},
                   {}});
    tables.append({QStringLiteral("judgement"),
                   {QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("subject_uuid"),
                    QStringLiteral("indicator"), QStringLiteral("met"), QStringLiteral("points"),
                    QStringLiteral("note"), QStringLiteral("judged_on")},
                   {},
                   {QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("subject_uuid"),
                    QStringLiteral("indicator")},
                   {}});
    return tables;
}

} // namespace

const QList<TableSpec> &mergeTables()
{
    static const QList<TableSpec> tables = makeTables();
    return tables;
}

const TableSpec *mergeTable(const QString &name)
{
    for (const TableSpec &spec : mergeTables())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

} // namespace sht::package
