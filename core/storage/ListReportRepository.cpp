#include "ListReportRepository.h"

#include "Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sht {

namespace {

Status readFailure(const QSqlQuery &q)
{
    return Status::failure(
        ListReportRepository::tr("The commune file could not be read: %1. Check that the file is still there "
                                 "and try again.")
            .arg(q.lastError().text()));
}

QString endOfYear(int year)
{
    return QDate(year, 12, 31).toString(Qt::ISODate);
}

// The village a household was in on a day (its history), else its current village. Expects :end_day.
const char *const villageOnDay =
    "coalesce((SELECT hv.village_id FROM household_village hv WHERE hv.household_id = h.id"
    " AND (hv.valid_from IS NULL OR hv.valid_from <= :end_day) AND (hv.valid_to IS NULL OR hv.valid_to > "
    ":end_day)"
    " ORDER BY hv.id DESC LIMIT 1), h.village_id)";

// A membership valid on :end_day (alias m).
const char *const membershipOnDay =
    "(m.valid_from IS NULL OR m.valid_from <= :end_day) AND (m.valid_to IS NULL OR m.valid_to > :end_day)";

} // namespace

ListReportRepository::ListReportRepository(Database &db)
    : m_db(db)
{}

QString ListReportRepository::communeName() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM admin_unit WHERE kind IN ('commune', 'ward') "
                              "AND valid_to IS NULL ORDER BY id LIMIT 1")) &&
        q.next())
        return q.value(0).toString();
    return {};
}

Status ListReportRepository::villages(QList<ListVillage> *out) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, uuid, name FROM admin_unit WHERE kind IN ('village', "
                               "'residential_group') AND valid_to IS NULL ORDER BY sort_order, name, id")))
        return readFailure(q);
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return Status::success();
}

std::optional<ListVillage> ListReportRepository::village(const QString &uuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, uuid, name FROM admin_unit WHERE uuid = ? AND kind IN ('village', "
                             "'residential_group')"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ListVillage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Status ListReportRepository::recognisedHouseholds(int year, qint64 villageId,
                                                  QList<RecognisedHouseholdRow> *out) const
{
    // The head on 31/12 (or, when the household had none then, its current head).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "WITH rh AS (SELECT r.decision_number AS decision_number, r.decision_date AS decision_date,"
            "  r.level AS level, h.id AS id, h.code AS code, h.address AS address, %1 AS village"
            "  FROM recognition r JOIN household h ON h.uuid = r.subject_uuid"
            "  WHERE r.year = :year AND r.title = 'learning_family')"
            " SELECT rh.village, v.name, rh.code, coalesce(hp.full_name, ''), rh.address,"
            "  rh.decision_number, rh.decision_date, rh.level"
            " FROM rh JOIN admin_unit v ON v.id = rh.village"
            " LEFT JOIN person hp ON hp.id = coalesce("
            "  (SELECT m.person_id FROM membership m WHERE m.household_id = rh.id AND m.relation = 'head'"
            "   AND %2 ORDER BY m.id DESC LIMIT 1),"
            "  (SELECT m.person_id FROM membership m WHERE m.household_id = rh.id AND m.relation = 'head'"
            "   AND m.valid_to IS NULL))"
            " WHERE (:village = 0 OR rh.village = :village)"
            " ORDER BY v.sort_order, v.name, v.id, coalesce(hp.sort_key, '~'), rh.code, rh.id")
            .arg(QLatin1String(villageOnDay), QLatin1String(membershipOnDay)));
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":end_day"), endOfYear(year));
    q.bindValue(QStringLiteral(":village"), villageId);
    if (!q.exec())
        return readFailure(q);
    out->clear();
    while (q.next()) {
        RecognisedHouseholdRow row;
        row.villageId = q.value(0).toLongLong();
        row.villageName = q.value(1).toString();
        row.code = q.value(2).toString();
        row.headName = q.value(3).toString();
        row.address = q.value(4).toString();
        row.decisionNumber = q.value(5).toString();
        row.decisionDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        row.level = q.value(7).toInt();
        out->append(row);
    }
    return Status::success();
}

