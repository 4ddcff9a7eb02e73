#include "PeopleIndexRepository.h"

#include "Database.h"
#include "PeopleIndex.h"
#include "SqliteHandle.h"

#include <QHash>

#include <sqlite3.h>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sht {

namespace {

const char *const villagesSql =
    "SELECT id, name FROM admin_unit WHERE kind IN ('village', 'residential_group')"
    " ORDER BY valid_to IS NOT NULL, sort_order, name, id";

// Every person with their current membership, if any (the partial unique index on membership(person_id)
// WHERE valid_to IS NULL finds it).
const char *const peopleSql =
    "SELECT p.id, p.full_name, p.sort_key, p.search_key, p.birth_date, p.sex, p.citizen_id, p.education,"
    " p.death_date <> '', m.relation, h.code, h.village_id, m.id IS NOT NULL"
    " FROM person p"
    " LEFT JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL"
    " LEFT JOIN household h ON h.id = m.household_id"
    " ORDER BY p.id";

// The last household of each person who has no current one; the last row of a person wins.
const char *const lastHouseholdSql =
    "SELECT m.person_id, m.relation, h.code, h.village_id FROM membership m"
    " JOIN household h ON h.id = m.household_id"
    " WHERE m.valid_to IS NOT NULL"
    "  AND NOT EXISTS (SELECT 1 FROM membership c WHERE c.person_id = m.person_id AND c.valid_to IS NULL)"
    " ORDER BY m.person_id, m.valid_to, m.id";

// A prepared statement finalised on every path.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_rc == SQLITE_OK; }
    // SQLITE_ROW while rows come, SQLITE_DONE at the end, an error code otherwise.
    int step() { return m_rc = sqlite3_step(m_statement); }
    std::string_view text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_statement, column)))
                    : std::string_view();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
};

Status readFailure(sqlite3 *db)
{
    return Status::failure(
        Database::tr("The commune file could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

// Storage words are ASCII and few: compare bytes instead of building a QString per person.
template <typename Enum, int Count>
class StorageWords
{
public:
    template <typename ToStorage>
    explicit StorageWords(ToStorage toStorage)
    {
        for (int i = 0; i < Count; ++i)
            m_words.emplace_back(toStorage(Enum(i)).toStdString());
    }
    Enum parse(std::string_view word, Enum fallback) const
    {
        for (int i = 0; i < Count; ++i)
            if (!word.empty() && m_words[size_t(i)] == word)
                return Enum(i);
        return fallback;
    }

private:
    std::vector<std::string> m_words;
};

struct LastHousehold
{
    std::string relation;
    std::string code;
    qint64 villageId = 0;
};

} // namespace

QString PeopleIndexRepository::peopleQuery()
{
    return QString::fromLatin1(peopleSql);
}

Status PeopleIndexRepository::load(Database &db, PeopleIndex *index)
{
    index->clear();
    sqlite3 *handle = sqliteHandle(db.connection());
    if (!handle)
        return Status::failure(Database::tr("The commune file could not be read."));

    static const StorageWords<Sex, 3> sexes(sexToStorage);
    static const StorageWords<Relation, int(Relation::Unknown)> relations(relationToStorage);

    Statement villages(handle, villagesSql);
    if (!villages.isValid())
        return readFailure(handle);
    while (villages.step() == SQLITE_ROW) {
        const std::string_view name = villages.text(1);
        index->addVillage(villages.integer(0), QString::fromUtf8(name.data(), qsizetype(name.size())));
    }

    // Former residents are few: read their last household first, keyed by person.
    std::unordered_map<qint64, LastHousehold> lastHousehold;
    Statement last(handle, lastHouseholdSql);
    if (!last.isValid())
        return readFailure(handle);
    int rc;
    while ((rc = last.step()) == SQLITE_ROW) {
        LastHousehold &h = lastHousehold[last.integer(0)];
        h.relation.assign(last.text(1));
        h.code.assign(last.text(2));
        h.villageId = last.integer(3);
    }
    if (rc != SQLITE_DONE)
        return readFailure(handle);

    Statement people(handle, peopleSql);
    if (!people.isValid())
        return readFailure(handle);
    PeopleIndex::Record r;
    while ((rc = people.step()) == SQLITE_ROW) {
        r.personId = people.integer(0);
        r.fullName = people.text(1);
        r.sortKey = people.text(2);
        r.nameSearchKey = people.text(3);
        r.birthDate = people.text(4);
        r.sex = sexes.parse(people.text(5), Sex::Unknown);
        r.citizenId = people.text(6);
        r.education = people.text(7);
        r.deceased = people.integer(8) != 0;
        r.hasCurrentMembership = people.integer(12) != 0;
        if (r.hasCurrentMembership) {
            r.relation = relations.parse(people.text(9), Relation::Unknown);
            r.householdCode = people.text(10);
            r.villageId = people.integer(11);
        } else if (const auto it = lastHousehold.find(r.personId); it != lastHousehold.end()) {
            r.relation = relations.parse(it->second.relation, Relation::Unknown);
            r.householdCode = it->second.code;
            r.villageId = it->second.villageId;
        } else {
            r.relation = Relation::Unknown;
            r.householdCode = {};
            r.villageId = 0;
        }
        index->append(r);
    }
    if (rc != SQLITE_DONE) {
        index->clear();
        return readFailure(handle);
    }
    index->finish();
    return Status::success();
}

} // namespace sht
