#include "EvaluationDataRepository.h"

#include "Database.h"
#include "EvaluationRepository.h"
#include "JudgementRepository.h"
#include "LocalUnitKind.h"
#include "RecognitionRepository.h"
#include "RegistrationRepository.h"
#include "SettingsRepository.h"
#include "SqliteHandle.h"

#include <QHash>

#include <sqlite3.h>
#include <unordered_map>
#include <unordered_set>

namespace sht {

using namespace criteria;

namespace {

// A prepared statement with UTF-8 binds and reads, finalised on every path.
class Query
{
public:
    Query(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
    }
    ~Query() { sqlite3_finalize(m_statement); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    bool isValid() const { return m_rc == SQLITE_OK; }
    void bind(int position, const QByteArray &text)
    {
        sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    bool next()
    {
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    bool finished() const { return m_rc == SQLITE_DONE; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    QByteArray bytes(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
    }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
    }
    Status failure() const
    {
        return Status::failure(Database::tr("The commune file could not be read: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
};

SchoolStatus schoolStatusOf(const QByteArray &stored)
{
    if (stored == "enrolled")
        return SchoolStatus::Enrolled;
    if (stored == "not_enrolled")
        return SchoolStatus::NotEnrolled;
    if (stored == "exempt")
        return SchoolStatus::Exempt;
    return SchoolStatus::Unknown;
}

// What one subject's evaluation (and that of the subjects above it) needs: the households and people it and
// they count. Decided from the skeleton of the year (villages, households, clans, units, memberships) before
// any person is read.
struct Scope
{
    Title title = Title::LearningFamily;
    QString subjectUuid;
};

// One membership valid on 31/12, before the people are read.
struct RawMembership
{
    qint64 person = 0;
    qint64 household = 0;
    bool head = false;
};

struct RawStaff
{
    qint64 unit = 0;
    qint64 person = 0;
};

Status loadYear(Database &db, int year, EvaluationData *data, const Scope *scope)
{
    *data = EvaluationData();
    data->year = year;
    data->endOfYear = QDate(year, 12, 31);
    sqlite3 *handle = sqliteHandle(db.connection());
    if (!handle)
        return Status::failure(Database::tr("The commune file could not be read."));
    const QByteArray endDay = data->endOfYear.toString(Qt::ISODate).toUtf8();
    const QByteArray startDay = QDate(year, 1, 1).toString(Qt::ISODate).toUtf8();

    // Villages and the commune.
    std::unordered_map<qint64, int> villageById;
    {
        Query q(handle,
                "SELECT id, uuid, name, kind, valid_to FROM admin_unit ORDER BY sort_order, name, id");
        if (!q.isValid())
            return q.failure();
        while (q.next()) {
            const QByteArray kind = q.bytes(3);
            if (kind == "commune" || kind == "ward") {
                if (!data->commune)
                    data->commune = EvalCommune{q.text(1), q.text(2)};
                continue;
            }
            EvalVillage v;
            v.id = q.integer(0);
            v.uuid = q.text(1);
            v.name = q.text(2);
            const QByteArray validTo = q.bytes(4);
            v.current = validTo.isEmpty() || validTo > endDay;
            villageById.emplace(v.id, int(data->villages.size()));
            data->villages.push_back(std::move(v));
        }
        if (!q.finished())
            return q.failure();
    }

    // Households, the village each was in on 31/12, and those that left a village during the year.
    std::unordered_map<qint64, int> householdById;
    {
        Query q(handle, "SELECT id, uuid, code, village_id FROM household ORDER BY id");
        if (!q.isValid())
            return q.failure();
        while (q.next()) {
            EvalHousehold h;
            h.id = q.integer(0);
            h.uuid = q.text(1);
            h.code = q.text(2);
            const auto v = villageById.find(q.integer(3));
            h.village = v == villageById.end() ? -1 : v->second; // replaced by the history below
            householdById.emplace(h.id, int(data->households.size()));
            data->households.push_back(std::move(h));
        }
        if (!q.finished())
            return q.failure();
    }
    {
        Query q(handle,
                "SELECT household_id, village_id, valid_to FROM household_village "
                "WHERE (valid_from IS NULL OR valid_from <= ?1) AND (valid_to IS NULL OR valid_to >= ?2) "
                "ORDER BY household_id, id");
        if (!q.isValid())
            return q.failure();
        q.bind(1, endDay);
        q.bind(2, startDay);
        while (q.next()) {
            const auto h = householdById.find(q.integer(0));
            const auto v = villageById.find(q.integer(1));
            if (h == householdById.end() || v == villageById.end())
                continue;
            const QByteArray validTo = q.bytes(2);
            if (validTo.isEmpty() || validTo > endDay)
                data->households[size_t(h->second)].village = v->second;
            else
                data->villages[size_t(v->second)].departed << DepartedHousehold{
                    h->second, QDate::fromString(QString::fromLatin1(validTo), Qt::ISODate)};
        }
        if (!q.finished())
            return q.failure();
    }
    for (const EvalHousehold &h : data->households)
        if (h.village >= 0)
            data->villages[size_t(h.village)].households << int(&h - data->households.data());
    for (EvalVillage &v : data->villages) {
        // A household that left and came back within the year is simply in the village.
        QList<DepartedHousehold> departed;
        for (const DepartedHousehold &d : v.departed)
            if (data->households[size_t(d.household)].village != int(&v - data->villages.data()))
                departed << d;
        v.departed = departed;
    }

    // Memberships on 31/12 (people resolved below): a membership that ended during the year (moved away,
    // died, moved to another household) no longer counts.
    std::vector<RawMembership> memberships;
    {
        Query q(handle,
                "SELECT person_id, household_id, relation FROM membership "
                "WHERE (valid_from IS NULL OR valid_from <= ?1) AND (valid_to IS NULL OR valid_to > ?1) "
                "ORDER BY household_id, id");
        if (!q.isValid())
            return q.failure();
        q.bind(1, endDay);
        while (q.next())
            memberships.push_back(RawMembership{q.integer(0), q.integer(1), q.bytes(2) == "head"});
        if (!q.finished())
            return q.failure();
    }

    // Clans.
    {
        std::unordered_map<qint64, int> clanById;
        Query q(handle, "SELECT id, uuid, name FROM clan ORDER BY id");
        if (!q.isValid())
            return q.failure();
        while (q.next()) {
            clanById.emplace(q.integer(0), int(data->clans.size()));
            data->clans.push_back(EvalClan{q.integer(0), q.text(1), q.text(2), {}});
        }
        if (!q.finished())
            return q.failure();
        Query members(handle,
                      "SELECT clan_id, household_id FROM clan_household ORDER BY clan_id, household_id");
        if (!members.isValid())
            return members.failure();
        while (members.next()) {
            const auto c = clanById.find(members.integer(0));
            const auto h = householdById.find(members.integer(1));
            if (c == clanById.end() || h == householdById.end())
                continue;
            data->clans[size_t(c->second)].households << h->second;
            data->households[size_t(h->second)].clan = c->second;
        }
        if (!members.finished())
            return members.failure();
    }

    // Local units and their staff on 31/12 (people resolved below).
    std::unordered_map<qint64, int> unitById;
    std::vector<RawStaff> staffRows;
    {
        Query q(handle, "SELECT id, uuid, name, kind, managing_level, instrument, village_id, staff_count "
                        "FROM local_unit ORDER BY id");
        if (!q.isValid())
            return q.failure();
        while (q.next()) {
            EvalUnit u;
            u.id = q.integer(0);
            u.uuid = q.text(1);
            u.name = q.text(2);
            u.kind = q.text(3);
            u.instrument = q.text(5);
            if (u.instrument.isEmpty()) {
                const auto kind = localUnitKindFromStorage(u.kind);
                const auto level = managingLevelFromStorage(q.text(4));
                u.instrument = criteriaInstrumentToStorage(criteriaInstrumentFor(
                    kind.value_or(LocalUnitKind::Other), level.value_or(ManagingLevel::Commune)));
            }
            const auto v = villageById.find(q.integer(6));
            u.village = v == villageById.end() ? -1 : v->second;
            u.staffCount = int(q.integer(7));
            unitById.emplace(u.id, int(data->units.size()));
            data->units.push_back(std::move(u));
        }
        if (!q.finished())
            return q.failure();
        Query staff(handle,
                    "SELECT unit_id, person_id FROM local_unit_staff "
                    "WHERE (valid_from IS NULL OR valid_from <= ?1) AND (valid_to IS NULL OR valid_to > ?1) "
                    "ORDER BY unit_id, id");
        if (!staff.isValid())
            return staff.failure();
        staff.bind(1, endDay);
        while (staff.next())
            staffRows.push_back(RawStaff{staff.integer(0), staff.integer(1)});
        if (!staff.finished())
            return staff.failure();
    }

    // One subject: only the people the subject and the subjects above it count are read.
    std::optional<std::unordered_set<qint64>> wanted;
    if (scope && subjectKindOf(scope->title) != SubjectKind::Commune &&
        subjectKindOf(scope->title) != SubjectKind::LearningCentre) {
        wanted.emplace();
        std::unordered_set<int> households;
        std::unordered_set<qint64> units;
        auto addVillage = [&](int village) {
            if (village < 0)
                return;
            for (int h : data->villages[size_t(village)].households)
                households.insert(h);
            for (const DepartedHousehold &d : data->villages[size_t(village)].departed)
                households.insert(d.household);
        };
        const QString &uuid = scope->subjectUuid;
        switch (subjectKindOf(scope->title)) {
        case SubjectKind::Household:
            for (size_t h = 0; h < data->households.size(); ++h) {
                const EvalHousehold &household = data->households[h];
                if (household.uuid != uuid)
                    continue;
                households.insert(int(h));
                if (household.clan >= 0)
                    for (int member : data->clans[size_t(household.clan)].households)
                        households.insert(member);
                addVillage(household.village);
            }
            break;
        case SubjectKind::Clan:
            for (const EvalClan &clan : data->clans)
                if (clan.uuid == uuid)
                    for (int h : clan.households)
                        households.insert(h);
            break;
        case SubjectKind::Village:
            for (size_t v = 0; v < data->villages.size(); ++v)
                if (data->villages[v].uuid == uuid)
                    addVillage(int(v));
            break;
        case SubjectKind::LocalUnit:
            for (const EvalUnit &unit : data->units)
                if (unit.uuid == uuid)
                    units.insert(unit.id);
            break;
        case SubjectKind::Person: {
            Query q(handle, "SELECT id FROM person WHERE uuid = ?1");
            if (!q.isValid())
                return q.failure();
            q.bind(1, uuid.toUtf8());
            if (q.next()) {
                const qint64 person = q.integer(0);
                wanted->insert(person);
                // The village of the person's household counts its adult citizens; a unit its staff.
                for (const RawMembership &m : memberships)
                    if (m.person == person)
                        if (const auto h = householdById.find(m.household); h != householdById.end())
                            addVillage(data->households[size_t(h->second)].village);
                for (const RawStaff &s : staffRows)
                    if (s.person == person)
                        units.insert(s.unit);
            }
            break;
        }
        case SubjectKind::Commune:
        case SubjectKind::LearningCentre:
            break;
        }
        for (const RawMembership &m : memberships)
            if (const auto h = householdById.find(m.household);
                h != householdById.end() && households.count(h->second))
                wanted->insert(m.person);
        for (const RawStaff &s : staffRows)
            if (units.count(s.unit))
                wanted->insert(s.person);
    }

    // People. Education texts repeat a lot: each distinct one is read once.
    std::unordered_map<qint64, int> personById;
    {
        QByteArray ids = "[";
        if (wanted)
            for (qint64 id : *wanted) {
                if (ids.size() > 1)
                    ids += ',';
                ids += QByteArray::number(id);
            }
        ids += ']';
        Query q(handle, wanted
                            ? "SELECT id, uuid, full_name, birth_date, education, school_status, death_date "
                              "FROM person WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id"
                            : "SELECT id, uuid, full_name, birth_date, education, school_status, death_date "
                              "FROM person ORDER BY id");
        if (!q.isValid())
            return q.failure();
        if (wanted)
            q.bind(1, ids);
        QHash<QByteArray, Education> educations;
        while (q.next()) {
            EvalPerson p;
            p.id = q.integer(0);
            p.uuid = q.text(1);
            p.name = q.text(2);
            p.birthDate = PartialDate::fromStorage(q.text(3));
            p.age = p.birthDate.ageAt(data->endOfYear);
            const QByteArray education = q.bytes(4);
            auto it = educations.find(education);
            if (it == educations.end())
                it = educations.insert(education, Education::fromStorage(QString::fromUtf8(education)));
            p.education = *it;
            p.schoolStatus = schoolStatusOf(q.bytes(5));
            const QByteArray death = q.bytes(6);
            if (!death.isEmpty()) {
                const PartialDate died = PartialDate::fromStorage(QString::fromUtf8(death));
                // Died by 31/12 when the earliest day the record can mean is not after it.
                p.alive = died.isNull() || died.earliest() > data->endOfYear;
            }
            personById.emplace(p.id, int(data->people.size()));
            data->people.push_back(std::move(p));
        }
        if (!q.finished())
            return q.failure();
    }

    // The dead are left out of their household even if their membership was not closed.
    for (const RawMembership &m : memberships) {
        const auto p = personById.find(m.person);
        const auto h = householdById.find(m.household);
        if (p == personById.end() || h == householdById.end())
            continue;
        EvalPerson &person = data->people[size_t(p->second)];
        if (!person.alive)
            continue;
        EvalHousehold &household = data->households[size_t(h->second)];
        person.household = h->second;
        household.members << p->second;
        if (m.head)
            household.head = p->second;
    }
    for (const RawStaff &s : staffRows) {
        const auto u = unitById.find(s.unit);
        const auto p = personById.find(s.person);
        if (u == unitById.end() || p == personById.end())
            continue;
        EvalUnit &unit = data->units[size_t(u->second)];
        if (!unit.staff.contains(p->second))
            unit.staff << p->second;
    }

    // Attendance of the year, per person: distinct courses and sessions.
    {
        Query q(handle, "SELECT a.person_id, COUNT(DISTINCT s.course_id), COUNT(*) FROM attendance a "
                        "JOIN course_session s ON s.id = a.session_id "
                        "WHERE s.held_on >= ?1 AND s.held_on <= ?2 GROUP BY a.person_id");
        if (!q.isValid())
            return q.failure();
        q.bind(1, startDay);
        q.bind(2, endDay);
        while (q.next()) {
            const auto p = personById.find(q.integer(0));
            if (p == personById.end())
                continue;
            data->people[size_t(p->second)].courses = int(q.integer(1));
            data->people[size_t(p->second)].sessions = int(q.integer(2));
        }
        if (!q.finished())
            return q.failure();
    }

    // The learning centre and its courses held in the year.
    {
        Query q(handle, "SELECT uuid, name FROM learning_centre ORDER BY id LIMIT 1");
        if (!q.isValid())
            return q.failure();
        if (q.next())
            data->centre = EvalCentre{q.text(0), q.text(1), {}};
        if (data->centre) {
            Query courses(handle, "SELECT c.uuid, c.title, COUNT(DISTINCT s.id), COUNT(DISTINCT a.person_id) "
                                  "FROM course c JOIN course_session s ON s.course_id = c.id "
                                  "LEFT JOIN attendance a ON a.session_id = s.id "
                                  "WHERE s.held_on >= ?1 AND s.held_on <= ?2 "
                                  "GROUP BY c.id ORDER BY MIN(s.held_on), c.title, c.id");
            if (!courses.isValid())
                return courses.failure();
            courses.bind(1, startDay);
            courses.bind(2, endDay);
            while (courses.next())
                data->centre->courses << EvalCourse{courses.text(0), courses.text(1), int(courses.integer(2)),
                                                    int(courses.integer(3))};
            if (!courses.finished())
                return courses.failure();
        }
    }

    // The council's and the clerk's data of the year. One subject needs no registrations (the evaluator only
    // lists them for the whole year) and the stored verdicts of the citizens it reads only.
    if (!wanted) {
        RegistrationRepository registrations(db);
        for (Title title : allTitles()) {
            const QStringList uuids = registrations.subjectUuids(year, title);
            if (!uuids.isEmpty())
                data->registrations.insert(title, uuids);
        }
    }
    data->judgements = JudgementRepository(db).forYear(year);
    for (const Recognition &r : RecognitionRepository(db).upTo(year))
        data->recognitions[EvaluationData::key(r.title, r.subjectUuid)]
            << PriorRecognition{r.year, r.level, r.validFrom, r.validTo, r.decisionNumber};
    if (wanted) {
        QStringList citizens;
        citizens.reserve(qsizetype(data->people.size()));
        for (const EvalPerson &p : data->people)
            citizens << p.uuid;
        data->stored = EvaluationRepository(db).verdicts(year, citizens);
    } else {
        data->stored = EvaluationRepository(db).verdicts(year);
    }
    SettingsRepository settings(db);
    data->difficultArea = settings.difficultArea();
    data->citizenMinAge = settings.citizenMinAge().value_or(0);
    data->index();
    return Status::success();
}

} // namespace

Status EvaluationDataRepository::load(Database &db, int year, EvaluationData *data)
{
    return loadYear(db, year, data, nullptr);
}

Status EvaluationDataRepository::loadFor(Database &db, int year, Title title, const QString &subjectUuid,
                                         EvaluationData *data)
{
    const Scope scope{title, subjectUuid};
    return loadYear(db, year, data, &scope);
}

} // namespace sht
