#pragma once

#include "PackageInfo.h"
#include "PackageSignature.h"

namespace sht::exchange {

// The meta keys ("package.*") a package's scope is written under, in the order they are signed.
namespace packagemeta {

inline const QString Uuid = QStringLiteral("package.uuid");
inline const QString Signature = QStringLiteral("package.signature");
inline const QString ExchangeKey = QStringLiteral("exchange.key"); // in the clerk's file only

signature::MetaEntries entries(const PackageInfo &info);
Status write(Database &package, const PackageInfo &info, const QByteArray &signature);

} // namespace packagemeta
} // namespace sht::exchange
