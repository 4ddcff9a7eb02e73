#include "AchievementRepository.h"

#include "Database.h"
#include "ReportRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sht {

using namespace criteria;

namespace {

// SQL fragments. Dates are ISO text, so "2025" (a year-only death date) sorts before "2025-12-31": whoever
// died in 2025 is not alive at its end. :end_day is the 31/12 of the year.
const QString memberAtEnd = QStringLiteral(
    "(m.valid_from IS NULL OR m.valid_from <= :end_day) AND (m.valid_to IS NULL OR m.valid_to > :end_day)"
    " AND (p.death_date = '' OR p.death_date > :end_day)"
    " AND (p.moved_away_date = '' OR p.moved_away_date > :end_day)");

// Recognised: decided that year, or valid on 31/12.
QString recognised(const QString &uuidExpression, const QString &titleParameter)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM recognition rc WHERE rc.title = %2 AND rc.subject_uuid = %1"
                          " AND (rc.year = :yr OR (rc.valid_from <> '' AND rc.valid_to <> ''"
                          " AND rc.valid_from <= :end_day AND rc.valid_to >= :end_day)))")
        .arg(uuidExpression, titleParameter);
}

// Households existing at the end of the year, with the village they were in then.
const QString householdsCte = QStringLiteral(
    "hh AS MATERIALIZED (SELECT h.id AS id, h.uuid AS uuid,"
    " coalesce((SELECT hv.village_id FROM household_village hv WHERE hv.household_id = h.id"
    "  AND (hv.valid_from IS NULL OR hv.valid_from <= :end_day) AND (hv.valid_to IS NULL OR hv.valid_to > "
    ":end_day)"
    "  ORDER BY hv.id DESC LIMIT 1), h.village_id) AS village"
    " FROM household h WHERE EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id"
    "  WHERE m.household_id = h.id AND %1))");

// Adults living in a household at the end of the year: (person uuid, household id).
const QString adultsCte = QStringLiteral(
    "adults AS MATERIALIZED (SELECT p.id AS id, p.uuid AS uuid, m.household_id AS household FROM membership m"
    " JOIN person p ON p.id = m.person_id WHERE %1 AND p.birth_date <> ''"
    " AND CAST(substr(p.birth_date, 1, 4) AS INTEGER) <= :born_by)");

// Households in a recognised learning family, clan or community (found once, not once per adult).
QString learningHouseholdsCte()
{
    return QStringLiteral(
               "learning_households AS MATERIALIZED (SELECT hh.id AS id, hh.village AS village FROM hh"
               " WHERE %1"
               " OR EXISTS (SELECT 1 FROM clan_household ch JOIN clan c ON c.id = ch.clan_id"
               "  WHERE ch.household_id = hh.id AND %2)"
               " OR EXISTS (SELECT 1 FROM admin_unit v WHERE v.id = hh.village AND %3))")
        .arg(recognised(QStringLiteral("hh.uuid"), QStringLiteral(":t_family")),
             recognised(QStringLiteral("c.uuid"), QStringLiteral(":t_clan")),
             recognised(QStringLiteral("v.uuid"), QStringLiteral(":t_village")));
}

// The subjects of each indicator: (uuid, village), one row per subject.
QString subjectsOf(TargetIndicator indicator)
{
    switch (indicator) {
    case TargetIndicator::FamilyHouseholds:
        return QStringLiteral("SELECT uuid, village FROM hh");
    case TargetIndicator::ClanClans:
        // The head's current household (membership(person_id) is indexed for current rows only).
        return QStringLiteral(
            "SELECT c.uuid AS uuid, coalesce("
            " (SELECT hh.village FROM membership m JOIN hh ON hh.id = m.household_id"
            "  WHERE m.person_id = c.head_person_id AND m.valid_to IS NULL LIMIT 1),"
            " (SELECT hh.village FROM clan_household ch JOIN hh ON hh.id = ch.household_id"
            "  WHERE ch.clan_id = c.id GROUP BY hh.village ORDER BY count(*) DESC, hh.village LIMIT 1), 0)"
            " AS village FROM clan c");
    case TargetIndicator::VillageCommunities:
        return QStringLiteral("SELECT v.uuid AS uuid, v.id AS village FROM admin_unit v"
                              " WHERE v.kind IN ('village', 'residential_group')"
                              " AND (v.valid_from IS NULL OR v.valid_from <= :end_day)"
                              " AND (v.valid_to IS NULL OR v.valid_to > :end_day)");
    case TargetIndicator::UnitUnits:
        return QStringLiteral(
            "SELECT u.uuid AS uuid, coalesce(u.village_id, 0) AS village FROM local_unit u");
    case TargetIndicator::CitizenAdults:
        return QStringLiteral("SELECT a.uuid AS uuid, min(l.village) AS village FROM adults a"
                              " JOIN learning_households l ON l.id = a.household GROUP BY a.id");
    case TargetIndicator::CitizenStaff:
        return QStringLiteral(
                   "SELECT p.uuid AS uuid, min(coalesce(u.village_id, 0)) AS village FROM local_unit_staff s"
                   " JOIN local_unit u ON u.id = s.unit_id JOIN person p ON p.id = s.person_id"
                   " WHERE u.managing_level = :commune_level"
                   " AND (s.valid_from IS NULL OR s.valid_from <= :end_day)"
                   " AND (s.valid_to IS NULL OR s.valid_to > :end_day)"
                   " AND (p.death_date = '' OR p.death_date > :end_day) AND %1"
                   " GROUP BY p.uuid")
            .arg(recognised(QStringLiteral("u.uuid"), QStringLiteral(":t_unit")));
    case TargetIndicator::CitizenAll:
        return QStringLiteral(
            "SELECT a.uuid AS uuid, min(hh.village) AS village FROM adults a JOIN hh ON hh.id = a.household"
            " GROUP BY a.id");
    default:
        return QString();
    }
}

} // namespace

