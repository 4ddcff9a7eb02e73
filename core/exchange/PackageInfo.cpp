#include "PackageInfo.h"

#include "Database.h"
#include "PackageMeta.h"
#include "SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sht::exchange {

namespace {

const QString CommuneUuid = QStringLiteral("package.commune_uuid");
const QString CommuneName = QStringLiteral("package.commune_name");
const QString Villages = QStringLiteral("package.villages");
const QString VillageNames = QStringLiteral("package.village_names");
const QString CreatedAt = QStringLiteral("package.created_at");
const QString CreatedBy = QStringLiteral("package.created_by");

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList listJson(const QString &json)
{
    QStringList values;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        values << value.toString();
    return values;
}

} // namespace

namespace packagemeta {

signature::MetaEntries entries(const PackageInfo &info)
{
    return {{Uuid, info.packageUuid},
            {CommuneUuid, info.communeUuid},
            {CommuneName, info.communeName},
            {Villages, jsonList(info.villageUuids)},
            {VillageNames, jsonList(info.villageNames)},
            {CreatedAt, info.createdAt.toUTC().toString(Qt::ISODate)},
            {CreatedBy, info.createdBy}};
}

Status write(Database &package, const PackageInfo &info, const QByteArray &signature)
{
    SettingsRepository settings(package);
    for (const auto &[key, value] : entries(info))
        if (Status s = settings.setValue(key, value); !s)
            return s;
    return settings.setValue(Signature, QString::fromLatin1(signature));
}

} // namespace packagemeta

std::optional<PackageInfo> PackageInfo::read(Database &db)
{
    SettingsRepository settings(db);
    const auto uuid = settings.value(packagemeta::Uuid);
    if (!uuid || uuid->isEmpty())
        return std::nullopt;
    PackageInfo info;
    info.packageUuid = *uuid;
    info.communeUuid = settings.value(CommuneUuid).value_or(QString());
    info.communeName = settings.value(CommuneName).value_or(QString());
    info.villageUuids = listJson(settings.value(Villages).value_or(QString()));
    info.villageNames = listJson(settings.value(VillageNames).value_or(QString()));
    info.createdAt = QDateTime::fromString(settings.value(CreatedAt).value_or(QString()), Qt::ISODate);
    info.createdAt.setTimeSpec(Qt::UTC);
    info.createdBy = settings.value(CreatedBy).value_or(QString());
    return info;
}

QString PackageInfo::describe() const
{
    return tr("Volunteer package: %1 (%2), made on %3")
        .arg(villageNames.join(QStringLiteral(", ")), communeName,
             createdAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace sht::exchange
