#pragma once

#include "ReportDocument.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace sht::reporting {

// How figures and dates are written on Vietnamese papers (Nghị định 30/2020 and common practice): thousands
// with a dot (1.239), one decimal with a comma (88,3%), dates dd/MM/yyyy, and the place-and-date line with
// leading zeros for days 1–9 and months 1–2. Used by the PDF writer and the document sources.
namespace pdfformat {

QString integer(qint64 value);   // 1239 → "1.239", -5 → "-5"
QString decimal(double value);   // 12.25 → "12,3" (one decimal)
QString percent(double ratio);   // 0.883 → "88,3%"
QString date(const QDate &date); // "05/01/2026"; "" when invalid
// "Hòa Bình, ngày 05 tháng 01 năm 2026"; blanks ("ngày …… tháng …… năm ……") when the date is invalid.
QString placeDate(const QString &place, const QDate &date);
// A cell's text as the column's kind asks; an invalid or missing value is "".
QString cell(CellKind kind, const QVariant &value);

} // namespace pdfformat
} // namespace sht::reporting
