#include "PartialDate.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

namespace sht {

namespace {

bool validYear(int year)
{
    return year >= 1 && year <= 9999;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

PartialDate PartialDate::fromYear(int year)
{
    return validYear(year) ? PartialDate(year, 0, 0) : PartialDate();
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    return validYear(year) && month >= 1 && month <= 12 ? PartialDate(year, month, 0) : PartialDate();
}

PartialDate PartialDate::fromDate(const QDate &date)
{
    return date.isValid() && validYear(date.year()) ? PartialDate(date.year(), date.month(), date.day())
                                                    : PartialDate();
}

PartialDate PartialDate::parse(const QString &text, QString *error)
{
    setError(error, QString());
    QString s = text::normalized(text);
    if (s.isEmpty())
        return PartialDate();
    // "05 / 03 / 1956" -> "05/03/1956"; a spreadsheet reader's "1956-03-05 00:00:00" -> "1956-03-05".
    static const QRegularExpression spacedSeparator(QStringLiteral("\\s*([/.\\-])\\s*"));
    static const QRegularExpression midnight(QStringLiteral("(?:[ T]00:00(?::00(?:\\.0+)?)?)$"));
    s.replace(spacedSeparator, QStringLiteral("\\1"));
    s.remove(midnight);

    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{4})$"));
    static const QRegularExpression isoYearMonth(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression dayMonthYear(
        QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression twoDigitYear(
        QStringLiteral("^(?:\\d{1,2}([/.\\-])\\d{1,2}\\1\\d{2}|\\d{1,2}[/.\\-]\\d{2}|\\d{2})$"));

    // -1: not written (a written 0 is an error, not "unknown").
    int year = 0, month = -1, day = -1;
    QRegularExpressionMatch m;
    if ((m = yearOnly.match(s)).hasMatch()) {
        year = m.captured(1).toInt();
    } else if ((m = monthYear.match(s)).hasMatch()) {
        month = m.captured(1).toInt();
        year = m.captured(3).toInt();
    } else if ((m = isoYearMonth.match(s)).hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
    } else if ((m = dayMonthYear.match(s)).hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(3).toInt();
        year = m.captured(4).toInt();
    } else if ((m = iso.match(s)).hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(3).toInt();
        day = m.captured(4).toInt();
    } else if (twoDigitYear.match(s).hasMatch()) {
        setError(error, tr("The year in \"%1\" has only two digits, which could mean 19xx or 20xx; "
                           "write the year with four digits, e.g. 05/03/1956.")
                            .arg(s));
        return PartialDate();
    } else {
        setError(error, tr("\"%1\" is not a date. Expected a year (1956), a month and year (03/1956) or a "
                           "full date as day/month/year (05/03/1956).")
                            .arg(s));
        return PartialDate();
    }

    if (year < kMinYear || year > kMaxYear) {
        setError(
            error,
            tr("The year %1 is outside the accepted range %2 to %3.").arg(year).arg(kMinYear).arg(kMaxYear));
        return PartialDate();
    }
    if (month < 0)
        return PartialDate(year, 0, 0);
    if (month < 1 || month > 12) {
        setError(error, tr("Month %1 does not exist in \"%2\"; a month is 1 to 12 (dates are written "
                           "day/month/year).")
                            .arg(month)
                            .arg(s));
        return PartialDate();
    }
    if (day < 0)
        return PartialDate(year, month, 0);
    const int daysInMonth = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > daysInMonth) {
        setError(error, tr("Day %1 does not exist in %2/%3; that month has %4 days.")
                            .arg(day)
                            .arg(month, 2, 10, QLatin1Char('0'))
                            .arg(year)
                            .arg(daysInMonth));
        return PartialDate();
    }
    return PartialDate(year, month, day);
}

PartialDate PartialDate::fromStorage(const QString &iso)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(iso);
    if (!m.hasMatch())
        return PartialDate();
    const int year = m.captured(1).toInt();
    if (!m.hasCaptured(2))
        return fromYear(year);
    const int month = m.captured(2).toInt();
    if (!m.hasCaptured(3))
        return fromYearMonth(year, month);
    return fromDate(QDate(year, month, m.captured(3).toInt()));
}

QString PartialDate::toStorage() const
{
    switch (precision()) {
    case Precision::None:
        return QString();
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::YearMonth:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return QString();
}

QString PartialDate::toString() const
{
    switch (precision()) {
    case Precision::None:
        return QString();
    case Precision::Year:
        return QString::number(m_year);
    case Precision::YearMonth:
        return QStringLiteral("%1/%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year);
    case Precision::Day:
        return QStringLiteral("%1/%2/%3")
            .arg(m_day, 2, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_year);
    }
    return QString();
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_year == 0)
        return Precision::None;
    if (m_month == 0)
        return Precision::Year;
    if (m_day == 0)
        return Precision::YearMonth;
    return Precision::Day;
}

QDate PartialDate::earliest() const
{
    if (isNull())
        return QDate();
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::latest() const
{
    if (isNull())
        return QDate();
    if (m_day)
        return QDate(m_year, m_month, m_day);
    const int month = m_month ? m_month : 12;
    const QDate first(m_year, month, 1);
    return QDate(m_year, month, first.daysInMonth());
}

bool PartialDate::isAfter(const QDate &date) const
{
    return !isNull() && date.isValid() && earliest() > date;
}

bool PartialDate::overlaps(const PartialDate &other) const
{
    if (isNull() || other.isNull())
        return false;
    return earliest() <= other.latest() && other.earliest() <= latest();
}

int PartialDate::ageAt(const QDate &date) const
{
    if (isNull() || !date.isValid())
        return -1;
    int age = -1;
    switch (precision()) {
    case Precision::None:
        return -1;
    case Precision::Year:
        age = date.year() - m_year;
        break;
    case Precision::YearMonth:
        age = ((date.year() * 12 + date.month()) - (m_year * 12 + m_month)) / 12;
        if (date < earliest())
            age = -1;
        break;
    case Precision::Day:
        age = date.year() - m_year;
        if (date.month() < m_month || (date.month() == m_month && date.day() < m_day))
            --age;
        if (date < earliest())
            age = -1;
        break;
    }
    return age < 0 ? -1 : age;
}

bool PartialDate::operator<(const PartialDate &o) const
{
    if (isNull() || o.isNull())
        return isNull() && !o.isNull();
    const QDate a = earliest(), b = o.earliest();
    if (a != b)
        return a < b;
    return precision() < o.precision();
}

} // namespace sht
