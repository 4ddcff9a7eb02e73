#include "DocumentRepository.h"

#include "Database.h"
#include "PersonName.h"
#include "TextNormalizer.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sht {

namespace {

// The village a household (alias h) was in on :end_day, else its current village.
const char *const villageOnDay =
    "coalesce((SELECT hv.village_id FROM household_village hv WHERE hv.household_id = h.id"
    " AND (hv.valid_from IS NULL OR hv.valid_from <= :end_day) AND (hv.valid_to IS NULL OR hv.valid_to > "
    ":end_day) ORDER BY hv.id DESC LIMIT 1), h.village_id)";

// A membership (alias m) valid on :end_day.
const char *const membershipOnDay =
    "((m.valid_from IS NULL OR m.valid_from <= :end_day) AND (m.valid_to IS NULL OR m.valid_to > :end_day))";

// %1 = villageOnDay, %2 = membershipOnDay, %3 = the FROM clause giving r (year, title, subject_kind,
// subject_uuid) and rc (the recognition, possibly NULL).
const char *const subjectsSql =
    "WITH s AS (SELECT r.subject_uuid AS uuid, r.subject_kind AS kind,"
    " coalesce(rc.decision_number, '') AS decision_number, coalesce(rc.decision_date, '') AS decision_date,"
    " coalesce(rc.signer, '') AS signer, coalesce(rc.level, 0) AS level,"
    " CASE r.subject_kind"
    "  WHEN 'household' THEN (SELECT %1 FROM household h WHERE h.uuid = r.subject_uuid)"
    "  WHEN 'person' THEN (SELECT %1 FROM person p JOIN membership m ON m.person_id = p.id"
    "   JOIN household h ON h.id = m.household_id WHERE p.uuid = r.subject_uuid"
    "   ORDER BY %2 DESC, m.valid_to IS NULL DESC, m.id DESC LIMIT 1)"
    "  WHEN 'clan' THEN (SELECT %1 FROM clan c JOIN membership m ON m.person_id = c.head_person_id"
    "   JOIN household h ON h.id = m.household_id WHERE c.uuid = r.subject_uuid"
    "   ORDER BY %2 DESC, m.valid_to IS NULL DESC, m.id DESC LIMIT 1)"
    "  WHEN 'village' THEN (SELECT a.id FROM admin_unit a WHERE a.uuid = r.subject_uuid)"
    "  WHEN 'local_unit' THEN (SELECT u.village_id FROM local_unit u WHERE u.uuid = r.subject_uuid)"
    " END AS village,"
    " CASE r.subject_kind"
    "  WHEN 'household' THEN (SELECT p.full_name FROM household h JOIN membership m ON m.household_id = h.id"
    "   JOIN person p ON p.id = m.person_id WHERE h.uuid = r.subject_uuid AND m.relation = 'head'"
    "   ORDER BY %2 DESC, m.valid_to IS NULL DESC, m.id DESC LIMIT 1)"
    "  WHEN 'person' THEN (SELECT p.full_name FROM person p WHERE p.uuid = r.subject_uuid)"
    "  WHEN 'clan' THEN (SELECT c.name FROM clan c WHERE c.uuid = r.subject_uuid)"
    "  WHEN 'village' THEN (SELECT a.name FROM admin_unit a WHERE a.uuid = r.subject_uuid)"
    "  WHEN 'local_unit' THEN (SELECT u.name FROM local_unit u WHERE u.uuid = r.subject_uuid)"
    "  WHEN 'commune' THEN (SELECT a.name FROM admin_unit a WHERE a.uuid = r.subject_uuid)"
    "  WHEN 'learning_centre' THEN (SELECT l.name FROM learning_centre l WHERE l.uuid = r.subject_uuid)"
    " END AS name,"
    " CASE WHEN r.subject_kind = 'household'"
    "  THEN (SELECT h.code FROM household h WHERE h.uuid = r.subject_uuid) END AS code"
    " %3 WHERE r.year = :year AND r.title = :title)"
    " SELECT s.uuid, s.kind, coalesce(s.name, ''), coalesce(s.code, ''), coalesce(s.village, 0),"
    "  coalesce(v.name, ''), coalesce(v.sort_order, 2147483647), s.decision_number, s.decision_date, "
    "s.signer,"
    "  s.level"
    " FROM s LEFT JOIN admin_unit v ON v.id = s.village"
    " WHERE (:village = 0 OR s.village = :village)";

} // namespace

DocumentRepository::DocumentRepository(Database &db)
    : m_db(db)
{}

Status DocumentRepository::recognised(int year, criteria::Title title, qint64 villageId,
                                      QList<DocumentSubject> *out) const
{
    return select(QStringLiteral("FROM recognition r JOIN recognition rc ON rc.id = r.id"), year, title,
                  villageId, out);
}

Status DocumentRepository::evaluated(int year, criteria::Title title, qint64 villageId,
                                     QList<DocumentSubject> *out) const
{
    return select(QStringLiteral("FROM evaluation r LEFT JOIN recognition rc ON rc.year = r.year"
                                 " AND rc.title = r.title AND rc.subject_uuid = r.subject_uuid"),
                  year, title, villageId, out);
}

Status DocumentRepository::select(const QString &from, int year, criteria::Title title, qint64 villageId,
                                  QList<DocumentSubject> *out) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(subjectsSql)
                  .arg(QLatin1String(villageOnDay), QLatin1String(membershipOnDay), from));
    q.bindValue(QStringLiteral(":end_day"), QDate(year, 12, 31).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":title"), criteria::titleKey(title));
    q.bindValue(QStringLiteral(":village"), villageId);
    if (!q.exec())
        return Status::failure(
            tr("The commune file could not be read: %1. Check that the file is still there "
               "and try again.")
                .arg(q.lastError().text()));
    struct Sorted
    {
        int villageOrder;
        QString villageKey;
        QString nameKey;
        DocumentSubject subject;
    };
    std::vector<Sorted> rows;
    while (q.next()) {
        DocumentSubject s;
        s.uuid = q.value(0).toString();
        s.kind = q.value(1).toString();
        s.name = q.value(2).toString();
        s.code = q.value(3).toString();
        s.villageId = q.value(4).toLongLong();
        s.villageName = q.value(5).toString();
        s.decisionNumber = q.value(7).toString();
        s.decisionDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        s.signer = q.value(9).toString();
        s.level = q.value(10).toInt();
        // People's names sort by given name (Vietnamese order), other subjects' names as written.
        const bool person = s.kind == QLatin1String("household") || s.kind == QLatin1String("person");
        const QString nameKey = person ? PersonName(s.name).sortKey() : text::sortKey(s.name);
        rows.push_back(Sorted{q.value(6).toInt(), text::sortKey(s.villageName), nameKey, s});
    }
    // Vietnamese name order (given name first) within each village, villages in their own order.
    std::stable_sort(rows.begin(), rows.end(), [](const Sorted &a, const Sorted &b) {
        if (a.villageOrder != b.villageOrder)
            return a.villageOrder < b.villageOrder;
        if (a.villageKey != b.villageKey)
            return a.villageKey < b.villageKey;
        if (a.nameKey != b.nameKey)
            return a.nameKey < b.nameKey;
        return a.subject.code < b.subject.code;
    });
    out->clear();
    out->reserve(qsizetype(rows.size()));
    for (Sorted &r : rows)
        out->append(std::move(r.subject));
    return Status::success();
}

} // namespace sht
