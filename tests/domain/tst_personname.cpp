// Tests of sht::PersonName: one person, one name, however the register typed it; official list order.
#include "PersonName.h"
#include "TestSupport.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace sht;
using sht::test::nfd;
using namespace Qt::StringLiterals;

namespace {} // namespace

class TestPersonName : public QObject
{
    Q_OBJECT

private slots:
    void construct_data();
    void construct();
    void fromParts_data();
    void fromParts();
    void sameName_data();
    void sameName();
    void differentName_data();
    void differentName();
    void searchKey_data();
    void searchKey();
    void officialListOrder();
    void sortKeyFormat();
};

void TestPersonName::construct_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("given");

    QTest::addRow("four words") << u"Nguyễn Thị Thu Hà"_s << u"Nguyễn Thị Thu Hà"_s << u"Nguyễn"_s
                                << u"Thị Thu"_s << u"Hà"_s;
    QTest::addRow("three words") << u"Trần Văn Nam"_s << u"Trần Văn Nam"_s << u"Trần"_s << u"Văn"_s
                                 << u"Nam"_s;
    QTest::addRow("two words: no middle name") << u"Lê Hà"_s << u"Lê Hà"_s << u"Lê"_s << QString() << u"Hà"_s;
    QTest::addRow("one word: given name only") << u"Tèo"_s << u"Tèo"_s << QString() << QString() << u"Tèo"_s;
    QTest::addRow("five words") << u"Tôn Nữ Thị Ngọc Diệp"_s << u"Tôn Nữ Thị Ngọc Diệp"_s << u"Tôn"_s
                                << u"Nữ Thị Ngọc"_s << u"Diệp"_s;
    QTest::addRow("stray spaces") << u"  Nguyễn   Văn  An "_s << u"Nguyễn Văn An"_s << u"Nguyễn"_s << u"Văn"_s
                                  << u"An"_s;
    QTest::addRow("NBSP and tab") << u"Nguyễn\u00a0Văn\tAn\u00a0"_s << u"Nguyễn Văn An"_s << u"Nguyễn"_s
                                  << u"Văn"_s << u"An"_s;
    QTest::addRow("soft hyphen") << u"Nguy\u00adễn Văn An"_s << u"Nguyễn Văn An"_s << u"Nguyễn"_s << u"Văn"_s
                                 << u"An"_s;
    QTest::addRow("ALL CAPS") << u"NGUYỄN VĂN AN"_s << u"Nguyễn Văn An"_s << u"Nguyễn"_s << u"Văn"_s
                              << u"An"_s;
    QTest::addRow("ALL CAPS with đ") << u"ĐỖ ĐỨC ĐẠT"_s << u"Đỗ Đức Đạt"_s << u"Đỗ"_s << u"Đức"_s << u"Đạt"_s;
    QTest::addRow("all lower case") << u"phạm thị ánh"_s << u"Phạm Thị Ánh"_s << u"Phạm"_s << u"Thị"_s
                                    << u"Ánh"_s;
    QTest::addRow("old tone placement")
        << u"Lê Thị Hoà"_s << u"Lê Thị Hòa"_s << u"Lê"_s << u"Thị"_s << u"Hòa"_s;
    QTest::addRow("ALL CAPS, old tone placement")
        << u"TRẦN THỊ THUỶ"_s << u"Trần Thị Thủy"_s << u"Trần"_s << u"Thị"_s << u"Thủy"_s;
    QTest::addRow("NFD") << nfd(u"Phạm Văn Đức"_s) << u"Phạm Văn Đức"_s << u"Phạm"_s << u"Văn"_s << u"Đức"_s;
    QTest::addRow("NFD ALL CAPS") << nfd(u"HOÀNG THỊ HUỆ"_s) << u"Hoàng Thị Huệ"_s << u"Hoàng"_s << u"Thị"_s
                                  << u"Huệ"_s;
    QTest::addRow("mixed case kept as typed")
        << u"Y Ngông Niê Kdăm"_s << u"Y Ngông Niê Kdăm"_s << u"Y"_s << u"Ngông Niê"_s << u"Kdăm"_s;
    QTest::addRow("apostrophe in ALL CAPS")
        << u"NIÊ H'HEN"_s << u"Niê H'Hen"_s << u"Niê"_s << QString() << u"H'Hen"_s;
    QTest::addRow("eth look-alike") << u"\u00d0ỗ Văn Hùng"_s << u"Đỗ Văn Hùng"_s << u"Đỗ"_s << u"Văn"_s
                                    << u"Hùng"_s;
}

