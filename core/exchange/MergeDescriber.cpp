#include "MergeDescriber.h"

namespace sht::exchange {

using package::mergeTable;

MergeDescriber::MergeDescriber(const QList<const Tables *> &sides, QHash<QString, QString> unitNames)
    : m_sides(sides)
    , m_units(std::move(unitNames))
{
    const package::TableSpec *membership = mergeTable(QStringLiteral("membership"));
    const int person = membership->indexOf(QStringLiteral("person_id"));
    const int household = membership->indexOf(QStringLiteral("household_id"));
    const int validTo = membership->indexOf(QStringLiteral("valid_to"));
    const int relation = membership->indexOf(QStringLiteral("relation"));
    // Later sides do not override earlier ones: the package's current household wins.
    for (auto side = m_sides.crbegin(); side != m_sides.crend(); ++side) {
        const package::CanonicalTable rows = (*side)->value(QStringLiteral("membership"));
        for (const package::CanonicalRow &row : rows)
            if (row.values.at(validTo).isNull()) {
                m_currentHousehold.insert(row.values.at(person).toString(),
                                          row.values.at(household).toString());
                if (row.values.at(relation).toString() == QLatin1String("head"))
                    m_householdHead.insert(row.values.at(household).toString(),
                                           row.values.at(person).toString());
            }
    }
}

const package::CanonicalRow *MergeDescriber::row(const QString &table, const QString &uuid) const
{
    for (const Tables *side : m_sides) {
        const auto rows = side->constFind(table);
        if (rows == side->constEnd())
            continue;
        const auto found = rows->constFind(uuid);
        if (found != rows->constEnd())
            return &found.value();
    }
    return nullptr;
}

QVariant MergeDescriber::value(const QString &table, const QString &uuid, const QString &column) const
{
    const package::CanonicalRow *r = row(table, uuid);
    const package::TableSpec *spec = mergeTable(table);
    return r && spec ? r->values.value(spec->indexOf(column)) : QVariant();
}

QString MergeDescriber::personName(const QString &uuid) const
{
    return value(QStringLiteral("person"), uuid, QStringLiteral("full_name")).toString();
}

QString MergeDescriber::householdCode(const QString &uuid) const
{
    return value(QStringLiteral("household"), uuid, QStringLiteral("code")).toString();
}

QString MergeDescriber::subjectName(const QString &uuid) const
{
    if (const QString name = personName(uuid); !name.isEmpty())
        return name;
    if (const QString code = householdCode(uuid); !code.isEmpty())
        return tr("household %1").arg(code);
    return m_units.value(uuid, uuid);
}

QString MergeDescriber::personVillage(const QString &uuid) const
{
    return value(QStringLiteral("household"), m_currentHousehold.value(uuid), QStringLiteral("village_id"))
        .toString();
}

QString MergeDescriber::describe(const QString &table, const QString &uuid) const
{
    const auto v = [&](const QString &column) { return value(table, uuid, column).toString(); };
    if (table == QLatin1String("person"))
        return personName(uuid);
    if (table == QLatin1String("household"))
        return tr("household %1").arg(householdCode(uuid));
    if (table == QLatin1String("household_village") || table == QLatin1String("clan_household"))
        return tr("household %1").arg(householdCode(v(QStringLiteral("household_id"))));
    if (table == QLatin1String("membership"))
        return tr("%1 in household %2")
            .arg(personName(v(QStringLiteral("person_id"))),
                 householdCode(v(QStringLiteral("household_id"))));
    if (table == QLatin1String("attendance"))
        return tr("%1 at %2")
            .arg(personName(v(QStringLiteral("person_id"))), sessionName(v(QStringLiteral("session_id"))));
    if (table == QLatin1String("course"))
        return tr("course %1").arg(v(QStringLiteral("title")));
    if (table == QLatin1String("course_session"))
        return tr("session of %1").arg(sessionName(uuid));
    if (table == QLatin1String("registration"))
        return tr("%1 %2: %3")
            .arg(v(QStringLiteral("title")), v(QStringLiteral("year")),
                 subjectName(v(QStringLiteral("subject_uuid"))));
    if (table == QLatin1String("judgement"))
        return tr("%1 of %2 %3: %4")
            .arg(v(QStringLiteral("indicator")), v(QStringLiteral("title")), v(QStringLiteral("year")),
                 subjectName(v(QStringLiteral("subject_uuid"))));
    return uuid;
}

QString MergeDescriber::villageUuid(const QString &table, const QString &uuid) const
{
    const auto v = [&](const QString &column) { return value(table, uuid, column).toString(); };
    const auto householdVillage = [&](const QString &household) {
        return value(QStringLiteral("household"), household, QStringLiteral("village_id")).toString();
    };
    if (table == QLatin1String("person"))
        return personVillage(uuid);
    if (table == QLatin1String("household"))
        return v(QStringLiteral("village_id"));
    if (table == QLatin1String("household_village") || table == QLatin1String("clan_household") ||
        table == QLatin1String("membership"))
        return householdVillage(v(QStringLiteral("household_id")));
    if (table == QLatin1String("attendance"))
        return personVillage(v(QStringLiteral("person_id")));
    if (table == QLatin1String("registration") || table == QLatin1String("judgement")) {
        const QString subject = v(QStringLiteral("subject_uuid"));
        if (m_units.contains(subject))
            return subject;
        if (const QString village = personVillage(subject); !village.isEmpty())
            return village;
        return householdVillage(subject);
    }
    return {};
}

QString MergeDescriber::villageName(const QString &table, const QString &uuid) const
{
    // Courses belong to the commune's learning centre, not to a village.
    if (table == QLatin1String("course") || table == QLatin1String("course_session"))
        return tr("Learning centre");
    return m_units.value(villageUuid(table, uuid));
}

QString MergeDescriber::sessionName(const QString &uuid) const
{
    const QString course =
        value(QStringLiteral("course_session"), uuid, QStringLiteral("course_id")).toString();
    const QString title = value(QStringLiteral("course"), course, QStringLiteral("title")).toString();
    const QString heldOn =
        value(QStringLiteral("course_session"), uuid, QStringLiteral("held_on")).toString();
    if (title.isEmpty() && heldOn.isEmpty())
        return tr("a session");
    return tr("%1, %2").arg(title, heldOn);
}

QString MergeDescriber::referenceName(const QString &table, const QString &uuid) const
{
    if (uuid.isEmpty())
        return {};
    if (table == QLatin1String("admin_unit"))
        return m_units.value(uuid);
    if (table == QLatin1String("person"))
        return personName(uuid);
    if (table == QLatin1String("household")) {
        const QString code = householdCode(uuid);
        if (code.isEmpty())
            return {};
        const QString head = personName(m_householdHead.value(uuid));
        return head.isEmpty() ? tr("household %1").arg(code) : tr("household %1 (%2)").arg(code, head);
    }
    if (table == QLatin1String("learning_centre"))
        return tr("the learning centre");
    if (table == QLatin1String("course"))
        return value(table, uuid, QStringLiteral("title")).toString();
    if (table == QLatin1String("course_session"))
        return row(table, uuid) ? sessionName(uuid) : QString();
    if (table == QLatin1String("subject")) {
        const QString name = subjectName(uuid);
        return name == uuid ? QString() : name;
    }
    return {};
}

} // namespace sht::exchange
