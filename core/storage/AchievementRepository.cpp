#include "AchievementRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

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

// The bound parameter holding a title's key.
QString titleParameter(Title title)
{
    switch (title) {
    case Title::LearningFamily:
        return QStringLiteral(":t_family");
    case Title::LearningClan:
        return QStringLiteral(":t_clan");
    case Title::LearningVillage:
        return QStringLiteral(":t_village");
    case Title::LearningUnit:
        return QStringLiteral(":t_unit");
    default:
        return QStringLiteral(":t_citizen");
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

Status AchievementRepository::achievements(int year, YearAchievements *out) const
{
    YearAchievements result;
    result.year = year;
    result.citizenMinAge = citizenMinAge();
    const QString endDay = QDate(year, 12, 31).toString(Qt::ISODate);
    const QList<QPair<QString, QVariant>> parameters{
        {QStringLiteral(":yr"), year},
        {QStringLiteral(":end_day"), endDay},
        {QStringLiteral(":born_by"), year - result.citizenMinAge},
        {QStringLiteral(":commune_level"), QStringLiteral("commune")},
        {QStringLiteral(":t_family"), titleKey(Title::LearningFamily)},
        {QStringLiteral(":t_clan"), titleKey(Title::LearningClan)},
        {QStringLiteral(":t_village"), titleKey(Title::LearningVillage)},
        {QStringLiteral(":t_unit"), titleKey(Title::LearningUnit)},
        {QStringLiteral(":t_citizen"), titleKey(Title::LearningCitizen)},
    };
    // One statement: the households and the adults at the end of the year are found once, then every
    // indicator's subjects (tagged with the indicator's index and title) are counted in one GROUP BY.
    const QList<TargetIndicator> indicators = measuredTargetIndicators();
    QStringList subjects;
    for (int i = 0; i < indicators.size(); ++i)
        subjects << QStringLiteral("SELECT %1 AS indicator, %2 AS title, uuid, village FROM (%3)")
                        .arg(QString::number(i), titleParameter(*titleOf(indicators.at(i))),
                             subjectsOf(indicators.at(i)));
    const QString sql =
        QStringLiteral("WITH %1, %2, %5, subject AS (%3)"
                       " SELECT s.indicator, s.village, count(*),"
                       " sum(EXISTS (SELECT 1 FROM registration r WHERE r.year = :yr AND r.title = s.title"
                       "  AND r.subject_uuid = s.uuid)),"
                       " sum(EXISTS (SELECT 1 FROM evaluation e WHERE e.year = :yr AND e.title = s.title"
                       "  AND e.subject_uuid = s.uuid AND e.verdict = 'met')),"
                       " sum(%4)"
                       " FROM subject s GROUP BY s.indicator, s.village")
            .arg(householdsCte.arg(memberAtEnd), adultsCte.arg(memberAtEnd),
                 subjects.join(QStringLiteral(" UNION ALL ")),
                 recognised(QStringLiteral("s.uuid"), QStringLiteral("s.title")), learningHouseholdsCte());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::failure(
            Database::tr("The achievements could not be counted: %1").arg(q.lastError().text()));
    for (const auto &[name, value] : parameters)
        q.bindValue(name, value);
    if (!q.exec())
        return Status::failure(
            Database::tr("The achievements could not be counted: %1").arg(q.lastError().text()));
    for (TargetIndicator indicator : indicators)
        result.byVillage[indicator]; // an indicator with no subject at all still has its (empty) entry
    while (q.next())
        result.byVillage[indicators.value(q.value(0).toInt())].insert(
            q.value(1).toLongLong(), AchievementCounts{q.value(2).toInt(), q.value(3).toInt(),
                                                       q.value(4).toInt(), q.value(5).toInt()});
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
