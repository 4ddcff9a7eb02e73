#pragma once

#include <QString>

namespace sht {

// A Vietnamese full name: family name, middle name(s), given name ("Nguyễn Thị Thu Hà": family Nguyễn,
// middle Thị Thu, given Hà). Always stored normalised, so two spellings of one person compare equal.
class PersonName
{
public:
    PersonName() = default;
    // text::normalized(), then text::normalizeToneMarkPlacement(), then text::titleCase() if the input is
    // ALL CAPS or all lower case; mixed case is kept as typed. Split at spaces: the first word is the family
    // name, the last the given name, the words between the middle name; a one-word name is a given name.
    explicit PersonName(const QString &raw);
    // For two-column registers ("Họ và đệm" + "Tên"): the first word of `family` is the family name, its
    // other words and `middle` the middle name, `given` (all of it) the given name. Each part is normalised
    // like the constructor's input; the case rule looks at all parts together. An empty `given` falls back to
    // splitting the whole text like the constructor.
    static PersonName fromParts(const QString &family, const QString &middle, const QString &given);

    QString full() const;                       // "Nguyễn Thị Thu Hà"
    QString family() const { return m_family; } // "Nguyễn" (first word)
    QString middle() const { return m_middle; } // "Thị Thu" (may be empty)
    QString given() const { return m_given; }   // "Hà" (last word)
    QString searchKey() const;                  // text::searchKey(full()): "nguyen thi thu ha"

    // Sorts with plain binary comparison (QString::operator<, SQLite BINARY) in the order of official lists:
    // given name first, then middle name, then family name, each compared with text::sortKey() (Vietnamese
    // alphabet, letters of the whole part before tones, case-insensitive, "An" < "Anh", "Ha" < "Hà" < "Hai").
    // Format: sortKey(given) ' ' sortKey(middle) ' ' sortKey(family); printable ASCII only.
    QString sortKey() const;

    bool isEmpty() const { return m_given.isEmpty(); }
    bool operator==(const PersonName &o) const { return full() == o.full(); }
    bool operator!=(const PersonName &o) const { return !(*this == o); }

private:
    QString m_family;
    QString m_middle;
    QString m_given;
};

} // namespace sht
