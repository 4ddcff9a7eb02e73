#pragma once

#include <QString>

namespace sht {

// What a table holds, in words a clerk understands ("the households"), for error messages.
QString tableLabel(const QString &table);

} // namespace sht
