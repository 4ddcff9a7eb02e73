// Tests of sht::text: the clean-up every register value goes through before it is stored or compared.
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QTest>

using namespace sht;
using sht::test::nfd;
using namespace Qt::StringLiterals;

namespace {} // namespace

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalized_data();
    void normalized();
    void normalizedIsIdempotent();
    void searchKey_data();
    void searchKey();
    void searchKeySameForEverySpelling_data();
    void searchKeySameForEverySpelling();
    void foldCase_data();
    void foldCase();
    void titleCase_data();
    void titleCase();
    void toneMarkPlacement_data();
    void toneMarkPlacement();
    void toneMarkPlacementIsIdempotent();
    void sortKeyOrder_data();
    void sortKeyOrder();
    void sortKeyEqual_data();
    void sortKeyEqual();
    void sortKeyIsPrintableAscii_data();
    void sortKeyIsPrintableAscii();
    void splitNotes_data();
    void splitNotes();
};

void TestTextNormalizer::normalized_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::addRow("clean") << u"Nguyễn Văn An"_s << u"Nguyễn Văn An"_s;
    QTest::addRow("leading and trailing spaces") << u"  Nguyễn Văn An  "_s << u"Nguyễn Văn An"_s;
    QTest::addRow("double spaces") << u"Nguyễn  Văn   An"_s << u"Nguyễn Văn An"_s;
    QTest::addRow("tabs") << u"\tNguyễn\tVăn\t\tAn"_s << u"Nguyễn Văn An"_s;
    QTest::addRow("NBSP between words") << u"Nguyễn\u00a0Văn\u00a0An"_s << u"Nguyễn Văn An"_s;
    QTest::addRow("NBSP after a relation word") << u"Con\u00a0"_s << u"Con"_s;
    QTest::addRow("narrow NBSP and em space") << u"Văn\u202fAn\u2003Bình"_s << u"Văn An Bình"_s;
    QTest::addRow("ideographic space") << u"Thôn\u30001"_s << u"Thôn 1"_s;
    QTest::addRow("line break inside a header cell") << u"Họ và\ntên"_s << u"Họ và tên"_s;
    QTest::addRow("CRLF inside a cell") << u"Ngày tháng\r\nnăm sinh"_s << u"Ngày tháng năm sinh"_s;
    QTest::addRow("soft hyphen inside a word") << u"Nguy\u00adễn Văn An"_s << u"Nguyễn Văn An"_s;
    QTest::addRow("zero-width space") << u"Trần\u200b Thị\u200bHà"_s << u"Trần ThịHà"_s;
    QTest::addRow("zero-width joiners") << u"Lê\u200c Văn\u200d Tám"_s << u"Lê Văn Tám"_s;
    QTest::addRow("BOM at the start") << u"\ufeffSTT"_s << u"STT"_s;
    QTest::addRow("word joiner") << u"Hà\u2060Nội"_s << u"HàNội"_s;
    QTest::addRow("NFD to NFC") << nfd(u"Nguyễn Thị Thuỷ"_s) << u"Nguyễn Thị Thuỷ"_s;
    QTest::addRow("NFD with NBSP and tabs") << nfd(u"Đặng\u00a0Thị\tẢnh "_s) << u"Đặng Thị Ảnh"_s;
    QTest::addRow("precomposed vowel + combining tone (composite keyboard)")
        << u"Nguyê\u0303n Thi\u0323 A\u0301nh"_s << u"Nguyễn Thị Ánh"_s;
    QTest::addRow("tone typed before the circumflex") << u"Nguye\u0303\u0302n"_s << u"Nguyễn"_s;
    QTest::addRow("tone typed before the breve") << u"Ha\u0300\u0306ng"_s << u"Hằng"_s;
    QTest::addRow("horn and dot below in any order") << u"Lu\u0323\u031bc"_s << u"Lực"_s;
    QTest::addRow("soft hyphen between letter and mark") << u"Nguye\u00ad\u0302\u0303n"_s << u"Nguyễn"_s;
    QTest::addRow("eth look-alike for Đ") << u"\u00d0ỗ Văn \u00d0ức"_s << u"Đỗ Văn Đức"_s;
    QTest::addRow("lower-case eth look-alike") << u"Ngô Văn \u00f0ạt"_s << u"Ngô Văn đạt"_s;
    QTest::addRow("ALL CAPS kept") << u"NGUYỄN VĂN AN"_s << u"NGUYỄN VĂN AN"_s;
    QTest::addRow("old tone placement kept") << u"Khánh Hoà"_s << u"Khánh Hoà"_s;
    QTest::addRow("only blanks") << u" \t\u00a0\u200b\n "_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestTextNormalizer::normalized()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const QString result = text::normalized(raw);
    QCOMPARE(result, expected);
    QCOMPARE(result.size(), expected.size());
    QCOMPARE(result, result.normalized(QString::NormalizationForm_C));
}

