// Tests of sht::PartialDate: birth and death dates as precise as the register knows them.
#include "PartialDate.h"

#include <QTest>

#include <vector>

using namespace sht;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sht::PartialDate::Precision)

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseEmpty();
    void storageRoundTrip_data();
    void storageRoundTrip();
    void fromStorageRejects_data();
    void fromStorageRejects();
    void factories();
    void range_data();
    void range();
    void ageAt_data();
    void ageAt();
    void isAfter_data();
    void isAfter();
    void ordering();
    void overlaps_data();
    void overlaps();
};

void TestPartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("storage");

    using P = PartialDate::Precision;
    QTest::addRow("year") << u"1956"_s << P::Year << 1956 << 0 << 0 << u"1956"_s << u"1956"_s;
    QTest::addRow("year with spaces") << u" 1956 "_s << P::Year << 1956 << 0 << 0 << u"1956"_s << u"1956"_s;
    QTest::addRow("year with NBSP and tab")
        << u"\t1956\u00a0"_s << P::Year << 1956 << 0 << 0 << u"1956"_s << u"1956"_s;
    QTest::addRow("month/year") << u"03/1956"_s << P::YearMonth << 1956 << 3 << 0 << u"03/1956"_s
                                << u"1956-03"_s;
    QTest::addRow("month/year unpadded")
        << u"3/1956"_s << P::YearMonth << 1956 << 3 << 0 << u"03/1956"_s << u"1956-03"_s;
    QTest::addRow("month-year") << u"12-1960"_s << P::YearMonth << 1960 << 12 << 0 << u"12/1960"_s
                                << u"1960-12"_s;
    QTest::addRow("month.year") << u"7.1945"_s << P::YearMonth << 1945 << 7 << 0 << u"07/1945"_s
                                << u"1945-07"_s;
    QTest::addRow("ISO year-month") << u"1956-03"_s << P::YearMonth << 1956 << 3 << 0 << u"03/1956"_s
                                    << u"1956-03"_s;
    QTest::addRow("dd/mm/yyyy") << u"05/03/1956"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s
                                << u"1956-03-05"_s;
    QTest::addRow("d/m/yyyy") << u"5/3/1956"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s
                              << u"1956-03-05"_s;
    QTest::addRow("dd-mm-yyyy") << u"05-03-1956"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s
                                << u"1956-03-05"_s;
    QTest::addRow("dd.mm.yyyy") << u"05.03.1956"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s
                                << u"1956-03-05"_s;
    QTest::addRow("ISO date") << u"1956-03-05"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s
                              << u"1956-03-05"_s;
    QTest::addRow("ISO date unpadded")
        << u"1956-3-5"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s << u"1956-03-05"_s;
    QTest::addRow("spreadsheet date cell as text")
        << u"1956-03-05 00:00:00"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s << u"1956-03-05"_s;
    QTest::addRow("ISO date-time") << u"1956-03-05T00:00:00"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s
                                   << u"1956-03-05"_s;
    QTest::addRow("spaces around separators")
        << u"05 / 03 / 1956"_s << P::Day << 1956 << 3 << 5 << u"05/03/1956"_s << u"1956-03-05"_s;
    QTest::addRow("day before month (not US order)")
        << u"12/01/1990"_s << P::Day << 1990 << 1 << 12 << u"12/01/1990"_s << u"1990-01-12"_s;
    QTest::addRow("29/02 in a leap year")
        << u"29/02/2024"_s << P::Day << 2024 << 2 << 29 << u"29/02/2024"_s << u"2024-02-29"_s;
    QTest::addRow("29/02/2000 (leap century)")
        << u"29/02/2000"_s << P::Day << 2000 << 2 << 29 << u"29/02/2000"_s << u"2000-02-29"_s;
    QTest::addRow("31/12") << u"31/12/1999"_s << P::Day << 1999 << 12 << 31 << u"31/12/1999"_s
                           << u"1999-12-31"_s;
    QTest::addRow("lowest year") << u"1/1/1850"_s << P::Day << 1850 << 1 << 1 << u"01/01/1850"_s
                                 << u"1850-01-01"_s;
    QTest::addRow("highest year") << u"2200"_s << P::Year << 2200 << 0 << 0 << u"2200"_s << u"2200"_s;
}

void TestPartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(PartialDate::Precision, precision);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, display);
    QFETCH(QString, storage);

    QString error = u"stale"_s;
    const PartialDate d = PartialDate::parse(text, &error);
    QCOMPARE(error, QString());
    QVERIFY(!d.isNull());
    QCOMPARE(d.precision(), precision);
    QCOMPARE(d.year(), year);
    QCOMPARE(d.month(), month);
    QCOMPARE(d.day(), day);
    QCOMPARE(d.toString(), display);
    QCOMPARE(d.toStorage(), storage);
    // What we display parses back to the same value.
    QCOMPARE(PartialDate::parse(d.toString()), d);
}

void TestPartialDate::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions"); // the message must say what is wrong

    QTest::addRow("two-digit year d/m/yy") << u"5/3/56"_s << QStringList{u"two digits"_s, u"four digits"_s};
    QTest::addRow("two-digit year dd.mm.yy") << u"05.03.56"_s << QStringList{u"two digits"_s};
    QTest::addRow("two-digit year m/yy") << u"3/56"_s << QStringList{u"two digits"_s};
    QTest::addRow("two-digit year only") << u"56"_s << QStringList{u"two digits"_s};
    QTest::addRow("31/02") << u"31/02/1990"_s << QStringList{u"Day 31"_s, u"02/1990"_s, u"28 days"_s};
    QTest::addRow("29/02 in a common year") << u"29/02/2023"_s << QStringList{u"Day 29"_s, u"28 days"_s};
    QTest::addRow("29/02/1900 (not a leap year)")
        << u"29/02/1900"_s << QStringList{u"Day 29"_s, u"28 days"_s};
    QTest::addRow("31/04") << u"31/04/2000"_s << QStringList{u"Day 31"_s, u"30 days"_s};
    QTest::addRow("day 0") << u"0/3/1990"_s << QStringList{u"Day 0"_s};
    QTest::addRow("day 32") << u"32/01/1990"_s << QStringList{u"Day 32"_s, u"31 days"_s};
    QTest::addRow("month 13") << u"05/13/1990"_s << QStringList{u"Month 13"_s, u"1 to 12"_s};
    QTest::addRow("month 13 in month/year") << u"13/1990"_s << QStringList{u"Month 13"_s};
    QTest::addRow("month 0") << u"00/1990"_s << QStringList{u"Month 0"_s};
    QTest::addRow("ISO month 13") << u"1990-13-01"_s << QStringList{u"Month 13"_s};
    QTest::addRow("year too early") << u"1849"_s << QStringList{u"1849"_s, u"1850"_s, u"2200"_s};
    QTest::addRow("year too late (typo)") << u"20/10/2201"_s << QStringList{u"2201"_s};
    QTest::addRow("five digits") << u"19566"_s << QStringList{u"19566"_s, u"03/1956"_s};
    QTest::addRow("spreadsheet serial number") << u"20523"_s << QStringList{u"not a date"_s};
    QTest::addRow("mixed separators") << u"05/03-1956"_s << QStringList{u"not a date"_s};
    QTest::addRow("two years") << u"1956/1957"_s << QStringList{u"not a date"_s};
    QTest::addRow("words") << u"không rõ"_s << QStringList{u"không rõ"_s};
    QTest::addRow("year with question mark") << u"1956?"_s << QStringList{u"1956?"_s};
}

void TestPartialDate::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    QString error;
    const PartialDate d = PartialDate::parse(text, &error);
    QVERIFY(d.isNull());
    QCOMPARE(d.precision(), PartialDate::Precision::None);
    QVERIFY(!error.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(error, m)));
    // Without an error pointer it just returns null.
    QVERIFY(PartialDate::parse(text).isNull());
}

void TestPartialDate::parseEmpty()
{
    for (const QString &text : {QString(), u""_s, u"   "_s, u"\u00a0\t"_s}) {
        QString error = u"stale"_s;
        QVERIFY(PartialDate::parse(text, &error).isNull());
        QCOMPARE(error, QString());
    }
}

void TestPartialDate::storageRoundTrip_data()
{
    QTest::addColumn<QString>("storage");
    QTest::addRow("year") << u"1956"_s;
    QTest::addRow("year-month") << u"1956-03"_s;
    QTest::addRow("date") << u"1956-03-05"_s;
    QTest::addRow("29 February") << u"2024-02-29"_s;
    QTest::addRow("null") << QString();
}