void TestPersonName::construct()
{
    QFETCH(QString, raw);
    QFETCH(QString, full);
    QFETCH(QString, family);
    QFETCH(QString, middle);
    QFETCH(QString, given);

    const PersonName name(raw);
    QCOMPARE(name.full(), full);
    QCOMPARE(name.family(), family);
    QCOMPARE(name.middle(), middle);
    QCOMPARE(name.given(), given);
    QVERIFY(!name.isEmpty());
    // The stored form is canonical: building it again changes nothing.
    QCOMPARE(PersonName(name.full()).full(), full);
}

void TestPersonName::fromParts_data()
{
    QTest::addColumn<QString>("familyPart");
    QTest::addColumn<QString>("middlePart");
    QTest::addColumn<QString>("givenPart");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("given");

    QTest::addRow("Họ và đệm + Tên") << u"Nguyễn Thị Thu"_s << QString() << u"Hà"_s << u"Nguyễn Thị Thu Hà"_s
                                     << u"Nguyễn"_s << u"Thị Thu"_s << u"Hà"_s;
    QTest::addRow("three columns") << u"Trần"_s << u"Văn"_s << u"Nam"_s << u"Trần Văn Nam"_s << u"Trần"_s
                                   << u"Văn"_s << u"Nam"_s;
    QTest::addRow("ALL CAPS columns") << u"NGUYỄN VĂN"_s << QString() << u"AN"_s << u"Nguyễn Văn An"_s
                                      << u"Nguyễn"_s << u"Văn"_s << u"An"_s;
    QTest::addRow("NBSP and old tone placement") << u"Lê\u00a0Thị "_s << QString() << u" Thuỷ\u00a0"_s
                                                 << u"Lê Thị Thủy"_s << u"Lê"_s << u"Thị"_s << u"Thủy"_s;
    QTest::addRow("NFD") << nfd(u"Đặng Thị"_s) << QString() << nfd(u"Ảnh"_s) << u"Đặng Thị Ảnh"_s << u"Đặng"_s
                         << u"Thị"_s << u"Ảnh"_s;
    QTest::addRow("family only in first column")
        << u"Lê"_s << QString() << u"Hà"_s << u"Lê Hà"_s << u"Lê"_s << QString() << u"Hà"_s;
    QTest::addRow("two-word given name kept")
        << u"Nguyễn Thị"_s << QString() << u"Thu Hà"_s << u"Nguyễn Thị Thu Hà"_s << u"Nguyễn"_s << u"Thị"_s
        << u"Thu Hà"_s;
    QTest::addRow("empty given: whole name split")
        << u"Phạm Văn Đồng"_s << QString() << QString() << u"Phạm Văn Đồng"_s << u"Phạm"_s << u"Văn"_s
        << u"Đồng"_s;
}

void TestPersonName::fromParts()
{
    QFETCH(QString, familyPart);
    QFETCH(QString, middlePart);
    QFETCH(QString, givenPart);
    QFETCH(QString, full);
    QFETCH(QString, family);
    QFETCH(QString, middle);
    QFETCH(QString, given);

    const PersonName name = PersonName::fromParts(familyPart, middlePart, givenPart);
    QCOMPARE(name.full(), full);
    QCOMPARE(name.family(), family);
    QCOMPARE(name.middle(), middle);
    QCOMPARE(name.given(), given);
}

void TestPersonName::sameName_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::addRow("NFC and NFD") << u"Nguyễn Thị Thuỷ"_s << nfd(u"Nguyễn Thị Thuỷ"_s);
    QTest::addRow("both tone placements") << u"Nguyễn Thị Thuỷ"_s << u"Nguyễn Thị Thủy"_s;
    QTest::addRow("Hoà and Hòa, NFD") << nfd(u"Lê Văn Hoà"_s) << u"Lê Văn Hòa"_s;
    QTest::addRow("ALL CAPS") << u"NGUYỄN THỊ THUỶ"_s << u"Nguyễn Thị Thủy"_s;
    QTest::addRow("all lower") << u"nguyễn thị thủy"_s << u"Nguyễn Thị Thủy"_s;
    QTest::addRow("NBSP, tabs, double spaces") << u"Nguyễn\u00a0Thị\t\tThủy "_s << u"Nguyễn Thị Thủy"_s;
    QTest::addRow("soft hyphen and zero-width space")
        << u"Nguy\u00adễn Thị\u200b Thủy"_s << u"Nguyễn Thị Thủy"_s;
}

void TestPersonName::sameName()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const PersonName x(a), y(b);
    QCOMPARE(x.full(), y.full());
    QVERIFY(x == y);
    QVERIFY(!(x != y));
    QCOMPARE(x.searchKey(), y.searchKey());
    QCOMPARE(x.sortKey(), y.sortKey());
}