void TestTextNormalizer::normalizedIsIdempotent()
{
    const QStringList samples = {u"  Nguyễn\u00a0Văn\tAn "_s, nfd(u"Trần Thị Thuỷ"_s),
                                 u"Nguye\u0303\u0302n"_s, u"Con\u00ad\u200b"_s};
    for (const QString &s : samples)
        QCOMPARE(text::normalized(text::normalized(s)), text::normalized(s));
}

void TestTextNormalizer::searchKey_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::addRow("name with đ") << u"Nguyễn Văn Đức"_s << u"nguyen van duc"_s;
    QTest::addRow("NFD name") << nfd(u"Nguyễn Văn Đức"_s) << u"nguyen van duc"_s;
    QTest::addRow("ALL CAPS") << u"ĐỖ THỊ ĐÀO"_s << u"do thi dao"_s;
    QTest::addRow("horn vowels") << u"Lương Ngọc Ước"_s << u"luong ngoc uoc"_s;
    QTest::addRow("breve and circumflex") << u"Phạm Thị Hằng Nga Ân"_s << u"pham thi hang nga an"_s;
    QTest::addRow("old tone placement") << u"Thuỷ"_s << u"thuy"_s;
    QTest::addRow("new tone placement") << u"Thủy"_s << u"thuy"_s;
    QTest::addRow("NBSP, tabs and double spaces")
        << u" Nguyễn\u00a0Thị\t Thu  Hà "_s << u"nguyen thi thu ha"_s;
    QTest::addRow("soft hyphen") << u"Nguy\u00adễn"_s << u"nguyen"_s;
    QTest::addRow("eth look-alike") << u"\u00d0ỗ"_s << u"do"_s;
    QTest::addRow("digits kept") << u"Thôn 1"_s << u"thon 1"_s;
    QTest::addRow("village abbreviation") << u"TDP Bắc Sơn"_s << u"tdp bac son"_s;
    QTest::addRow("apostrophe kept") << u"H'Hen Niê"_s << u"h'hen nie"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestTextNormalizer::searchKey()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(text::searchKey(raw), expected);
}

void TestTextNormalizer::searchKeySameForEverySpelling_data()
{
    QTest::addColumn<QStringList>("spellings");

    QTest::addRow("Thủy") << QStringList{u"Nguyễn Thị Thủy"_s,       u"Nguyễn Thị Thuỷ"_s,
                                         nfd(u"Nguyễn Thị Thuỷ"_s),  u"NGUYỄN THỊ THUỶ"_s,
                                         u"nguyễn\u00a0thị  thủy"_s, u"Nguyen Thi Thuy"_s};
    QTest::addRow("Hòa") << QStringList{u"Lê Văn Hòa"_s, u"Lê Văn Hoà"_s, nfd(u"Lê Văn Hòa"_s),
                                        u"LE VAN HOA"_s};
    QTest::addRow("Đức") << QStringList{u"Đỗ Đức"_s, u"Do Duc"_s, u"\u00d0ỗ \u00d0ức"_s, nfd(u"ĐỖ ĐỨC"_s)};
}

void TestTextNormalizer::searchKeySameForEverySpelling()
{
    QFETCH(QStringList, spellings);
    const QString key = text::searchKey(spellings.first());
    for (const QString &s : spellings)
        QCOMPARE(text::searchKey(s), key);
}

void TestTextNormalizer::foldCase_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::addRow("caps with đ") << u"NGUYỄN VĂN ĐỨC"_s << u"nguyễn văn đức"_s;
    QTest::addRow("horn capitals") << u"ƯỚC ƠN ỨNG"_s << u"ước ơn ứng"_s;
    QTest::addRow("every tone on Ê") << u"Ê Ề Ể Ễ Ế Ệ"_s << u"ê ề ể ễ ế ệ"_s;
    QTest::addRow("already lower") << u"thôn 3"_s << u"thôn 3"_s;
}

