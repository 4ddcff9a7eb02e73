#include "VniTable.h"

#include "TextCleaner.h"

#include <QHash>

#include <array>

namespace sht::importing {

namespace {

// Tones in the order of every row below: none, sắc, huyền, hỏi, ngã, nặng.
constexpr std::array<char16_t, 6> kToneMarks = {0, 0x0301, 0x0300, 0x0309, 0x0303, 0x0323};

// One vowel of the alphabet: the Unicode letter without tone (lower case), and how VNI spells it with each
// tone (lower case; upper case is the same with every character upper-cased).
struct VowelRow
{
    char16_t vowel;
    std::array<const char16_t *, 6> spellings;
};

// The table (lower case). Marks: ù ø û õ ï = tones; â á à å ã ä = circumflex + tones; ê é è ú ü ë = breve +
// tones. ô = ơ and ö = ư take the tone marks; i has one character per tone, and so has ỵ (î).
const std::array<VowelRow, 12> kVowels = {{
    {u'a', {u"a", u"aù", u"aø", u"aû", u"aõ", u"aï"}},
    {u'ă', {u"aê", u"aé", u"aè", u"aú", u"aü", u"aë"}},
    {u'â', {u"aâ", u"aá", u"aà", u"aå", u"aã", u"aä"}},
    {u'e', {u"e", u"eù", u"eø", u"eû", u"eõ", u"eï"}},
    {u'ê', {u"eâ", u"eá", u"eà", u"eå", u"eã", u"eä"}},
    {u'i', {u"i", u"í", u"ì", u"æ", u"ó", u"ò"}},
    {u'o', {u"o", u"où", u"oø", u"oû", u"oõ", u"oï"}},
    {u'ô', {u"oâ", u"oá", u"oà", u"oå", u"oã", u"oä"}},
    {u'ơ', {u"ô", u"ôù", u"ôø", u"ôû", u"ôõ", u"ôï"}},
    {u'u', {u"u", u"uù", u"uø", u"uû", u"uõ", u"uï"}},
    {u'ư', {u"ö", u"öù", u"öø", u"öû", u"öõ", u"öï"}},
    {u'y', {u"y", u"yù", u"yø", u"yû", u"yõ", u"î"}},
}};

QList<VniLetter> buildLetters()
{
    QList<VniLetter> letters;
    for (const VowelRow &row : kVowels) {
        for (int tone = 0; tone < int(kToneMarks.size()); ++tone) {
            QString composed(QChar(row.vowel));
            if (kToneMarks[tone])
                composed += QChar(kToneMarks[tone]);
            composed = composed.normalized(QString::NormalizationForm_C);
            Q_ASSERT(composed.size() == 1);
            const QString spelling = QString::fromUtf16(row.spellings[tone]);
            if (composed.at(0).unicode() < 0x80)
                continue; // a, e, i, o, u, y: plain ASCII, spelled as themselves
            letters.append({composed.at(0), spelling});
            letters.append({composed.at(0).toUpper(), spelling.toUpper()});
        }
    }
    letters.append({QChar(u'đ'), QStringLiteral("ñ")});
    letters.append({QChar(u'Đ'), QStringLiteral("Ñ")});
    return letters;
}

// Decoding lookups: one character, or a base character followed by a mark.
struct DecodeTables
{
    QHash<char16_t, QChar> single;
    QHash<quint32, QChar> pair; // base << 16 | mark

    static quint32 key(QChar base, QChar mark) { return quint32(base.unicode()) << 16 | mark.unicode(); }

    DecodeTables()
    {
        for (const VniLetter &l : VniTable::letters()) {
            if (l.vni.size() == 1) {
                single.insert(l.vni.at(0).unicode(), l.letter);
                continue;
            }
            const QChar base = l.vni.at(0), mark = l.vni.at(1);
            pair.insert(key(base, mark), l.letter);
            // The other case of the mark, after this base: the base's case decides.
            const QChar otherMark = mark.isUpper() ? mark.toLower() : mark.toUpper();
            if (!pair.contains(key(base, otherMark)))
                pair.insert(key(base, otherMark), l.letter);
        }
    }
};

const DecodeTables &decodeTables()
{
    static const DecodeTables tables;
    return tables;
}

} // namespace

const QList<VniLetter> &VniTable::letters()
{
    static const QList<VniLetter> table = buildLetters();
    return table;
}

QString VniTable::decode(QStringView vni)
{
    const DecodeTables &tables = decodeTables();
    QString out;
    out.reserve(vni.size());
    const qsizetype n = vni.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = vni.at(i);
        if (c.unicode() < 0x80) {
            // Every mark is in U+00C0..U+00FF: an ASCII letter followed by ASCII is itself.
            if (i + 1 < n && vni.at(i + 1).unicode() >= 0xC0 && vni.at(i + 1).unicode() <= 0xFF) {
                const auto it = tables.pair.constFind(DecodeTables::key(c, vni.at(i + 1)));
                if (it != tables.pair.constEnd()) {
                    out += *it;
                    ++i;
                    continue;
                }
            }
            out += c;
            continue;
        }
        if (i + 1 < n) {
            const auto it = tables.pair.constFind(DecodeTables::key(c, vni.at(i + 1)));
            if (it != tables.pair.constEnd()) {
                out += *it;
                ++i;
                continue;
            }
        }
        const auto it = tables.single.constFind(c.unicode());
        out += it != tables.single.constEnd() ? *it : c;
    }
    return nfc(out);
}

QString VniTable::encode(QStringView text)
{
    static const QHash<char16_t, QString> inverse = [] {
        QHash<char16_t, QString> map;
        for (const VniLetter &l : letters())
            map.insert(l.letter.unicode(), l.vni);
        return map;
    }();
    const QString composed = nfc(text.toString());
    QString out;
    out.reserve(composed.size() * 2);
    for (const QChar c : composed) {
        const auto it = inverse.constFind(c.unicode());
        if (it != inverse.constEnd())
            out += *it;
        else
            out += c;
    }
    return out;
}

} // namespace sht::importing
