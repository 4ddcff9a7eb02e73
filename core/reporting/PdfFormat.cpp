#include "PdfFormat.h"

#include <cmath>

namespace sht::reporting::pdfformat {

namespace {
QString groupedDigits(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString oneDecimal(double value)
{
    // Rounded once, then the integer part grouped like integers: 1239.46 → "1.239,5".
    const qint64 tenths = qint64(std::llround(value * 10.0));
    const qint64 whole = tenths / 10;
    const int fraction = int(std::llabs(tenths % 10));
    QString text = groupedDigits(whole);
    if (tenths < 0 && whole == 0)
        text.prepend(QLatin1Char('-'));
    return text + QLatin1Char(',') + QString::number(fraction);
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}
} // namespace

QString integer(qint64 value)
{
    return groupedDigits(value);
}

QString decimal(double value)
{
    return oneDecimal(value);
}

QString percent(double ratio)
{
    return oneDecimal(ratio * 100.0) + QLatin1Char('%');
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString placeDate(const QString &place, const QDate &d)
{
    const QString prefix = place.trimmed().isEmpty() ? QString() : place.trimmed() + QStringLiteral(", ");
    if (!d.isValid())
        return prefix + QStringLiteral("ngày …… tháng …… năm ……");
    // Nghị định 30/2020: days below 10 and months below 3 carry a leading zero ("ngày 05 tháng 01", but
    // "tháng 3"), so a number cannot be added in front of them by hand.
    const QString day = QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
    const QString month = d.month() < 3 ? QStringLiteral("%1").arg(d.month(), 2, 10, QLatin1Char('0'))
                                        : QString::number(d.month());
    return prefix + QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(d.year());
}

QString cell(CellKind kind, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (kind) {
    case CellKind::Text:
        if (value.typeId() == QMetaType::QDate)
            return date(value.toDate());
        if (isNumber(value) && value.typeId() != QMetaType::Double)
            return integer(value.toLongLong());
        return value.toString();
    case CellKind::Integer:
        return isNumber(value) ? integer(qint64(std::llround(value.toDouble()))) : value.toString();
    case CellKind::Decimal:
        return isNumber(value) ? decimal(value.toDouble()) : value.toString();
    case CellKind::Percent:
        return isNumber(value) ? percent(value.toDouble()) : value.toString();
    case CellKind::Date:
        if (value.typeId() == QMetaType::QDate)
            return date(value.toDate());
        if (const QDate d = QDate::fromString(value.toString(), Qt::ISODate); d.isValid())
            return date(d);
        return value.toString();
    }
    return value.toString();
}

} // namespace sht::reporting::pdfformat