void TestTextNormalizer::foldCase()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(text::foldCase(raw), expected);
}

void TestTextNormalizer::titleCase_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::addRow("ALL CAPS") << u"NGUYỄN VĂN AN"_s << u"Nguyễn Văn An"_s;
    QTest::addRow("all lower") << u"nguyễn thị ánh"_s << u"Nguyễn Thị Ánh"_s;
    QTest::addRow("đ at word start") << u"ĐỖ ĐỨC ĐẠT"_s << u"Đỗ Đức Đạt"_s;
    QTest::addRow("horn vowel at word start") << u"ưng hoàng phúc"_s << u"Ưng Hoàng Phúc"_s;
    QTest::addRow("Ede name with apostrophe") << u"H'HEN NIÊ"_s << u"H'Hen Niê"_s;
    QTest::addRow("hyphenated name") << u"Y-MOAN ÊNUÔL"_s << u"Y-Moan Ênuôl"_s;
    QTest::addRow("digits do not start a word") << u"thôn 1a"_s << u"Thôn 1a"_s;
    QTest::addRow("mixed") << u"lÊ tHỊ hÀ"_s << u"Lê Thị Hà"_s;
    QTest::addRow("NFD caps") << nfd(u"TRẦN THỊ ẢNH"_s) << nfd(u"Trần Thị Ảnh"_s);
}

void TestTextNormalizer::titleCase()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(text::titleCase(raw), expected);
}

void TestTextNormalizer::toneMarkPlacement_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    // Moved: open syllables ending in oa, oe, uy.
    QTest::addRow("Hoà") << u"Hoà"_s << u"Hòa"_s;
    QTest::addRow("Thuỷ") << u"Thuỷ"_s << u"Thủy"_s;
    QTest::addRow("Hoá") << u"Hoá"_s << u"Hóa"_s;
    QTest::addRow("Khoẻ") << u"Khoẻ"_s << u"Khỏe"_s;
    QTest::addRow("Hoè") << u"Hoè"_s << u"Hòe"_s;
    QTest::addRow("hoạ (nặng)") << u"hoạ"_s << u"họa"_s;
    QTest::addRow("Thoả (hỏi)") << u"Thoả"_s << u"Thỏa"_s;
    QTest::addRow("xoã (ngã)") << u"xoã"_s << u"xõa"_s;
    QTest::addRow("Tuỳ") << u"Tuỳ"_s << u"Tùy"_s;
    QTest::addRow("Luỹ") << u"Luỹ"_s << u"Lũy"_s;
    QTest::addRow("Nguỵ") << u"Nguỵ"_s << u"Ngụy"_s;
    QTest::addRow("Huý") << u"Huý"_s << u"Húy"_s;
    QTest::addRow("ALL CAPS HOÀ") << u"HOÀ"_s << u"HÒA"_s;
    QTest::addRow("ALL CAPS THUỶ") << u"THUỶ"_s << u"THỦY"_s;
    QTest::addRow("two-letter word") << u"oà"_s << u"òa"_s;
    QTest::addRow("in a sentence") << u"Khánh Hoà, Thanh Hoá; Nguyễn Thị Thuỷ"_s
                                   << u"Khánh Hòa, Thanh Hóa; Nguyễn Thị Thủy"_s;
    QTest::addRow("NFD input") << nfd(u"Lê Thị Hoà"_s) << u"Lê Thị Hòa"_s;
    // Left alone.
    QTest::addRow("Hòa already") << u"Hòa"_s << u"Hòa"_s;
    QTest::addRow("Thủy already") << u"Thủy"_s << u"Thủy"_s;
    QTest::addRow("final consonant: Hoàng") << u"Hoàng"_s << u"Hoàng"_s;
    QTest::addRow("final consonant: Toàn") << u"Toàn"_s << u"Toàn"_s;
    QTest::addRow("final consonant: Khoảng") << u"Khoảng"_s << u"Khoảng"_s;
    QTest::addRow("uyê: Khuyến") << u"Khuyến"_s << u"Khuyến"_s;
    QTest::addRow("uyê: Thuyền") << u"Thuyền"_s << u"Thuyền"_s;
    QTest::addRow("final consonant: Huỳnh") << u"Huỳnh"_s << u"Huỳnh"_s;
    QTest::addRow("qu + y: Quý") << u"Quý"_s << u"Quý"_s;
    QTest::addRow("qu + y: Quỳ") << u"Quỳ"_s << u"Quỳ"_s;
    QTest::addRow("qu + y: QUỶ") << u"QUỶ"_s << u"QUỶ"_s;
    QTest::addRow("three vowels: Ngoái") << u"Ngoái"_s << u"Ngoái"_s;
    QTest::addRow("three vowels: Khuya") << u"Khuya"_s << u"Khuya"_s;
    QTest::addRow("three vowels: khuỷu") << u"khuỷu"_s << u"khuỷu"_s;
    QTest::addRow("other pair: Thuế") << u"Thuế"_s << u"Thuế"_s;
    QTest::addRow("other pair: Thuở") << u"Thuở"_s << u"Thuở"_s;
    QTest::addRow("other pair: Của") << u"Của"_s << u"Của"_s;
    QTest::addRow("other pair: Quà") << u"Quà"_s << u"Quà"_s;
    QTest::addRow("no tone: Hoa") << u"Hoa"_s << u"Hoa"_s;
}

