#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace sht {
class Database;
}

namespace sht::exchange {

// A volunteer package is a commune file (same schema, opens in the same app) holding only some villages'
// registers, the catalogues, and a snapshot of every row as it was exported (the merge base). Its meta keys
// "package.*" say so; opening such a file puts the app in volunteer mode.
struct PackageInfo
{
    Q_DECLARE_TR_FUNCTIONS(PackageInfo)

public:
    QString packageUuid;
    QString communeUuid; // the clerk's commune (admin_unit uuid of kind commune)
    QString communeName;
    QStringList villageUuids;
    QStringList villageNames;
    QDateTime createdAt; // UTC
    QString createdBy;   // the clerk's audit actor name

    // The package's description when db is a volunteer package, nothing for a clerk's file.
    static std::optional<PackageInfo> read(Database &db);
    // "Gói của tình nguyện viên: Thôn 1, Thôn 2 (xã Hòa Bình), lập ngày 23/11/2026"
    QString describe() const;
};

} // namespace sht::exchange
