// Tests of sht::Education: clerks' notation for schooling, training and literacy.
#include "Education.h"
#include "TestSupport.h"

#include <QTest>

using namespace sht;
using sht::test::nfd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sht::Education::Level)
Q_DECLARE_METATYPE(sht::Education::Literacy)

namespace {} // namespace

class TestEducation : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseEmpty();
    void equivalentGrade12_data();
    void equivalentGrade12();
    void training_data();
    void training();
    void factories();
    void labels();
};

void TestEducation::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Education::Level>("level");
    QTest::addColumn<int>("grade");
    QTest::addColumn<int>("system");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<Education::Literacy>("literacy");

    using L = Education::Level;
    using Lit = Education::Literacy;
    // General education, 12-year and old 10-year systems.
    QTest::addRow("9/12") << u"9/12"_s << L::General << 9 << 12 << u"9/12"_s << Lit::Level2;
    QTest::addRow("12/12") << u"12/12"_s << L::General << 12 << 12 << u"12/12"_s << Lit::Level2;
    QTest::addRow("pupil in 6/12") << u"6/12"_s << L::General << 6 << 12 << u"6/12"_s << Lit::Level2;
    QTest::addRow("7/10") << u"7/10"_s << L::General << 7 << 10 << u"7/10"_s << Lit::Level2;
    QTest::addRow("10/10") << u"10/10"_s << L::General << 10 << 10 << u"10/10"_s << Lit::Level2;
    QTest::addRow("4/10: completed old primary")
        << u"4/10"_s << L::General << 4 << 10 << u"4/10"_s << Lit::Level2;
    QTest::addRow("3/10") << u"3/10"_s << L::General << 3 << 10 << u"3/10"_s << Lit::Level1;
    QTest::addRow("3/12") << u"3/12"_s << L::General << 3 << 12 << u"3/12"_s << Lit::Level1;
    QTest::addRow("4/12") << u"4/12"_s << L::General << 4 << 12 << u"4/12"_s << Lit::Level1;
    QTest::addRow("5/12") << u"5/12"_s << L::General << 5 << 12 << u"5/12"_s << Lit::Level2;
    QTest::addRow("2/12: below level 1")
        << u"2/12"_s << L::General << 2 << 12 << u"2/12"_s << Lit::Illiterate;
    QTest::addRow("0/12") << u"0/12"_s << L::General << 0 << 12 << u"0/12"_s << Lit::Illiterate;
    QTest::addRow("spaces around the slash")
        << u" 9 / 12 "_s << L::General << 9 << 12 << u"9/12"_s << Lit::Level2;
    QTest::addRow("NBSP") << u"9/12\u00a0"_s << L::General << 9 << 12 << u"9/12"_s << Lit::Level2;
    QTest::addRow("zero-padded") << u"09/12"_s << L::General << 9 << 12 << u"9/12"_s << Lit::Level2;
    QTest::addRow("Lớp 9") << u"Lớp 9"_s << L::General << 9 << 12 << u"9/12"_s << Lit::Level2;
    QTest::addRow("lớp 9/12") << u"lớp 9/12"_s << L::General << 9 << 12 << u"9/12"_s << Lit::Level2;
    QTest::addRow("LỚP 7/10 NFD") << nfd(u"LỚP 7/10"_s) << L::General << 7 << 10 << u"7/10"_s << Lit::Level2;
    QTest::addRow("bare grade") << u"11"_s << L::General << 11 << 12 << u"11/12"_s << Lit::Level2;
    QTest::addRow("Tiểu học") << u"Tiểu học"_s << L::General << 5 << 12 << u"5/12"_s << Lit::Level2;
    QTest::addRow("THCS") << u"THCS"_s << L::General << 9 << 12 << u"9/12"_s << Lit::Level2;
    QTest::addRow("Tốt nghiệp THPT") << u"Tốt nghiệp THPT"_s << L::General << 12 << 12 << u"12/12"_s
                                     << Lit::Level2;
    QTest::addRow("PTTH") << u"PTTH"_s << L::General << 12 << 12 << u"12/12"_s << Lit::Level2;
    QTest::addRow("Chưa đi học") << u"Chưa đi học"_s << L::General << 0 << 12 << u"0/12"_s << Lit::Illiterate;
    // Training.
    QTest::addRow("Sơ cấp") << u"Sơ cấp"_s << L::Elementary << 0 << 0 << u"Sơ cấp"_s << Lit::Level2;
    QTest::addRow("Sơ cấp nghề") << u"Sơ cấp nghề"_s << L::Elementary << 0 << 0 << u"Sơ cấp"_s << Lit::Level2;
    QTest::addRow("TC") << u"TC"_s << L::Vocational << 0 << 0 << u"TC"_s << Lit::Level2;
    QTest::addRow("Trung cấp") << u"Trung cấp"_s << L::Vocational << 0 << 0 << u"TC"_s << Lit::Level2;
    QTest::addRow("TCCN") << u"TCCN"_s << L::Vocational << 0 << 0 << u"TC"_s << Lit::Level2;
    QTest::addRow("trung cấp nghề") << u"trung cấp nghề"_s << L::Vocational << 0 << 0 << u"TC"_s
                                    << Lit::Level2;
    QTest::addRow("TC with field") << u"TC kế toán"_s << L::Vocational << 0 << 0 << u"TC"_s << Lit::Level2;
    QTest::addRow("CĐ") << u"CĐ"_s << L::College << 0 << 0 << u"CĐ"_s << Lit::Level2;
    QTest::addRow("Cao đẳng") << u"Cao đẳng"_s << L::College << 0 << 0 << u"CĐ"_s << Lit::Level2;
    QTest::addRow("CAO ĐẲNG SƯ PHẠM")
        << u"CAO ĐẲNG SƯ PHẠM"_s << L::College << 0 << 0 << u"CĐ"_s << Lit::Level2;
    QTest::addRow("ĐH") << u"ĐH"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("DH without đ") << u"DH"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("Đ.H with dots") << u"Đ.H"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("Đại học") << u"Đại học"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("Đại học NFD") << nfd(u"Đại học"_s) << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("ĐẠI HỌC") << u"ĐẠI HỌC"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("Đại học with field")
        << u"Đại học Sư phạm"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("ĐH with field in brackets")
        << u"ĐH (Kế toán)"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("Cử nhân") << u"Cử nhân"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("Kỹ sư") << u"Kỹ sư"_s << L::University << 0 << 0 << u"ĐH"_s << Lit::Level2;
    QTest::addRow("Thạc sĩ") << u"Thạc sĩ"_s << L::Master << 0 << 0 << u"Thạc sĩ"_s << Lit::Level2;
    QTest::addRow("Thạc sỹ") << u"Thạc sỹ"_s << L::Master << 0 << 0 << u"Thạc sĩ"_s << Lit::Level2;
    QTest::addRow("ThS") << u"ThS"_s << L::Master << 0 << 0 << u"Thạc sĩ"_s << Lit::Level2;
    QTest::addRow("Th.S") << u"Th.S"_s << L::Master << 0 << 0 << u"Thạc sĩ"_s << Lit::Level2;
    QTest::addRow("Tiến sĩ") << u"Tiến sĩ"_s << L::Doctor << 0 << 0 << u"Tiến sĩ"_s << Lit::Level2;
    QTest::addRow("TS") << u"TS"_s << L::Doctor << 0 << 0 << u"Tiến sĩ"_s << Lit::Level2;
    QTest::addRow("TIẾN SỸ") << u"TIẾN SỸ"_s << L::Doctor << 0 << 0 << u"Tiến sĩ"_s << Lit::Level2;
    // Literacy.
    QTest::addRow("Không biết chữ") << u"Không biết chữ"_s << L::Illiterate << 0 << 0 << u"Không biết chữ"_s
                                    << Lit::Illiterate;
    QTest::addRow("Mù chữ") << u"Mù chữ"_s << L::Illiterate << 0 << 0 << u"Không biết chữ"_s
                            << Lit::Illiterate;
    QTest::addRow("mù chữ NFD") << nfd(u"mù chữ"_s) << L::Illiterate << 0 << 0 << u"Không biết chữ"_s
                                << Lit::Illiterate;
    QTest::addRow("KBC") << u"KBC"_s << L::Illiterate << 0 << 0 << u"Không biết chữ"_s << Lit::Illiterate;
    QTest::addRow("Tái mù chữ") << u"Tái mù chữ"_s << L::Illiterate << 0 << 0 << u"Không biết chữ"_s
                                << Lit::Illiterate;
    QTest::addRow("Biết chữ") << u"Biết chữ"_s << L::General << 0 << 0 << u"Biết chữ"_s << Lit::Level1;
    QTest::addRow("XMC mức 1") << u"XMC mức 1"_s << L::General << 0 << 0 << u"Biết chữ"_s << Lit::Level1;
    QTest::addRow("Biết chữ mức 2") << u"Biết chữ mức 2"_s << L::General << 0 << 0 << u"Biết chữ mức 2"_s
                                    << Lit::Level2;
    QTest::addRow("XMC mức 2") << u"XMC mức 2"_s << L::General << 0 << 0 << u"Biết chữ mức 2"_s
                               << Lit::Level2;
    // Preschool.
    QTest::addRow("Mầm non") << u"Mầm non"_s << L::Preschool << 0 << 0 << u"Mầm non"_s << Lit::Unknown;
    QTest::addRow("MN") << u"MN"_s << L::Preschool << 0 << 0 << u"Mầm non"_s << Lit::Unknown;
    QTest::addRow("Mẫu giáo") << u"Mẫu giáo"_s << L::Preschool << 0 << 0 << u"Mầm non"_s << Lit::Unknown;
    // Several parts: the highest counts.
    QTest::addRow("12/12, ĐH") << u"12/12, ĐH"_s << L::University << 12 << 12 << u"12/12, ĐH"_s
                               << Lit::Level2;
    QTest::addRow("9/12 + TC") << u"9/12 + TC"_s << L::Vocational << 9 << 12 << u"9/12, TC"_s << Lit::Level2;
    QTest::addRow("ThS; 12/12") << u"ThS; 12/12"_s << L::Master << 12 << 12 << u"12/12, Thạc sĩ"_s
                                << Lit::Level2;
    QTest::addRow("7/10 - 10/12") << u"7/10 - 10/12"_s << L::General << 10 << 12 << u"10/12"_s << Lit::Level2;
}