void TestTextNormalizer::toneMarkPlacement()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const QString result = text::normalizeToneMarkPlacement(raw);
    QCOMPARE(result, expected);
    QCOMPARE(result, result.normalized(QString::NormalizationForm_C));
}

void TestTextNormalizer::toneMarkPlacementIsIdempotent()
{
    for (const QString &s : {u"Hoà Thuỷ Khoẻ"_s, u"Hòa Thủy Khỏe"_s, u"Quý Hoàng Khuyến"_s}) {
        const QString once = text::normalizeToneMarkPlacement(s);
        QCOMPARE(text::normalizeToneMarkPlacement(once), once);
    }
}

void TestTextNormalizer::sortKeyOrder_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::addRow("prefix first: An < Anh") << u"An"_s << u"Anh"_s;
    QTest::addRow("a < ă") << u"a"_s << u"ă"_s;
    QTest::addRow("ă < â") << u"ă"_s << u"â"_s;
    QTest::addRow("â < b") << u"â"_s << u"b"_s;
    QTest::addRow("d < đ") << u"d"_s << u"đ"_s;
    QTest::addRow("đ < e") << u"đ"_s << u"e"_s;
    QTest::addRow("e < ê") << u"e"_s << u"ê"_s;
    QTest::addRow("ê < g") << u"ê"_s << u"g"_s;
    QTest::addRow("o < ô") << u"o"_s << u"ô"_s;
    QTest::addRow("ô < ơ") << u"ô"_s << u"ơ"_s;
    QTest::addRow("ơ < p") << u"ơ"_s << u"p"_s;
    QTest::addRow("u < ư") << u"u"_s << u"ư"_s;
    QTest::addRow("ư < v") << u"ư"_s << u"v"_s;
    QTest::addRow("x < y") << u"x"_s << u"y"_s;
    QTest::addRow("Anh < Ân (letters before length)") << u"Anh"_s << u"Ân"_s;
    QTest::addRow("Ân < Ba") << u"Ân"_s << u"Ba"_s;
    QTest::addRow("tone: none < huyền") << u"Ha"_s << u"Hà"_s;
    QTest::addRow("tone: huyền < hỏi") << u"Hà"_s << u"Hả"_s;
    QTest::addRow("tone: hỏi < ngã") << u"Hả"_s << u"Hã"_s;
    QTest::addRow("tone: ngã < sắc") << u"Hã"_s << u"Há"_s;
    QTest::addRow("tone: sắc < nặng") << u"Há"_s << u"Hạ"_s;
    QTest::addRow("letters before tones: Hạ < Hai") << u"Hạ"_s << u"Hai"_s;
    QTest::addRow("letters before tones: Bá < Bảo") << u"Bá"_s << u"Bảo"_s;
    QTest::addRow("Hai < Hằng") << u"Hai"_s << u"Hằng"_s;
    QTest::addRow("Dung < Dũng") << u"Dung"_s << u"Dũng"_s;
    QTest::addRow("Dũng < Dương") << u"Dũng"_s << u"Dương"_s;
    QTest::addRow("Dương < Đức (d < đ)") << u"Dương"_s << u"Đức"_s;
    QTest::addRow("Dũng < Đức") << u"Dũng"_s << u"Đức"_s;
    QTest::addRow("words: Thị < Thị Thu") << u"Thị"_s << u"Thị Thu"_s;
    QTest::addRow("words: Thi Thu < Thị Thu") << u"Thi Thu"_s << u"Thị Thu"_s;
    QTest::addRow("words: Văn < Văn An") << u"Văn"_s << u"Văn An"_s;
    QTest::addRow("space before letters: Thu Hà < Thuận") << u"Thu Hà"_s << u"Thuận"_s;
    QTest::addRow("digits before letters") << u"9"_s << u"A"_s;
    QTest::addRow("digits in order") << u"Thôn 1"_s << u"Thôn 2"_s;
    QTest::addRow("punctuation before digits") << u"H'"_s << u"H1"_s;
    QTest::addRow("foreign diacritic sorts as base letter") << u"Müller"_s << u"Mun"_s;
    QTest::addRow("empty first") << QString() << u"A"_s;
    QTest::addRow("case-insensitive letters decide") << u"an"_s << u"ANH"_s;
}

