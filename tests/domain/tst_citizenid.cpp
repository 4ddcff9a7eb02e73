// Tests of sht::CitizenId: CCCD and CMND numbers as registers hold them, including the damage spreadsheets
// do.
#include "CitizenId.h"

#include <QTest>

using namespace sht;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sht::CitizenId::Kind)
Q_DECLARE_METATYPE(sht::Sex)

class TestCitizenId : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseEmpty();
    void provinceCodes();
    void restoreLeadingZeros_data();
    void restoreLeadingZeros();
    void checkAgainst_data();
    void checkAgainst();
};

void TestCitizenId::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CitizenId::Kind>("kind");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("province");
    QTest::addColumn<QString>("provinceName");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<int>("birthYear");

    using K = CitizenId::Kind;
    QTest::addRow("CCCD Hà Nội, man born 1985")
        << u"001085012345"_s << K::Cccd << u"001085012345"_s << 1 << u"Hà Nội"_s << Sex::Male << 1985;
    QTest::addRow("typed with spaces")
        << u"001 085 012 345"_s << K::Cccd << u"001085012345"_s << 1 << u"Hà Nội"_s << Sex::Male << 1985;
    QTest::addRow("typed with dots") << u"001.085.012.345"_s << K::Cccd << u"001085012345"_s << 1
                                     << u"Hà Nội"_s << Sex::Male << 1985;
    QTest::addRow("typed with dashes")
        << u"001-085-012345"_s << K::Cccd << u"001085012345"_s << 1 << u"Hà Nội"_s << Sex::Male << 1985;
    QTest::addRow("NBSPs around and inside") << u"\u00a0001\u00a0185012345\u00a0"_s << K::Cccd
                                             << u"001185012345"_s << 1 << u"Hà Nội"_s << Sex::Female << 1985;
    QTest::addRow("Excel text apostrophe") << u"'079203001234"_s << K::Cccd << u"079203001234"_s << 79
                                           << u"TP. Hồ Chí Minh"_s << Sex::Male << 2003;
    QTest::addRow("number cell printed as float")
        << u"038190004321.0"_s << K::Cccd << u"038190004321"_s << 38 << u"Thanh Hóa"_s << Sex::Female << 1990;
    QTest::addRow("woman born 2003, Cà Mau")
        << u"096303004567"_s << K::Cccd << u"096303004567"_s << 96 << u"Cà Mau"_s << Sex::Female << 2003;
    QTest::addRow("man born 1900") << u"046000000123"_s << K::Cccd << u"046000000123"_s << 46
                                   << u"Thừa Thiên Huế"_s << Sex::Male << 1900;
    QTest::addRow("woman born 1999, Đắk Lắk")
        << u"066199000001"_s << K::Cccd << u"066199000001"_s << 66 << u"Đắk Lắk"_s << Sex::Female << 1999;
    QTest::addRow("man born 2024, Bà Rịa - Vũng Tàu") << u"077224000001"_s << K::Cccd << u"077224000001"_s
                                                      << 77 << u"Bà Rịa - Vũng Tàu"_s << Sex::Male << 2024;
    QTest::addRow("CMND") << u"012345678"_s << K::Cmnd << u"012345678"_s << -1 << QString() << Sex::Unknown
                          << -1;
    QTest::addRow("CMND with spaces")
        << u"123 456 789"_s << K::Cmnd << u"123456789"_s << -1 << QString() << Sex::Unknown << -1;
}

void TestCitizenId::parse()
{
    QFETCH(QString, text);
    QFETCH(CitizenId::Kind, kind);
    QFETCH(QString, digits);
    QFETCH(int, province);
    QFETCH(QString, provinceName);
    QFETCH(Sex, sex);
    QFETCH(int, birthYear);

    QString error = u"stale"_s;
    const CitizenId id = CitizenId::parse(text, &error);
    QCOMPARE(error, QString());
    QVERIFY(!id.isNull());
    QCOMPARE(id.kind(), kind);
    QCOMPARE(id.digits(), digits);
    QCOMPARE(id.toString(), digits);
    QCOMPARE(id.provinceCode(), province);
    QCOMPARE(id.provinceName(), provinceName);
    QCOMPARE(id.impliedSex(), sex);
    QCOMPARE(id.impliedBirthYear(), birthYear);
    QCOMPARE(CitizenId::parse(id.digits()), id);
}