AchievementCounts YearAchievements::commune(TargetIndicator indicator) const
{
    AchievementCounts total;
    for (const AchievementCounts &counts : byVillage.value(indicator))
        total += counts;
    return total;
}

AchievementCounts YearAchievements::village(TargetIndicator indicator, qint64 villageId) const
{
    return byVillage.value(indicator).value(villageId);
}

AchievementRepository::AchievementRepository(Database &db)
    : m_db(db)
{}

namespace {

// What each subject got in the year, by (title, uuid): registered, evaluated "met", recognised (decided that
// year or valid on 31/12). Read in three flat passes and looked up in a hash: the same lookups as EXISTS
// subqueries, one per subject and table, cost 0.33 s of the 0.55 s the counts took on 100,000 people.
class SubjectStatuses
{
public:
    enum Bit : quint32 { Registered = 1, Met = 2, Recognised = 4 };

    Status read(Database &db, int year, const QByteArray &endDay)
    {
        const struct
        {
            const char *sql;
            Bit bit;
        } passes[] = {
            {"SELECT title, subject_uuid FROM registration WHERE year = :yr", Registered},
            {"SELECT title, subject_uuid FROM evaluation WHERE year = :yr AND verdict = 'met'", Met},
            {"SELECT title, subject_uuid FROM recognition WHERE year = :yr OR (valid_from <> '' AND valid_to "
             "<> ''"
             " AND valid_from <= :end_day AND valid_to >= :end_day)",
             Recognised},
        };
        for (const auto &pass : passes) {
            ReportRowReader q(db, pass.sql);
            if (!q.isValid())
                return q.failure();
            q.bind(":yr", year);
            if (pass.bit == Recognised)
                q.bind(":end_day", endDay);
            while (q.step())
                if (const int title = titleIndex(q.text(0)); title >= 0)
                    mark(q.text(1), title, pass.bit);
            if (q.failed())
                return q.failure();
        }
        return Status::success();
    }

    // The bits of a subject for one title (0 when it got nothing).
    quint32 of(std::string_view uuid, int title) const
    {
        const auto it = m_bits.find(uuid);
        return it == m_bits.end() ? 0 : (it->second >> (3 * title)) & 7;
    }

    static int titleIndex(std::string_view key)
    {
        static const std::vector<std::string> keys = [] {
            std::vector<std::string> k;
            for (Title t :
                 {Title::LearningFamily, Title::LearningClan, Title::LearningVillage, Title::LearningUnit,
                  Title::LearningCitizen, Title::LearningCommune, Title::CentreRating})
                k.push_back(titleKey(t).toStdString());
            return k;
        }();
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key)
                return int(i);
        return -1;
    }

private:
    void mark(std::string_view uuid, int title, Bit bit)
    {
        auto it = m_bits.find(uuid);
        if (it == m_bits.end()) {
            m_keys.emplace_back(uuid); // a deque: the keys already there never move
            it = m_bits.emplace(m_keys.back(), 0).first;
        }
        it->second |= quint32(bit) << (3 * title);
    }

    std::deque<std::string> m_keys;
    std::unordered_map<std::string_view, quint32> m_bits;
};

} // namespace

