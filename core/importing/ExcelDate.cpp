#include "ExcelDate.h"

#include <cmath>

namespace sht::importing::ExcelDate {

namespace {
// 1899-12-30 is day 0 for serials after the phantom 1900-02-29; before it the epoch is one day later.
const QDate epoch1900(1899, 12, 30);
const QDate epoch1904(1904, 1, 1);
constexpr double maxSerial = 2958465; // 9999-12-31
} // namespace

QDate fromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > maxSerial)
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return epoch1904.addDays(days);
    if (days == 0 || days == 60)
        return {}; // Excel shows 00/01/1900 and 29/02/1900: neither day exists
    return days < 60 ? epoch1900.addDays(days + 1) : epoch1900.addDays(days);
}

double toSerial(const QDate &date, bool date1904)
{
    if (!date.isValid())
        return 0;
    if (date1904)
        return double(epoch1904.daysTo(date));
    const qint64 days = epoch1900.daysTo(date);
    return double(days <= 60 ? days - 1 : days);
}

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    // Integral values (years, household numbers, CCCDs stored as numbers) print without exponent or ".0".
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace sht::importing::ExcelDate
