#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sht {

// A birth or death date as precise as the register knows it: a year only (normal for the elderly), a month
// and year, or a full date. Always either null or a real calendar value.
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(PartialDate)

public:
    enum class Precision { None, Year, YearMonth, Day };

    // Years that parse() accepts; the factories accept any year 1..9999.
    static constexpr int kMinYear = 1850;
    static constexpr int kMaxYear = 2200;

    PartialDate() = default; // null
    static PartialDate fromYear(int year);
    static PartialDate fromYearMonth(int year, int month);
    static PartialDate fromDate(const QDate &date);

    // Reads what clerks write, after text::normalized(): "1956", "03/1956", "3/1956", "05/03/1956",
    // "5/3/1956", "05-03-1956", "05.03.1956", ISO "1956-03-05" and "1956-03" (also with a trailing
    // " 00:00:00" time, as spreadsheet readers print date cells), spaces around the separators allowed.
    // Day before month (Vietnamese order). Rejected with a message saying what is wrong: two-digit years
    // ("5/3/56": 19xx or 20xx?), impossible dates ("31/02/1990", "29/02/2023", month 13), years outside
    // kMinYear..kMaxYear and anything else. Empty text gives a null date and no error.
    static PartialDate parse(const QString &text, QString *error = nullptr);

    // Storage form: "1956", "1956-03", "1956-03-05"; "" is null. Invalid text gives null.
    static PartialDate fromStorage(const QString &iso);
    QString toStorage() const;

    // As Vietnamese users write it: "1956", "03/1956", "05/03/1956"; "" when null.
    QString toString() const;

    bool isNull() const { return m_year == 0; }
    Precision precision() const;
    int year() const { return m_year; }   // 0 when not known
    int month() const { return m_month; } // 0 when not known
    int day() const { return m_day; }     // 0 when not known

    QDate earliest() const; // first day the value could mean (1956 -> 1956-01-01); invalid when null
    QDate latest() const;   // last day (1956 -> 1956-12-31); invalid when null

    // Definitely after `date` (earliest() > date): a birth date after today is a typo. False when null.
    bool isAfter(const QDate &date) const;
    // The two values can mean the same day (1956 and 05/03/1956 do; 1956 and 1957 do not). For dedup.
    bool overlaps(const PartialDate &other) const;

    // Age in completed years at `date`; -1 if null, `date` is invalid or before the birth.
    // - Year only: date.year() - year(), as Vietnamese registers and statistics count ages by birth year.
    // - Year and month: the birthday counts as reached on the first day of the birth month.
    // - Full date: exact. Someone born on 29/02 reaches the birthday on 01/03 in a non-leap year.
    int ageAt(const QDate &date) const;

    // Ordered by earliest(), then by precision (less precise first): 1956 < 01/1956 < 01/01/1956 < 02/1956.
    // Null sorts first. Equal means the same precision and the same fields.
    bool operator==(const PartialDate &o) const
    {
        return m_year == o.m_year && m_month == o.m_month && m_day == o.m_day;
    }
    bool operator!=(const PartialDate &o) const { return !(*this == o); }
    bool operator<(const PartialDate &o) const;
    bool operator<=(const PartialDate &o) const { return !(o < *this); }
    bool operator>(const PartialDate &o) const { return o < *this; }
    bool operator>=(const PartialDate &o) const { return !(*this < o); }

private:
    PartialDate(int year, int month, int day)
        : m_year(year)
        , m_month(month)
        , m_day(day)
    {}

    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace sht
