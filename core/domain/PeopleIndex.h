#pragma once

#include "Relation.h"
#include "Sex.h"

#include <QList>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace sht {

// Every person of a commune file in memory, compact, for the People register's type-to-filter.
//
// Filtering 100,000 people per keystroke through SQL (LIKE '%…%') or QSortFilterProxyModel::invalidateFilter
// costs tens of milliseconds to seconds (docs/BENCHMARKS.md); scanning pre-folded keys in memory costs a few.
// So the register loads once (PeopleIndexRepository::load) into this store: one UTF-8 text arena holding each
// person's display strings, sort key and search haystack, and one fixed-size Row per person pointing into it.
// Rows are addressed by their position (quint32); the People model shows a vector of positions.
class PeopleIndex
{
public:
    enum Column {
        NameColumn,
        BirthDateColumn,
        SexColumn,
        CitizenIdColumn,
        VillageColumn,
        HouseholdColumn,
        RelationColumn,
        EducationColumn,
        ColumnCount
    };
    enum class SortOrder { Ascending, Descending };

    // One person as the loader reads them (UTF-8 views, valid only during append()).
    struct Record
    {
        qint64 personId = 0;
        std::string_view fullName;
        std::string_view sortKey;       // PersonName::sortKey(): given, middle, family
        std::string_view nameSearchKey; // text::searchKey(full name); computed when empty
        std::string_view birthDate;     // PartialDate storage form ("1956", "1956-03", "1956-03-05")
        std::string_view citizenId;     // digits
        std::string_view education;     // Education storage form (clerks' notation)
        std::string_view householdCode; // the current (or, for former residents, the last) household
        qint64 villageId = 0;           // that household's village; 0 when none
        Sex sex = Sex::Unknown;
        Relation relation = Relation::Unknown;
        bool hasCurrentMembership = false;
        bool deceased = false;
    };

    struct Village
    {
        qint64 id = 0;
        QString name;
    };

    PeopleIndex() = default;

    void clear();
    void reserve(int people, qint64 textBytes);
    // Villages first (in display order: sort order, then name), then people in any order.
    void addVillage(qint64 id, const QString &name);
    void append(const Record &record);
    // After the last append(): orders by name (the register's default) and shrinks the storage.
    void finish();

    int size() const { return int(m_rows.size()); }
    const QList<Village> &villages() const { return m_villages; }
    int villageIndexOf(qint64 villageId) const; // -1 when unknown

    // A row's fields.
    qint64 personId(quint32 row) const { return m_rows[row].personId; }
    QString fullName(quint32 row) const { return text(row, FullNameField); }
    QString birthDate(quint32 row) const { return text(row, BirthDateField); } // storage form
    QString citizenId(quint32 row) const { return text(row, CitizenIdField); }
    QString education(quint32 row) const { return text(row, EducationField); }
    QString householdCode(quint32 row) const { return text(row, HouseholdCodeField); }
    QString sortKey(quint32 row) const { return text(row, SortKeyField); }
    // The folded text the filter searches: name search key, ID digits and folded household code, space
    // separated (a typed word never holds a space, so no word matches across two fields).
    QString haystack(quint32 row) const;
    QString villageName(quint32 row) const;
    qint64 villageId(quint32 row) const;
    Sex sex(quint32 row) const { return Sex(m_rows[row].sex); }
    Relation relation(quint32 row) const { return Relation(m_rows[row].relation); }
    // Living and with a current membership: the people the register lists by default.
    bool isCurrentResident(quint32 row) const { return m_rows[row].flags & CurrentFlag; }
    bool isDeceased(quint32 row) const { return m_rows[row].flags & DeceasedFlag; }

    // Filtering. The typed text is folded like the haystack (text::searchKey: lower case, accent-free, NFC
    // and NFD alike) and split into words; a row matches when every word occurs somewhere in its haystack.
    using Words = std::vector<std::string>;
    static Words foldWords(const QString &typed);
    // True when every row matching `after` also matches `before` (each word of before is inside a word of
    // after): the new matches can then be searched among the old ones only.
    static bool narrows(const Words &before, const Words &after);
    bool matches(quint32 row, const Words &words) const;
    // The candidates that match, in the candidates' order.
    std::vector<quint32> filter(const Words &words, const std::vector<quint32> &candidates) const;

    // The rows of `order` in scope: of one village (villageId 0 = all), current residents only unless
    // includeFormer. Keeps the order.
    std::vector<quint32> inScope(const std::vector<quint32> &order, qint64 villageId,
                                 bool includeFormer) const;

    // All rows sorted by a column; ties in name order. NameColumn ascending is the register's default
    // (Vietnamese convention: given name, then middle, then family name).
    std::vector<quint32> sorted(Column column, SortOrder order) const;
    const std::vector<quint32> &nameOrder() const { return m_nameOrder; }

    // Bytes held (rows, text arena, orders), for the benchmark's memory report.
    qint64 memoryBytes() const;

private:
    enum Field {
        FullNameField,
        SortKeyField,
        BirthDateField,
        CitizenIdField,
        EducationField,
        HouseholdCodeField,
        FieldCount
    };
    enum Flag : quint8 { CurrentFlag = 1, DeceasedFlag = 2 };

    // 32 bytes a person; the strings live in m_text, one after the other in Field order.
    struct Row
    {
        qint64 personId;
        quint32 textOffset;
        quint16 length[FieldCount];
        qint16 village; // index into m_villages, -1 none
        quint8 sex;
        quint8 relation;
        quint8 flags;
    };

    std::string_view view(quint32 row, Field field) const;
    QString text(quint32 row, Field field) const;
    void appendField(Row &row, Field field, std::string_view value);

    std::string_view haystackView(quint32 row) const;
    bool matchesRow(quint32 row, const Words &words, size_t firstWord) const;

    std::vector<Row> m_rows;
    std::string m_text;
    // The haystacks of all rows, in row order, each followed by '\n' (never in a typed word), so that one
    // memmem() over the whole buffer finds the rows holding a word; m_haystackStart[row] is where a row's
    // haystack starts, m_haystackStart[size()] the end.
    std::string m_haystacks;
    std::vector<quint32> m_haystackStart{0};
    QList<Village> m_villages;
    std::vector<quint32> m_nameOrder; // rows by name; every other order starts from it
    int m_lastVillage = 0;
};

} // namespace sht
