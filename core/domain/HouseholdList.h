#pragma once

#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace sht {

// The households of a commune file as the Households register lists them, held in memory so the list
// narrows at every keystroke (a commune of 100,000 people has some 28,000 households).
class HouseholdList
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString code;
        qint64 villageId = 0;
        QString villageName;
        int villageOrder = 0; // the village's place in the villages' display order
        QString address;
        QString headName; // empty when the household has no current head
        QString headSortKey;
        int members = 0;      // current members
        std::string haystack; // folded code, head's name and address (text::searchKey), space separated
    };
    enum Column { CodeColumn, HeadColumn, VillageColumn, AddressColumn, MembersColumn, ColumnCount };

    void clear() { m_entries.clear(); }
    // Computes the entry's haystack from its code, head name and address.
    void append(Entry entry);
    int size() const { return int(m_entries.size()); }
    const Entry &at(int row) const { return m_entries[size_t(row)]; }

    // The rows of one village (0: all) whose haystack holds every word typed (folded like the haystack).
    std::vector<int> filter(const QString &typed, qint64 villageId) const;
    // rows sorted by a column (ascending or not); ties by village, then code.
    void sort(std::vector<int> &rows, Column column, bool ascending) const;

private:
    std::vector<Entry> m_entries;
};

} // namespace sht
