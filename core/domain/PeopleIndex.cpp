#include "PeopleIndex.h"

#include "Education.h"
#include "TextNormalizer.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace sht {

namespace {

bool isAscii(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

std::string toStd(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

// Household codes are ASCII in practice ("01.002"): lower-casing them is all their fold needs.
std::string foldCode(std::string_view code)
{
    if (!isAscii(code))
        return toStd(text::searchKey(QString::fromUtf8(code.data(), qsizetype(code.size()))));
    std::string out(code);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

bool contains(std::string_view haystack, const std::string &word)
{
    return memmem(haystack.data(), haystack.size(), word.data(), word.size()) != nullptr;
}

// Education in the order of levels, grades within the general level (7/10 sorts with 9/12).
int educationRank(std::string_view stored)
{
    const Education e = Education::fromStorage(QString::fromUtf8(stored.data(), qsizetype(stored.size())));
    return int(e.level()) * 32 + e.equivalentGrade12() * 2 + (e.gradeSystem() == 12 ? 1 : 0);
}

} // namespace

void PeopleIndex::clear()
{
    m_rows.clear();
    m_text.clear();
    m_haystacks.clear();
    m_haystackStart.assign(1, 0);
    m_villages.clear();
    m_nameOrder.clear();
    m_lastVillage = 0;
}

void PeopleIndex::reserve(int people, qint64 textBytes)
{
    m_rows.reserve(size_t(people));
    m_text.reserve(size_t(textBytes));
    m_haystacks.reserve(size_t(textBytes) / 2);
    m_haystackStart.reserve(size_t(people) + 1);
}

void PeopleIndex::addVillage(qint64 id, const QString &name)
{
    m_villages.append({id, name});
}

int PeopleIndex::villageIndexOf(qint64 villageId) const
{
    for (int i = 0; i < m_villages.size(); ++i)
        if (m_villages.at(i).id == villageId)
            return i;
    return -1;
}

void PeopleIndex::appendField(Row &row, Field field, std::string_view value)
{
    // A field longer than 65,535 bytes is not a name, an ID or a code; it is cut rather than overflowing.
    const size_t length = std::min<size_t>(value.size(), std::numeric_limits<quint16>::max());
    m_text.append(value.data(), length);
    row.length[field] = quint16(length);
}

void PeopleIndex::append(const Record &record)
{
    Row row{};
    row.personId = record.personId;
    row.textOffset = quint32(m_text.size());
    appendField(row, FullNameField, record.fullName);
    appendField(row, SortKeyField, record.sortKey);
    appendField(row, BirthDateField, record.birthDate);
    appendField(row, CitizenIdField, record.citizenId);
    appendField(row, EducationField, record.education);
    appendField(row, HouseholdCodeField, record.householdCode);

    std::string haystack;
    if (record.nameSearchKey.empty())
        haystack = toStd(
            text::searchKey(QString::fromUtf8(record.fullName.data(), qsizetype(record.fullName.size()))));
    else
        haystack.assign(record.nameSearchKey);
    if (!record.citizenId.empty()) {
        haystack += ' ';
        haystack += record.citizenId;
    }
    if (!record.householdCode.empty()) {
        haystack += ' ';
        haystack += foldCode(record.householdCode);
    }
    m_haystacks += haystack;
    m_haystacks += '\n';
    m_haystackStart.push_back(quint32(m_haystacks.size()));

    int village = -1;
    if (record.villageId != 0) {
        // Villages are few (tens) and people mostly arrive grouped by household: try the last hit first.
        if (m_lastVillage >= 0 && m_lastVillage < m_villages.size() &&
            m_villages.at(m_lastVillage).id == record.villageId)
            village = m_lastVillage;
        else
            village = m_lastVillage = villageIndexOf(record.villageId);
    }
    row.village = qint16(village);
    row.sex = quint8(record.sex);
    row.relation = quint8(record.relation);
    row.flags = quint8((record.hasCurrentMembership && !record.deceased ? CurrentFlag : 0) |
                       (record.deceased ? DeceasedFlag : 0));
    m_rows.push_back(row);
}

void PeopleIndex::finish()
{
    m_rows.shrink_to_fit();
    m_text.shrink_to_fit();
    m_haystacks.shrink_to_fit();
    m_haystackStart.shrink_to_fit();
    m_nameOrder.resize(m_rows.size());
    std::iota(m_nameOrder.begin(), m_nameOrder.end(), 0u);
    std::sort(m_nameOrder.begin(), m_nameOrder.end(), [this](quint32 a, quint32 b) {
        const int c = view(a, SortKeyField).compare(view(b, SortKeyField));
        return c != 0 ? c < 0 : m_rows[a].personId < m_rows[b].personId;
    });
}

std::string_view PeopleIndex::view(quint32 row, Field field) const
{
    const Row &r = m_rows[row];
    size_t offset = r.textOffset;
    for (int f = 0; f < field; ++f)
        offset += r.length[f];
    return std::string_view(m_text.data() + offset, r.length[field]);
}

QString PeopleIndex::text(quint32 row, Field field) const
{
    const std::string_view v = view(row, field);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString PeopleIndex::villageName(quint32 row) const
{
    const int v = m_rows[row].village;
    return v < 0 ? QString() : m_villages.at(v).name;
}

qint64 PeopleIndex::villageId(quint32 row) const
{
    const int v = m_rows[row].village;
    return v < 0 ? 0 : m_villages.at(v).id;
}

PeopleIndex::Words PeopleIndex::foldWords(const QString &typed)
{
    Words words;
    const QString folded = text::searchKey(typed);
    for (const QString &word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.push_back(toStd(word));
    // Longest first: the rarest word rejects most rows at the first test.
    std::stable_sort(words.begin(), words.end(),
                     [](const std::string &a, const std::string &b) { return a.size() > b.size(); });
    return words;
}

namespace {

// Whether every needle is part of a different target (needles and targets are a handful of words; a
// small backtracking search finds an assignment when there is one).
bool assignDistinct(const PeopleIndex::Words &needles, size_t next,
                    const std::vector<std::string_view> &targets, std::vector<bool> &used)
{
    if (next == needles.size())
        return true;
    for (size_t t = 0; t < targets.size(); ++t) {
        if (used[t] || targets[t].find(needles[next]) == std::string_view::npos)
            continue;
        used[t] = true;
        if (assignDistinct(needles, next + 1, targets, used))
            return true;
        used[t] = false;
    }
    return false;
}

bool matchesDistinct(const PeopleIndex::Words &needles, const std::vector<std::string_view> &targets)
{
    if (needles.size() > targets.size())
        return false;
    std::vector<bool> used(targets.size(), false);
    return assignDistinct(needles, 0, targets, used);
}

} // namespace

bool PeopleIndex::narrows(const Words &before, const Words &after)
{
    // Each word typed before must be part of a different word typed now: then every row that matches now
    // matched before, and only the previous matches need testing.
    std::vector<std::string_view> targets(after.begin(), after.end());
    return matchesDistinct(before, targets);
}

std::string_view PeopleIndex::haystackView(quint32 row) const
{
    const quint32 start = m_haystackStart[row];
    return std::string_view(m_haystacks.data() + start, m_haystackStart[row + 1] - start - 1);
}

QString PeopleIndex::haystack(quint32 row) const
{
    const std::string_view v = haystackView(row);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool PeopleIndex::matchesRow(quint32 row, const Words &words, size_t firstWord) const
{
    const std::string_view haystack = haystackView(row);
    for (size_t w = firstWord; w < words.size(); ++w)
        if (!contains(haystack, words[w]))
            return false;
    if (words.size() < 2)
        return true;
    // Each typed word must be part of a different word of the row: "nguyen thi h" must not find "Nguyễn Thị
    // An" through the h of "thi".
    std::vector<std::string_view> targets;
    size_t start = 0;
    while (start < haystack.size()) {
        size_t end = haystack.find(' ', start);
        if (end == std::string_view::npos)
            end = haystack.size();
        if (end > start)
            targets.push_back(haystack.substr(start, end - start));
        start = end + 1;
    }
    return matchesDistinct(words, targets);
}

bool PeopleIndex::matches(quint32 row, const Words &words) const
{
    return matchesRow(row, words, 0);
}

std::vector<quint32> PeopleIndex::filter(const Words &words, const std::vector<quint32> &candidates) const
{
    if (words.empty())
        return candidates;
    std::vector<quint32> out;
    // Few candidates (the previous matches while the clerk keeps typing): test each one.
    if (candidates.size() * 8 < m_rows.size()) {
        for (quint32 row : candidates)
            if (matchesRow(row, words, 0))
                out.push_back(row);
        return out;
    }
    // Many: one memmem() pass over all haystacks for the first (longest) word, jumping from each hit to the
    // next row; the other words only on the rows found; then the candidates in their order.
    std::vector<quint8> hit(m_rows.size(), 0);
    const std::string &first = words.front();
    const char *base = m_haystacks.data();
    const size_t end = m_haystacks.size();
    size_t pos = 0;
    quint32 row = 0;
    while (pos < end) {
        const void *found = memmem(base + pos, end - pos, first.data(), first.size());
        if (!found)
            break;
        const size_t at = size_t(static_cast<const char *>(found) - base);
        while (m_haystackStart[row + 1] <= at)
            ++row;
        hit[row] = words.size() == 1 || matchesRow(row, words, 1);
        pos = m_haystackStart[row + 1];
    }
    out.reserve(candidates.size() / 4);
    for (quint32 r : candidates)
        if (hit[r])
            out.push_back(r);
    return out;
}

std::vector<quint32> PeopleIndex::inScope(const std::vector<quint32> &order, qint64 villageId,
                                          bool includeFormer) const
{
    const int village = villageId == 0 ? -1 : villageIndexOf(villageId);
    if (villageId != 0 && village < 0)
        return {};
    std::vector<quint32> out;
    out.reserve(order.size());
    for (quint32 row : order) {
        const Row &r = m_rows[row];
        if ((includeFormer || (r.flags & CurrentFlag)) && (village < 0 || r.village == village))
            out.push_back(row);
    }
    return out;
}

std::vector<quint32> PeopleIndex::sorted(Column column, SortOrder order) const
{
    std::vector<quint32> rows = m_nameOrder;
    const bool descending = order == SortOrder::Descending;
    if (column == NameColumn) {
        if (descending)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }
    // Starting from name order, a stable sort on the column alone leaves ties in name order.
    const auto sortBy = [&rows, descending](auto key) {
        std::stable_sort(rows.begin(), rows.end(), [&key, descending](quint32 a, quint32 b) {
            return descending ? key(b) < key(a) : key(a) < key(b);
        });
    };
    switch (column) {
    case BirthDateColumn: // the storage form sorts like PartialDate: 1956 < 1956-01 < 1956-01-01 < 1956-02
        sortBy([this](quint32 r) { return view(r, BirthDateField); });
        break;
    case SexColumn:
        sortBy([this](quint32 r) { return m_rows[r].sex; });
        break;
    case CitizenIdColumn:
        sortBy([this](quint32 r) { return view(r, CitizenIdField); });
        break;
    case VillageColumn: // in the villages' own order; people without a household last
        sortBy([this](quint32 r) { return quint16(m_rows[r].village); });
        break;
    case HouseholdColumn:
        sortBy([this](quint32 r) { return view(r, HouseholdCodeField); });
        break;
    case RelationColumn:
        sortBy([this](quint32 r) { return m_rows[r].relation; });
        break;
    case EducationColumn: {
        // Few distinct values: parse each once.
        std::unordered_map<std::string_view, int> ranks;
        std::vector<int> rank(m_rows.size());
        for (quint32 r = 0; r < m_rows.size(); ++r) {
            const std::string_view e = view(r, EducationField);
            auto it = ranks.find(e);
            if (it == ranks.end())
                it = ranks.emplace(e, educationRank(e)).first;
            rank[r] = it->second;
        }
        sortBy([&rank](quint32 r) { return rank[r]; });
        break;
    }
    case NameColumn:
    case ColumnCount:
        break;
    }
    return rows;
}

qint64 PeopleIndex::memoryBytes() const
{
    return qint64(m_rows.capacity() * sizeof(Row) + m_text.capacity() + m_haystacks.capacity() +
                  (m_haystackStart.capacity() + m_nameOrder.capacity()) * sizeof(quint32));
}

} // namespace sht