void TestPersonName::differentName_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::addRow("An and Ân") << u"Nguyễn Văn An"_s << u"Nguyễn Văn Ân"_s;
    QTest::addRow("Hà and Hạ") << u"Lê Thị Hà"_s << u"Lê Thị Hạ"_s;
    QTest::addRow("Dũng and Đũng") << u"Phạm Văn Dũng"_s << u"Phạm Văn Đũng"_s;
}

void TestPersonName::differentName()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const PersonName x(a), y(b);
    QVERIFY(x != y);
    QVERIFY(x.sortKey() != y.sortKey());
}

void TestPersonName::searchKey_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");

    QTest::addRow("đ") << u"Đỗ Văn Đức"_s << u"do van duc"_s;
    QTest::addRow("NFD ALL CAPS") << nfd(u"NGUYỄN THỊ THUỶ"_s) << u"nguyen thi thuy"_s;
    QTest::addRow("empty") << u"  "_s << QString();
}

void TestPersonName::searchKey()
{
    QFETCH(QString, raw);
    QFETCH(QString, key);
    QCOMPARE(PersonName(raw).searchKey(), key);
}

// Official lists: given name, then middle name, then family name; Vietnamese alphabet; letters before tones.
void TestPersonName::officialListOrder()
{
    const QStringList expected = {
        u"Nguyễn Thị An"_s,     // An: middle Thị < Văn
        u"Nguyễn Văn An"_s,     // same given and middle: family Nguyễn < Trần
        u"Trần Văn An"_s,       //
        u"Lê Thị Anh"_s,        // "an" is a prefix of "anh"; no tone first
        u"Nguyễn Thị Ánh"_s,    //
        u"Phạm Thị Ánh"_s,      //
        u"Trương Văn Ân"_s,     // a < â, whatever follows
        u"Lê Thị Ba"_s,         //
        u"Nguyễn Văn Bá"_s,     // tone sắc after no tone
        u"Hoàng Văn Bảo"_s,     // letters first: "ba" < "bao" although hỏi < sắc
        u"Trần Thị Bích"_s,     //
        u"Phạm Văn Dũng"_s,     //
        u"Lê Văn Dương"_s,      // u < ư
        u"Đỗ Văn Đức"_s,        // d < đ
        u"Lê Hà"_s,             // Hà: no middle name first
        u"Nguyễn Thị Hà"_s,     //
        u"Nguyễn Thị Thu Hà"_s, // middle "Thị" is a prefix of "Thị Thu"
        u"Vũ Thị Hạ"_s,         // nặng after huyền
        u"Lò Văn Hai"_s,        // "ha" + tones before "hai"
        u"Nguyễn Thị Hằng"_s,   // a < ă
        u"Đặng Thị Hoà"_s,      // stored as Hòa
        u"Lò Văn Xuân"_s,       //
        u"Hà Thị Y"_s,          // y is last
    };
    QStringList shuffled = expected;
    std::mt19937 random(20240601); // deterministic
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    QVERIFY(shuffled != expected);
    // As the register has them: some in ALL CAPS, some NFD.
    for (int i = 0; i < shuffled.size(); i += 3)
        shuffled[i] = shuffled[i].toUpper();
    for (int i = 1; i < shuffled.size(); i += 3)
        shuffled[i] = nfd(shuffled[i]);

    std::vector<PersonName> names;
    for (const QString &s : shuffled)
        names.emplace_back(s);
    std::sort(names.begin(), names.end(),
              [](const PersonName &a, const PersonName &b) { return a.sortKey() < b.sortKey(); });
    QStringList sorted;
    for (const PersonName &n : names)
        sorted << n.full();

    QStringList expectedFull;
    for (const QString &s : expected)
        expectedFull << PersonName(s).full();
    QCOMPARE(sorted, expectedFull);

    // SQLite's BINARY collation compares the UTF-8 bytes: same order.
    for (size_t i = 1; i < names.size(); ++i)
        QVERIFY(names[i - 1].sortKey().toUtf8() < names[i].sortKey().toUtf8());
}

void TestPersonName::sortKeyFormat()
{
    const QString key = PersonName(u"Nguyễn Thị Thu Hà"_s).sortKey();
    // given ' ' middle ' ' family, printable ASCII.
    QCOMPARE(key.count(u' '), 2);
    for (QChar c : key)
        QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f);
    QVERIFY(PersonName().isEmpty());
    QVERIFY(PersonName().sortKey() < key);
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
