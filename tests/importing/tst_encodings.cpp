// Tests of the legacy Vietnamese encodings (core/importing: TextEncoding, LegacyDecoder, VniTable,
// EncodingDetector, TextCleaner): the check strings of REGISTERS.md, every letter through every table and
// against glibc iconv, TCVN3 capitals, detection with its confidence, and cell cleaning.
#include "EncodingDetector.h"
#include "LegacyDecoder.h"
#include "LegacyDecoderCapitals.h"
#include "TestSupport.h"
#include "TextCleaner.h"
#include "TextEncoding.h"
#include "VniTable.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace sht::importing;
using sht::test::nfd;

Q_DECLARE_METATYPE(sht::importing::TextEncoding)

namespace {

// Every precomposed Vietnamese letter, both cases: 12 vowels × 6 tones (the untoned ASCII ones too) + đ Đ,
// composed here from Unicode's combining marks, independently of the tables under test.
QStringList vietnameseLetters()
{
    const QString vowels = QStringLiteral("aăâeêioôơuưy");
    const char16_t tones[] = {0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};
    QStringList letters;
    for (const QChar v : vowels) {
        for (const char16_t t : tones) {
            QString s(v);
            if (t)
                s += QChar(t);
            s = s.normalized(QString::NormalizationForm_C);
            letters << s << s.toUpper();
        }
    }
    letters << QStringLiteral("đ") << QStringLiteral("Đ");
    return letters;
}

// The same through the iconv program (not our code): what glibc says the bytes are.
QString iconvProgram(const QByteArray &bytes, const char *from)
{
    QProcess iconv;
    iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QString::fromLatin1(from),
                                          QStringLiteral("-t"), QStringLiteral("UTF-8")});
    if (!iconv.waitForStarted())
        return QStringLiteral("<iconv did not start>");
    iconv.write(bytes);
    iconv.closeWriteChannel();
    iconv.waitForFinished();
    return QString::fromUtf8(iconv.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
}

QByteArray iconvProgramEncode(const QString &text, const char *to)
{
    QProcess iconv;
    iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"),
                                          QString::fromLatin1(to)});
    if (!iconv.waitForStarted())
        return {};
    iconv.write(text.toUtf8());
    iconv.closeWriteChannel();
    iconv.waitForFinished();
    return iconv.readAllStandardOutput();
}

// A register as a village head typed it: header, title, names, relations, notes.
const QString kRegister =
    QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG\n"
                   "STT,Họ và tên,Ngày sinh,Quan hệ với chủ hộ,Trình độ văn hóa,Nghề nghiệp,Ghi chú\n"
                   "1,Nguyễn Văn Hùng,12/03/1965,Chủ hộ,10/10,Làm ruộng,\n"
                   ",Trần Thị Hoà,05/07/1968,Vợ,7/10,Buôn bán,\n"
                   ",Nguyễn Thị Thuỷ,1992,Con gái,12/12,Giáo viên,Tạm vắng\n"
                   ",Nguyễn Đức Anh,2001,Con trai,Đại học,Sinh viên,\n"
                   "2,Lê Quang Trường,1958,Chủ hộ,4/10,Thợ mộc,\n"
                   ",Phạm Thị Ánh,1960,Vợ,Không biết chữ,Nội trợ,\n"
                   ",Lê Thị Ngọc Yến,1987,Con,Cao đẳng,Kế toán,Tạm trú\n"
                   "3,Đặng Văn Khuyến,1949,Chủ hộ,Tiểu học,Hưu trí,Người có công\n"
                   ",Vũ Thị Huyền,1952,Vợ,Trung cấp,Y tá,\n"
                   "Tổng cộng: 3 hộ, 9 nhân khẩu\n"
                   "NGƯỜI LẬP BIỂU,,,TRƯỞNG THÔN\n");

} // namespace