void TestEducation::parse()
{
    QFETCH(QString, text);
    QFETCH(Education::Level, level);
    QFETCH(int, grade);
    QFETCH(int, system);
    QFETCH(QString, canonical);
    QFETCH(Education::Literacy, literacy);

    QString error = u"stale"_s;
    const Education e = Education::parse(text, &error);
    QCOMPARE(error, QString());
    QVERIFY(!e.isNull());
    QCOMPARE(e.level(), level);
    QCOMPARE(e.grade(), grade);
    QCOMPARE(e.gradeSystem(), system);
    QCOMPARE(e.toString(), canonical);
    QCOMPARE(e.toStorage(), canonical);
    QCOMPARE(e.literacy(), literacy);
    QVERIFY(!e.label().isEmpty());
    // Storage round trip.
    QCOMPARE(Education::fromStorage(e.toStorage()), e);
}

void TestEducation::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");

    QTest::addRow("13/12") << u"13/12"_s << QStringList{u"grade 13"_s, u"12-year"_s};
    QTest::addRow("11/10") << u"11/10"_s << QStringList{u"grade 11"_s, u"10-year"_s};
    QTest::addRow("Lớp 13") << u"Lớp 13"_s << QStringList{u"grade 13"_s};
    QTest::addRow("9/11") << u"9/11"_s << QStringList{u"11-year"_s, u"9/12"_s, u"7/10"_s};
    QTest::addRow("7/9") << u"7/9"_s << QStringList{u"9-year"_s};
    QTest::addRow("unknown word") << u"Giỏi"_s << QStringList{u"Giỏi"_s, u"9/12"_s, u"ĐH"_s};
    QTest::addRow("three-digit grade") << u"100/12"_s << QStringList{u"100/12"_s};
    QTest::addRow("one bad part") << u"12/12, xyz"_s << QStringList{u"xyz"_s};
    QTest::addRow("prefix of a word is not a keyword") << u"TCX"_s << QStringList{u"TCX"_s};
}

