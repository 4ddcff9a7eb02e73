#include "RegistrationRepository.h"

#include "Database.h"
#include "LocalUnitKind.h"
#include "SqliteHandle.h"
#include "TextNormalizer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace sht {

using criteria::SubjectKind;
using criteria::Title;

namespace {

const QString registrationTable = QStringLiteral("registration");

Status readFailure(const QSqlQuery &q)
{
    return Status::failure(Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
}

// The table whose uuid a subject kind's registrations point into (constants, never input).
QString tableOf(SubjectKind kind)
{
    switch (kind) {
    case SubjectKind::Household:
        return QStringLiteral("household");
    case SubjectKind::Clan:
        return QStringLiteral("clan");
    case SubjectKind::Village:
    case SubjectKind::Commune:
        return QStringLiteral("admin_unit");
    case SubjectKind::LocalUnit:
        return QStringLiteral("local_unit");
    case SubjectKind::Person:
        return QStringLiteral("person");
    case SubjectKind::LearningCentre:
        return QStringLiteral("learning_centre");
    }
    return QString();
}

} // namespace

RegistrationRepository::RegistrationRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

QStringList RegistrationRepository::subjectUuids(int year, Title title) const
{
    // Raw statement: every evaluation reads ~110,000 of these.
    QStringList result;
    sqlite3 *db = sqliteHandle(m_db.connection());
    sqlite3_stmt *s = nullptr;
    if (!db || sqlite3_prepare_v2(
                   db, "SELECT subject_uuid FROM registration WHERE year = ? AND title = ? ORDER BY id", -1,
                   &s, nullptr) != SQLITE_OK)
        return result;
    const QByteArray titleText = criteria::titleKey(title).toUtf8();
    sqlite3_bind_int(s, 1, year);
    sqlite3_bind_text(s, 2, titleText.constData(), int(titleText.size()), SQLITE_STATIC);
    while (sqlite3_step(s) == SQLITE_ROW)
        result << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)),
                                    sqlite3_column_bytes(s, 0));
    sqlite3_finalize(s);
    return result;
}

bool RegistrationRepository::isRegistered(int year, Title title, const QString &subjectUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM registration WHERE year = ? AND title = ? AND subject_uuid = ?"));
    q.addBindValue(year);
    q.addBindValue(criteria::titleKey(title));
    q.addBindValue(subjectUuid);
    return q.exec() && q.next();
}

int RegistrationRepository::count(int year, Title title) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM registration WHERE year = ? AND title = ?"));
    q.addBindValue(year);
    q.addBindValue(criteria::titleKey(title));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QMap<Title, int> RegistrationRepository::counts(int year) const
{
    QMap<Title, int> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title, count(*) FROM registration WHERE year = ? GROUP BY title"));
    q.addBindValue(year);
    if (q.exec())
        while (q.next())
            if (const auto title = criteria::titleFromKey(q.value(0).toString()))
                result.insert(*title, q.value(1).toInt());
    return result;
}

QList<int> RegistrationRepository::years() const
{
    QList<int> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT year FROM registration ORDER BY year")))
        while (q.next())
            result << q.value(0).toInt();
    return result;
}

int RegistrationRepository::citizenMinAge() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("commune.citizen_min_age"));
    bool ok = false;
    const int age = q.exec() && q.next() ? q.value(0).toInt(&ok) : 0;
    return ok && age > 0 ? age : 15;
}

bool RegistrationRepository::subjectExists(SubjectKind kind, const QString &uuid) const
{
    const QString table = tableOf(kind);
    if (table.isEmpty())
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(table));
    q.addBindValue(uuid);
    return q.exec() && q.next();
}