class TestEncodings : public QObject
{
    Q_OBJECT

private slots:
    void keysAndLabels();
    void checkStrings_data();
    void checkStrings();
    void iconvFlushKeepsTheLastLetter();
    void everyTcvn3ByteDecodesAlone();
    void tcvn3Capitals_data();
    void tcvn3Capitals();
    void tcvn3SoftHyphenByteIsLetter();
    void everyLetterThroughIconv_data();
    void everyLetterThroughIconv();
    void abcFormRoundTrip();
    void vniTableIsComplete();
    void vniRoundTrip();
    void vniKnownStrings_data();
    void vniKnownStrings();
    void cp1252Table();
    void iconvInvalidBytes();
    void roundTripEveryEncoding_data();
    void roundTripEveryEncoding();
    void syllables_data();
    void syllables();
    void detectBytes_data();
    void detectBytes();
    void detectMostlyUtf8();
    void detectShortSamples_data();
    void detectShortSamples();
    void detectUnknown_data();
    void detectUnknown();
    void detectFontText_data();
    void detectFontText();
    void fontTextMixedWorkbook();
    void cleaning_data();
    void cleaning();
    void cleanIsCheapWhenClean();
};

void TestEncodings::keysAndLabels()
{
    QStringList keys;
    for (TextEncoding e : allTextEncodings()) {
        keys << textEncodingKey(e);
        QCOMPARE(textEncodingFromKey(textEncodingKey(e)), std::optional<TextEncoding>(e));
        QVERIFY(!textEncodingLabel(e).isEmpty());
    }
    QCOMPARE(keys, (QStringList{"utf8", "tcvn3", "vni", "cp1258", "cp1252"}));
    QCOMPARE(textEncodingFromKey("UTF-8"), std::optional<TextEncoding>(TextEncoding::Unicode));
    QCOMPARE(textEncodingFromKey(" TCVN3 "), std::optional<TextEncoding>(TextEncoding::Tcvn3));
    QCOMPARE(textEncodingFromKey("shift-jis"), std::nullopt);
    QCOMPARE(textEncodingLabel(TextEncoding::Tcvn3), QStringLiteral("TCVN3 (ABC, .VnTime)"));
}

void TestEncodings::checkStrings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tcvn3 national heading")
        << QByteArray("C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdc"
                      "a Vi\xd6t Nam")
        << TextEncoding::Tcvn3 << QStringLiteral("Cộng hoà xã hội chủ nghĩa Việt Nam");
    QTest::newRow("vni greeting") << QByteArray("Xin cha\xf8o ca\xf9"
                                                "c ba\xefn")
                                  << TextEncoding::Vni << QStringLiteral("Xin chào các bạn");
    QTest::newRow("cp1258 combining tone")
        << QByteArray("Vi\xea\xf2t Nam") << TextEncoding::Cp1258 << QStringLiteral("Việt Nam");
    QTest::newRow("cp1258 precomposed")
        << QByteArray("\xc1nh \xd0\xc3\xf2ng") << TextEncoding::Cp1258 << QStringLiteral("Ánh ĐẶng");
    QTest::newRow("utf8 nfd becomes nfc")
        << nfd(QStringLiteral("Nguyễn")).toUtf8() << TextEncoding::Unicode << QStringLiteral("Nguyễn");
    QTest::newRow("utf8 bom dropped")
        << QByteArray("\xef\xbb\xbfH\xc3\xa0") << TextEncoding::Unicode << QStringLiteral("Hà");
    QTest::newRow("utf16le bom") << QByteArray("\xff\xfeH\0\xe0\0", 6) << TextEncoding::Unicode
                                 << QStringLiteral("Hà");
    QTest::newRow("utf16be bom") << QByteArray("\xfe\xff\0H\0\xe0", 6) << TextEncoding::Unicode
                                 << QStringLiteral("Hà");
    QTest::newRow("cp1252") << QByteArray("caf\xe9 \x80") << TextEncoding::Cp1252 << QStringLiteral("café €");
}

void TestEncodings::checkStrings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, expected);
    const QString decoded = decodeBytes(bytes, encoding);
    QCOMPARE(decoded, expected);
    QCOMPARE(decoded, decoded.normalized(QString::NormalizationForm_C));
}