void TestEducation::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    QString error;
    const Education e = Education::parse(text, &error);
    QVERIFY(e.isNull());
    QCOMPARE(e.level(), Education::Level::Unknown);
    QVERIFY(!error.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(error, m)));
}

void TestEducation::parseEmpty()
{
    for (const QString &text : {QString(), u"  "_s, u"\u00a0"_s}) {
        QString error = u"stale"_s;
        const Education e = Education::parse(text, &error);
        QVERIFY(e.isNull());
        QCOMPARE(error, QString());
        QCOMPARE(e.toString(), QString());
        QCOMPARE(e.label(), QString());
        QCOMPARE(e.literacy(), Education::Literacy::Unknown);
    }
    QVERIFY(Education::fromStorage(QString()).isNull());
}

void TestEducation::equivalentGrade12_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("grade12");

    // The old 10-year system (4 + 3 + 3): a completed stage counts as the same stage completed.
    const int tenToTwelve[] = {0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12};
    for (int g = 0; g <= 10; ++g)
        QTest::addRow("%d/10", g) << u"%1/10"_s.arg(g) << tenToTwelve[g];
    for (int g = 0; g <= 12; ++g)
        QTest::addRow("%d/12", g) << u"%1/12"_s.arg(g) << g;
    QTest::addRow("TC") << u"TC"_s << 12;
    QTest::addRow("ĐH") << u"ĐH"_s << 12;
    QTest::addRow("Tiến sĩ") << u"Tiến sĩ"_s << 12;
    QTest::addRow("Sơ cấp: unknown") << u"Sơ cấp"_s << 0;
    // Lower secondary plus vocational training has not finished grade 12.
    QTest::addRow("9/12 + TC") << u"9/12 + TC"_s << 9;
    QTest::addRow("7/10, Sơ cấp") << u"7/10, Sơ cấp"_s << 9;
    QTest::addRow("stored 9/12, TC round-trips") << u"9/12, TC"_s << 9;
    QTest::addRow("Biết chữ: unknown") << u"Biết chữ"_s << 0;
    QTest::addRow("Không biết chữ") << u"Không biết chữ"_s << 0;
    QTest::addRow("Mầm non") << u"Mầm non"_s << 0;
    QTest::addRow("empty") << QString() << 0;
}

