#pragma once

#include "Status.h"
#include "TargetIndicator.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace sht {

class Database;

// How far one indicator got among its subjects (households, clans, villages, units, people).
struct AchievementCounts
{
    int inScope = 0;    // the denominator: subjects that existed at the end of the year
    int registered = 0; // of them, registered for the title that year
    int met = 0;        // evaluated and met that year
    int recognised = 0; // recognised that year, or holding a recognition valid at the end of the year

    AchievementCounts &operator+=(const AchievementCounts &other)
    {
        inScope += other.inScope;
        registered += other.registered;
        met += other.met;
        recognised += other.recognised;
        return *this;
    }
    bool operator==(const AchievementCounts &o) const
    {
        return inScope == o.inScope && registered == o.registered && met == o.met &&
               recognised == o.recognised;
    }
};

// Every measured indicator of one year, per village (village id 0: subjects of no village, e.g. a unit
// without an address); the commune is the sum, each subject being counted in one village only.
struct YearAchievements
{
    int year = 0;
    int citizenMinAge = 0;
    QMap<criteria::TargetIndicator, QHash<qint64, AchievementCounts>> byVillage;

    AchievementCounts commune(criteria::TargetIndicator indicator) const;
    AchievementCounts village(criteria::TargetIndicator indicator, qint64 villageId) const;
};

struct AchievementVillage
{
    qint64 id = 0;
    QString name;
};

// Read model of the targets dashboard: bulk GROUP BY queries over the registers, the registrations, the
// evaluations and the recognitions (no row-by-row work: 100,000 people are counted in one pass each).
//
// Who is in scope at the end of the year (31/12):
// - households with at least one member living there then (alive, not moved away), in the village the
//   household belonged to then;
// - clans (all of them), in the village of their head's household, else of most of their households;
// - villages and residential groups in existence then;
// - local units (all of them), in their village;
// - adults (age at 31/12 ≥ the commune's citizen minimum age, 15 unless set; unknown birth dates are not
//   counted) living then in a household recognised GĐHT, or in a clan recognised DHHT, or in a village
//   recognised CĐHT;
// - staff then of the commune-level units recognised ĐVHT, in the unit's village (a person on two units
//   counts once);
// - every adult resident then.
// Recognised: a recognition of the title decided that year, or one whose validity (valid_from..valid_to)
// covers 31/12 of the year.
class AchievementRepository
{
public:
    static constexpr int DefaultCitizenMinAge = 15;

    explicit AchievementRepository(Database &db);

    Status achievements(int year, YearAchievements *out) const;
    // Every year with registrations, evaluations or recognitions, oldest first.
    QList<int> years() const;
    // The villages and residential groups in existence at the end of the year, in register order.
    QList<AchievementVillage> villages(int year) const;
    // Commune settings (meta "commune.citizen_min_age", "commune.difficult_area").
    int citizenMinAge() const;
    bool difficultArea() const;

private:
    QString metaValue(const QString &key) const;

    Database &m_db;
};

} // namespace sht
