#include "EvaluationRepository.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "TextNormalizer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace sht {

using namespace criteria;

namespace {

// Evidence, note and level of an indicator outcome as one compact JSON object in indicator_result.evidence
// ("" when there is nothing): {"level": 2, "note": "…", "items": [{"t": "…", "u": "uuid", "x": 1}]}.
QString evidenceJson(const IndicatorOutcome &outcome)
{
    if (outcome.evidence.isEmpty() && outcome.note.isEmpty() && outcome.level == 0)
        return QString();
    QJsonObject object;
    if (outcome.level != 0)
        object.insert(QStringLiteral("level"), outcome.level);
    if (!outcome.note.isEmpty())
        object.insert(QStringLiteral("note"), outcome.note);
    if (!outcome.evidence.isEmpty()) {
        QJsonArray items;
        for (const Evidence &e : outcome.evidence) {
            QJsonObject item{{QStringLiteral("t"), e.text}};
            if (!e.rowUuid.isEmpty())
                item.insert(QStringLiteral("u"), e.rowUuid);
            if (e.againstRule)
                item.insert(QStringLiteral("x"), 1);
            items.append(item);
        }
        object.insert(QStringLiteral("items"), items);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void readEvidence(const QString &json, IndicatorOutcome &outcome)
{
    if (json.isEmpty())
        return;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    outcome.level = object.value(QStringLiteral("level")).toInt();
    outcome.note = object.value(QStringLiteral("note")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        outcome.evidence << Evidence{item.value(QStringLiteral("t")).toString(),
                                     item.value(QStringLiteral("u")).toString(),
                                     item.value(QStringLiteral("x")).toInt() != 0};
    }
}

// Nothing to store: a judged indicator the council has not decided and no fact has explained.
bool worthStoring(const IndicatorOutcome &o)
{
    return !o.judged || o.met || o.points || !o.value.isEmpty() || !o.evidence.isEmpty() || !o.note.isEmpty();
}

// The subject's name and village for the list, by kind, in the same query as the results (uuid lookups).
const char *const resultsSql =
    "SELECT e.id, e.title, e.subject_kind, e.subject_uuid, e.catalogue_code, e.catalogue_version, e.verdict,"
    " e.level, e.total_points, e.evaluated_at,"
    " COALESCE(p.full_name, h.code || COALESCE(' – ' || hp.full_name, ''), c.name, v.name, u.name, cm.name,"
    "          lc.name, ''),"
    " COALESCE(pv.name, hv.name, uv.name, v.name, ''),"
    " COALESCE(r.decision_number, '')"
    " FROM evaluation e"
    " LEFT JOIN person p ON e.subject_kind = 'person' AND p.uuid = e.subject_uuid"
    " LEFT JOIN membership pm ON pm.person_id = p.id AND pm.valid_to IS NULL"
    " LEFT JOIN household ph ON ph.id = pm.household_id"
    " LEFT JOIN admin_unit pv ON pv.id = ph.village_id"
    " LEFT JOIN household h ON e.subject_kind = 'household' AND h.uuid = e.subject_uuid"
    " LEFT JOIN membership hm ON hm.household_id = h.id AND hm.valid_to IS NULL AND hm.relation = 'head'"
    " LEFT JOIN person hp ON hp.id = hm.person_id"
    " LEFT JOIN admin_unit hv ON hv.id = h.village_id"
    " LEFT JOIN clan c ON e.subject_kind = 'clan' AND c.uuid = e.subject_uuid"
    " LEFT JOIN admin_unit v ON e.subject_kind = 'village' AND v.uuid = e.subject_uuid"
    " LEFT JOIN local_unit u ON e.subject_kind = 'local_unit' AND u.uuid = e.subject_uuid"
    " LEFT JOIN admin_unit uv ON uv.id = u.village_id"
    " LEFT JOIN admin_unit cm ON e.subject_kind = 'commune' AND cm.uuid = e.subject_uuid"
    " LEFT JOIN learning_centre lc ON e.subject_kind = 'learning_centre' AND lc.uuid = e.subject_uuid"
    " LEFT JOIN recognition r ON r.year = e.year AND r.title = e.title AND r.subject_uuid = e.subject_uuid"
    " WHERE e.year = ? AND (? = '' OR e.title = ?)";

} // namespace

EvaluationRepository::EvaluationRepository(Database &db)
    : m_db(db)
{}

QList<SubjectEvaluation> EvaluationRepository::results(int year, std::optional<Title> title) const
{
    QList<SubjectEvaluation> list;
    const QString titleText = title ? titleKey(*title) : QStringLiteral(""); // bound: never NULL
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromUtf8(resultsSql));
    q.addBindValue(year);
    q.addBindValue(titleText);
    q.addBindValue(titleText);
    if (!q.exec())
        return list;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        const auto t = titleFromKey(q.value(1).toString());
        if (!t)
            continue;
        SubjectEvaluation e;
        e.year = year;
        e.title = *t;
        e.subjectKind = subjectKindFromKey(q.value(2).toString()).value_or(subjectKindOf(*t));
        e.subjectUuid = q.value(3).toString();
        e.catalogueCode = q.value(4).toString();
        e.catalogueVersion = q.value(5).toString();
        e.verdict = verdictFromKey(q.value(6).toString()).value_or(Verdict::Pending);
        e.level = q.value(7).toInt();
        if (!q.value(8).isNull())
            e.totalPoints = q.value(8).toDouble();
        e.evaluatedAt = q.value(9).toString();
        e.subjectName = q.value(10).toString();
        e.villageName = q.value(11).toString();
        e.decisionNumber = q.value(12).toString();
        rowOf.insert(q.value(0).toLongLong(), int(list.size()));
        list << e;
    }

