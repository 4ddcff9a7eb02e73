#include "TargetRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace sht {

using namespace criteria;

namespace {

const QString table = QStringLiteral("target");

AuditedWriter::Fields fieldsOf(const Target &target)
{
    return {{QStringLiteral("indicator"), targetIndicatorKey(target.indicator)},
            {QStringLiteral("year"), target.year},
            {QStringLiteral("share"), target.share},
            {QStringLiteral("scope"), targetScopeKey(target.scope)},
            {QStringLiteral("source"), target.source},
            {QStringLiteral("notes"), target.notes}};
}

// Rows whose indicator this program does not know (written by a newer version) are skipped, not guessed.
std::optional<Target> targetFrom(const QSqlQuery &q)
{
    const auto indicator = targetIndicatorFromKey(q.value(3).toString());
    const auto scope = targetScopeFromKey(q.value(6).toString());
    if (!indicator || !scope)
        return std::nullopt;
    Target t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.revision = q.value(2).toInt();
    t.indicator = *indicator;
    t.year = q.value(4).toInt();
    t.share = q.value(5).toDouble();
    t.scope = *scope;
    t.source = q.value(7).toString();
    t.notes = q.value(8).toString();
    return t;
}

const QString columns =
    QStringLiteral("SELECT id, uuid, revision, indicator, year, share, scope, source, notes FROM target");

} // namespace

TargetRepository::TargetRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status TargetRepository::insert(Target &target)
{
    Status status;
    target.id = m_writer.insert(table, fieldsOf(target), &status, &target.uuid);
    if (status)
        target.revision = 1;
    return status;
}

Status TargetRepository::update(const Target &target)
{
    return m_writer.update(table, target.id, fieldsOf(target));
}

Status TargetRepository::remove(qint64 id)
{
    return m_writer.remove(table, id);
}

std::optional<Target> TargetRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(columns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return targetFrom(q);
}

QList<Target> TargetRepository::all() const
{
    QList<Target> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(columns + QStringLiteral(" ORDER BY indicator, year, scope")))
        return list;
    while (q.next())
        if (const auto target = targetFrom(q))
            list << *target;
    return list;
}

qint64 TargetRepository::idOf(TargetIndicator indicator, int year, TargetScope scope) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM target WHERE indicator = ? AND year = ? AND scope = ?"));
    q.addBindValue(targetIndicatorKey(indicator));
    q.addBindValue(year);
    q.addBindValue(targetScopeKey(scope));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace sht