void TestEncodings::iconvFlushKeepsTheLastLetter()
{
    // Without the final null-input iconv() call the converter keeps 'à' back, waiting for a tone byte.
    QCOMPARE(decodeBytes("ho\xb5", TextEncoding::Tcvn3), QStringLiteral("hoà"));
    QCOMPARE(LegacyDecoder::decode(LegacyDecoder::Charset::Tcvn5712, QByteArray("ho\xb5")),
             QStringLiteral("hoà"));
    QCOMPARE(LegacyDecoder::decode(LegacyDecoder::Charset::Cp1258, QByteArray("ho\xe0")),
             QStringLiteral("hoà"));
    QCOMPARE(LegacyDecoder::decode(LegacyDecoder::Charset::Cp1258, QByteArray("Vi\xea")),
             QStringLiteral("Viê"));
    // A converter reused for the next text starts clean: nothing of the previous text leaks into it.
    QCOMPARE(decodeBytes("a", TextEncoding::Cp1258), QStringLiteral("a"));
    QCOMPARE(decodeBytes("\xf2", TextEncoding::Cp1258), QString(QChar(0x0323)));
    QCOMPARE(decodeBytes("e", TextEncoding::Cp1258), QStringLiteral("e"));
    // Cell by cell, as the readers call it.
    QCOMPARE(decodeFontText(QStringLiteral("ho\u00b5"), TextEncoding::Tcvn3), QStringLiteral("hoà"));
    QCOMPARE(decodeFontText(QStringLiteral("Vi\u00ea\u00f2t"), TextEncoding::Cp1258), QStringLiteral("Việt"));
}

void TestEncodings::everyTcvn3ByteDecodesAlone()
{
    for (int b = 1; b < 256; ++b) {
        const QString decoded =
            LegacyDecoder::decode(LegacyDecoder::Charset::Tcvn5712, QByteArray(1, char(b)));
        QVERIFY2(decoded.size() == 1, qPrintable(QString::number(b, 16)));
        QCOMPARE(decoded, iconvProgram(QByteArray(1, char(b)), "TCVN5712-1"));
    }
}

void TestEncodings::tcvn3Capitals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("title in capitals") << QByteArray("DANH S\xb8"
                                                     "CH")
                                       << QStringLiteral("DANH SÁCH");
    QTest::newRow("given name") << QByteArray("Tr\xc7n Th\xde \xb8nh") << QStringLiteral("Trần Thị Ánh");
    QTest::newRow("name in capitals, last word alone cannot tell")
        << QByteArray("TR\xc7N TH\xde H\xb5") << QStringLiteral("TRẦN THỊ HÀ");
    QTest::newRow("national heading in capitals") << QByteArray("C\xe9NG HO\xb5 X\xb7 H\xe9I CH\xf1 NGH\xdc"
                                                                "A VI\xd6T NAM")
                                                  << QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    QTest::newRow("capital codes kept") << QByteArray("\xa7\xa6\xa2NG") << QStringLiteral("ĐƯÂNG");
    QTest::newRow("lone word left") << QByteArray("H\xb5") << QStringLiteral("Hà");
    QTest::newRow("short name left") << QByteArray("L\xfd H\xb5") << QStringLiteral("Lý Hà");
    QTest::newRow("sentence left") << QByteArray("Danh s\xb8"
                                                 "ch h\xe9 gia \xae\xd7nh")
                                   << QStringLiteral("Danh sách hộ gia đình");
    QTest::newRow("two words left") << QByteArray("Con \xe8m") << QStringLiteral("Con ốm");
    QTest::newRow("fields decide apart") << QByteArray("DANH S\xb8"
                                                       "CH,\xb8nh,Tr\xc7n V\xa9n \xb8nh")
                                         << QStringLiteral("DANH SÁCH,ánh,Trần Vân Ánh");
    QTest::newRow("mixed word is mixed case") << QByteArray("S\xb8"
                                                            "ch GI\xb8O")
                                              << QStringLiteral("Sách GIÁO");
}

void TestEncodings::tcvn3Capitals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(decodeBytes(bytes, TextEncoding::Tcvn3), expected);
    QCOMPARE(decodeFontText(QString::fromLatin1(bytes), TextEncoding::Tcvn3), expected);
}

