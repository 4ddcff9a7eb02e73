#pragma once

#include <QDate>
#include <QString>

namespace sht {

// The commune or one of its villages / residential groups, with the dates it existed under this name.
struct AdminUnit
{
    enum class Kind { Commune, Ward, Village, ResidentialGroup };

    qint64 id = 0;
    QString uuid;
    int revision = 0;
    Kind kind = Kind::Village;
    QString name;
    QString code;
    qint64 parentId = 0;
    QDate validFrom;
    QDate validTo;           // null while the unit exists
    qint64 mergedIntoId = 0; // set when the unit was merged into another
    qint64 splitFromId = 0;
    int sortOrder = 0;
    QString notes;

    bool isCurrent() const { return validTo.isNull(); }
    bool isVillageLevel() const { return kind == Kind::Village || kind == Kind::ResidentialGroup; }
    static QString kindToStorage(Kind kind);
    static Kind kindFromStorage(const QString &text);
};

} // namespace sht
