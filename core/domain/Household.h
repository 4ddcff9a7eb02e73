#pragma once

#include <QString>

namespace sht {

// A household (hộ gia đình) of a village; its members are Memberships over time.
struct Household
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QString code;
    qint64 villageId = 0;
    QString address;
    QString notes;
};

} // namespace sht
