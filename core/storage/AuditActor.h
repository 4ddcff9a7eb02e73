#pragma once

#include <QString>

namespace sht {

// Who makes the changes a Database writes, and through which door; copied into every audit entry.
struct AuditActor
{
    QString userName;
    QString source; // "gui", "cli", "import", "merge", "demo", "migration"

    static AuditActor fromEnvironment(const QString &source);
};

} // namespace sht