Status RegistrationRepository::candidates(int year, Title title, qint64 villageId, int minAge,
                                          QList<RegistrationCandidate> *out) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Each query returns: uuid, name, sort key, detail parts, village id, village name, registered.
    // One village: a plain equality, so that SQLite starts from the village's households
    // (household_by_village) instead of scanning every person of the commune once per village (0.3 s a
    // village at 100,000 people).
    const QString inVillage =
        villageId != 0 ? QStringLiteral("h.village_id = :village") : QStringLiteral(":village = 0");
    const QString registered =
        QStringLiteral(" LEFT JOIN registration r ON r.year = :year AND r.title = :title");
    switch (criteria::subjectKindOf(title)) {
    case SubjectKind::Household:
        // Households with at least one living current member; the head's name identifies them.
        q.prepare(QStringLiteral(
                      "SELECT h.uuid, h.code, coalesce(hp.full_name, ''), count(DISTINCT p.id), h.village_id,"
                      " coalesce(v.name, ''), r.id IS NOT NULL"
                      " FROM household h"
                      " JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
                      " JOIN person p ON p.id = m.person_id AND p.death_date = '' AND p.moved_away_date = ''"
                      " LEFT JOIN admin_unit v ON v.id = h.village_id"
                      " LEFT JOIN membership hm ON hm.household_id = h.id AND hm.valid_to IS NULL"
                      "  AND hm.relation = 'head'"
                      " LEFT JOIN person hp ON hp.id = hm.person_id") +
                  registered +
                  QStringLiteral(" AND r.subject_uuid = h.uuid"
                                 " WHERE ") +
                  inVillage + QStringLiteral(" GROUP BY h.id ORDER BY v.sort_order, v.name, h.code, h.id"));
        break;
    case SubjectKind::Person:
        q.prepare(QStringLiteral("SELECT p.uuid, p.full_name, p.sort_key, p.birth_date, h.code, h.village_id,"
                                 " coalesce(v.name, ''), r.id IS NOT NULL"
                                 " FROM person p"
                                 " JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL"
                                 " JOIN household h ON h.id = m.household_id"
                                 " LEFT JOIN admin_unit v ON v.id = h.village_id") +
                  registered +
                  QStringLiteral(" AND r.subject_uuid = p.uuid"
                                 " WHERE p.death_date = '' AND p.moved_away_date = '' AND p.birth_date <> ''"
                                 " AND CAST(substr(p.birth_date, 1, 4) AS INTEGER) <= :born"
                                 " AND ") +
                  inVillage + QStringLiteral(" ORDER BY p.sort_key, p.id"));
        q.bindValue(QStringLiteral(":born"), year - minAge);
        break;
    case SubjectKind::Village:
        q.prepare(QStringLiteral("SELECT v.uuid, v.name, v.kind, v.id, r.id IS NOT NULL"
                                 " FROM admin_unit v") +
                  registered +
                  QStringLiteral(" AND r.subject_uuid = v.uuid"
                                 " WHERE v.kind IN ('village', 'residential_group') AND v.valid_to IS NULL"
                                 " AND (:village = 0 OR v.id = :village)"
                                 " ORDER BY v.sort_order, v.name"));
        break;
    case SubjectKind::Clan:
        q.prepare(QStringLiteral("SELECT c.uuid, c.name,"
                                 " (SELECT count(*) FROM clan_household ch WHERE ch.clan_id = c.id),"
                                 " r.id IS NOT NULL"
                                 " FROM clan c") +
                  registered +
                  QStringLiteral(" AND r.subject_uuid = c.uuid"
                                 " WHERE :village = 0 OR EXISTS (SELECT 1 FROM clan_household ch"
                                 "  JOIN household h ON h.id = ch.household_id"
                                 "  WHERE ch.clan_id = c.id AND h.village_id = :village)"
                                 " ORDER BY c.name"));
        break;
    case SubjectKind::LocalUnit:
        q.prepare(QStringLiteral("SELECT u.uuid, u.name, u.kind, coalesce(u.village_id, 0),"
                                 " coalesce(v.name, ''), r.id IS NOT NULL"
                                 " FROM local_unit u"
                                 " LEFT JOIN admin_unit v ON v.id = u.village_id") +
                  registered +
                  QStringLiteral(" AND r.subject_uuid = u.uuid"
                                 " WHERE :village = 0 OR u.village_id = :village"
                                 " ORDER BY u.name"));
        break;
    case SubjectKind::Commune:
    case SubjectKind::LearningCentre:
        return Status::failure(
            tr("The commune and its learning centre are evaluated every year without registering."));
    }
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":title"), criteria::titleKey(title));
    q.bindValue(QStringLiteral(":village"), villageId);
    if (!q.exec())
        return readFailure(q);

    while (q.next()) {
        RegistrationCandidate c;
        c.uuid = q.value(0).toString();
        c.name = q.value(1).toString();
        switch (criteria::subjectKindOf(title)) {
        case SubjectKind::Household: {
            const QString head = q.value(2).toString();
            if (!head.isEmpty())
                c.name = QStringLiteral("%1 – %2").arg(c.name, head);
            c.sortKey = q.value(1).toString();
            c.detail = tr("%n member(s)", nullptr, q.value(3).toInt());
            c.villageId = q.value(4).toLongLong();
            c.villageName = q.value(5).toString();
            c.registered = q.value(6).toBool();
            break;
        }
        case SubjectKind::Person:
            c.sortKey = q.value(2).toString();
            c.detail = tr("born %1, household %2").arg(q.value(3).toString().left(4), q.value(4).toString());
            c.villageId = q.value(5).toLongLong();
            c.villageName = q.value(6).toString();
            c.registered = q.value(7).toBool();
            break;
        case SubjectKind::Village:
            c.sortKey = QString::number(out->size()).rightJustified(6, QLatin1Char('0'));
            c.villageId = q.value(3).toLongLong();
            c.villageName = c.name;
            c.registered = q.value(4).toBool();
            break;
        case SubjectKind::Clan:
            c.sortKey = text::sortKey(c.name);
            c.detail = tr("%n household(s)", nullptr, q.value(2).toInt());
            c.registered = q.value(3).toBool();
            break;
        case SubjectKind::LocalUnit:
            c.sortKey = text::sortKey(c.name);
            c.detail = localUnitKindLabel(q.value(2).toString());
            c.villageId = q.value(3).toLongLong();
            c.villageName = q.value(4).toString();
            c.registered = q.value(5).toBool();
            break;
        case SubjectKind::Commune:
        case SubjectKind::LearningCentre:
            break;
        }
        out->append(c);
    }
    return Status::success();
}

Status RegistrationRepository::insert(int year, Title title, const QString &subjectUuid,
                                      const QString &registeredOn)
{
    Status status;
    m_writer.insert(
        registrationTable,
        {{QStringLiteral("year"), year},
         {QStringLiteral("title"), criteria::titleKey(title)},
         {QStringLiteral("subject_kind"), criteria::subjectKindKey(criteria::subjectKindOf(title))},
         {QStringLiteral("subject_uuid"), subjectUuid},
         {QStringLiteral("registered_on"), registeredOn}},
        &status);
    return status;
}

Status RegistrationRepository::remove(int year, Title title, const QString &subjectUuid)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM registration WHERE year = ? AND title = ? AND subject_uuid = ?"));
    q.addBindValue(year);
    q.addBindValue(criteria::titleKey(title));
    q.addBindValue(subjectUuid);
    if (!q.exec())
        return readFailure(q);
    if (!q.next())
        return Status::success(); // not registered: nothing to take back
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return m_writer.remove(registrationTable, id);
}

} // namespace sht
