#include "EvaluationRepository.h"

#include "Database.h"
#include "EvidenceCodec.h"
#include "SqliteHandle.h"
#include "TextNormalizer.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <sqlite3.h>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <pthread.h>
#endif

namespace sht {

using namespace criteria;

namespace {

inline QByteArray columnBytes(sqlite3_stmt *s, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return QByteArray::fromRawData(data ? data : "", data ? sqlite3_column_bytes(s, column) : 0);
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
            evidence_codec::decode(i.value(5).toString(), o);
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

namespace {

// title|subject → verdict and level of the rows of an evaluation query (title, subject_uuid, verdict, level).
void readVerdicts(sqlite3_stmt *s, QHash<QString, StoredVerdict> &result)
{
    QHash<QByteArray, QString> titles; // title key → "title|"
    QHash<QByteArray, std::optional<Verdict>> verdictsByKey;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const QByteArray title = columnBytes(s, 0);
        auto t = titles.constFind(title);
        if (t == titles.constEnd()) {
            const auto known = titleFromKey(QString::fromUtf8(title));
            t = titles.insert(QByteArray(title.constData(), title.size()),
                              known ? EvaluationData::key(*known, QString()) : QString());
        }
        const QByteArray verdictText = columnBytes(s, 2);
        auto v = verdictsByKey.constFind(verdictText);
        if (v == verdictsByKey.constEnd())
            v = verdictsByKey.insert(QByteArray(verdictText.constData(), verdictText.size()),
                                     verdictFromKey(QString::fromUtf8(verdictText)));
        if (t->isEmpty() || !*v)
            continue;
        const QByteArray uuid = columnBytes(s, 1);
        result.insert(*t + QString::fromUtf8(uuid.constData(), uuid.size()),
                      StoredVerdict{**v, sqlite3_column_int(s, 3)});
    }
}

} // namespace

QHash<QString, StoredVerdict> EvaluationRepository::verdicts(int year) const
{
    // Raw statement: a year holds ~110,000 results and this runs before every evaluation.
    QHash<QString, StoredVerdict> result;
    sqlite3 *db = sqliteHandle(m_db.connection());
    sqlite3_stmt *s = nullptr;
    if (!db ||
        sqlite3_prepare_v2(db, "SELECT title, subject_uuid, verdict, level FROM evaluation WHERE year = ?",
                           -1, &s, nullptr) != SQLITE_OK)
        return result;
    sqlite3_bind_int(s, 1, year);
    readVerdicts(s, result);
    sqlite3_finalize(s);
    return result;
}

QHash<QString, StoredVerdict> EvaluationRepository::verdicts(int year, const QStringList &citizenUuids) const
{
    QHash<QString, StoredVerdict> result;
    sqlite3 *db = sqliteHandle(m_db.connection());
    sqlite3_stmt *s = nullptr;
    if (!db || sqlite3_prepare_v2(db,
                                  "SELECT title, subject_uuid, verdict, level FROM evaluation"
                                  " WHERE year = ?1 AND title <> ?2",
                                  -1, &s, nullptr) != SQLITE_OK)
        return result;
    const QByteArray citizen = titleKey(Title::LearningCitizen).toUtf8();
    sqlite3_bind_int(s, 1, year);
    sqlite3_bind_text(s, 2, citizen.constData(), int(citizen.size()), SQLITE_STATIC);
    readVerdicts(s, result);
    sqlite3_finalize(s);
    if (citizenUuids.isEmpty())
        return result;
    QByteArray json = "[";
    for (const QString &uuid : citizenUuids) {
        if (json.size() > 1)
            json += ',';
        json += '"' + uuid.toUtf8() + '"'; // uuids: hex digits and dashes, nothing to escape
    }
    json += ']';
    if (sqlite3_prepare_v2(
            db,
            "SELECT title, subject_uuid, verdict, level FROM evaluation"
            " WHERE year = ?1 AND title = ?2 AND subject_uuid IN (SELECT value FROM json_each(?3))",
            -1, &s, nullptr) != SQLITE_OK)
        return result;
    sqlite3_bind_int(s, 1, year);
    sqlite3_bind_text(s, 2, citizen.constData(), int(citizen.size()), SQLITE_STATIC);
    sqlite3_bind_text(s, 3, json.constData(), int(json.size()), SQLITE_STATIC);
    readVerdicts(s, result);
    sqlite3_finalize(s);
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

// Writes results as the difference from the rows stored for the year: an unchanged result keeps its rows
// (ids, uuids, evaluated_at) untouched, a changed one is updated in place (evaluated_at says when it last
// changed), a new one inserted, a vanished one deleted. Re-evaluating a year where little changed then
// writes little: comparing costs one read of the stored rows, hashed as they stream past (no copy of their
// texts), against the UTF-8 each new row would be bound with anyway.
//
// Everything goes through the C API with statements prepared once per write; texts are encoded into
// buffers reused from row to row and bound without a copy.
namespace {

// Indicators of results, encoded as they will be bound (UTF-8 value, stored evidence) with the hash the
// stored rows are compared by, all texts in one buffer. Encoding is a fifth of the writing: the thread
// judging encodes each batch before handing it over, so the writer thread only writes.
struct EncodedIndicator
{
    const IndicatorOutcome *outcome = nullptr;
    quint64 hash = 0;
    int value = 0; // offsets and sizes in EncodedBatch::text
    int valueSize = 0;
    int evidence = 0;
    int evidenceSize = 0;
};

struct EncodedBatch
{
    QList<SubjectEvaluation> results;
    std::vector<EncodedIndicator> indicators;
    std::vector<int> first{0}; // results[i]'s indicators: [first[i], first[i + 1])
    QByteArray text;

    void clear()
    {
        results.clear();
        indicators.clear();
        first.assign(1, 0);
        text.resize(0);
    }
    // Appends the indicators worth storing of results[first.size() - 1].
    void encodeNext();
};

} // namespace

class EvaluationRepository::Writer
{
public:
    explicit Writer(Database &db)
        : m_database(db)
    {}
    ~Writer()
    {
        for (sqlite3_stmt *s : {m_insertEvaluation, m_updateEvaluation, m_deleteEvaluation, m_insertIndicator,
                                m_updateIndicator, m_deleteIndicator, m_deleteIndicators})
            sqlite3_finalize(s);
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // handle: the connection's, taken by the thread that owns it (a writer thread cannot ask Qt for it).
    Status prepare(sqlite3 *handle);
    // The stored rows to compare with: the whole year, or one subject.
    Status readStored(int year, std::optional<std::pair<Title, QString>> subject = {});
    Status write(const SubjectEvaluation &result);
    // results[index] of an encoded batch.
    Status write(const EncodedBatch &batch, int index);
    // Deletes the stored results no written result matched.
    Status deleteUnmatched();
    EvaluationWriteStats stats;

private:
    struct StoredIndicator
    {
        qint64 evaluationId = 0;
        qint64 id = 0;
        int code = 0; // interned
        quint64 hash = 0;
        bool matched = false;
    };
    struct StoredEvaluation
    {
        qint64 id = 0;
        quint64 hash = 0;
        int firstIndicator = 0;
        int indicatorCount = 0;
        bool matched = false;
    };

    int codeOf(const char *utf8, int size);
    int codeOf(const QString &code);
    const QByteArray &cached(const QString &text);
    static quint64 evaluationHash(const QByteArray &kind, const QByteArray &code, const QByteArray &version,
                                  const QByteArray &verdict, int level, std::optional<double> points);

    Status step(sqlite3_stmt *statement);
    Status insertEvaluation(const SubjectEvaluation &result, const EncodedBatch &batch, int index);
    Status insertIndicator(qint64 evaluationId, const EncodedBatch &batch, const EncodedIndicator &e);
    Status updateIndicator(qint64 id, const EncodedBatch &batch, const EncodedIndicator &e);
    void bindIndicatorValues(sqlite3_stmt *s, int first, const EncodedBatch &batch,
                             const EncodedIndicator &e);
    Status failure() const
    {
        return Status::failure(EvaluationRepository::tr("The results could not be saved: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    Database &m_database;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insertEvaluation = nullptr;
    sqlite3_stmt *m_updateEvaluation = nullptr;
    sqlite3_stmt *m_deleteEvaluation = nullptr;
    sqlite3_stmt *m_insertIndicator = nullptr;
    sqlite3_stmt *m_updateIndicator = nullptr;
    sqlite3_stmt *m_deleteIndicator = nullptr;
    sqlite3_stmt *m_deleteIndicators = nullptr;
    QByteArray m_now;
    QByteArray m_uuid;
    QHash<QString, QByteArray> m_utf8; // repeated texts (titles, kinds, catalogues, verdicts)
    QHash<QByteArray, int> m_codes;    // indicator code → small number
    QHash<QString, int> m_codesByText;
    std::array<QHash<QString, int>, 7> m_storedByTitle; // subject uuid → index into m_stored, by title
    std::vector<StoredEvaluation> m_stored;
    std::vector<StoredIndicator> m_storedIndicators; // grouped by evaluation
    EncodedBatch m_single;                           // write(result): reused from result to result
};

namespace {

inline quint64 mix(quint64 h, const void *data, size_t size)
{
    return qHashBits(data, size, size_t(h));
}

template <typename T>
inline quint64 mixValue(quint64 h, T value)
{
    return mix(h, &value, sizeof value);
}

inline std::optional<double> columnReal(sqlite3_stmt *s, int column)
{
    if (sqlite3_column_type(s, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(s, column);
}

inline void bindBytes(sqlite3_stmt *s, int position, const QByteArray &bytes)
{
    sqlite3_bind_text(s, position, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

inline void bindReal(sqlite3_stmt *s, int position, std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(s, position, *value);
    else
        sqlite3_bind_null(s, position);
}

} // namespace

Status EvaluationRepository::Writer::prepare(sqlite3 *handle)
{
    m_db = handle;
    if (!m_db)
        return Status::failure(tr("The results could not be saved: the file is not open."));
    const std::pair<sqlite3_stmt **, const char *> sql[] = {
        {&m_insertEvaluation,
         "INSERT INTO evaluation (uuid, year, title, subject_kind, subject_uuid, catalogue_code,"
         " catalogue_version, verdict, level, total_points, evaluated_at)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_updateEvaluation,
         "UPDATE evaluation SET subject_kind = ?, catalogue_code = ?, catalogue_version = ?, verdict = ?,"
         " level = ?, total_points = ?, evaluated_at = ?, revision = revision + 1 WHERE id = ?"},
        {&m_deleteEvaluation, "DELETE FROM evaluation WHERE id = ?"},
        {&m_insertIndicator,
         "INSERT INTO indicator_result (uuid, evaluation_id, indicator, judged, met, points, value, evidence)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_updateIndicator,
         "UPDATE indicator_result SET indicator = ?, judged = ?, met = ?, points = ?, value = ?,"
         " evidence = ?, revision = revision + 1 WHERE id = ?"},
        {&m_deleteIndicator, "DELETE FROM indicator_result WHERE id = ?"},
        {&m_deleteIndicators, "DELETE FROM indicator_result WHERE evaluation_id = ?"},
    };
    for (const auto &[statement, text] : sql)
        if (sqlite3_prepare_v2(m_db, text, -1, statement, nullptr) != SQLITE_OK)
            return failure();
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    return Status::success();
}

int EvaluationRepository::Writer::codeOf(const char *utf8, int size)
{
    const QByteArray key = QByteArray::fromRawData(utf8, size);
    auto it = m_codes.constFind(key);
    if (it == m_codes.constEnd())
        it = m_codes.insert(QByteArray(utf8, size), int(m_codes.size()));
    return *it;
}

int EvaluationRepository::Writer::codeOf(const QString &code)
{
    auto it = m_codesByText.constFind(code);
    if (it == m_codesByText.constEnd()) {
        const QByteArray utf8 = code.toUtf8();
        it = m_codesByText.insert(code, codeOf(utf8.constData(), int(utf8.size())));
    }
    return *it;
}

const QByteArray &EvaluationRepository::Writer::cached(const QString &text)
{
    auto it = m_utf8.find(text);
    if (it == m_utf8.end())
        it = m_utf8.insert(text, text.toUtf8());
    return *it;
}

quint64 EvaluationRepository::Writer::evaluationHash(const QByteArray &kind, const QByteArray &code,
                                                     const QByteArray &version, const QByteArray &verdict,
                                                     int level, std::optional<double> points)
{
    quint64 h = 0x9e3779b97f4a7c15ULL;
    for (const QByteArray *text : {&kind, &code, &version, &verdict}) {
        h = mix(h, text->constData(), size_t(text->size()));
        h = mixValue(h, text->size());
    }
    h = mixValue(h, level);
    h = mixValue(h, points.has_value());
    return mixValue(h, points.value_or(0.0));
}

namespace {

quint64 indicatorHash(const char *code, int codeSize, int judged, int met, std::optional<double> points,
                      const char *value, int valueSize, const char *evidence, int evidenceSize)
{
    quint64 h = 0x51ed270b27ebd3c1ULL;
    h = mix(h, code, size_t(codeSize));
    h = mixValue(h, codeSize);
    h = mixValue(h, judged);
    h = mixValue(h, met);
    h = mixValue(h, points.has_value());
    h = mixValue(h, points.value_or(0.0));
    h = mix(h, value, size_t(valueSize));
    h = mixValue(h, valueSize);
    h = mix(h, evidence, size_t(evidenceSize));
    return mixValue(h, evidenceSize);
}

} // namespace

Status EvaluationRepository::Writer::readStored(int year, std::optional<std::pair<Title, QString>> subject)
{
    const QByteArray title = subject ? titleKey(subject->first).toUtf8() : QByteArray();
    const QByteArray uuid = subject ? subject->second.toUtf8() : QByteArray();
    QHash<qint64, int> byId;
    {
        sqlite3_stmt *s = nullptr;
        const char *sql = subject ? "SELECT id, title, subject_uuid, subject_kind, catalogue_code,"
                                    " catalogue_version, verdict, level, total_points FROM evaluation"
                                    " WHERE year = ?1 AND title = ?2 AND subject_uuid = ?3"
                                  : "SELECT id, title, subject_uuid, subject_kind, catalogue_code,"
                                    " catalogue_version, verdict, level, total_points FROM evaluation"
                                    " WHERE year = ?1";
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
            return failure();
        sqlite3_bind_int(s, 1, year);
        if (subject) {
            bindBytes(s, 2, title);
            bindBytes(s, 3, uuid);
        }
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            const auto t = titleFromKey(QString::fromUtf8(columnBytes(s, 1)));
            if (!t)
                continue; // a title this version does not know: left as it is
            StoredEvaluation row;
            row.id = sqlite3_column_int64(s, 0);
            row.hash = evaluationHash(columnBytes(s, 3), columnBytes(s, 4), columnBytes(s, 5),
                                      columnBytes(s, 6), sqlite3_column_int(s, 7), columnReal(s, 8));
            byId.insert(row.id, int(m_stored.size()));
            m_storedByTitle[size_t(*t)].insert(QString::fromUtf8(columnBytes(s, 2)), int(m_stored.size()));
            m_stored.push_back(row);
        }
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            return failure();
    }
    if (m_stored.empty())
        return Status::success();
    {
        sqlite3_stmt *s = nullptr;
        const char *sql =
            subject
                ? "SELECT evaluation_id, id, indicator, judged, met, points, value, evidence"
                  " FROM indicator_result WHERE evaluation_id = ?1"
                : "SELECT i.evaluation_id, i.id, i.indicator, i.judged, i.met, i.points, i.value, i.evidence"
                  " FROM evaluation e JOIN indicator_result i ON i.evaluation_id = e.id WHERE e.year = ?1";
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
            return failure();
        if (subject)
            sqlite3_bind_int64(s, 1, m_stored.front().id);
        else
            sqlite3_bind_int(s, 1, year);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            StoredIndicator row;
            row.evaluationId = sqlite3_column_int64(s, 0);
            row.id = sqlite3_column_int64(s, 1);
            const auto *code = reinterpret_cast<const char *>(sqlite3_column_text(s, 2));
            const int codeSize = sqlite3_column_bytes(s, 2);
            row.code = codeOf(code ? code : "", codeSize);
            const int met = sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 4);
            const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(s, 6));
            const int valueSize = sqlite3_column_bytes(s, 6);
            const auto *evidence = reinterpret_cast<const char *>(sqlite3_column_text(s, 7));
            const int evidenceSize = sqlite3_column_bytes(s, 7);
            row.hash = indicatorHash(code ? code : "", codeSize, sqlite3_column_int(s, 3) != 0 ? 1 : 0, met,
                                     columnReal(s, 5), value ? value : "", valueSize,
                                     evidence ? evidence : "", evidenceSize);
            m_storedIndicators.push_back(row);
        }
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE)
            return failure();
    }
    std::stable_sort(
        m_storedIndicators.begin(), m_storedIndicators.end(),
        [](const StoredIndicator &a, const StoredIndicator &b) { return a.evaluationId < b.evaluationId; });
    for (size_t i = 0; i < m_storedIndicators.size(); ++i) {
        const int row = byId.value(m_storedIndicators[i].evaluationId, -1);
        if (row < 0)
            continue;
        StoredEvaluation &e = m_stored[size_t(row)];
        if (e.indicatorCount == 0)
            e.firstIndicator = int(i);
        ++e.indicatorCount;
    }
    return Status::success();
}

Status EvaluationRepository::Writer::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE ? Status::success() : failure();
}

void EvaluationRepository::Writer::bindIndicatorValues(sqlite3_stmt *s, int first, const EncodedBatch &batch,
                                                       const EncodedIndicator &e)
{
    const IndicatorOutcome &o = *e.outcome;
    bindBytes(s, first, cached(o.code));
    sqlite3_bind_int(s, first + 1, o.judged ? 1 : 0);
    if (o.met)
        sqlite3_bind_int(s, first + 2, *o.met ? 1 : 0);
    else
        sqlite3_bind_null(s, first + 2);
    bindReal(s, first + 3, o.points);
    sqlite3_bind_text(s, first + 4, batch.text.constData() + e.value, e.valueSize, SQLITE_STATIC);
    sqlite3_bind_text(s, first + 5, batch.text.constData() + e.evidence, e.evidenceSize, SQLITE_STATIC);
}

Status EvaluationRepository::Writer::insertIndicator(qint64 evaluationId, const EncodedBatch &batch,
                                                     const EncodedIndicator &e)
{
    m_uuid = m_database.newUuid().toUtf8();
    bindBytes(m_insertIndicator, 1, m_uuid);
    sqlite3_bind_int64(m_insertIndicator, 2, evaluationId);
    bindIndicatorValues(m_insertIndicator, 3, batch, e);
    ++stats.indicatorsInserted;
    return step(m_insertIndicator);
}

Status EvaluationRepository::Writer::updateIndicator(qint64 id, const EncodedBatch &batch,
                                                     const EncodedIndicator &e)
{
    bindIndicatorValues(m_updateIndicator, 1, batch, e);
    sqlite3_bind_int64(m_updateIndicator, 7, id);
    ++stats.indicatorsUpdated;
    return step(m_updateIndicator);
}

Status EvaluationRepository::Writer::insertEvaluation(const SubjectEvaluation &result,
                                                      const EncodedBatch &batch, int index)
{
    sqlite3_stmt *e = m_insertEvaluation;
    m_uuid = m_database.newUuid().toUtf8();
    const QByteArray subject = result.subjectUuid.toUtf8();
    bindBytes(e, 1, m_uuid);
    sqlite3_bind_int(e, 2, result.year);
    bindBytes(e, 3, cached(titleKey(result.title)));
    bindBytes(e, 4, cached(subjectKindKey(result.subjectKind)));
    bindBytes(e, 5, subject);
    bindBytes(e, 6, cached(result.catalogueCode));
    bindBytes(e, 7, cached(result.catalogueVersion));
    bindBytes(e, 8, cached(verdictKey(result.verdict)));
    sqlite3_bind_int(e, 9, result.level);
    bindReal(e, 10, result.totalPoints);
    bindBytes(e, 11, m_now);
    if (Status s = step(e); !s)
        return s;
    ++stats.inserted;
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    for (int i = batch.first[size_t(index)]; i < batch.first[size_t(index) + 1]; ++i)
        if (Status s = insertIndicator(id, batch, batch.indicators[size_t(i)]); !s)
            return s;
    return Status::success();
}

void EncodedBatch::encodeNext()
{
    const SubjectEvaluation &result = std::as_const(results)[qsizetype(first.size() - 1)];
    QByteArray code;
    for (const IndicatorOutcome &o : result.indicators) {
        if (!worthStoring(o))
            continue;
        EncodedIndicator e;
        e.outcome = &o;
        code.resize(0);
        evidence_codec::appendUtf8(code, o.code);
        e.value = int(text.size());
        evidence_codec::appendUtf8(text, o.value);
        e.valueSize = int(text.size()) - e.value;
        e.evidence = int(text.size());
        evidence_codec::appendEncoded(o, text);
        e.evidenceSize = int(text.size()) - e.evidence;
        e.hash = indicatorHash(code.constData(), int(code.size()), o.judged ? 1 : 0,
                               o.met ? (*o.met ? 1 : 0) : -1, o.points, text.constData() + e.value,
                               e.valueSize, text.constData() + e.evidence, e.evidenceSize);
        indicators.push_back(e);
    }
    first.push_back(int(indicators.size()));
}

Status EvaluationRepository::Writer::write(const SubjectEvaluation &result)
{
    m_single.clear();
    m_single.results << result;
    m_single.encodeNext();
    return write(m_single, 0);
}

Status EvaluationRepository::Writer::write(const EncodedBatch &batch, int index)
{
    const SubjectEvaluation &result = batch.results[index];
    const int firstEncoded = batch.first[size_t(index)];
    const int count = batch.first[size_t(index) + 1] - firstEncoded;
    const QHash<QString, int> &byUuid = m_storedByTitle[size_t(result.title)];
    const auto found = byUuid.constFind(result.subjectUuid);
    if (found == byUuid.constEnd() || m_stored[size_t(*found)].matched)
        return insertEvaluation(result, batch, index);

    StoredEvaluation &stored = m_stored[size_t(*found)];
    stored.matched = true;
    bool changed = false;
    for (int i = 0; i < count; ++i) {
        const EncodedIndicator &e = batch.indicators[size_t(firstEncoded + i)];
        const int code = codeOf(e.outcome->code);
        StoredIndicator *same = nullptr;
        for (int k = 0; k < stored.indicatorCount; ++k) {
            StoredIndicator &candidate = m_storedIndicators[size_t(stored.firstIndicator + k)];
            if (!candidate.matched && candidate.code == code) {
                same = &candidate;
                break;
            }
        }
        if (!same) {
            if (Status s = insertIndicator(stored.id, batch, e); !s)
                return s;
            changed = true;
            continue;
        }
        same->matched = true;
        if (same->hash == e.hash)
            continue;
        if (Status s = updateIndicator(same->id, batch, e); !s)
            return s;
        changed = true;
    }
    for (int k = 0; k < stored.indicatorCount; ++k) {
        const StoredIndicator &gone = m_storedIndicators[size_t(stored.firstIndicator + k)];
        if (gone.matched)
            continue;
        sqlite3_bind_int64(m_deleteIndicator, 1, gone.id);
        if (Status s = step(m_deleteIndicator); !s)
            return s;
        ++stats.indicatorsDeleted;
        changed = true;
    }

    const QByteArray &kind = cached(subjectKindKey(result.subjectKind));
    const QByteArray &code = cached(result.catalogueCode);
    const QByteArray &version = cached(result.catalogueVersion);
    const QByteArray &verdict = cached(verdictKey(result.verdict));
    if (!changed &&
        evaluationHash(kind, code, version, verdict, result.level, result.totalPoints) == stored.hash) {
        ++stats.unchanged;
        return Status::success();
    }
    sqlite3_stmt *u = m_updateEvaluation;
    bindBytes(u, 1, kind);
    bindBytes(u, 2, code);
    bindBytes(u, 3, version);
    bindBytes(u, 4, verdict);
    sqlite3_bind_int(u, 5, result.level);
    bindReal(u, 6, result.totalPoints);
    bindBytes(u, 7, m_now);
    sqlite3_bind_int64(u, 8, stored.id);
    ++stats.updated;
    return step(u);
}

Status EvaluationRepository::Writer::deleteUnmatched()
{
    for (const StoredEvaluation &row : m_stored) {
        if (row.matched)
            continue;
        // Explicitly, not through ON DELETE CASCADE: the result goes whatever the connection's pragmas.
        sqlite3_bind_int64(m_deleteIndicators, 1, row.id);
        if (Status s = step(m_deleteIndicators); !s)
            return s;
        sqlite3_bind_int64(m_deleteEvaluation, 1, row.id);
        if (Status s = step(m_deleteEvaluation); !s)
            return s;
        ++stats.deleted;
    }
    return Status::success();
}

Status EvaluationRepository::replaceYear(int year, const QList<SubjectEvaluation> &results,
                                         const std::function<bool(int, int)> &progress,
                                         EvaluationWriteStats *stats)
{
    Writer writer(m_db);
    if (Status s = writer.prepare(sqliteHandle(m_db.connection())); !s)
        return s;
    if (Status s = writer.readStored(year); !s)
        return s;
    int done = 0;
    for (const SubjectEvaluation &result : results) {
        if (result.year != year)
            return Status::failure(tr("The results could not be saved: a result of %1 was given for %2.")
                                       .arg(result.year)
                                       .arg(year));
        if (Status s = writer.write(result); !s)
            return s;
        ++done;
        if (progress && (done % 1024 == 0 || done == results.size()) && !progress(done, int(results.size())))
            return Status::failure(tr("Cancelled; nothing was written."));
    }
    if (Status s = writer.deleteUnmatched(); !s)
        return s;
    if (stats)
        *stats = writer.stats;
    return Status::success();
}

Status EvaluationRepository::replaceSubject(const SubjectEvaluation &result)
{
    return replaceSubjects({result});
}

Status EvaluationRepository::replaceSubjects(const QList<SubjectEvaluation> &results,
                                             EvaluationWriteStats *stats)
{
    EvaluationWriteStats total;
    for (const SubjectEvaluation &result : results) {
        Writer writer(m_db);
        if (Status s = writer.prepare(sqliteHandle(m_db.connection())); !s)
            return s;
        if (Status s = writer.readStored(result.year, std::make_pair(result.title, result.subjectUuid)); !s)
            return s;
        if (Status s = writer.write(result); !s)
            return s;
        total += writer.stats;
    }
    if (stats)
        *stats = total;
    return Status::success();
}

struct EvaluationRepository::YearStream::State
{
    Database &db;
    int year = 0;
    sqlite3 *handle = nullptr;
    std::mutex mutex;
    std::condition_variable wake;    // the writer: a batch, close or cancel
    std::condition_variable stopped; // the caller: the writer is done
    std::deque<EncodedBatch> queue;
    bool closed = false;
    bool done = false;
    std::atomic<bool> cancelled{false};
    std::atomic<bool> failed{false};
    std::atomic<int> written{0};
    Status status;
    EvaluationWriteStats stats;
    std::thread thread;

    State(Database &database, int y)
        : db(database)
        , year(y)
    {}
    void run();
};

void EvaluationRepository::YearStream::State::run()
{
    const Status cancelledStatus =
        Status::failure(EvaluationRepository::tr("Cancelled; nothing was written."));
#if defined(__linux__)
    pthread_setname_np(pthread_self(), "sht-eval-writer"); // named in debuggers and profilers
#endif
    Status s;
    EvaluationWriteStats counted;
    {
        // The writer (and its statements) lives and dies on this thread.
        Writer writer(db);
        s = writer.prepare(handle);
        if (s)
            s = writer.readStored(year); // while the first titles are still being judged
        while (s) {
            EncodedBatch batch;
            {
                std::unique_lock<std::mutex> lock(mutex);
                wake.wait(lock, [this] { return !queue.empty() || closed || cancelled; });
                if (cancelled) {
                    s = cancelledStatus;
                    break;
                }
                if (queue.empty())
                    break; // closed, and every batch written
                batch = std::move(queue.front());
                queue.pop_front();
            }
            for (int i = 0; i < batch.results.size(); ++i) {
                const SubjectEvaluation &result = batch.results.at(i);
                if (cancelled) {
                    s = cancelledStatus;
                    break;
                }
                if (result.year != year) {
                    s = Status::failure(
                        EvaluationRepository::tr(
                            "The results could not be saved: a result of %1 was given for %2.")
                            .arg(result.year)
                            .arg(year));
                    break;
                }
                if (s = writer.write(batch, i); !s)
                    break;
                written.fetch_add(1, std::memory_order_relaxed);
            }
        }
        if (s)
            s = writer.deleteUnmatched();
        counted = writer.stats;
    }
    failed = !s;
    {
        std::lock_guard<std::mutex> lock(mutex);
        status = s;
        stats = counted;
        done = true;
    }
    stopped.notify_all();
}

EvaluationRepository::YearStream::YearStream(Database &db, int year)
    : d(std::make_unique<State>(db, year))
{
    d->handle = sqliteHandle(db.connection());
    d->thread = std::thread([state = d.get()] { state->run(); });
}

EvaluationRepository::YearStream::~YearStream()
{
    if (d->thread.joinable()) {
        cancel();
        d->thread.join();
    }
}

void EvaluationRepository::YearStream::add(QList<SubjectEvaluation> results)
{
    if (results.isEmpty())
        return;
    // Encoded here, on the judging thread, which has less to do than the writer.
    EncodedBatch batch;
    batch.results = std::move(results);
    batch.first.reserve(size_t(batch.results.size()) + 1);
    for (qsizetype i = 0; i < batch.results.size(); ++i)
        batch.encodeNext();
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->queue.push_back(std::move(batch));
    }
    d->wake.notify_one();
}

void EvaluationRepository::YearStream::close()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->closed = true;
    }
    d->wake.notify_one();
}

void EvaluationRepository::YearStream::cancel()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->cancelled = true;
    }
    d->wake.notify_one();
}

int EvaluationRepository::YearStream::written() const
{
    return d->written.load(std::memory_order_relaxed);
}

bool EvaluationRepository::YearStream::failed() const
{
    return d->failed;
}

bool EvaluationRepository::YearStream::wait(int milliseconds)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    return d->stopped.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return d->done; });
}

Status EvaluationRepository::YearStream::finish(EvaluationWriteStats *stats)
{
    close();
    if (d->thread.joinable())
        d->thread.join();
    if (stats)
        *stats = d->stats;
    return d->status;
}

} // namespace sht
