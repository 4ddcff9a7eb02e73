#pragma once

#include <QDate>
#include <QString>

namespace sht::importing {

// Excel stores a date as a number of days (a "serial") from an epoch, and .xlsx/.xls readers both need
// the conversion. Two systems exist: 1900 (Windows; serial 1 = 1900-01-01, and serial 60 is the
// non-existent 1900-02-29 that Lotus 1-2-3 had and Excel kept) and 1904 (old Mac; serial 0 = 1904-01-01).
namespace ExcelDate {

// The day of a serial (its time of day dropped); invalid for serial 60 in the 1900 system, for serials
// before the epoch and beyond year 9999.
QDate fromSerial(double serial, bool date1904);
// The serial of a day (inverse of fromSerial, for readers that get dates as text such as FreeXL).
double toSerial(const QDate &date, bool date1904);
// A number as Excel's General format would show it, without locale: 1956, 38012345678, 2.5.
QString formatNumber(double value);
// A day as the register's clerk reads it: 05/03/1956.
QString formatDate(const QDate &date);

} // namespace ExcelDate
} // namespace sht::importing
