#pragma once

#include <QString>

namespace sht {

// A clan (dòng họ), e.g. "Họ Nguyễn Văn"; its members are households.
struct Clan
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QString name;
    qint64 headPersonId = 0;
    QString notes;
};

} // namespace sht
