#include "RecognitionRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace sht {

using criteria::Title;

namespace {
const char *const columns = "id, uuid, year, title, subject_kind, subject_uuid, level, decision_number, "
                            "decision_date, signer, valid_from, valid_to";

QString isoDay(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

AuditedWriter::Fields fieldsOf(const Recognition &r)
{
    return {{QStringLiteral("year"), r.year},
            {QStringLiteral("title"), criteria::titleKey(r.title)},
            {QStringLiteral("subject_kind"), criteria::subjectKindKey(r.subjectKind)},
            {QStringLiteral("subject_uuid"), r.subjectUuid},
            {QStringLiteral("level"), r.level},
            {QStringLiteral("decision_number"), r.decisionNumber},
            {QStringLiteral("decision_date"), isoDay(r.decisionDate)},
            {QStringLiteral("signer"), r.signer},
            {QStringLiteral("valid_from"), isoDay(r.validFrom)},
            {QStringLiteral("valid_to"), isoDay(r.validTo)}};
}
} // namespace

RecognitionRepository::RecognitionRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

QList<Recognition> RecognitionRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Recognition> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM recognition %2").arg(QLatin1String(columns), where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return result;
    while (q.next()) {
        const auto title = criteria::titleFromKey(q.value(3).toString());
        if (!title)
            continue;
        Recognition r;
        r.id = q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.year = q.value(2).toInt();
        r.title = *title;
        r.subjectKind = criteria::subjectKindOf(*title);
        r.subjectUuid = q.value(5).toString();
        r.level = q.value(6).toInt();
        r.decisionNumber = q.value(7).toString();
        r.decisionDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.signer = q.value(9).toString();
        r.validFrom = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        r.validTo = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        result << r;
    }
    return result;
}

QList<Recognition> RecognitionRepository::upTo(int year) const
{
    return select(QStringLiteral("WHERE year <= ? ORDER BY year, id"), {year});
}

QList<Recognition> RecognitionRepository::forYear(int year) const
{
    return select(QStringLiteral("WHERE year = ? ORDER BY id"), {year});
}

std::optional<Recognition> RecognitionRepository::find(int year, Title title,
                                                       const QString &subjectUuid) const
{
    const QList<Recognition> found =
        select(QStringLiteral("WHERE year = ? AND title = ? AND subject_uuid = ?"),
               {year, criteria::titleKey(title), subjectUuid});
    return found.isEmpty() ? std::nullopt : std::optional<Recognition>(found.constFirst());
}

std::optional<Recognition> RecognitionRepository::latest() const
{
    const QList<Recognition> found =
        select(QStringLiteral("ORDER BY decision_date DESC, id DESC LIMIT 1"), {});
    return found.isEmpty() ? std::nullopt : std::optional<Recognition>(found.constFirst());
}

Status RecognitionRepository::insert(Recognition &recognition)
{
    Status status;
    recognition.id =
        m_writer.insert(QStringLiteral("recognition"), fieldsOf(recognition), &status, &recognition.uuid);
    return status;
}

Status RecognitionRepository::update(const Recognition &recognition)
{
    return m_writer.update(QStringLiteral("recognition"), recognition.id, fieldsOf(recognition));
}

Status RecognitionRepository::remove(qint64 id)
{
    return m_writer.remove(QStringLiteral("recognition"), id);
}

} // namespace sht