void TestEncodings::tcvn3SoftHyphenByteIsLetter()
{
    // 0xAD is 'ư' in TCVN3 and U+00AD SOFT HYPHEN in Latin-1: decode first, clean after.
    const QString shown = QString::fromLatin1("n\xad\xed"
                                              "c Tr\xad\xeang");
    QCOMPARE(sht::importing::cleanCellText(decodeFontText(shown, TextEncoding::Tcvn3)),
             QStringLiteral("nước Trường"));
    QCOMPARE(decodeBytes("n\xad\xed"
                         "c",
                         TextEncoding::Tcvn3),
             QStringLiteral("nước"));
    // The other order loses the letter: that is why the readers clean after decoding.
    QCOMPARE(decodeFontText(sht::importing::cleanCellText(shown), TextEncoding::Tcvn3),
             QStringLiteral("nớc Trờng"));
}

void TestEncodings::everyLetterThroughIconv_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("tcvn3") << TextEncoding::Tcvn3 << QByteArray("TCVN5712-1");
    QTest::newRow("cp1258") << TextEncoding::Cp1258 << QByteArray("CP1258");
}

void TestEncodings::everyLetterThroughIconv()
{
    QFETCH(TextEncoding, encoding);
    QFETCH(QByteArray, charset);
    const QStringList letters = vietnameseLetters();
    QCOMPARE(letters.size(), 146);
    // Each letter alone (the last letter of a text: the flush), inside a word and at its start.
    QStringList words;
    for (const QString &l : letters)
        words << l << QStringLiteral("b") + l + QStringLiteral("n") << l + QStringLiteral("x");
    for (const QString &word : std::as_const(words)) {
        const QByteArray bytes = iconvProgramEncode(word, charset.constData());
        QVERIFY2(!bytes.isEmpty(), qPrintable(word));
        QCOMPARE(decodeBytes(bytes, encoding), word);
    }
    // The whole alphabet at once, through our encoder and through the iconv program, both ways.
    const QString all = words.join(u' ');
    const QByteArray ours = encoding == TextEncoding::Tcvn3
                                ? LegacyDecoder::encode(LegacyDecoder::Charset::Tcvn5712, all)
                                : encodeBytes(all, TextEncoding::Cp1258);
    QCOMPARE(ours, iconvProgramEncode(all, charset.constData()));
    QCOMPARE(decodeBytes(ours, encoding), all);
    QCOMPARE(decodeBytes(ours, encoding), iconvProgram(ours, charset.constData()));
}

void TestEncodings::abcFormRoundTrip()
{
    // encodeBytes writes TCVN3 as typists did (ABC has no code for Á, Ầ, …): the lower-case code. Lower-case
    // letters and the seven ABC capitals come back exactly, and every byte is in the ABC range.
    for (const QString &l : vietnameseLetters()) {
        const QByteArray bytes = encodeBytes(l, TextEncoding::Tcvn3);
        QCOMPARE(bytes.size(), 1);
        QVERIFY2(uchar(bytes[0]) < 0x80 || uchar(bytes[0]) >= 0xA1, qPrintable(l));
        const bool abcCapital = QStringLiteral("ĂÂÊÔƠƯĐ").contains(l);
        const QString back = decodeBytes(bytes, TextEncoding::Tcvn3);
        QCOMPARE(back, (l.at(0).isLower() || abcCapital || l.at(0).unicode() < 0x80) ? l : l.toLower());
    }
    // In context the capitals come back.
    const QString names = QStringLiteral("Trần Thị Ánh,ĐẶNG VĂN ẤT,Nguyễn Ẩn Hoà");
    QCOMPARE(decodeBytes(encodeBytes(names, TextEncoding::Tcvn3), TextEncoding::Tcvn3), names);
}

