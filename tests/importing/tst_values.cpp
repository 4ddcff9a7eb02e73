// Tests of sht::importing::ValueNormalizer: every register value, as the cell holds it (text, number, date),
// read into the domain's value, and what is reported when it cannot be.
#include "TestSupport.h"
#include "TextNormalizer.h"
#include "ValueNormalizer.h"

#include <QTest>

using namespace sht;
using namespace sht::importing;
using sht::test::nfd;
using namespace Qt::StringLiterals;
using Kind = ImportProblem::Kind;

Q_DECLARE_METATYPE(sht::importing::Cell)

namespace {

const QDate kToday(2024, 6, 15);

Cell textCell(const QString &t)
{
    Cell c;
    c.type = Cell::Type::Text;
    c.text = t;
    return c;
}

Cell numberCell(double v, const QString &shown = QString())
{
    Cell c;
    c.type = Cell::Type::Number;
    c.number = v;
    c.text = shown.isEmpty() ? QString::number(v, 'g', 15) : shown;
    return c;
}

Cell dateCell(const QDate &d)
{
    Cell c;
    c.type = Cell::Type::Date;
    c.date = d;
    c.number = QDate(1899, 12, 30).daysTo(d);
    return c;
}

QString kinds(const QList<ValueIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << QString::number(int(i.kind));
    return out.join(u',');
}

QString kindList(std::initializer_list<Kind> list)
{
    QStringList out;
    for (Kind k : list)
        out << QString::number(int(k));
    return out.join(u',');
}

} // namespace

class TestValues : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void nameFromParts();
    void birthDates_data();
    void birthDates();
    void citizenIds_data();
    void citizenIds();
    void relations_data();
    void relations();
    void sex_data();
    void sex();
    void marks();
    void ethnicity_data();
    void ethnicity();
    void education_data();
    void education();
    void plainText();
    void normalizedFastPath_data();
    void normalizedFastPath();
};

void TestValues::names_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ALL CAPS") << u"NGUYỄN VĂN AN"_s << u"Nguyễn Văn An"_s;
    QTest::newRow("spaces, tab, NBSP") << u"  Trần\u00a0 Thị\tBình "_s << u"Trần Thị Bình"_s;
    QTest::newRow("NFD") << nfd(u"Phạm Đức Hùng"_s) << u"Phạm Đức Hùng"_s;
    QTest::newRow("old tone placement") << u"Lê Thị Thuỷ"_s << u"Lê Thị Thủy"_s;
    QTest::newRow("lower case") << u"hoàng văn nam"_s << u"Hoàng Văn Nam"_s;
    QTest::newRow("empty") << u"   "_s << QString();
}

void TestValues::names()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(ValueNormalizer::name(raw), expected);
}

void TestValues::nameFromParts()
{
    QCOMPARE(ValueNormalizer::nameFromParts(u"NGUYỄN THỊ"_s, u"HOA"_s), u"Nguyễn Thị Hoa"_s);
    QCOMPARE(ValueNormalizer::nameFromParts(u" Trần  Văn "_s, u"Đức "_s), u"Trần Văn Đức"_s);
    QCOMPARE(ValueNormalizer::nameFromParts(QString(), u"Tèo"_s), u"Tèo"_s);
}

