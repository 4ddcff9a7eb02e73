#include "ImportRepository.h"

#include "Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sht {

namespace {
const QString keptApartKey = QStringLiteral("duplicates.kept_apart");

Status readFailure(const QSqlQuery &q)
{
    return Status::failure(Database::tr("The commune file could not be read: %1").arg(q.lastError().text()));
}
} // namespace

ImportRepository::ImportRepository(Database &db)
    : m_db(db)
    , m_writer(db)
{}

Status ImportRepository::dropIndexesForLoad(const QHash<QString, qint64> &newRows,
                                            QStringList *createStatements)
{
    createStatements->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList drops;
    for (auto it = newRows.cbegin(); it != newRows.cend(); ++it) {
        // max(id) is one B-tree step where count(*) would scan the table (the audit log grows large).
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(it.key())) || !q.next())
            return readFailure(q);
        if (q.value(0).toLongLong() > it.value())
            continue;
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name"));
        q.addBindValue(it.key());
        if (!q.exec())
            return readFailure(q);
        while (q.next()) {
            drops << q.value(0).toString();
            *createStatements << q.value(1).toString();
        }
    }
    q.finish();
    for (const QString &index : drops) {
        QSqlQuery drop(m_db.connection());
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index)))
            return Status::failure(
                Database::tr("The commune file could not be written: %1").arg(drop.lastError().text()));
    }
    return Status::success();
}

Status ImportRepository::recreateIndexes(const QStringList &createStatements)
{
    for (const QString &sql : createStatements) {
        QSqlQuery create(m_db.connection());
        if (!create.exec(sql))
            return Status::failure(
                Database::tr("The commune file could not be written: %1").arg(create.lastError().text()));
    }
    return Status::success();
}

int ImportRepository::cacheSize() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toInt() : 0;
}

Status ImportRepository::setCacheSize(int cacheSize)
{
    // A pragma's value cannot be bound; it is a number, never text.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)))
        return Status::failure(
            Database::tr("The commune file could not be written: %1").arg(q.lastError().text()));
    return Status::success();
}

Status ImportRepository::snapshot(ImportSnapshot *out) const
{
    *out = ImportSnapshot();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid FROM admin_unit WHERE kind IN ('commune', 'ward') ORDER BY id")))
        return readFailure(q);
    out->hasCommune = q.next();
    if (out->hasCommune)
        out->communeUuid = q.value(0).toString();

    QHash<qint64, int> villageIndex;
    if (!q.exec(QStringLiteral("SELECT id, name, kind, valid_to, merged_into_id, uuid FROM admin_unit "
                               "WHERE kind IN ('village', 'residential_group') ORDER BY sort_order, id")))
        return readFailure(q);
    while (q.next()) {
        ImportSnapshot::Village v;
        v.id = q.value(0).toLongLong();
        v.name = q.value(1).toString();
        v.kind = q.value(2).toString();
        v.current = q.value(3).isNull();
        v.mergedIntoId = q.value(4).toLongLong();
        v.uuid = q.value(5).toString();
        v.names << v.name;
        villageIndex.insert(v.id, int(out->villages.size()));
        out->villages << v;
    }
    if (!q.exec(QStringLiteral("SELECT admin_unit_id, name FROM admin_unit_name ORDER BY id")))
        return readFailure(q);
    while (q.next()) {
        const auto found = villageIndex.constFind(q.value(0).toLongLong());
        if (found == villageIndex.constEnd())
            continue;
        QStringList &names = out->villages[*found].names;
        const QString name = q.value(1).toString();
        if (!names.contains(name))
            names << name;
    }

    if (!q.exec(QStringLiteral("SELECT h.id, h.village_id, h.code, h.address, ch.clan_id, h.uuid "
                               "FROM household h "
                               "LEFT JOIN clan_household ch ON ch.household_id = h.id ORDER BY h.id")))
        return readFailure(q);
    while (q.next()) {
        ImportSnapshot::Household h;
        h.id = q.value(0).toLongLong();
        h.villageId = q.value(1).toLongLong();
        h.code = q.value(2).toString();
        h.address = q.value(3).toString();
        h.clanId = q.value(4).toLongLong();
        h.uuid = q.value(5).toString();
        out->households << h;
    }

    if (!q.exec(QStringLiteral(
            "SELECT p.id, p.uuid, p.full_name, p.sex, p.birth_date, p.citizen_id, p.ethnicity, p.education, "
            "p.occupation, p.notes, p.death_date = '' AND p.moved_away_date = '', m.id, m.household_id, "
            "m.relation, m.residence_status FROM person p "
            "LEFT JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL ORDER BY p.id")))
        return readFailure(q);
    while (q.next()) {
        ImportSnapshot::Person p;
        p.id = q.value(0).toLongLong();
        p.uuid = q.value(1).toString();
        p.fullName = q.value(2).toString();
        p.sex = q.value(3).toString();
        p.birthDate = q.value(4).toString();
        p.citizenId = q.value(5).toString();
        p.ethnicity = q.value(6).toString();
        p.education = q.value(7).toString();
        p.occupation = q.value(8).toString();
        p.notes = q.value(9).toString();
        p.alive = q.value(10).toInt() != 0;
        p.membershipId = q.value(11).toLongLong();
        p.householdId = q.value(12).toLongLong();
        p.relation = q.value(13).toString();
        p.residence = q.value(14).toString();
        out->people << p;
    }

    if (!q.exec(QStringLiteral("SELECT id, name FROM clan ORDER BY id")))
        return readFailure(q);
    while (q.next())
        out->clans << ImportSnapshot::Clan{q.value(0).toLongLong(), q.value(1).toString()};
    return Status::success();
}

