#include "ListReportRepository.h"

#include "Database.h"
#include "ReportRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

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

namespace {

// One village's register lines, unsorted: SQLite sorting them (with the head's sort key as a correlated
// subquery a line) cost 0.7 s CPU for 100,000 people, reading them 0.15 s and sorting them here 0.01 s.
const char *const villageLinesSql =
    "SELECT h.id, h.code, h.address, m.relation, p.full_name, p.birth_date, p.sex, p.citizen_id,"
    " p.education, p.occupation, p.sort_key, p.id"
    " FROM household h JOIN membership m ON m.household_id = h.id AND m.valid_to IS NULL"
    " JOIN person p ON p.id = m.person_id AND p.death_date = ''"
    " WHERE h.village_id = ?";

// The current head's sort key of a household whose head is not among its listed lines (a head who died and
// is still recorded as head): the order stays the one the head's name gives.
const char *const headKeySql = "SELECT hp.sort_key FROM membership hm JOIN person hp ON hp.id = hm.person_id"
                               " WHERE hm.household_id = ? AND hm.valid_to IS NULL AND hm.relation = 'head'";

// A text of a line: where it starts in the village's buffer and how long it is.
struct Span
{
    quint32 offset = 0;
    quint32 size = 0;
};

// The lines of one village, their texts in one buffer (no allocation per line).
class VillageLines
{
public:
    enum Text {
        Code,
        Address,
        Relation,
        FullName,
        BirthDate,
        Sex,
        CitizenId,
        Education,
        Occupation,
        SortKey,
        Count
    };

    struct Line
    {
        qint64 householdId = 0;
        qint64 personId = 0;
        Span texts[Count];
        bool head = false;
    };

    void clear()
    {
        m_buffer.clear();
        m_lines.clear();
        m_headKeys.clear();
        m_extraKeys.clear();
    }

    void add(const ReportRowReader &row)
    {
        Line line;
        line.householdId = row.integer(0);
        for (int t = 0; t < Count; ++t) {
            const std::string_view text = row.text(t + 1);
            line.texts[t] = Span{quint32(m_buffer.size()), quint32(text.size())};
            m_buffer.append(text);
        }
        line.personId = row.integer(11);
        line.head = view(line, Relation) == "head";
        m_lines.push_back(line);
    }

    std::string_view view(const Line &line, Text t) const
    {
        return std::string_view(m_buffer).substr(line.texts[t].offset, line.texts[t].size);
    }

    // The order of ListReportRepository::forEachRegisterRow(); false when a head's key could not be read.
    bool sort(ReportRowReader &headKeys, std::vector<quint32> *order)
    {
        for (const Line &line : m_lines)
            if (line.head)
                m_headKeys[line.householdId] = view(line, SortKey);
        for (const Line &line : m_lines) {
            if (m_headKeys.count(line.householdId))
                continue;
            // No current head among the living members: the stored head's key, or "~" (last) when none.
            headKeys.bind(1, line.householdId);
            std::string key = "~";
            if (headKeys.step())
                key = std::string(headKeys.text(0));
            else if (headKeys.failed())
                return false;
            m_extraKeys.push_back(std::move(key)); // a deque: the keys already there never move
            m_headKeys[line.householdId] = m_extraKeys.back();
        }
        order->resize(m_lines.size());
        for (size_t i = 0; i < m_lines.size(); ++i)
            (*order)[i] = quint32(i);
        std::sort(order->begin(), order->end(),
                  [this](quint32 a, quint32 b) { return less(m_lines[a], m_lines[b]); });
        return true;
    }

    const Line &line(quint32 i) const { return m_lines[i]; }

private:
    // ORDER BY the head's sort key, h.code, h.id, m.relation <> 'head', p.birth_date = '', p.birth_date,
    // p.sort_key, p.id (byte order, as SQLite's BINARY collation).
    bool less(const Line &a, const Line &b) const
    {
        if (a.householdId != b.householdId) {
            if (const int c = m_headKeys.at(a.householdId).compare(m_headKeys.at(b.householdId)))
                return c < 0;
            if (const int c = view(a, Code).compare(view(b, Code)))
                return c < 0;
            return a.householdId < b.householdId;
        }
        if (a.head != b.head)
            return a.head;
        const std::string_view ba = view(a, BirthDate);
        const std::string_view bb = view(b, BirthDate);
        if (ba.empty() != bb.empty())
            return !ba.empty();
        if (const int c = ba.compare(bb))
            return c < 0;
        if (const int c = view(a, SortKey).compare(view(b, SortKey)))
            return c < 0;
        return a.personId < b.personId;
    }

    std::string m_buffer;
    std::vector<Line> m_lines;
    std::unordered_map<qint64, std::string_view> m_headKeys;
    std::deque<std::string> m_extraKeys;
};

} // namespace

Status
ListReportRepository::forEachRegisterRow(qint64 villageId,
                                         const std::function<bool(const RegisterListRow &)> &sink) const
{
    // The villages in the order registerVillages() gives, without counting their lines.
    QList<qint64> villages;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id FROM admin_unit v WHERE v.kind IN ('village', 'residential_group')"
                           " AND ((:village = 0 AND v.valid_to IS NULL) OR v.id = :village)"
                           " ORDER BY v.sort_order, v.name, v.id"));
        q.bindValue(QStringLiteral(":village"), villageId);
        if (!q.exec())
            return readFailure(q);
        while (q.next())
            villages << q.value(0).toLongLong();
    }
    ReportRowReader lines(m_db, villageLinesSql);
    ReportRowReader headKeys(m_db, headKeySql);
    if (!lines.isValid())
        return lines.failure();
    if (!headKeys.isValid())
        return headKeys.failure();
    VillageLines village;
    std::vector<quint32> order;
    RegisterListRow row;
    for (const qint64 id : villages) {
        village.clear();
        lines.bind(1, id);
        while (lines.step())
            village.add(lines);
        if (lines.failed())
            return lines.failure();
        if (!village.sort(headKeys, &order))
            return headKeys.failure();
        row.villageId = id;
        for (const quint32 i : order) {
            const VillageLines::Line &line = village.line(i);
            row.householdId = line.householdId;
            row.personId = line.personId;
            row.householdCode = village.view(line, VillageLines::Code);
            row.address = village.view(line, VillageLines::Address);
            row.relation = village.view(line, VillageLines::Relation);
            row.fullName = village.view(line, VillageLines::FullName);
            row.birthDate = village.view(line, VillageLines::BirthDate);
            row.sex = village.view(line, VillageLines::Sex);
            row.citizenId = village.view(line, VillageLines::CitizenId);
            row.education = village.view(line, VillageLines::Education);
            row.occupation = village.view(line, VillageLines::Occupation);
            if (!sink(row))
                return Status::failure(QString());
        }
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