void TestEncodings::vniTableIsComplete()
{
    const QList<VniLetter> &table = VniTable::letters();
    QCOMPARE(table.size(), 146 - 12); // the 12 untoned ASCII vowels are themselves
    QSet<QChar> letters;
    QSet<QString> spellings;
    for (const VniLetter &l : table) {
        letters.insert(l.letter);
        spellings.insert(l.vni);
        QVERIFY(l.vni.size() == 1 || l.vni.size() == 2);
        for (const QChar c : l.vni)
            QVERIFY2(c.unicode() < 0x100, qPrintable(l.vni)); // cp1252 characters below U+0100
    }
    QCOMPARE(letters.size(), table.size());
    QCOMPARE(spellings.size(), table.size());
    for (const QString &l : vietnameseLetters())
        QVERIFY2(letters.contains(l.at(0)) || l.at(0).unicode() < 0x80, qPrintable(l));
}

void TestEncodings::vniRoundTrip()
{
    // The inverse of the table, built here: letter → spelling.
    QHash<QChar, QString> inverse;
    for (const VniLetter &l : VniTable::letters())
        inverse.insert(l.letter, l.vni);
    auto encode = [&](const QString &text) {
        QString out;
        for (const QChar c : text)
            out += inverse.value(c, QString(c));
        return out;
    };
    QStringList words;
    for (const QString &l : vietnameseLetters())
        words << l << QStringLiteral("b") + l + QStringLiteral("n") << l + QStringLiteral("x")
              << QStringLiteral("ng") + l;
    for (const QString &word : std::as_const(words)) {
        QCOMPARE(VniTable::decode(encode(word)), word);
        QCOMPARE(VniTable::encode(word), encode(word));
        // As bytes of a CSV saved on a Western Windows.
        QCOMPARE(decodeBytes(encodeBytes(word, TextEncoding::Vni), TextEncoding::Vni), word);
    }
    const QString all = words.join(u' ');
    QCOMPARE(VniTable::decode(encode(all)), all);
    QCOMPARE(decodeFontText(encodeFontText(all, TextEncoding::Vni), TextEncoding::Vni), all);
}

void TestEncodings::vniKnownStrings_data()
{
    QTest::addColumn<QString>("vni");
    QTest::addColumn<QString>("expected");
    QTest::newRow("country") << QStringLiteral("Vieät Nam") << QStringLiteral("Việt Nam");
    QTest::newRow("family name") << QStringLiteral("Nguyeãn") << QStringLiteral("Nguyễn");
    QTest::newRow("capitals") << QStringLiteral("ÑAØ NAÜNG") << QStringLiteral("ĐÀ NẴNG");
    QTest::newRow("horn letters") << QStringLiteral("ñöôøng Tröôøng") << QStringLiteral("đường Trường");
    QTest::newRow("i and y") << QStringLiteral("Lyù Kyø Ò ò æ ó î Î") << QStringLiteral("Lý Kỳ Ị ị ỉ ĩ ỵ Ỵ");
    QTest::newRow("both placements") << QStringLiteral("Hoaø Hoøa Thuyû Thuûy")
                                     << QStringLiteral("Hoà Hòa Thuỷ Thủy");
    QTest::newRow("breve") << QStringLiteral("Ñaëng Vaên AÉt") << QStringLiteral("Đặng Văn Ắt");
    QTest::newRow("mark of the other case") << QStringLiteral("AØ aØ") << QStringLiteral("À à");
    QTest::newRow("mark alone kept") << QStringLiteral("1ù é") << QStringLiteral("1ù é");
    QTest::newRow("ascii untouched") << QStringLiteral("STT, Ho ten (1)")
                                     << QStringLiteral("STT, Ho ten (1)");
}

void TestEncodings::vniKnownStrings()
{
    QFETCH(QString, vni);
    QFETCH(QString, expected);
    QCOMPARE(VniTable::decode(vni), expected);
    QCOMPARE(decodeBytes(vni.toLatin1(), TextEncoding::Vni), expected);
}

void TestEncodings::cp1252Table()
{
    QByteArray all;
    for (int b = 1; b < 256; ++b)
        all += char(b);
    const QString decoded = LegacyDecoder::decodeCp1252(all.constData(), all.size());
    QCOMPARE(decoded.size(), all.size());
    QCOMPARE(LegacyDecoder::encodeCp1252(decoded), all);
    QCOMPARE(decoded.at(0x80 - 1), QChar(0x20AC));
    QCOMPARE(decoded.at(0x9F - 1), QChar(0x0178));
    QCOMPARE(LegacyDecoder::cp1252Byte(QChar(0x1EA1)), -1);
    QCOMPARE(LegacyDecoder::encodeCp1252(u"ạ"), QByteArray("?"));
}

