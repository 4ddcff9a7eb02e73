#include "HouseholdList.h"

#include "TextNormalizer.h"

#include <QCollator>

#include <algorithm>

namespace sht {

void HouseholdList::append(Entry entry)
{
    entry.haystack =
        text::searchKey(entry.code + QLatin1Char(' ') + entry.headName + QLatin1Char(' ') + entry.address)
            .toStdString();
    m_entries.push_back(std::move(entry));
}

std::vector<int> HouseholdList::filter(const QString &typed, qint64 villageId) const
{
    std::vector<std::string> words;
    for (const QString &word : text::searchKey(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.push_back(word.toStdString());
    std::vector<int> rows;
    for (size_t row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries[row];
        if (villageId != 0 && entry.villageId != villageId)
            continue;
        const bool all = std::all_of(words.begin(), words.end(), [&](const std::string &word) {
            return entry.haystack.find(word) != std::string::npos;
        });
        if (all)
            rows.push_back(int(row));
    }
    return rows;
}

void HouseholdList::sort(std::vector<int> &rows, Column column, bool ascending) const
{
    // Codes such as "01.012" and "01.9" order by their numbers, as a clerk reads them.
    QCollator numeric;
    numeric.setNumericMode(true);
    numeric.setCaseSensitivity(Qt::CaseInsensitive);
    const auto byPlace = [&](const Entry &a, const Entry &b) {
        if (a.villageOrder != b.villageOrder)
            return a.villageOrder < b.villageOrder;
        return numeric.compare(a.code, b.code) < 0;
    };
    const auto less = [&](int left, int right) {
        const Entry &a = m_entries[size_t(left)];
        const Entry &b = m_entries[size_t(right)];
        switch (column) {
        case HeadColumn:
            if (a.headSortKey != b.headSortKey)
                return a.headSortKey < b.headSortKey;
            break;
        case AddressColumn:
            if (int c = numeric.compare(a.address, b.address); c != 0)
                return c < 0;
            break;
        case MembersColumn:
            if (a.members != b.members)
                return a.members < b.members;
            break;
        case CodeColumn:
        case VillageColumn:
        case ColumnCount:
            break;
        }
        return byPlace(a, b);
    };
    if (ascending)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
}

} // namespace sht