Status AchievementRepository::achievements(int year, YearAchievements *out) const
{
    YearAchievements result;
    result.year = year;
    result.citizenMinAge = citizenMinAge();
    const QByteArray endDay = QDate(year, 12, 31).toString(Qt::ISODate).toUtf8();
    const QByteArray communeLevel = QByteArrayLiteral("commune");
    const QByteArray family = titleKey(Title::LearningFamily).toUtf8();
    const QByteArray clan = titleKey(Title::LearningClan).toUtf8();
    const QByteArray village = titleKey(Title::LearningVillage).toUtf8();
    const QByteArray unit = titleKey(Title::LearningUnit).toUtf8();

    SubjectStatuses statuses;
    if (Status s = statuses.read(m_db, year, endDay); !s)
        return s;

    // One statement: the households and the adults at the end of the year are found once, then every
    // indicator's subjects (tagged with the indicator's index) come one row each and are counted here.
    const QList<TargetIndicator> indicators = measuredTargetIndicators();
    QStringList subjects;
    std::vector<int> titles; // an indicator's title, as SubjectStatuses indexes it
    for (int i = 0; i < indicators.size(); ++i) {
        subjects << QStringLiteral("SELECT %1 AS indicator, uuid, village FROM (%2)")
                        .arg(QString::number(i), subjectsOf(indicators.at(i)));
        titles.push_back(SubjectStatuses::titleIndex(titleKey(*titleOf(indicators.at(i))).toStdString()));
    }
    const QByteArray sql = QStringLiteral("WITH %1, %2, %3, subject AS (%4)"
                                          " SELECT s.indicator, s.uuid, s.village FROM subject s")
                               .arg(householdsCte.arg(memberAtEnd), adultsCte.arg(memberAtEnd),
                                    learningHouseholdsCte(), subjects.join(QStringLiteral(" UNION ALL ")))
                               .toUtf8();
    ReportRowReader q(m_db, sql.constData());
    if (!q.isValid())
        return q.failure();
    q.bind(":yr", year);
    q.bind(":end_day", endDay);
    q.bind(":born_by", year - result.citizenMinAge);
    q.bind(":commune_level", communeLevel);
    q.bind(":t_family", family);
    q.bind(":t_clan", clan);
    q.bind(":t_village", village);
    q.bind(":t_unit", unit);
    std::vector<QHash<qint64, AchievementCounts>> counts(size_t(indicators.size()));
    while (q.step()) {
        const qint64 indicator = q.integer(0);
        if (indicator < 0 || indicator >= qint64(counts.size()))
            continue;
        const int title = titles[size_t(indicator)];
        const quint32 bits = title >= 0 ? statuses.of(q.text(1), title) : 0;
        AchievementCounts &c = counts[size_t(indicator)][q.integer(2)];
        ++c.inScope;
        c.registered += (bits & SubjectStatuses::Registered) ? 1 : 0;
        c.met += (bits & SubjectStatuses::Met) ? 1 : 0;
        c.recognised += (bits & SubjectStatuses::Recognised) ? 1 : 0;
    }
    if (q.failed())
        return q.failure();
    // An indicator with no subject at all still has its (empty) entry.
    for (int i = 0; i < indicators.size(); ++i)
        result.byVillage[indicators.at(i)] = std::move(counts[size_t(i)]);
    *out = result;
    return Status::success();
}

QList<int> AchievementRepository::years() const
{
    QList<int> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT year FROM registration UNION SELECT year FROM evaluation"
                               " UNION SELECT year FROM recognition ORDER BY 1")))
        return list;
    while (q.next())
        list << q.value(0).toInt();
    return list;
}

QList<AchievementVillage> AchievementRepository::villages(int year) const
{
    QList<AchievementVillage> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name FROM admin_unit WHERE kind IN ('village', 'residential_group')"
                             " AND (valid_from IS NULL OR valid_from <= :end_day)"
                             " AND (valid_to IS NULL OR valid_to > :end_day) ORDER BY sort_order, name"));
    q.bindValue(QStringLiteral(":end_day"), QDate(year, 12, 31).toString(Qt::ISODate));
    if (!q.exec())
        return list;
    while (q.next())
        list << AchievementVillage{q.value(0).toLongLong(), q.value(1).toString()};
    return list;
}

QString AchievementRepository::metaValue(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int AchievementRepository::citizenMinAge() const
{
    bool ok = false;
    const int age = metaValue(QStringLiteral("commune.citizen_min_age")).toInt(&ok);
    return ok && age > 0 && age < 100 ? age : DefaultCitizenMinAge;
}

bool AchievementRepository::difficultArea() const
{
    const QString value = metaValue(QStringLiteral("commune.difficult_area")).trimmed().toLower();
    return value == QLatin1String("1") || value == QLatin1String("true") || value == QLatin1String("yes");
}

} // namespace sht
