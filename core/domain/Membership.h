#pragma once

#include "Relation.h"
#include "ResidenceStatus.h"

#include <QDate>

namespace sht {

// A person's place in a household from validFrom until validTo (null while current).
struct Membership
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    qint64 personId = 0;
    qint64 householdId = 0;
    Relation relation = Relation::Other;
    ResidenceStatus residence = ResidenceStatus::Permanent;
    QDate validFrom;
    QDate validTo;
    QString endReason; // "moved", "died", "moved_away", "split", "removed"

    bool isCurrent() const { return validTo.isNull(); }
};

} // namespace sht