void TestPartialDate::storageRoundTrip()
{
    QFETCH(QString, storage);
    const PartialDate d = PartialDate::fromStorage(storage);
    QCOMPARE(d.isNull(), storage.isEmpty());
    QCOMPARE(d.toStorage(), storage);
}

void TestPartialDate::fromStorageRejects_data()
{
    QTest::addColumn<QString>("storage");
    QTest::addRow("display form") << u"05/03/1956"_s;
    QTest::addRow("unpadded month") << u"1956-3"_s;
    QTest::addRow("impossible day") << u"2023-02-29"_s;
    QTest::addRow("month 13") << u"1956-13"_s;
    QTest::addRow("garbage") << u"abc"_s;
}

void TestPartialDate::fromStorageRejects()
{
    QFETCH(QString, storage);
    QVERIFY(PartialDate::fromStorage(storage).isNull());
}

void TestPartialDate::factories()
{
    QCOMPARE(PartialDate::fromYear(1956).toStorage(), u"1956"_s);
    QCOMPARE(PartialDate::fromYearMonth(1956, 3).toStorage(), u"1956-03"_s);
    QCOMPARE(PartialDate::fromDate(QDate(1956, 3, 5)).toStorage(), u"1956-03-05"_s);
    QVERIFY(PartialDate::fromYear(0).isNull());
    QVERIFY(PartialDate::fromYearMonth(1956, 13).isNull());
    QVERIFY(PartialDate::fromYearMonth(1956, 0).isNull());
    QVERIFY(PartialDate::fromDate(QDate()).isNull());
    QVERIFY(PartialDate().isNull());
    QCOMPARE(PartialDate().toString(), QString());
    QCOMPARE(PartialDate().toStorage(), QString());
    QCOMPARE(PartialDate().year(), 0);
    QVERIFY(!PartialDate().earliest().isValid());
    QVERIFY(!PartialDate().latest().isValid());
}

void TestPartialDate::range_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");

    QTest::addRow("year") << u"1956"_s << QDate(1956, 1, 1) << QDate(1956, 12, 31);
    QTest::addRow("February of a leap year") << u"02/2024"_s << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::addRow("February of a common year") << u"02/2023"_s << QDate(2023, 2, 1) << QDate(2023, 2, 28);
    QTest::addRow("April") << u"04/1975"_s << QDate(1975, 4, 1) << QDate(1975, 4, 30);
    QTest::addRow("day") << u"05/03/1956"_s << QDate(1956, 3, 5) << QDate(1956, 3, 5);
}

void TestPartialDate::range()
{
    QFETCH(QString, text);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    const PartialDate d = PartialDate::parse(text);
    QCOMPARE(d.earliest(), earliest);
    QCOMPARE(d.latest(), latest);
}

void TestPartialDate::ageAt_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QDate>("at");
    QTest::addColumn<int>("age");

    // Born 29 February: the birthday is reached on 1 March in common years.
    QTest::addRow("29/02 on 28/02 of a common year") << u"29/02/2000"_s << QDate(2023, 2, 28) << 22;
    QTest::addRow("29/02 on 01/03 of a common year") << u"29/02/2000"_s << QDate(2023, 3, 1) << 23;
    QTest::addRow("29/02 on 28/02 of a leap year") << u"29/02/2000"_s << QDate(2024, 2, 28) << 23;
    QTest::addRow("29/02 on 29/02 of a leap year") << u"29/02/2000"_s << QDate(2024, 2, 29) << 24;
    QTest::addRow("29/02 on the birth day") << u"29/02/2000"_s << QDate(2000, 2, 29) << 0;
    QTest::addRow("29/02 the day before birth") << u"29/02/2000"_s << QDate(2000, 2, 28) << -1;
    // Full dates.
    QTest::addRow("day before the birthday") << u"15/06/1990"_s << QDate(2024, 6, 14) << 33;
    QTest::addRow("on the birthday") << u"15/06/1990"_s << QDate(2024, 6, 15) << 34;
    QTest::addRow("later month") << u"15/06/1990"_s << QDate(2024, 7, 1) << 34;
    QTest::addRow("earlier month, later day") << u"15/06/1990"_s << QDate(2024, 5, 31) << 33;
    QTest::addRow("31/12 on 01/01") << u"31/12/2009"_s << QDate(2015, 1, 1) << 5;
    QTest::addRow("6 years on 05/09") << u"05/09/2018"_s << QDate(2024, 9, 5) << 6;
    // Year only: counted by birth year, as Vietnamese registers do.
    QTest::addRow("year only, 1 January") << u"1956"_s << QDate(2024, 1, 1) << 68;
    QTest::addRow("year only, 31 December") << u"1956"_s << QDate(2024, 12, 31) << 68;
    QTest::addRow("year only, same year") << u"1956"_s << QDate(1956, 6, 1) << 0;
    QTest::addRow("year only, year before") << u"1956"_s << QDate(1955, 12, 31) << -1;
    // Year and month: the birthday counts from the first of the month.
    QTest::addRow("month/year, month before") << u"03/1956"_s << QDate(2024, 2, 29) << 67;
    QTest::addRow("month/year, first of the month") << u"03/1956"_s << QDate(2024, 3, 1) << 68;
    QTest::addRow("month/year, same month") << u"03/1956"_s << QDate(1956, 3, 31) << 0;
    QTest::addRow("month/year, before birth") << u"03/1956"_s << QDate(1956, 2, 28) << -1;
    // Unknowns.
    QTest::addRow("null birth date") << QString() << QDate(2024, 1, 1) << -1;
    QTest::addRow("invalid reference date") << u"1956"_s << QDate() << -1;
}