Status ImportRepository::insertBatch(const ImportBatch &batch, qint64 *id)
{
    Status status;
    const qint64 rowId = m_writer.insert(
        QStringLiteral("import_batch"),
        {{QStringLiteral("file_name"), batch.fileName},
         {QStringLiteral("file_sha256"), batch.sha256},
         {QStringLiteral("imported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
         {QStringLiteral("encoding"), batch.encoding},
         {QStringLiteral("households_added"), batch.householdsAdded},
         {QStringLiteral("people_added"), batch.peopleAdded},
         {QStringLiteral("people_updated"), batch.peopleUpdated},
         {QStringLiteral("problems"), batch.problems}},
        &status);
    if (id)
        *id = rowId;
    return status;
}

Status ImportRepository::batchCount(int *count) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM import_batch")) || !q.next())
        return readFailure(q);
    *count = q.value(0).toInt();
    return Status::success();
}

QString ImportRepository::mapping(const QString &headerSignature) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT mapping FROM import_mapping WHERE header_signature = ?"));
    q.addBindValue(headerSignature);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status ImportRepository::saveMapping(const QString &headerSignature, const QString &mappingJson)
{
    // A preference of this file, like the settings: not a shared register row, so neither audited nor merged.
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO import_mapping (header_signature, mapping, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (header_signature) DO UPDATE SET mapping = excluded.mapping, "
                       "updated_at = excluded.updated_at"));
    q.addBindValue(headerSignature);
    q.addBindValue(mappingJson);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(
            tr("The column mapping could not be remembered: %1").arg(q.lastError().text()));
    return Status::success();
}

Status ImportRepository::idsWhere(const QString &table, const QString &column, const QVariant &value,
                                  QList<qint64> *ids) const
{
    ids->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    q.addBindValue(value);
    if (!q.exec())
        return readFailure(q);
    while (q.next())
        *ids << q.value(0).toLongLong();
    return Status::success();
}

Status ImportRepository::attendanceSessions(qint64 personId, QList<QPair<qint64, qint64>> *idAndSession) const
{
    idAndSession->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, session_id FROM attendance WHERE person_id = ? ORDER BY id"));
    q.addBindValue(personId);
    if (!q.exec())
        return readFailure(q);
    while (q.next())
        *idAndSession << qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
    return Status::success();
}

Status ImportRepository::livingPeople(QList<PersonRow> *out) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT p.id, p.uuid, p.full_name, p.birth_date, p.citizen_id, coalesce(v.name, ''), "
            "coalesce(h.code, '') FROM person p "
            "LEFT JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL "
            "LEFT JOIN household h ON h.id = m.household_id LEFT JOIN admin_unit v ON v.id = h.village_id "
            "WHERE p.death_date = '' AND p.moved_away_date = '' ORDER BY p.id")))
        return readFailure(q);
    while (q.next()) {
        PersonRow row;
        row.id = q.value(0).toLongLong();
        row.uuid = q.value(1).toString();
        row.fullName = q.value(2).toString();
        row.birthDate = q.value(3).toString();
        row.citizenId = q.value(4).toString();
        row.village = q.value(5).toString();
        row.householdCode = q.value(6).toString();
        *out << row;
    }
    return Status::success();
}

QList<KeptApartPair> ImportRepository::keptApart() const
{
    QList<KeptApartPair> pairs;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(keptApartKey);
    if (!q.exec() || !q.next())
        return pairs;
    const QJsonArray array = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2)
            pairs << KeptApartPair{pair.at(0).toString(), pair.at(1).toString()};
    }
    return pairs;
}

Status ImportRepository::setKeptApart(const QList<KeptApartPair> &pairs)
{
    QJsonArray array;
    for (const KeptApartPair &pair : pairs)
        array.append(QJsonArray{pair.firstUuid, pair.secondUuid});
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(keptApartKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(tr("The decision could not be saved: %1").arg(q.lastError().text()));
    return Status::success();
}

} // namespace sht
