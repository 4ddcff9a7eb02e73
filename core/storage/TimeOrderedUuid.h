#pragma once

#include <QString>

namespace sht {

// UUIDs in the version 7 layout (RFC 9562): 48 bits of milliseconds, then random bits. Rows created
// together get neighbouring keys, so the uuid indexes grow at their end instead of at random places
// (a bulk import of 100,000 people spends most of its time in index inserts with random UUIDs).
QString timeOrderedUuid();

// The same layout from given parts, for generators that must be reproducible.
QString uuidV7(quint64 milliseconds, quint64 randomA, quint64 randomB);

} // namespace sht