void TestCitizenId::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");

    QTest::addRow("scientific notation") << u"3.80E+10"_s << QStringList{u"number"_s, u"retype"_s};
    QTest::addRow("scientific notation, more digits") << u"1.23457E+11"_s << QStringList{u"lost digits"_s};
    QTest::addRow("scientific notation, decimal comma") << u"7,92E+10"_s << QStringList{u"number"_s};
    QTest::addRow("11 digits: lost one zero")
        << u"79203001234"_s << QStringList{u"11 digits"_s, u"leading zero"_s, u"079203001234"_s};
    QTest::addRow("10 digits: lost two zeros")
        << u"1085012345"_s << QStringList{u"10 digits"_s, u"001085012345"_s};
    QTest::addRow("11 digits, no province either way")
        << u"99203001234"_s << QStringList{u"11 digits"_s, u"leading zeros"_s};
    QTest::addRow("8 digits: CMND that lost its zero")
        << u"12345678"_s << QStringList{u"8 digits"_s, u"012345678"_s};
    QTest::addRow("letters") << u"00108501234A"_s << QStringList{u"only digits"_s, u"00108501234A"_s};
    QTest::addRow("label typed in the cell") << u"CCCD 001085012345"_s << QStringList{u"only digits"_s};
    QTest::addRow("too long") << u"00108501234567"_s << QStringList{u"14"_s, u"12 digits"_s};
    QTest::addRow("too short") << u"12345"_s << QStringList{u"5"_s, u"12 digits"_s, u"9"_s};
    QTest::addRow("province 003 does not exist") << u"003085012345"_s << QStringList{u"province"_s, u"003"_s};
    QTest::addRow("province 097 does not exist") << u"097085012345"_s << QStringList{u"097"_s};
    QTest::addRow("province 000") << u"000085012345"_s << QStringList{u"000"_s};
    QTest::addRow("century digit 4 (born after 2099)")
        << u"001485012345"_s << QStringList{u"Digit 4"_s, u"2099"_s};
    QTest::addRow("century digit 9") << u"001985012345"_s << QStringList{u"9"_s, u"2099"_s};
}

void TestCitizenId::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    QString error;
    const CitizenId id = CitizenId::parse(text, &error);
    QVERIFY(id.isNull());
    QCOMPARE(id.kind(), CitizenId::Kind::None);
    QCOMPARE(id.digits(), QString());
    QCOMPARE(id.provinceCode(), -1);
    QCOMPARE(id.impliedSex(), Sex::Unknown);
    QCOMPARE(id.impliedBirthYear(), -1);
    QVERIFY(!error.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(error, m)));
}

void TestCitizenId::parseEmpty()
{
    for (const QString &text : {QString(), u" "_s, u"\u00a0"_s}) {
        QString error = u"stale"_s;
        QVERIFY(CitizenId::parse(text, &error).isNull());
        QCOMPARE(error, QString());
    }
}

// Exactly the 63 codes of Thông tư 07/2016/TT-BCA are provinces.
void TestCitizenId::provinceCodes()
{
    const QList<int> codes = {1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25,
                              26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48,
                              49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75,
                              77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};
    QCOMPARE(codes.size(), 63);
    QSet<QString> names;
    for (int code = 0; code <= 999; ++code) {
        const QString text = u"%1"_s.arg(code, 3, 10, QLatin1Char('0')) + u"085000001"_s;
        QString error;
        const CitizenId id = CitizenId::parse(text, &error);
        QVERIFY2(id.isNull() != codes.contains(code), qPrintable(text));
        QCOMPARE(CitizenId::provinceNameForCode(code).isEmpty(), !codes.contains(code));
        if (!id.isNull()) {
            QCOMPARE(id.provinceCode(), code);
            names.insert(id.provinceName());
        }
    }
    QCOMPARE(names.size(), 63); // every code has its own name
    QCOMPARE(CitizenId::provinceNameForCode(31), u"Hải Phòng"_s);
    QCOMPARE(CitizenId::provinceNameForCode(48), u"Đà Nẵng"_s);
    QCOMPARE(CitizenId::provinceNameForCode(92), u"Cần Thơ"_s);
}

