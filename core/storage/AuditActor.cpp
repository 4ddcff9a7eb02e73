#include "AuditActor.h"

#include <QtGlobal>

namespace sht {

AuditActor AuditActor::fromEnvironment(const QString &source)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return {user, source};
}

} // namespace sht