void TestPartialDate::ageAt()
{
    QFETCH(QString, birth);
    QFETCH(QDate, at);
    QFETCH(int, age);
    QCOMPARE(PartialDate::parse(birth).ageAt(at), age);
}

void TestPartialDate::isAfter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("after"); // after 01/06/2024, the "today" of these rows

    QTest::addRow("typo year in the future") << u"2042"_s << true;
    QTest::addRow("this year (could be before today)") << u"2024"_s << false;
    QTest::addRow("later month this year") << u"07/2024"_s << true;
    QTest::addRow("this month") << u"06/2024"_s << false;
    QTest::addRow("today") << u"01/06/2024"_s << false;
    QTest::addRow("tomorrow") << u"02/06/2024"_s << true;
    QTest::addRow("long ago") << u"1956"_s << false;
    QTest::addRow("null") << QString() << false;
}

void TestPartialDate::isAfter()
{
    QFETCH(QString, text);
    QFETCH(bool, after);
    QCOMPARE(PartialDate::parse(text).isAfter(QDate(2024, 6, 1)), after);
}

void TestPartialDate::ordering()
{
    // In ascending order: by earliest day, then less precise first.
    const std::vector<PartialDate> sorted = {
        PartialDate(),
        PartialDate::parse(u"1956"_s),
        PartialDate::parse(u"01/1956"_s),
        PartialDate::parse(u"01/01/1956"_s),
        PartialDate::parse(u"02/01/1956"_s),
        PartialDate::parse(u"02/1956"_s),
        PartialDate::parse(u"31/12/1956"_s),
        PartialDate::parse(u"1957"_s),
    };
    for (size_t i = 0; i < sorted.size(); ++i) {
        for (size_t j = 0; j < sorted.size(); ++j) {
            const PartialDate &a = sorted[i], &b = sorted[j];
            const QByteArray where = QByteArray::number(int(i)) + " vs " + QByteArray::number(int(j));
            QVERIFY2((a < b) == (i < j), where);
            QVERIFY2((a <= b) == (i <= j), where);
            QVERIFY2((a > b) == (i > j), where);
            QVERIFY2((a >= b) == (i >= j), where);
            QVERIFY2((a == b) == (i == j), where);
            QVERIFY2((a != b) == (i != j), where);
        }
    }
    QCOMPARE(PartialDate::parse(u"5/3/1956"_s), PartialDate::parse(u"1956-03-05"_s));
}

void TestPartialDate::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");

    QTest::addRow("year and a day in it") << u"1956"_s << u"05/03/1956"_s << true;
    QTest::addRow("month and a day in it") << u"03/1956"_s << u"05/03/1956"_s << true;
    QTest::addRow("different years") << u"1956"_s << u"1957"_s << false;
    QTest::addRow("different months") << u"04/1956"_s << u"05/03/1956"_s << false;
    QTest::addRow("same day") << u"05/03/1956"_s << u"1956-03-05"_s << true;
    QTest::addRow("null never overlaps") << QString() << u"1956"_s << false;
}

void TestPartialDate::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    const PartialDate x = PartialDate::parse(a), y = PartialDate::parse(b);
    QCOMPARE(x.overlaps(y), overlap);
    QCOMPARE(y.overlaps(x), overlap);
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
