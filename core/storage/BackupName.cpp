#include "BackupName.h"

#include <QRegularExpression>

namespace sht {

namespace {

const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

struct ReasonToken
{
    BackupReason reason;
    const char *token;
};

constexpr ReasonToken reasonTokens[] = {{BackupReason::Daily, "daily"},
                                        {BackupReason::Import, "import"},
                                        {BackupReason::Merge, "merge"},
                                        {BackupReason::Migration, "migration"},
                                        {BackupReason::Manual, "manual"}};

} // namespace

QString BackupName::uuidTag(const QString &databaseUuid)
{
    QString hex;
    for (const QChar c : databaseUuid)
        if (c.isLetterOrNumber())
            hex += c.toLower();
    return hex.isEmpty() ? QStringLiteral("none") : hex.right(8);
}

QString BackupName::reasonToken(BackupReason reason)
{
    for (const ReasonToken &r : reasonTokens)
        if (r.reason == reason)
            return QString::fromLatin1(r.token);
    return QStringLiteral("manual");
}

QString BackupName::fileName() const
{
    QString stamp = takenAt.toString(TimeFormat);
    if (sequence > 0)
        stamp += QLatin1Char('-') + QString::number(sequence);
    return QStringLiteral("%1_%2_%3_%4.sqlite").arg(baseName, stamp, reasonToken(reason), tag);
}

bool BackupName::parse(const QString &fileName, BackupName *out)
{
    // Parsed from the right: the commune file's own name may hold underscores and digits.
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)_(\\d{8}-\\d{6})(?:-(\\d+))?_([a-z]+)_([0-9a-z]{1,8})\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return false;
    BackupName name;
    name.baseName = match.captured(1);
    name.takenAt = QDateTime::fromString(match.captured(2), TimeFormat);
    if (!name.takenAt.isValid())
        return false;
    name.sequence = match.captured(3).toInt();
    const QString token = match.captured(4);
    bool known = false;
    for (const ReasonToken &r : reasonTokens)
        if (token == QLatin1String(r.token)) {
            name.reason = r.reason;
            known = true;
        }
    if (!known)
        return false;
    name.tag = match.captured(5);
    *out = name;
    return true;
}

} // namespace sht
