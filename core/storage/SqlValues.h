#pragma once

#include <QDate>
#include <QVariant>

namespace sht::sql {

// Dates are stored as ISO text; a missing date is NULL.
inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
// Whether a stored value and a wanted one are the same as the database sees them: 3 and "3" are, NULL and
// "" are not.
inline bool sameValue(const QVariant &stored, const QVariant &wanted)
{
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    if (stored.typeId() == QMetaType::Double || wanted.typeId() == QMetaType::Double)
        return stored.toDouble() == wanted.toDouble();
    return stored.toString() == wanted.toString();
}

// Foreign keys: 0 means "none" in entities and NULL in the database.
inline QVariant key(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace sht::sql
