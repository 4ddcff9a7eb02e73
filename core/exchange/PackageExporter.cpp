#include "PackageExporter.h"

#include "Database.h"
#include "PackageMeta.h"
#include "PackageRepository.h"
#include "SettingsRepository.h"
#include "Transaction.h"

#include <QFile>

#include <algorithm>

namespace sht::exchange {

namespace {

void removeFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Every merge table's rows, canonical, sorted as package_base returns them (table, then uuid).
QList<package::BaseRow> baseRows(Database &package, Status *status)
{
    QList<package::BaseRow> rows;
    QList<package::TableSpec> tables = package::mergeTables();
    std::sort(tables.begin(), tables.end(),
              [](const package::TableSpec &a, const package::TableSpec &b) { return a.name < b.name; });
    PackageRepository repository(package);
    for (const package::TableSpec &spec : tables) {
        const package::CanonicalTable table = repository.readTable(spec, status);
        if (!*status)
            return {};
        QStringList uuids = table.keys();
        std::sort(uuids.begin(), uuids.end());
        for (const QString &uuid : uuids) {
            const package::CanonicalRow &row = table[uuid];
            rows.append({spec.name, uuid, row.revision, signature::encodeRow(row.values)});
        }
    }
    return rows;
}

} // namespace

PackageExporter::PackageExporter(Database &clerkDb)
    : m_db(clerkDb)
{}

Status PackageExporter::exportVillages(const QStringList &villageUuids, const QString &path,
                                       const ExchangeProgress &progress, PackageInfo *info)
{
    if (villageUuids.isEmpty())
        return Status::failure(tr("Choose at least one village for the package."));
    if (PackageInfo::read(m_db))
        return Status::failure(tr("This file is itself a volunteer package. Export packages from the "
                                  "clerk's commune file."));
    PackageRepository clerk(m_db);
    const auto [communeUuid, communeName] = clerk.commune();
    if (communeUuid.isEmpty())
        return Status::failure(tr("The file has no commune yet. Create the commune and its villages first."));
    const QHash<QString, QString> units = clerk.unitNames();
    PackageInfo made;
    for (const QString &uuid : villageUuids) {
        if (!units.contains(uuid) || clerk.villagesNamed(uuid).isEmpty())
            return Status::failure(tr("The village %1 is not in this commune file.").arg(uuid));
        made.villageUuids << uuid;
        made.villageNames << units.value(uuid);
    }
    const auto cancelled = [&](int done) { return progress && !progress(done, 4); };
    const auto cancelStatus = [] {
        return Status::failure(tr("The export was cancelled; no file was written."));
    };

    const QString temporary = path + QStringLiteral(".part");
    removeFile(temporary);
    {
        Database package;
        if (Status s = package.create(temporary); !s)
            return Status::failure(tr("The package could not be created at %1: %2").arg(path, s.message()));
    }
    const auto fail = [&](const Status &s) {
        removeFile(temporary);
        return s;
    };
    if (cancelled(0))
        return fail(cancelStatus());

    // The key that signs this file's packages: made on the first export, never leaves the clerk's file.
    SettingsRepository settings(m_db);
    QByteArray key = settings.value(packagemeta::ExchangeKey).value_or(QString()).toLatin1();
    if (key.isEmpty()) {
        key = signature::newKey();
        if (Status s = settings.setValue(packagemeta::ExchangeKey, QString::fromLatin1(key)); !s)
            return fail(s);
    }
    if (Status s = clerk.copyScope(temporary, made.villageUuids); !s)
        return fail(s);
    if (cancelled(2))
        return fail(cancelStatus());

    made.packageUuid = m_db.newUuid();
    made.communeUuid = communeUuid;
    made.communeName = communeName;
    made.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    made.createdBy = m_db.actor().userName;
    {
        Database package;
        if (Status s = package.open(temporary); !s)
            return fail(s);
        Status status;
        const QList<package::BaseRow> base = baseRows(package, &status);
        if (!status)
            return fail(status);
        if (cancelled(3))
            return fail(cancelStatus());
        Transaction transaction(package);
        if (!transaction.status())
            return fail(transaction.status());
        if (Status s = PackageRepository(package).createBase(base); !s)
            return fail(s);
        if (Status s =
                packagemeta::write(package, made, signature::sign(key, base, packagemeta::entries(made)));
            !s)
            return fail(s);
        if (Status s = transaction.commit(); !s)
            return fail(s);
    }
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(Status::failure(
            tr("%1 already exists and could not be replaced. Choose another name.").arg(path)));
    if (!QFile::rename(temporary, path))
        return fail(Status::failure(
            tr("The package could not be saved as %1. Check the folder and try again.").arg(path)));
    if (progress)
        progress(4, 4);
    if (info)
        *info = made;
    return Status::success();
}

} // namespace sht::exchange