void TestEncodings::iconvInvalidBytes()
{
    // CP1258 leaves 0x81 undefined: U+FFFD, in place, and the letter before it is not lost.
    QCOMPARE(decodeBytes("a\xe0\x81z", TextEncoding::Cp1258), QStringLiteral("aà\uFFFDz"));
    // A character CP1258 cannot hold is '?' (and the next one is kept).
    QCOMPARE(encodeBytes(QStringLiteral("a日b"), TextEncoding::Cp1258), QByteArray("a?b"));
    QCOMPARE(encodeBytes(QStringLiteral("a😀b"), TextEncoding::Tcvn3), QByteArray("a?b"));
    QCOMPARE(decodeBytes({}, TextEncoding::Tcvn3), QString());
}

void TestEncodings::roundTripEveryEncoding_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    for (TextEncoding e :
         {TextEncoding::Unicode, TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Cp1258})
        QTest::newRow(qPrintable(textEncodingKey(e))) << e;
}

void TestEncodings::roundTripEveryEncoding()
{
    QFETCH(TextEncoding, encoding);
    // The whole register: TCVN3 brings its capitals back by the rules (the title, names, the signatures).
    QCOMPARE(decodeBytes(encodeBytes(kRegister, encoding), encoding), kRegister);
    QCOMPARE(decodeFontText(encodeFontText(kRegister, encoding), encoding), kRegister);
}

void TestEncodings::syllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("valid");
    for (const char *w :
         {"nghiêng", "Nguyễn", "khuỷu", "quốc", "giữ", "Việt",  "ĐƯỜNG", "người", "thuở", "oanh", "Hoà",
          "Hòa",     "Thuỷ",   "Thủy",  "ấp",   "yêu", "khuya", "gì",    "Đức",   "các",  "bạn"})
        QTest::newRow(w) << QString::fromUtf8(w) << true;
    for (const char *w : {"hoµ", "x·", "chñ", "nghÜa", "ViÖt", "chaøo", "caùc", "Viêt", "hóà", "bcđ", "ƒa",
                          "Hổk", "cafè", "Müller", "ẫệở", "nghiêngg"})
        QTest::newRow(w) << QString::fromUtf8(w) << false;
}

void TestEncodings::syllables()
{
    QFETCH(QString, word);
    QFETCH(bool, valid);
    QCOMPARE(EncodingDetector::isVietnameseSyllable(word), valid);
    QCOMPARE(EncodingDetector::isVietnameseSyllable(nfd(word).normalized(QString::NormalizationForm_C)),
             valid);
}

void TestEncodings::detectBytes_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    for (TextEncoding e :
         {TextEncoding::Unicode, TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Cp1258})
        QTest::newRow(qPrintable(textEncodingKey(e))) << e;
}

void TestEncodings::detectBytes()
{
    QFETCH(TextEncoding, encoding);
    const EncodingGuess guess = detectBytesEncoding(encodeBytes(kRegister, encoding));
    QCOMPARE(guess.encoding, encoding);
    QVERIFY2(guess.confidence >= 0.9, qPrintable(QString::number(guess.confidence)));
    QCOMPARE(guess.scores.size(), allTextEncodings().size());
    QCOMPARE(guess.scores.first().first, encoding);
    for (int i = 1; i < guess.scores.size(); ++i) {
        QVERIFY(guess.scores[i - 1].second >= guess.scores[i].second);
        QVERIFY(guess.scores[i].second >= 0 && guess.scores[i].second <= 1);
    }
    // Every other candidate reads the sample clearly worse.
    QVERIFY(guess.scores[1].second < 0.5);
}