Status ListReportRepository::recognisedCitizens(int year, qint64 villageId,
                                                QList<RecognisedCitizenRow> *out) const
{
    // The village of the household the citizen belonged to on 31/12 (0 when none: listed last).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("WITH rc AS (SELECT p.id AS id, p.full_name AS full_name, p.sort_key AS sort_key,"
                       "  p.birth_date AS birth_date, p.sex AS sex, r.decision_number AS decision_number,"
                       "  r.decision_date AS decision_date,"
                       "  coalesce((SELECT %1 FROM membership m JOIN household h ON h.id = m.household_id"
                       "   WHERE m.person_id = p.id AND %2 ORDER BY m.id DESC LIMIT 1), 0) AS village"
                       "  FROM recognition r JOIN person p ON p.uuid = r.subject_uuid"
                       "  WHERE r.year = :year AND r.title = 'learning_citizen')"
                       " SELECT rc.village, coalesce(v.name, ''), rc.full_name, rc.birth_date, rc.sex,"
                       "  rc.decision_number, rc.decision_date"
                       " FROM rc LEFT JOIN admin_unit v ON v.id = rc.village"
                       " WHERE (:village = 0 OR rc.village = :village)"
                       " ORDER BY v.id IS NULL, v.sort_order, v.name, v.id, rc.sort_key, rc.id")
            .arg(QLatin1String(villageOnDay), QLatin1String(membershipOnDay)));
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":end_day"), endOfYear(year));
    q.bindValue(QStringLiteral(":village"), villageId);
    if (!q.exec())
        return readFailure(q);
    out->clear();
    while (q.next()) {
        RecognisedCitizenRow row;
        row.villageId = q.value(0).toLongLong();
        row.villageName = q.value(1).toString();
        row.fullName = q.value(2).toString();
        row.birthDate = q.value(3).toString();
        row.sex = q.value(4).toString();
        row.decisionNumber = q.value(5).toString();
        row.decisionDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        out->append(row);
    }
    return Status::success();
}

namespace {

// Current villages (or the one asked for, even a former one), their households and living current members.
// The rows are sorted anyway: without NOT INDEXED SQLite walks person by its sort_key index and fetches every
// row at random (0.58 s CPU on 100,000 people); a plain scan of person takes 0.23 s, for a village too.
const char *const registerFrom = " FROM admin_unit v"
                                 " JOIN household h ON h.village_id = v.id"
                                 " JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
                                 " JOIN person p NOT INDEXED ON p.id = m.person_id AND p.death_date = ''"
                                 " WHERE v.kind IN ('village', 'residential_group')"
                                 " AND ((:village = 0 AND v.valid_to IS NULL) OR v.id = :village)";

// One village: the same rows, without the OR that would make SQLite scan every person of the commune for
// each village (60 villages of the 100,000-person demo: 6 s instead of 1 s); the village's households come
// through household_by_village.
const char *const registerFromVillage =
    " FROM admin_unit v"
    " JOIN household h ON h.village_id = v.id"
    " JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
    " JOIN person p ON p.id = m.person_id AND p.death_date = ''"
    " WHERE v.kind IN ('village', 'residential_group') AND v.id = :village";

} // namespace

Status ListReportRepository::registerVillages(qint64 villageId, QList<RegisterVillage> *out) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.id, v.name, count(DISTINCT h.id), count(*)") +
              QLatin1String(registerFrom) +
              QStringLiteral(" GROUP BY v.id ORDER BY v.sort_order, v.name, v.id"));
    q.bindValue(QStringLiteral(":village"), villageId);
    if (!q.exec())
        return readFailure(q);
    while (q.next())
        out->append(RegisterVillage{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                    q.value(3).toInt()});
    return Status::success();
}

Status ListReportRepository::countRegisterRows(qint64 villageId, int *count) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*)") + QLatin1String(registerFrom));
    q.bindValue(QStringLiteral(":village"), villageId);
    if (!q.exec() || !q.next())
        return readFailure(q);
    *count = q.value(0).toInt();
    return Status::success();
}

Status
ListReportRepository::forEachRegisterRow(qint64 villageId,
                                         const std::function<bool(const RegisterListRow &)> &sink) const
{
    // One query: the head's sort key comes from a join, not a query per household. Birth dates are stored
    // "1956", "1956-03" or "1956-03-05", which sort as text; unknown ones go last.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT v.id, v.name, h.id, h.code, h.address, m.relation, p.full_name, p.birth_date,"
                       " p.sex, p.citizen_id, p.education, p.occupation") +
        QLatin1String(villageId == 0 ? registerFrom : registerFromVillage) +
        QStringLiteral(
            " ORDER BY v.sort_order, v.name, v.id,"
            " coalesce((SELECT hp.sort_key FROM membership hm JOIN person hp ON hp.id = hm.person_id"
            "  WHERE hm.household_id = h.id AND hm.valid_to IS NULL AND hm.relation = 'head'), '~'),"
            " h.code, h.id, m.relation <> 'head', p.birth_date = '', p.birth_date, p.sort_key, p.id"));
    q.bindValue(QStringLiteral(":village"), villageId);
    if (!q.exec())
        return readFailure(q);
    RegisterListRow row;
    while (q.next()) {
        row.villageId = q.value(0).toLongLong();
        row.villageName = q.value(1).toString();
        row.householdId = q.value(2).toLongLong();
        row.householdCode = q.value(3).toString();
        row.address = q.value(4).toString();
        row.relation = q.value(5).toString();
        row.fullName = q.value(6).toString();
        row.birthDate = q.value(7).toString();
        row.sex = q.value(8).toString();
        row.citizenId = q.value(9).toString();
        row.education = q.value(10).toString();
        row.occupation = q.value(11).toString();
        if (!sink(row))
            return Status::failure(QString());
    }
    return Status::success();
}