void TestTextNormalizer::sortKeyOrder()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QString a = text::sortKey(before), b = text::sortKey(after);
    QVERIFY2(a < b,
             qPrintable(QStringLiteral("%1 -> %2 should sort before %3 -> %4").arg(before, a, after, b)));
    // SQLite's BINARY collation compares UTF-8 bytes.
    QVERIFY(a.toUtf8() < b.toUtf8());
}

void TestTextNormalizer::sortKeyEqual_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::addRow("case") << u"Nguyễn Văn An"_s << u"NGUYỄN VĂN AN"_s;
    QTest::addRow("NFD") << u"Trần Thị Ảnh"_s << nfd(u"Trần Thị Ảnh"_s);
    QTest::addRow("tone placement") << u"Hoà"_s << u"Hòa"_s;
    QTest::addRow("tone placement uy") << u"Thuỷ"_s << u"Thủy"_s;
    QTest::addRow("spaces") << u" Thu\u00a0 Hà"_s << u"Thu Hà"_s;
}

void TestTextNormalizer::sortKeyEqual()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(text::sortKey(a), text::sortKey(b));
}

void TestTextNormalizer::sortKeyIsPrintableAscii_data()
{
    QTest::addColumn<QString>("raw");

    QTest::addRow("Vietnamese") << u"Nguyễn Thị Thu Hà"_s;
    QTest::addRow("every vowel and tone")
        << u"aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ đ"_s;
    QTest::addRow("punctuation") << u"H'Hen (Niê) - 12/3"_s;
    QTest::addRow("CJK and emoji") << u"Lý 李 🙂"_s;
    QTest::addRow("stray combining mark") << u"m\u0301\u0302"_s;
}

void TestTextNormalizer::sortKeyIsPrintableAscii()
{
    QFETCH(QString, raw);
    const QString key = text::sortKey(raw);
    QVERIFY(!key.isEmpty());
    for (QChar c : key)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, qPrintable(key));
}

void TestTextNormalizer::splitNotes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("plain") << u"Con"_s << QStringList{u"Con"_s};
    QTest::addRow("parenthesis") << u"Con (tạm vắng)"_s << QStringList{u"Con"_s, u"tạm vắng"_s};
    QTest::addRow("dash") << u"Vợ - tạm trú"_s << QStringList{u"Vợ"_s, u"tạm trú"_s};
    QTest::addRow("comma and NBSP") << u"12/12,\u00a0ĐH"_s << QStringList{u"12/12"_s, u"ĐH"_s};
    QTest::addRow("slash kept") << u"Vợ/Chồng"_s << QStringList{u"Vợ/Chồng"_s};
    QTest::addRow("hyphen inside a word kept") << u"Y-Moan"_s << QStringList{u"Y-Moan"_s};
    QTest::addRow("empty") << QString() << QStringList();
}

void TestTextNormalizer::splitNotes()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, expected);
    QCOMPARE(text::splitNotes(raw), expected);
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
