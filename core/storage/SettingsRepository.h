#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sht {

class Database;

// The commune's own settings, kept in the file (meta table) so that every copy judges alike: whether the
// commune is a difficult area (TT 25/2023 TC5 CT2 has lower thresholds there) and who counts as a citizen
// of the commune for the TT 25 shares (the known text does not define it: residents aged 15 and over by
// default, REFERENCE.md).
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static constexpr const char *DifficultAreaKey = "commune.difficult_area";
    static constexpr const char *CitizenMinAgeKey = "commune.citizen_min_age";

    explicit SettingsRepository(Database &db);

    std::optional<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);

    // "1", "true" or "yes" (any case) mean yes; anything else, or nothing, no.
    bool difficultArea() const;
    Status setDifficultArea(bool difficult);
    // The age set for the commune, or nothing when the catalogue's own min_age applies.
    std::optional<int> citizenMinAge() const;
    Status setCitizenMinAge(std::optional<int> age);

private:
    Database &m_db;
};

} // namespace sht