Status ListReportRepository::attendance(const QString &courseUuid, std::optional<AttendanceSheet> *out) const
{
    out->reset();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, uuid, title, start_date, end_date, location FROM course WHERE uuid = ?"));
    q.addBindValue(courseUuid);
    if (!q.exec())
        return readFailure(q);
    if (!q.next())
        return Status::success();
    AttendanceSheet sheet;
    const qint64 courseId = q.value(0).toLongLong();
    sheet.courseUuid = q.value(1).toString();
    sheet.courseTitle = q.value(2).toString();
    sheet.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    sheet.endDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    sheet.location = q.value(5).toString();

    // Sessions held the same day are separate columns (a morning and an afternoon class).
    QHash<qint64, int> sessionIndex;
    q.prepare(
        QStringLiteral("SELECT id, held_on FROM course_session WHERE course_id = ? ORDER BY held_on, id"));
    q.addBindValue(courseId);
    if (!q.exec())
        return readFailure(q);
    while (q.next()) {
        sessionIndex.insert(q.value(0).toLongLong(), int(sheet.sessionDates.size()));
        sheet.sessionDates << QDate::fromString(q.value(1).toString(), Qt::ISODate);
    }

    // Every presence with the learner's household and village today (the sheet is about who came).
    q.prepare(QStringLiteral(
        "SELECT p.id, p.full_name, p.birth_date, coalesce(v.name, ''), coalesce(h.code, ''), a.session_id"
        " FROM attendance a JOIN course_session s ON s.id = a.session_id"
        " JOIN person p ON p.id = a.person_id"
        " LEFT JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL"
        " LEFT JOIN household h ON h.id = m.household_id"
        " LEFT JOIN admin_unit v ON v.id = h.village_id"
        " WHERE s.course_id = ?"
        " ORDER BY p.sort_key, p.id, s.held_on, s.id"));
    q.addBindValue(courseId);
    if (!q.exec())
        return readFailure(q);
    while (q.next()) {
        const qint64 personId = q.value(0).toLongLong();
        if (sheet.learners.isEmpty() || sheet.learners.constLast().personId != personId) {
            AttendanceSheet::Learner learner;
            learner.personId = personId;
            learner.fullName = q.value(1).toString();
            learner.birthDate = q.value(2).toString();
            learner.villageName = q.value(3).toString();
            learner.householdCode = q.value(4).toString();
            sheet.learners << learner;
        }
        sheet.learners.last().sessions << sessionIndex.value(q.value(5).toLongLong());
    }
    *out = sheet;
    return Status::success();
}

Status ListReportRepository::againstRuleEvidence(int year, QList<PersonEvidence> *out) const
{
    // Evidence is stored as compact JSON ({"items": [{"t": text, "u": uuid, "x": 1}]}, EvaluationRepository);
    // SQLite's LIKE skips the rows with nothing against the rule before they are parsed.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT i.evidence FROM indicator_result i JOIN evaluation e ON e.id = i.evaluation_id"
                       " WHERE e.year = ? AND i.evidence LIKE '%\"x\":1%' ORDER BY e.id, i.id"));
    q.addBindValue(year);
    if (!q.exec())
        return readFailure(q);
    out->clear();
    while (q.next()) {
        const QJsonObject object = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (const QJsonValue &value : object.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = value.toObject();
            const QString uuid = item.value(QStringLiteral("u")).toString();
            if (item.value(QStringLiteral("x")).toInt() != 0 && !uuid.isEmpty())
                out->append({uuid, item.value(QStringLiteral("t")).toString()});
        }
    }
    return Status::success();
}

bool ListReportRepository::hasEvaluation(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM evaluation WHERE year = ? LIMIT 1"));
    q.addBindValue(year);
    return q.exec() && q.next();
}

} // namespace sht
