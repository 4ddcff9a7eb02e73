#include "SettingsRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sht {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{}

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(tr("The setting could not be saved: %1").arg(q.lastError().text()));
    return Status::success();
}

Status SettingsRepository::remove(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(tr("The setting could not be saved: %1").arg(q.lastError().text()));
    return Status::success();
}

bool SettingsRepository::difficultArea() const
{
    const QString text = value(QLatin1String(DifficultAreaKey)).value_or(QString()).trimmed().toLower();
    return text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes");
}

Status SettingsRepository::setDifficultArea(bool difficult)
{
    return setValue(QLatin1String(DifficultAreaKey), difficult ? QStringLiteral("1") : QStringLiteral("0"));
}

std::optional<int> SettingsRepository::citizenMinAge() const
{
    bool ok = false;
    const int age = value(QLatin1String(CitizenMinAgeKey)).value_or(QString()).toInt(&ok);
    if (ok && age > 0 && age < 100)
        return age;
    return std::nullopt;
}

Status SettingsRepository::setCitizenMinAge(std::optional<int> age)
{
    if (!age)
        return remove(QLatin1String(CitizenMinAgeKey));
    if (*age <= 0 || *age >= 100)
        return Status::failure(tr("The citizens' minimum age must be between 1 and 99."));
    return setValue(QLatin1String(CitizenMinAgeKey), QString::number(*age));
}

} // namespace sht