void TestEncodings::detectShortSamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<double>("minConfidence");
    const QString name = QStringLiteral("1,Nguyễn Văn Hùng,1965,Chủ hộ\n");
    for (TextEncoding e : {TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Cp1258})
        QTest::newRow(qPrintable(QStringLiteral("one row ") + textEncodingKey(e))) << name << e << 0.5;
    QTest::newRow("one utf8 letter") << QStringLiteral("Hà") << TextEncoding::Unicode << 0.5;
    QTest::newRow("ascii") << QStringLiteral("STT,Ho ten\n1,Nguyen Van A\n") << TextEncoding::Unicode << 1.0;
}

void TestEncodings::detectMostlyUtf8()
{
    // A UTF-8 register with one stray cp1252 byte (pasted from elsewhere) is still UTF-8.
    QByteArray bytes = kRegister.toUtf8();
    bytes.insert(bytes.indexOf("Ghi ch"), "\x93");
    const EncodingGuess guess = detectBytesEncoding(bytes);
    QCOMPARE(guess.encoding, TextEncoding::Unicode);
    QVERIFY2(guess.confidence >= 0.9, qPrintable(QString::number(guess.confidence)));
    QVERIFY(decodeBytes(bytes, TextEncoding::Unicode).contains(QStringLiteral("\uFFFDGhi chú")));
}

void TestEncodings::detectShortSamples()
{
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    QFETCH(double, minConfidence);
    const EncodingGuess guess = detectBytesEncoding(encodeBytes(text, encoding));
    QCOMPARE(guess.encoding, encoding);
    QVERIFY2(guess.confidence >= minConfidence, qPrintable(QString::number(guess.confidence)));
}