    // The failed and waiting indicators, for the one-line summary.
    QSqlQuery open(m_db.connection());
    open.setForwardOnly(true);
    open.prepare(
        QStringLiteral("SELECT i.evaluation_id, i.indicator, i.met, i.value FROM indicator_result i"
                       " JOIN evaluation e ON e.id = i.evaluation_id"
                       " WHERE e.year = ? AND (? = '' OR e.title = ?) AND (i.met IS NULL OR i.met = 0)"
                       " ORDER BY i.id"));
    open.addBindValue(year);
    open.addBindValue(titleText);
    open.addBindValue(titleText);
    if (open.exec())
        while (open.next()) {
            const int row = rowOf.value(open.value(0).toLongLong(), -1);
            if (row < 0)
                continue;
            IndicatorOutcome o;
            o.code = open.value(1).toString();
            if (!open.value(2).isNull())
                o.met = false;
            o.value = open.value(3).toString();
            list[row].indicators << o;
        }
    QHash<QString, QString> keys;
    auto keyOf = [&keys](const QString &text) {
        auto it = keys.find(text);
        if (it == keys.end())
            it = keys.insert(text, text::sortKey(text));
        return *it;
    };
    struct Sorted
    {
        QString village;
        QString name;
        int row;
    };
    std::vector<Sorted> order;
    order.reserve(size_t(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        SubjectEvaluation &e = list[i];
        e.summary = summarize(e);
        e.indicators.clear();
        order.push_back(Sorted{keyOf(e.villageName), text::sortKey(e.subjectName), i});
    }
    std::stable_sort(order.begin(), order.end(), [](const Sorted &a, const Sorted &b) {
        return a.village != b.village ? a.village < b.village : a.name < b.name;
    });
    QList<SubjectEvaluation> sorted;
    sorted.reserve(list.size());
    for (const Sorted &s : order)
        sorted << std::move(list[s.row]);
    return sorted;
}

std::optional<SubjectEvaluation> EvaluationRepository::result(int year, Title title,
                                                              const QString &subjectUuid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromUtf8(resultsSql) + QStringLiteral(" AND e.subject_uuid = ?"));
    q.addBindValue(year);
    q.addBindValue(titleKey(title));
    q.addBindValue(titleKey(title));
    q.addBindValue(subjectUuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SubjectEvaluation e;
    e.year = year;
    e.title = title;
    e.subjectKind = subjectKindFromKey(q.value(2).toString()).value_or(subjectKindOf(title));
    e.subjectUuid = subjectUuid;
    e.catalogueCode = q.value(4).toString();
    e.catalogueVersion = q.value(5).toString();
    e.verdict = verdictFromKey(q.value(6).toString()).value_or(Verdict::Pending);
    e.level = q.value(7).toInt();
    if (!q.value(8).isNull())
        e.totalPoints = q.value(8).toDouble();
    e.evaluatedAt = q.value(9).toString();
    e.subjectName = q.value(10).toString();
    e.villageName = q.value(11).toString();
    e.decisionNumber = q.value(12).toString();
    const qint64 id = q.value(0).toLongLong();

    QSqlQuery i(m_db.connection());
    i.setForwardOnly(true);
    i.prepare(QStringLiteral("SELECT indicator, judged, met, points, value, evidence FROM indicator_result"
                             " WHERE evaluation_id = ? ORDER BY id"));
    i.addBindValue(id);
    if (i.exec())
        while (i.next()) {
            IndicatorOutcome o;
            o.code = i.value(0).toString();
            o.judged = i.value(1).toInt() != 0;
            if (!i.value(2).isNull())
                o.met = i.value(2).toInt() != 0;
            if (!i.value(3).isNull())
                o.points = i.value(3).toDouble();
            o.value = i.value(4).toString();
            readEvidence(i.value(5).toString(), o);
            e.indicators << o;
        }
    e.summary = summarize(e);
    return e;
}

QList<int> EvaluationRepository::availableYears() const
{
    QList<int> years;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT year FROM evaluation ORDER BY year")))
        while (q.next())
            years << q.value(0).toInt();
    return years;
}

QHash<QString, StoredVerdict> EvaluationRepository::verdicts(int year) const
{
    QHash<QString, StoredVerdict> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title, subject_uuid, verdict, level FROM evaluation WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return result;
    while (q.next()) {
        const auto title = titleFromKey(q.value(0).toString());
        const auto verdict = verdictFromKey(q.value(2).toString());
        if (title && verdict)
            result.insert(EvaluationData::key(*title, q.value(1).toString()),
                          StoredVerdict{*verdict, q.value(3).toInt()});
    }
    return result;
}

bool EvaluationRepository::usesCatalogue(const QString &code, const QString &version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM evaluation WHERE catalogue_code = ? AND catalogue_version = ? LIMIT 1"));
    q.addBindValue(code);
    q.addBindValue(version);
    return q.exec() && q.next();
}

// The bulk insert through the C API: repeated values (title, kind, verdict, catalogue, time) are converted to
// UTF-8 once, the rest bound as UTF-8 straight from QString; no QVariant per value (a year of 100,000
// citizens writes some 200,000 rows).
struct EvaluationRepository::Statements
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *evaluation = nullptr;
    sqlite3_stmt *indicator = nullptr;
    QHash<QString, QByteArray> utf8; // repeated texts

