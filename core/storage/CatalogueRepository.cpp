#include "CatalogueRepository.h"

#include "CatalogueLoader.h"
#include "CatalogueWriter.h"
#include "Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sht {

using criteria::Catalogue;
using criteria::CatalogueLoader;
using criteria::CatalogueWriter;

namespace {
QString table()
{
    return QString::fromLatin1(CatalogueRepository::Table);
}

const QString columns = QStringLiteral("id, uuid, created_at, builtin, code, version, content");

// Reads one row; false (with *problem) when its JSON does not load.
bool catalogueFrom(const QSqlQuery &q, StoredCatalogue *out, QString *problem)
{
    out->id = q.value(0).toLongLong();
    out->uuid = q.value(1).toString();
    out->createdAt = q.value(2).toString();
    const QString origin = CatalogueRepository::tr("catalogue %1 version %2 in the commune file")
                               .arg(q.value(4).toString(), q.value(5).toString());
    const Status s = CatalogueLoader::fromJson(q.value(6).toString().toUtf8(), origin, &out->catalogue);
    if (!s) {
        *problem = s.message();
        return false;
    }
    out->catalogue.builtin = q.value(3).toBool();
    return true;
}
} // namespace

CatalogueRepository::CatalogueRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status CatalogueRepository::insert(const Catalogue &c, qint64 *id)
{
    Status status;
    const qint64 rowId = m_writer.insert(
        table(),
        {{QStringLiteral("code"), c.code},
         {QStringLiteral("version"), c.version},
         {QStringLiteral("title"), criteria::titleKey(c.title)},
         {QStringLiteral("content"), QString::fromUtf8(CatalogueWriter::toJson(c, false))},
         {QStringLiteral("parent_code"), c.parentCode},
         {QStringLiteral("parent_version"), c.parentVersion},
         {QStringLiteral("province"), c.province},
         {QStringLiteral("builtin"), c.builtin ? 1 : 0},
         {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
        &status);
    if (id)
        *id = rowId;
    return status;
}

Status CatalogueRepository::remove(qint64 id)
{
    return m_writer.remove(table(), id);
}

QList<StoredCatalogue> CatalogueRepository::all(Status *status) const
{
    QList<StoredCatalogue> result;
    QStringList problems;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM criteria_catalogue ORDER BY id").arg(columns))) {
        if (status)
            *status = Status::failure(
                tr("The catalogues of the commune file cannot be read (%1).").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        StoredCatalogue stored;
        QString problem;
        if (catalogueFrom(q, &stored, &problem))
            result << stored;
        else
            problems << problem;
    }
    if (status)
        *status = problems.isEmpty() ? Status::success() : Status::failure(problems.join(QLatin1Char('\n')));
    return result;
}

std::optional<StoredCatalogue> CatalogueRepository::find(const QString &code, const QString &version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM criteria_catalogue WHERE code = ? AND version = ?").arg(columns));
    q.addBindValue(code);
    q.addBindValue(version);
    StoredCatalogue stored;
    QString problem;
    if (q.exec() && q.next() && catalogueFrom(q, &stored, &problem))
        return stored;
    return std::nullopt;
}

bool CatalogueRepository::exists(const QString &code, const QString &version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM criteria_catalogue WHERE code = ? AND version = ?"));
    q.addBindValue(code);
    q.addBindValue(version);
    return q.exec() && q.next();
}

int CatalogueRepository::resultsUsing(const QString &code, const QString &version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM evaluation WHERE catalogue_code = ? AND catalogue_version = ?"));
    q.addBindValue(code);
    q.addBindValue(version);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace sht