void TestValues::birthDates_data()
{
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QString>("expected"); // storage form
    QTest::addColumn<QString>("issues");

    QTest::newRow("date cell") << dateCell(QDate(1956, 3, 5)) << u"1956-03-05"_s << QString();
    QTest::newRow("year as a number, not a serial") << numberCell(1956) << u"1956"_s << QString();
    QTest::newRow("year as text") << textCell(u"1956"_s) << u"1956"_s << QString();
    QTest::newRow("unformatted date serial") << numberCell(32874) << u"1990-01-01"_s << QString();
    QTest::newRow("dd/mm/yyyy") << textCell(u"05/03/1956"_s) << u"1956-03-05"_s << QString();
    QTest::newRow("d/m/yyyy") << textCell(u"5/3/1956"_s) << u"1956-03-05"_s << QString();
    QTest::newRow("dd-mm-yyyy") << textCell(u"05-03-1956"_s) << u"1956-03-05"_s << QString();
    QTest::newRow("dd.mm.yyyy") << textCell(u"05.03.1956"_s) << u"1956-03-05"_s << QString();
    QTest::newRow("mm/yyyy") << textCell(u"03/1956"_s) << u"1956-03"_s << QString();
    QTest::newRow("ddmmyyyy packed text") << textCell(u"05031956"_s) << u"1956-03-05"_s << QString();
    QTest::newRow("dmmyyyy packed number") << numberCell(5031956) << u"1956-03-05"_s << QString();
    QTest::newRow("NBSP around") << textCell(u"\u00a012/10/2001 "_s) << u"2001-10-12"_s << QString();
    QTest::newRow("empty") << textCell(u" "_s) << QString() << QString();
    QTest::newRow("31/02/1990 impossible")
        << textCell(u"31/02/1990"_s) << QString() << kindList({Kind::ImpossibleDate});
    QTest::newRow("month 13 impossible")
        << textCell(u"12/13/1990"_s) << QString() << kindList({Kind::ImpossibleDate});
    QTest::newRow("future text") << textCell(u"01/01/2031"_s) << QString() << kindList({Kind::FutureDate});
    QTest::newRow("future date cell")
        << dateCell(QDate(2024, 6, 16)) << QString() << kindList({Kind::FutureDate});
    QTest::newRow("future year number") << numberCell(2025) << QString() << kindList({Kind::FutureDate});
    QTest::newRow("today is not future") << dateCell(kToday) << u"2024-06-15"_s << QString();
    QTest::newRow("garbage") << textCell(u"không rõ"_s) << QString() << kindList({Kind::UnknownValue});
    QTest::newRow("two-digit year") << textCell(u"5/3/56"_s) << QString() << kindList({Kind::UnknownValue});
}

void TestValues::birthDates()
{
    QFETCH(Cell, cell);
    QFETCH(QString, expected);
    QFETCH(QString, issues);
    QList<ValueIssue> found;
    QCOMPARE(ValueNormalizer::birthDate(cell, kToday, &found).toStorage(), expected);
    QCOMPARE(kinds(found), issues);
    for (const auto &i : found) {
        QVERIFY2(!i.message.isEmpty() && !i.action.isEmpty(), "every issue says what and what is done");
        QVERIFY2(i.note.contains(ValueNormalizer::cellText(cell)),
                 qPrintable(i.note)); // nothing typed is lost
    }
}

void TestValues::citizenIds_data()
{
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("issues");

    QTest::newRow("12 digits text") << textCell(u"001085012345"_s) << u"001085012345"_s << QString();
    QTest::newRow("spaces and dots") << textCell(u"001 085.012 345"_s) << u"001085012345"_s << QString();
    QTest::newRow("apostrophe prefix") << textCell(u"'001085012345"_s) << u"001085012345"_s << QString();
    QTest::newRow("number lost one zero (11 digits)")
        << numberCell(38085012345.0) << u"038085012345"_s << kindList({Kind::IdRestored});
    QTest::newRow("number lost two zeros (10 digits)")
        << numberCell(1085012345.0) << u"001085012345"_s << kindList({Kind::IdRestored});
    QTest::newRow("text lost a zero (CSV of a number)")
        << textCell(u"38085012345"_s) << u"038085012345"_s << kindList({Kind::IdRestored});
    QTest::newRow("CMND 9 digits") << textCell(u"012345678"_s) << u"012345678"_s << QString();
    QTest::newRow("CMND number lost its zero")
        << numberCell(12345678) << u"012345678"_s << kindList({Kind::IdRestored});
    QTest::newRow("scientific text") << textCell(u"3.80E+10"_s) << QString() << kindList({Kind::IdInvalid});
    QTest::newRow("letters") << textCell(u"ABC123"_s) << QString() << kindList({Kind::IdInvalid});
    QTest::newRow("too short") << textCell(u"12345"_s) << QString() << kindList({Kind::IdInvalid});
    QTest::newRow("not a province") << textCell(u"999085012345"_s) << QString()
                                    << kindList({Kind::IdInvalid});
    QTest::newRow("empty") << textCell(QString()) << QString() << QString();
}

void TestValues::citizenIds()
{
    QFETCH(Cell, cell);
    QFETCH(QString, expected);
    QFETCH(QString, issues);
    QList<ValueIssue> found;
    QCOMPARE(ValueNormalizer::citizenId(cell, &found), expected);
    QCOMPARE(kinds(found), issues);
    for (const auto &i : found)
        if (i.kind == Kind::IdInvalid)
            QVERIFY2(!i.note.isEmpty(), "an unusable ID is kept in the notes");
}