void TestCitizenId::restoreLeadingZeros_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");

    QTest::addRow("11 digits") << u"79203001234"_s << u"079203001234"_s;
    QTest::addRow("10 digits") << u"1085012345"_s << u"001085012345"_s;
    QTest::addRow("10 digits, Hà Giang") << u"2190001234"_s << u"002190001234"_s;
    QTest::addRow("10 digits with spaces") << u"1 085 012 345"_s << u"001085012345"_s;
    QTest::addRow("8 digits: CMND") << u"12345678"_s << u"012345678"_s;
    QTest::addRow("11 digits, bad province") << u"99203001234"_s << u"99203001234"_s;
    QTest::addRow("10 digits, 00 + code not a province") << u"3085012345"_s << u"3085012345"_s;
    QTest::addRow("11 digits, century digit 5") << u"1585012345"_s << u"1585012345"_s;
    QTest::addRow("already 12 digits") << u"001085012345"_s << u"001085012345"_s;
    QTest::addRow("CMND untouched") << u"012345678"_s << u"012345678"_s;
    QTest::addRow("not digits") << u"abc"_s << u"abc"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestCitizenId::restoreLeadingZeros()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(CitizenId::restoreLeadingZeros(input), output);
}

void TestCitizenId::checkAgainst_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<int>("birthYear");
    QTest::addColumn<QStringList>("mentions"); // empty: consistent

    QTest::addRow("consistent man") << u"001085012345"_s << Sex::Male << 1985 << QStringList();
    QTest::addRow("consistent woman born 2003") << u"096303004567"_s << Sex::Female << 2003 << QStringList();
    QTest::addRow("nothing recorded") << u"001085012345"_s << Sex::Unknown << 0 << QStringList();
    QTest::addRow("sex unknown, year agrees") << u"001085012345"_s << Sex::Unknown << 1985 << QStringList();
    QTest::addRow("recorded female, card male")
        << u"001085012345"_s << Sex::Female << 1985
        << QStringList{u"says male"_s, u"digit 4 is 0"_s, u"female."_s};
    QTest::addRow("recorded male, card female")
        << u"001185012345"_s << Sex::Male << 0 << QStringList{u"says female"_s, u"digit 4 is 1"_s};
    QTest::addRow("birth year differs")
        << u"001085012345"_s << Sex::Male << 1986 << QStringList{u"born in 1985"_s, u"1986"_s};
    QTest::addRow("century differs") << u"001285012345"_s << Sex::Male << 1985
                                     << QStringList{u"born in 2085"_s, u"1985"_s};
    QTest::addRow("both differ") << u"001185012345"_s << Sex::Male << 1958
                                 << QStringList{u"says female"_s, u"born in 1985"_s, u"1958"_s};
    QTest::addRow("CMND cannot be checked") << u"012345678"_s << Sex::Male << 1990 << QStringList();
}

void TestCitizenId::checkAgainst()
{
    QFETCH(QString, id);
    QFETCH(Sex, sex);
    QFETCH(int, birthYear);
    QFETCH(QStringList, mentions);

    const CitizenId parsed = CitizenId::parse(id);
    QVERIFY(!parsed.isNull());
    const QString message = parsed.checkAgainst(sex, birthYear);
    QCOMPARE(message.isEmpty(), mentions.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(message.contains(m), qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(message, m)));
    QCOMPARE(CitizenId().checkAgainst(sex, birthYear), QString());
}

QTEST_GUILESS_MAIN(TestCitizenId)
#include "tst_citizenid.moc"