void TestEncodings::detectUnknown_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("shift-jis") << QByteArray::fromHex(
        "93fa967b8cea82cc8365834c8358836782c582b78142938c8b9e93739056"
        "8f688be681418e8196bc814190b6944e8c8e93fa");
    QTest::newRow("gbk") << QByteArray::fromHex("b1b1bea9cad0baa3b5edc7f8a3acd0d5c3fba3acb3f6c9fac8d5c6da");
    QRandomGenerator random(42);
    QByteArray noise(4096, 0);
    for (char &c : noise)
        c = char(random.bounded(1, 256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("western") << QByteArray("Gr\xfc\xdf"
                                           "e aus M\xfcnchen, \xe7"
                                           "a va tr\xe8s bien\n");
}

void TestEncodings::detectUnknown()
{
    QFETCH(QByteArray, bytes);
    const EncodingGuess guess = detectBytesEncoding(bytes);
    QVERIFY2(guess.confidence < kTrustedEncodingConfidence,
             qPrintable(textEncodingKey(guess.encoding) + QString::number(guess.confidence)));
}

void TestEncodings::detectFontText_data()
{
    QTest::addColumn<TextEncoding>("encoding");
    for (TextEncoding e : {TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Cp1258})
        QTest::newRow(qPrintable(textEncodingKey(e))) << e;
}

void TestEncodings::detectFontText()
{
    QFETCH(TextEncoding, encoding);
    QStringList cells;
    for (const QString &line : kRegister.split(u'\n'))
        cells << line.split(u',');
    QStringList shown;
    for (const QString &c : std::as_const(cells))
        shown << encodeFontText(c, encoding);
    const EncodingGuess legacy = detectFontTextEncoding(shown);
    QCOMPARE(legacy.encoding, encoding);
    QVERIFY2(legacy.confidence >= 0.9, qPrintable(QString::number(legacy.confidence)));
    for (int i = 0; i < cells.size(); ++i)
        QCOMPARE(decodeFontText(shown[i], encoding), cells[i]);

    const EncodingGuess unicode = detectFontTextEncoding(cells);
    QCOMPARE(unicode.encoding, TextEncoding::Unicode);
    QVERIFY2(unicode.confidence >= 0.9, qPrintable(QString::number(unicode.confidence)));
}

void TestEncodings::fontTextMixedWorkbook()
{
    // A .VnTime sheet under a title typed later in Unicode: the title is no evidence and is left as it is.
    QStringList shown = {QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH")};
    for (const char *name :
         {"Nguyễn Văn Hùng", "Trần Thị Hoà", "Lê Quang Trường", "Phạm Thị Ánh", "Vũ Thị Huyền"})
        shown << encodeFontText(QString::fromUtf8(name), TextEncoding::Tcvn3);
    const EncodingGuess guess = detectFontTextEncoding(shown);
    QCOMPARE(guess.encoding, TextEncoding::Tcvn3);
    QVERIFY2(guess.confidence >= 0.7, qPrintable(QString::number(guess.confidence)));
    QCOMPARE(decodeFontText(shown[0], TextEncoding::Tcvn3), shown[0]);
    QCOMPARE(decodeFontText(shown[2], TextEncoding::Tcvn3), QStringLiteral("Trần Thị Hoà"));
    // A Unicode workbook where a few cells hold only Latin-1 letters ("Hà", "Lê") stays Unicode.
    const QStringList unicode = {QStringLiteral("Hà"), QStringLiteral("Lê"), QStringLiteral("Nguyễn Văn An"),
                                 QStringLiteral("Đỗ Thị Hạnh"), QStringLiteral("Trương Công Định")};
    const EncodingGuess u = detectFontTextEncoding(unicode);
    QCOMPARE(u.encoding, TextEncoding::Unicode);
    QVERIFY(u.confidence >= kTrustedEncodingConfidence);
    // Only ASCII: nothing to decide.
    QCOMPARE(detectFontTextEncoding({QStringLiteral("STT"), QStringLiteral("12")}).confidence, 1.0);
}

void TestEncodings::cleaning_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nbsp") << QStringLiteral("Con\u00a0") << QStringLiteral("Con");
    QTest::newRow("tabs and double spaces")
        << QStringLiteral("\tNguyễn  Văn\t\tAn ") << QStringLiteral("Nguyễn Văn An");
    QTest::newRow("soft hyphen") << QStringLiteral("Nguy\u00adễn") << QStringLiteral("Nguyễn");
    QTest::newRow("zero width") << QStringLiteral("\ufeffH\u200bà\u200c \u200dNội\u2060")
                                << QStringLiteral("Hà Nội");
    QTest::newRow("nfd to nfc") << nfd(QStringLiteral("Trần Thị Thuỷ")) << QStringLiteral("Trần Thị Thuỷ");
    QTest::newRow("old tone placement kept") << QStringLiteral("Hoà Thuỷ") << QStringLiteral("Hoà Thuỷ");
    QTest::newRow("new tone placement kept") << QStringLiteral("Hòa Thủy") << QStringLiteral("Hòa Thủy");
    QTest::newRow("line breaks") << QStringLiteral(" Ngày tháng \r\n\r\n năm sinh\r(1) ")
                                 << QStringLiteral("Ngày tháng\nnăm sinh\n(1)");
    QTest::newRow("other spaces") << QStringLiteral("a\u2003b\u3000c\u202fd") << QStringLiteral("a b c d");
    QTest::newRow("control characters") << QStringLiteral("A\u0001B\u007fC\u0090") << QStringLiteral("ABC");
    QTest::newRow("only spaces") << QStringLiteral(" \u00a0\t ") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("clean") << QStringLiteral("Nguyễn Văn An") << QStringLiteral("Nguyễn Văn An");
}

void TestEncodings::cleaning()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(sht::importing::cleanCellText(raw), expected);
    QCOMPARE(sht::importing::cleanCellText(expected), expected); // idempotent
}

void TestEncodings::cleanIsCheapWhenClean()
{
    // A clean cell comes back without a copy (the readers clean a million cells).
    const QString clean = QString::fromUtf8("Nguyen Van An 1965");
    QCOMPARE(sht::importing::cleanCellText(clean).constData(), clean.constData());
    const QString vietnamese = QString::fromUtf8("Nguyễn Văn An");
    QCOMPARE(sht::importing::cleanCellText(vietnamese).constData(), vietnamese.constData());
    const QString dirty = QString::fromUtf8(" Nguyễn");
    QVERIFY(sht::importing::cleanCellText(dirty).constData() != dirty.constData());
}

QTEST_GUILESS_MAIN(TestEncodings)
#include "tst_encodings.moc"