void TestValues::relations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("issues");

    QTest::newRow("Chủ hộ") << u"Chủ hộ"_s << u"head"_s << QString() << QString();
    QTest::newRow("CH") << u"CH"_s << u"head"_s << QString() << QString();
    QTest::newRow("Vợ") << u"Vợ"_s << u"spouse"_s << u"female"_s << QString();
    QTest::newRow("Chồng") << u"Chồng"_s << u"spouse"_s << u"male"_s << QString();
    QTest::newRow("Con") << u"Con"_s << u"child"_s << QString() << QString();
    QTest::newRow("Con NBSP") << u"Con\u00a0"_s << u"child"_s << QString() << QString();
    QTest::newRow("Con trai") << u"Con trai"_s << u"child"_s << u"male"_s << QString();
    QTest::newRow("Con gái NFD") << nfd(u"Con gái"_s) << u"child"_s << u"female"_s << QString();
    QTest::newRow("Bố") << u"Bố"_s << u"parent"_s << u"male"_s << QString();
    QTest::newRow("Cha") << u"Cha"_s << u"parent"_s << u"male"_s << QString();
    QTest::newRow("Mẹ") << u"Mẹ"_s << u"parent"_s << u"female"_s << QString();
    QTest::newRow("Con dâu") << u"Con dâu"_s << u"child_in_law"_s << u"female"_s << QString();
    QTest::newRow("Con rể") << u"Con rể"_s << u"child_in_law"_s << u"male"_s << QString();
    QTest::newRow("Cháu") << u"Cháu"_s << u"grandchild"_s << QString() << QString();
    QTest::newRow("Ông") << u"Ông"_s << u"grandparent"_s << u"male"_s << QString();
    QTest::newRow("Bà") << u"Bà"_s << u"grandparent"_s << u"female"_s << QString();
    QTest::newRow("Em") << u"Em"_s << u"sibling"_s << QString() << QString();
    QTest::newRow("with a note") << u"Con (tạm vắng)"_s << u"child"_s << QString() << QString();
    QTest::newRow("unknown word") << u"Bạn cùng phòng"_s << u"other"_s << QString()
                                  << kindList({Kind::UnknownRelation});
    QTest::newRow("only a residence note") << u"Tạm trú"_s << QString() << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestValues::relations()
{
    QFETCH(QString, text);
    QFETCH(QString, relation);
    QFETCH(QString, sex);
    QFETCH(QString, issues);
    QList<ValueIssue> found;
    Sex implied = Sex::Unknown;
    QCOMPARE(relationToStorage(ValueNormalizer::relation(text, &implied, &found)), relation);
    QCOMPARE(sexToStorage(implied), sex);
    QCOMPARE(kinds(found), issues);
}

void TestValues::sex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("issues");
    QTest::newRow("Nam") << u"Nam"_s << u"male"_s << QString();
    QTest::newRow("NỮ") << u"NỮ"_s << u"female"_s << QString();
    QTest::newRow("Nữ NFD") << nfd(u"Nữ"_s) << u"female"_s << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("ambiguous N") << u"N"_s << QString() << kindList({Kind::UnknownValue});
}

void TestValues::sex()
{
    QFETCH(QString, text);
    QFETCH(QString, sex);
    QFETCH(QString, issues);
    QList<ValueIssue> found;
    QCOMPARE(sexToStorage(ValueNormalizer::sex(text, &found)), sex);
    QCOMPARE(kinds(found), issues);
}

void TestValues::marks()
{
    for (const QString &mark : {u"x"_s, u"X"_s, u" x "_s, u"\u2713"_s, u"1"_s, u"Nữ"_s})
        QVERIFY2(ValueNormalizer::isMark(mark), qPrintable(mark));
    for (const QString &blank : {QString(), u" "_s, u"0"_s, u"không"_s})
        QVERIFY2(!ValueNormalizer::isMark(blank), qPrintable(blank));
}

void TestValues::ethnicity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Kinh") << u"Kinh"_s << u"Kinh"_s;
    QTest::newRow("KINH") << u"KINH"_s << u"Kinh"_s;
    QTest::newRow("kinh") << u"kinh "_s << u"Kinh"_s;
    QTest::newRow("Dân tộc Tày") << u"Dân tộc Tày"_s << u"Tày"_s;
    QTest::newRow("Mèo") << u"Mèo"_s << u"Mông"_s;
    QTest::newRow("H'Mông") << u"H'Mông"_s << u"Mông"_s;
    QTest::newRow("Êđê") << u"Êđê"_s << u"Ê Đê"_s;
    QTest::newRow("NFD Mường") << nfd(u"Mường"_s) << u"Mường"_s;
    QTest::newRow("Mạ is not Ma") << u"Mạ"_s << u"Mạ"_s;
    QTest::newRow("unknown kept") << u"Người Pháp"_s << u"Người Pháp"_s;
    QTest::newRow("unknown ALL CAPS") << u"KHÁC"_s << u"Khác"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestValues::ethnicity()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ValueNormalizer::ethnicity(text), expected);
}

