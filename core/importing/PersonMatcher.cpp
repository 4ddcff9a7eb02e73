#include "PersonMatcher.h"

#include "TextNormalizer.h"
#include "ValueNormalizer.h"

namespace sht::importing {

QString PersonMatcher::nameKey(const QString &fullName)
{
    // Names come already normalised from the register: the check costs less than normalising again.
    return text::foldCase(text::normalizeToneMarkPlacement(ValueNormalizer::normalized(fullName)));
}

bool PersonMatcher::compatibleBirth(const PartialDate &a, const PartialDate &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    // PartialDate::overlaps() on the fields, without building QDates: this runs for every pair of people
    // sharing a name. A partial date lies within its year, and within its month when it has one.
    if (a.year() != b.year())
        return false;
    if (a.month() == 0 || b.month() == 0)
        return true;
    if (a.month() != b.month())
        return false;
    return a.day() == 0 || b.day() == 0 || a.day() == b.day();
}

void PersonMatcher::reserve(int count)
{
    m_byName.reserve(count);
    m_nameOf.reserve(count);
}

void PersonMatcher::add(qint64 ref, const QString &nameKey, const PartialDate &birth,
                        const QString &citizenId)
{
    m_byName[nameKey].append({ref, birth});
    m_nameOf.insert(ref, nameKey);
    if (!citizenId.isEmpty())
        m_byId[citizenId].append(ref);
}

QList<qint64> PersonMatcher::sameIdentity(const QString &nameKey, const PartialDate &birth) const
{
    QList<qint64> refs;
    const auto found = m_byName.constFind(nameKey);
    if (found == m_byName.constEnd())
        return refs;
    for (const Entry &entry : *found)
        if (compatibleBirth(entry.birth, birth))
            refs << entry.ref;
    return refs;
}

QList<qint64> PersonMatcher::sameCitizenId(const QString &citizenId) const
{
    return citizenId.isEmpty() ? QList<qint64>() : m_byId.value(citizenId);
}

} // namespace sht::importing
