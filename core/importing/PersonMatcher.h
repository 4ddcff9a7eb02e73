#pragma once

#include "PartialDate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sht::importing {

// Finds the same person among many, in constant time per lookup: used by the planner against the file's
// people and against the rows already planned.
//
// The name key keeps the tones. text::searchKey() drops them, and then "Hà", "Hạ" and "Hả" are one name:
// good for finding as one types, too loose for saying that two records are one person, and a re-import
// would update the wrong person. So the key is NFC, with spaces cleaned (NBSP, tabs, double spaces), the
// tone mark moved to its canonical place ("Thuỷ"/"Thủy", "Hoà"/"Hòa" are one key) and case-folded: what
// differs only in how the name was typed matches; a different name does not.
//
// Birth dates are compatible when both are unknown or they can mean the same day (1956 and 05/03/1956 are;
// 1956 and 1957 are not); a known date never matches an unknown one (a name alone says too little).
class PersonMatcher
{
public:
    static QString nameKey(const QString &fullName);
    static bool compatibleBirth(const PartialDate &a, const PartialDate &b);

    // ref is the caller's handle (an index, a row id).
    void add(qint64 ref, const QString &nameKey, const PartialDate &birth, const QString &citizenId);
    // Entries with the same name key and a compatible birth date, in the order added.
    QList<qint64> sameIdentity(const QString &nameKey, const PartialDate &birth) const;
    // Entries with this citizen ID (empty ID: none).
    QList<qint64> sameCitizenId(const QString &citizenId) const;
    QString nameKeyOf(qint64 ref) const { return m_nameOf.value(ref); }
    void reserve(int count);

private:
    struct Entry
    {
        qint64 ref;
        PartialDate birth;
    };
    QHash<QString, QList<Entry>> m_byName;
    QHash<QString, QList<qint64>> m_byId;
    QHash<qint64, QString> m_nameOf;
};

} // namespace sht::importing
