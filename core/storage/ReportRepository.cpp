#include "ReportRepository.h"

#include "Catalogue.h"
#include "Database.h"
#include "SqliteHandle.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace sht {

ReportRepository::ReportRepository(Database &db)
    : m_db(db)
{}

Status ReportRepository::commune(CommuneName *out) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, kind FROM admin_unit WHERE kind IN ('commune', 'ward') "
                             "AND valid_to IS NULL ORDER BY id LIMIT 1"));
    if (!q.exec())
        return Status::failure(
            Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
    *out = {};
    if (q.next())
        *out = {q.value(0).toString(), q.value(1).toString()};
    return Status::success();
}

QList<StoredVerdictRow> ReportRepository::verdicts(int year, const QString &titleKey) const
{
    QList<StoredVerdictRow> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT subject_uuid, catalogue_code, catalogue_version, verdict, level FROM evaluation"
        " WHERE year = ? AND title = ? ORDER BY id"));
    q.addBindValue(year);
    q.addBindValue(titleKey);
    if (!q.exec())
        return list;
    while (q.next())
        list << StoredVerdictRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toInt()};
    return list;
}

Status ReportRepository::citizenGroups(int year, int minAge, QList<CitizenGroupCount> *out) const
{
    // The same rules as AchievementRepository: alive, not moved away and a member on 31/12 (ISO text
    // dates: a year-only death date "2025" sorts before "2025-12-31"), in the village the household was in
    // then; recognised when decided that year or valid on 31/12.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH adults AS MATERIALIZED (SELECT p.id AS id, p.uuid AS uuid, p.sex AS sex,"
        "  :yr - CAST(substr(p.birth_date, 1, 4) AS INTEGER) AS age, min(m.household_id) AS household"
        "  FROM membership m JOIN person p ON p.id = m.person_id"
        "  WHERE (m.valid_from IS NULL OR m.valid_from <= :end_day) AND (m.valid_to IS NULL OR m.valid_to > "
        ":end_day)"
        "  AND (p.death_date = '' OR p.death_date > :end_day)"
        "  AND (p.moved_away_date = '' OR p.moved_away_date > :end_day)"
        "  AND p.birth_date <> '' AND CAST(substr(p.birth_date, 1, 4) AS INTEGER) <= :born_by"
        "  GROUP BY p.id),"
        // The village of each household once, not once per adult.
        " homes AS MATERIALIZED (SELECT h.id AS id, coalesce((SELECT hv.village_id FROM household_village hv"
        "   WHERE hv.household_id = h.id AND (hv.valid_from IS NULL OR hv.valid_from <= :end_day)"
        "   AND (hv.valid_to IS NULL OR hv.valid_to > :end_day) ORDER BY hv.id DESC LIMIT 1), h.village_id) "
        "AS village"
        "  FROM household h WHERE h.id IN (SELECT household FROM adults))"
        " SELECT homes.village, a.age, a.sex, count(*),"
        "  sum(EXISTS (SELECT 1 FROM recognition rc WHERE rc.title = :title AND rc.subject_uuid = a.uuid"
        "   AND (rc.year = :yr OR (rc.valid_from <> '' AND rc.valid_to <> ''"
        "   AND rc.valid_from <= :end_day AND rc.valid_to >= :end_day))))"
        " FROM adults a JOIN homes ON homes.id = a.household GROUP BY 1, 2, 3"));
    q.bindValue(QStringLiteral(":yr"), year);
    q.bindValue(QStringLiteral(":end_day"), QDate(year, 12, 31).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":born_by"), year - minAge);
    q.bindValue(QStringLiteral(":title"), criteria::titleKey(criteria::Title::LearningCitizen));
    if (!q.exec())
        return Status::failure(
            Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
    out->clear();
    while (q.next())
        *out << CitizenGroupCount{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                  q.value(3).toInt(), q.value(4).toInt()};
    return Status::success();
}

ReportRowReader::ReportRowReader(Database &db, const char *sql)
    : m_db(sqliteHandle(db.connection()))
{
    m_rc = m_db ? sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) : SQLITE_MISUSE;
}

ReportRowReader::~ReportRowReader()
{
    sqlite3_finalize(m_statement);
}

bool ReportRowReader::isValid() const
{
    return m_statement != nullptr;
}

void ReportRowReader::bind(const char *name, qint64 value)
{
    bind(sqlite3_bind_parameter_index(m_statement, name), value);
}

void ReportRowReader::bind(const char *name, const QByteArray &utf8)
{
    if (m_running) {
        sqlite3_reset(m_statement);
        m_running = false;
    }
    sqlite3_bind_text(m_statement, sqlite3_bind_parameter_index(m_statement, name), utf8.constData(),
                      int(utf8.size()), SQLITE_STATIC);
}

void ReportRowReader::bind(int index, qint64 value)
{
    if (m_running) {
        sqlite3_reset(m_statement);
        m_running = false;
    }
    sqlite3_bind_int64(m_statement, index, value);
}

bool ReportRowReader::step()
{
    if (!m_statement)
        return false;
    m_running = true;
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

bool ReportRowReader::failed() const
{
    return !m_statement || (m_rc != SQLITE_ROW && m_rc != SQLITE_DONE && m_rc != SQLITE_OK);
}

std::string_view ReportRowReader::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

qint64 ReportRowReader::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

Status ReportRowReader::failure() const
{
    return Status::failure(Database::tr("The commune file could not be read: %1")
                               .arg(m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString()));
}

} // namespace sht
