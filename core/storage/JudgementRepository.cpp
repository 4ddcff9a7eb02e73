#include "JudgementRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace sht {

using criteria::Title;

namespace {
const char *const columns = "id, uuid, year, title, subject_uuid, indicator, met, points, note, judged_on";

AuditedWriter::Fields fieldsOf(const JudgementRow &row)
{
    return {{QStringLiteral("year"), row.year},
            {QStringLiteral("title"), criteria::titleKey(row.title)},
            {QStringLiteral("subject_uuid"), row.subjectUuid},
            {QStringLiteral("indicator"), row.indicator},
            {QStringLiteral("met"), row.met ? QVariant(*row.met ? 1 : 0) : QVariant()},
            {QStringLiteral("points"), row.points ? QVariant(*row.points) : QVariant()},
            {QStringLiteral("note"), row.note},
            {QStringLiteral("judged_on"), row.judgedOn}};
}

std::optional<bool> optionalBool(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
} // namespace

JudgementRepository::JudgementRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

QHash<QString, criteria::Judgement> JudgementRepository::forYear(int year) const
{
    QHash<QString, criteria::Judgement> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title, subject_uuid, indicator, met, points, note FROM judgement "
                             "WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return result;
    while (q.next()) {
        const auto title = criteria::titleFromKey(q.value(0).toString());
        if (!title)
            continue;
        result.insert(
            criteria::EvaluationData::key(*title, q.value(1).toString(), q.value(2).toString()),
            criteria::Judgement{optionalBool(q.value(3)), optionalDouble(q.value(4)), q.value(5).toString()});
    }
    return result;
}

std::optional<JudgementRow> JudgementRepository::find(int year, Title title, const QString &subjectUuid,
                                                      const QString &indicator) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM judgement WHERE year = ? AND title = ? AND subject_uuid = ? "
                             "AND indicator = ?")
                  .arg(QLatin1String(columns)));
    q.addBindValue(year);
    q.addBindValue(criteria::titleKey(title));
    q.addBindValue(subjectUuid);
    q.addBindValue(indicator);
    if (!q.exec() || !q.next())
        return std::nullopt;
    JudgementRow row;
    row.id = q.value(0).toLongLong();
    row.uuid = q.value(1).toString();
    row.year = q.value(2).toInt();
    row.title = criteria::titleFromKey(q.value(3).toString()).value_or(title);
    row.subjectUuid = q.value(4).toString();
    row.indicator = q.value(5).toString();
    row.met = optionalBool(q.value(6));
    row.points = optionalDouble(q.value(7));
    row.note = q.value(8).toString();
    row.judgedOn = q.value(9).toString();
    return row;
}

Status JudgementRepository::insert(JudgementRow &row)
{
    Status status;
    row.id = m_writer.insert(QStringLiteral("judgement"), fieldsOf(row), &status, &row.uuid);
    return status;
}

Status JudgementRepository::update(const JudgementRow &row)
{
    return m_writer.update(QStringLiteral("judgement"), row.id, fieldsOf(row));
}

Status JudgementRepository::remove(qint64 id)
{
    return m_writer.remove(QStringLiteral("judgement"), id);
}

} // namespace sht