void TestValues::education_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("issues");
    QTest::newRow("4/10") << u"4/10"_s << u"4/10"_s << QString();
    QTest::newRow("7/10") << u"7/10"_s << u"7/10"_s << QString();
    QTest::newRow("10/10") << u"10/10"_s << u"10/10"_s << QString();
    QTest::newRow("9/12") << u"9/12"_s << u"9/12"_s << QString();
    QTest::newRow("12/12") << u"12/12"_s << u"12/12"_s << QString();
    QTest::newRow("pupil 6/12") << u"6/12"_s << u"6/12"_s << QString();
    QTest::newRow("TC") << u"TC"_s << u"TC"_s << QString();
    QTest::newRow("CĐ") << u"CĐ"_s << u"CĐ"_s << QString();
    QTest::newRow("ĐH") << u"ĐH"_s << u"ĐH"_s << QString();
    QTest::newRow("Thạc sĩ") << u"Thạc sĩ"_s << u"Thạc sĩ"_s << QString();
    QTest::newRow("Không biết chữ") << u"Không biết chữ"_s << u"Không biết chữ"_s << QString();
    QTest::newRow("Mầm non") << u"Mầm non"_s << u"Mầm non"_s << QString();
    QTest::newRow("13/12 not a grade") << u"13/12"_s << QString() << kindList({Kind::UnknownValue});
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestValues::education()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, issues);
    QList<ValueIssue> found;
    QCOMPARE(ValueNormalizer::education(text, &found), expected);
    QCOMPARE(kinds(found), issues);
}

void TestValues::plainText()
{
    QCOMPARE(ValueNormalizer::plainText(u"LÀM RUỘNG"_s), u"Làm ruộng"_s);
    QCOMPARE(ValueNormalizer::plainText(u" Giáo  viên "_s), u"Giáo viên"_s);
    QCOMPARE(ValueNormalizer::clanName(u"HỌ NGUYỄN VĂN"_s), u"Họ Nguyễn Văn"_s);
    QCOMPARE(ValueNormalizer::clanName(nfd(u"Họ Trần"_s)), u"Họ Trần"_s);
    QCOMPARE(ValueNormalizer::cellText(numberCell(38085012345.0, u"3.80851E+10"_s)), u"38085012345"_s);
    QCOMPARE(ValueNormalizer::cellText(dateCell(QDate(1990, 1, 2))), u"02/01/1990"_s);
}

// The allocation-free path gives exactly what text::normalized() gives, and skips only what needs nothing.
void TestValues::normalizedFastPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("untouched"); // returned as it is (shares the caller's buffer)
    QTest::newRow("ascii") << u"Kinh"_s << true;
    QTest::newRow("vietnamese") << u"Nguyễn Thị Thủy"_s << true;
    QTest::newRow("latin-1 and horn letters") << u"Ơn Ưng Ê Â Ô ơ ư"_s << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("leading space") << u" Kinh"_s << false;
    QTest::newRow("trailing space") << u"Kinh "_s << false;
    QTest::newRow("double space") << u"Lê  Văn"_s << false;
    QTest::newRow("line break") << u"Ngày\nsinh"_s << false;
    QTest::newRow("tab") << u"Lê\tVăn"_s << false;
    QTest::newRow("NBSP") << u"Lê\u00a0Văn"_s << false;
    QTest::newRow("soft hyphen") << u"Lê\u00adVăn"_s << false;
    QTest::newRow("eth") << u"\u00d0ức"_s << false;
    QTest::newRow("NFD") << nfd(u"Phạm Đức Hùng"_s) << false;
    QTest::newRow("zero width") << u"Lê\u200bVăn"_s << false;
}

void TestValues::normalizedFastPath()
{
    QFETCH(QString, text);
    QFETCH(bool, untouched);
    const QString out = ValueNormalizer::normalized(text);
    QCOMPARE(out, text::normalized(text));
    QCOMPARE(out.isEmpty() || out.constData() == text.constData(), untouched);
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