    ~Statements()
    {
        sqlite3_finalize(evaluation);
        sqlite3_finalize(indicator);
    }
    const QByteArray &cached(const QString &text)
    {
        auto it = utf8.find(text);
        if (it == utf8.end())
            it = utf8.insert(text, text.toUtf8());
        return *it;
    }
    static void bindText(sqlite3_stmt *s, int position, const QByteArray &text)
    {
        sqlite3_bind_text(s, position, text.constData(), int(text.size()), SQLITE_STATIC);
    }
    static void bindTransient(sqlite3_stmt *s, int position, const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        sqlite3_bind_text(s, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    Status failure() const
    {
        return Status::failure(EvaluationRepository::tr("The results could not be saved: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
};

Status EvaluationRepository::statements(Statements *out)
{
    out->db = sqliteHandle(m_db.connection());
    if (!out->db)
        return Status::failure(tr("The results could not be saved: the file is not open."));
    const char *evaluationSql =
        "INSERT INTO evaluation (uuid, year, title, subject_kind, subject_uuid, catalogue_code,"
        " catalogue_version, verdict, level, total_points, evaluated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const char *indicatorSql =
        "INSERT INTO indicator_result (uuid, evaluation_id, indicator, judged, met, points,"
        " value, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(out->db, evaluationSql, -1, &out->evaluation, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(out->db, indicatorSql, -1, &out->indicator, nullptr) != SQLITE_OK)
        return out->failure();
    return Status::success();
}

Status EvaluationRepository::insert(Statements &st, const SubjectEvaluation &result,
                                    const QString &evaluatedAt)
{
    sqlite3_stmt *e = st.evaluation;
    const QByteArray uuid = m_db.newUuid().toUtf8();
    const QByteArray subject = result.subjectUuid.toUtf8();
    Statements::bindText(e, 1, uuid);
    sqlite3_bind_int(e, 2, result.year);
    Statements::bindText(e, 3, st.cached(titleKey(result.title)));
    Statements::bindText(e, 4, st.cached(subjectKindKey(result.subjectKind)));
    Statements::bindText(e, 5, subject);
    Statements::bindText(e, 6, st.cached(result.catalogueCode));
    Statements::bindText(e, 7, st.cached(result.catalogueVersion));
    Statements::bindText(e, 8, st.cached(verdictKey(result.verdict)));
    sqlite3_bind_int(e, 9, result.level);
    if (result.totalPoints)
        sqlite3_bind_double(e, 10, *result.totalPoints);
    else
        sqlite3_bind_null(e, 10);
    Statements::bindText(e, 11, st.cached(evaluatedAt));
    const int rc = sqlite3_step(e);
    sqlite3_reset(e);
    if (rc != SQLITE_DONE)
        return st.failure();
    const qint64 id = sqlite3_last_insert_rowid(st.db);
    sqlite3_stmt *i = st.indicator;
    for (const IndicatorOutcome &o : result.indicators) {
        if (!worthStoring(o))
            continue;
        const QByteArray indicatorUuid = m_db.newUuid().toUtf8();
        Statements::bindText(i, 1, indicatorUuid);
        sqlite3_bind_int64(i, 2, id);
        Statements::bindText(i, 3, st.cached(o.code));
        sqlite3_bind_int(i, 4, o.judged ? 1 : 0);
        if (o.met)
            sqlite3_bind_int(i, 5, *o.met ? 1 : 0);
        else
            sqlite3_bind_null(i, 5);
        if (o.points)
            sqlite3_bind_double(i, 6, *o.points);
        else
            sqlite3_bind_null(i, 6);
        Statements::bindTransient(i, 7, o.value);
        Statements::bindTransient(i, 8, evidenceJson(o));
        const int indicatorRc = sqlite3_step(i);
        sqlite3_reset(i);
        if (indicatorRc != SQLITE_DONE)
            return st.failure();
    }
    return Status::success();
}

Status EvaluationRepository::replaceYear(int year, const QList<SubjectEvaluation> &results,
                                         const std::function<bool(int, int)> &progress)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM indicator_result WHERE evaluation_id IN"
                             " (SELECT id FROM evaluation WHERE year = ?)"));
    q.addBindValue(year);
    if (!q.exec())
        return Status::failure(tr("The previous results could not be removed: %1").arg(q.lastError().text()));
    q.prepare(QStringLiteral("DELETE FROM evaluation WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return Status::failure(tr("The previous results could not be removed: %1").arg(q.lastError().text()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Statements prepared;
    if (Status s = statements(&prepared); !s)
        return s;
    int done = 0;
    for (const SubjectEvaluation &result : results) {
        if (Status s = insert(prepared, result, now); !s)
            return s;
        ++done;
        if (progress && (done % 1024 == 0 || done == results.size()) && !progress(done, int(results.size())))
            return Status::failure(tr("Cancelled; nothing was written."));
    }
    return Status::success();
}

Status EvaluationRepository::replaceSubject(const SubjectEvaluation &result)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM evaluation WHERE year = ? AND title = ? AND subject_uuid = ?"));
    q.addBindValue(result.year);
    q.addBindValue(titleKey(result.title));
    q.addBindValue(result.subjectUuid);
    // indicator_result rows go with ON DELETE CASCADE: derived rows, nothing to audit.
    if (!q.exec())
        return Status::failure(tr("The previous result could not be removed: %1").arg(q.lastError().text()));
    Statements prepared;
    if (Status s = statements(&prepared); !s)
        return s;
    return insert(prepared, result, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

} // namespace sht
