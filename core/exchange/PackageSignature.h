#pragma once

#include "PackageRepository.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sht::exchange {

// The merge base of a package: each exported row's canonical values as one line of text, and the
// HMAC-SHA256 over the base and the package's meta keys with the clerk file's exchange key. A package of
// another file, or one whose base or scope was edited after export, does not verify.
namespace signature {

QByteArray encodeRow(const QVariantList &values);
QVariantList decodeRow(const QByteArray &encoded);

using MetaEntries = QList<QPair<QString, QString>>; // key → value, in a fixed order
QByteArray sign(const QByteArray &key, const QList<package::BaseRow> &base, const MetaEntries &meta);

// A new random key (hex), made once per clerk's file on its first export.
QByteArray newKey();

} // namespace signature
} // namespace sht::exchange