void TestEducation::equivalentGrade12()
{
    QFETCH(QString, text);
    QFETCH(int, grade12);
    QCOMPARE(Education::parse(text).equivalentGrade12(), grade12);
}

void TestEducation::training_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("technical");
    QTest::addColumn<bool>("universityOrHigher");

    QTest::addRow("12/12") << u"12/12"_s << false << false;
    QTest::addRow("Biết chữ") << u"Biết chữ"_s << false << false;
    QTest::addRow("Sơ cấp") << u"Sơ cấp"_s << true << false;
    QTest::addRow("TC") << u"TC"_s << true << false;
    QTest::addRow("CĐ") << u"CĐ"_s << true << false;
    QTest::addRow("ĐH") << u"ĐH"_s << true << true;
    QTest::addRow("Thạc sĩ") << u"Thạc sĩ"_s << true << true;
    QTest::addRow("Tiến sĩ") << u"Tiến sĩ"_s << true << true;
    QTest::addRow("Không biết chữ") << u"Không biết chữ"_s << false << false;
    QTest::addRow("unknown") << QString() << false << false;
}

void TestEducation::training()
{
    QFETCH(QString, text);
    QFETCH(bool, technical);
    QFETCH(bool, universityOrHigher);
    const Education e = Education::parse(text);
    QCOMPARE(e.hasTechnicalTraining(), technical);
    QCOMPARE(e.isUniversityOrHigher(), universityOrHigher);
}

void TestEducation::factories()
{
    QCOMPARE(Education::general(9, 12), Education::parse(u"9/12"_s));
    QCOMPARE(Education::general(7, 10).toString(), u"7/10"_s);
    QVERIFY(Education::general(13, 12).isNull());
    QVERIFY(Education::general(9, 11).isNull());
    QVERIFY(Education::general(-1, 12).isNull());
    QCOMPARE(Education::ofLevel(Education::Level::University), Education::parse(u"ĐH"_s));
    QVERIFY(Education::ofLevel(Education::Level::General).isNull());
    QCOMPARE(Education::literate(Education::Literacy::Level2), Education::parse(u"XMC mức 2"_s));
    QVERIFY(Education::literate(Education::Literacy::Illiterate).isNull());
    QVERIFY(Education::general(9, 12) != Education::general(9, 10));
    QVERIFY(Education::literate(Education::Literacy::Level1) !=
            Education::literate(Education::Literacy::Level2));
    QVERIFY(Education().isNull());
}

void TestEducation::labels()
{
    // No translator is loaded: the English source text.
    QCOMPARE(Education::parse(u"9/12"_s).label(), u"Grade 9/12"_s);
    QCOMPARE(Education::parse(u"7/10"_s).label(), u"Grade 7/10"_s);
    QCOMPARE(Education::parse(u"ĐH"_s).label(), u"University"_s);
    QCOMPARE(Education::parse(u"Không biết chữ"_s).label(), u"Illiterate"_s);
    QCOMPARE(Education::parse(u"Biết chữ"_s).label(), u"Literate"_s);
}

QTEST_GUILESS_MAIN(TestEducation)
#include "tst_education.moc"
