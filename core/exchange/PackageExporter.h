#pragma once

#include "PackageInfo.h"
#include "Status.h"

#include <QCoreApplication>

#include <functional>

namespace sht::exchange {

using ExchangeProgress = std::function<bool(int done, int total)>; // false = cancel

// Writes a volunteer package for some villages: their households, people, memberships, clans' links,
// registrations, judgements, the learning centre's courses and sessions with their attendance of these
// people, the catalogues, and the merge base. Personal data of other villages never goes in. The package
// is signed with the clerk file's exchange key, so a package from another commune, or one whose base was
// edited, is refused at merge. Written to a temporary file and renamed: a cancelled export leaves nothing.
class PackageExporter
{
    Q_DECLARE_TR_FUNCTIONS(PackageExporter)

public:
    explicit PackageExporter(Database &clerkDb);
    Status exportVillages(const QStringList &villageUuids, const QString &path,
                          const ExchangeProgress &progress = {}, PackageInfo *info = nullptr);

private:
    Database &m_db;
};

} // namespace sht::exchange
