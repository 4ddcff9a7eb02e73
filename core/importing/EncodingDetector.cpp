#include "EncodingDetector.h"

#include "LegacyDecoder.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace sht::importing {

namespace {

// The letters of Vietnamese syllables (f, j, w, z are not: they only appear in loanwords and the names of
// some ethnic minorities, which are ASCII and never decide between encodings).
constexpr char16_t kLetters[] = u"aăâbcdđeêghiklmnoôơpqrstuưvxy";
constexpr int kLetterCount = int(std::size(kLetters)) - 1;

int letterIndex(char16_t lower)
{
    for (int i = 0; i < kLetterCount; ++i) {
        if (kLetters[i] == lower)
            return i + 1;
    }
    return 0;
}

// Tone numbers: 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
int toneOf(char16_t mark)
{
    switch (mark) {
    case 0x0301:
        return 1;
    case 0x0300:
        return 2;
    case 0x0309:
        return 3;
    case 0x0303:
        return 4;
    case 0x0323:
        return 5;
    default:
        return 0;
    }
}

constexpr char16_t kTableEnd = 0x1F00; // past the Latin Extended Additional block (ạ … ỹ)

// For every character below kTableEnd: its base letter (index into kLetters, 0 = not a Vietnamese letter)
// and tone. Built once from Unicode's decompositions, so both cases and every precomposed form are covered.
struct LetterTable
{
    std::vector<quint8> base = std::vector<quint8>(kTableEnd, 0);
    std::vector<quint8> tone = std::vector<quint8>(kTableEnd, 0);

    LetterTable()
    {
        for (char16_t u = 0x41; u < kTableEnd; ++u) {
            if (u >= 0x250 && u < 0x1EA0)
                continue;
            const QChar c(u);
            if (!c.isLetter())
                continue;
            const QString d = QString(c).normalized(QString::NormalizationForm_D).toLower();
            char16_t letter = d.at(0).unicode();
            int t = 0;
            bool ok = true;
            for (qsizetype i = 1; i < d.size() && ok; ++i) {
                const char16_t m = d.at(i).unicode();
                if (const int tm = toneOf(m)) {
                    ok = t == 0;
                    t = tm;
                } else if (m == 0x0302 && (letter == u'a' || letter == u'e' || letter == u'o')) {
                    letter = letter == u'a' ? u'â' : letter == u'e' ? u'ê' : u'ô';
                } else if (m == 0x0306 && letter == u'a') {
                    letter = u'ă';
                } else if (m == 0x031B && (letter == u'o' || letter == u'u')) {
                    letter = letter == u'o' ? u'ơ' : u'ư';
                } else {
                    ok = false;
                }
            }
            const int index = ok ? letterIndex(letter) : 0;
            // A tone belongs on a vowel only.
            if (index && (t == 0 || QStringView(u"aăâeêioôơuưy").contains(QChar(letter)))) {
                base[u] = quint8(index);
                tone[u] = quint8(t);
            }
        }
    }
};

const LetterTable &letterTable()
{
    static const LetterTable table;
    return table;
}

quint32 keyOf(QStringView letters)
{
    quint32 key = 0;
    for (const QChar c : letters)
        key = key * 32 + quint32(letterIndex(c.unicode()));
    return key;
}

// The rhymes (vần) of Vietnamese, without tones: vowel nucleus with its glides and final consonant.
const char16_t *const kRhymes[] = {
    u"a",    u"ai",  u"ao",   u"au",   u"ay",  u"ac",   u"ach",  u"am",   u"an",  u"ang",  u"anh",  u"ap",
    u"at",   u"ăc",  u"ăm",   u"ăn",   u"ăng", u"ăp",   u"ăt",   u"âc",   u"âm",  u"ân",   u"âng",  u"âp",
    u"ât",   u"âu",  u"ây",   u"e",    u"eo",  u"ec",   u"em",   u"en",   u"eng", u"ep",   u"et",   u"ê",
    u"êch",  u"êm",  u"ên",   u"ênh",  u"êp",  u"êt",   u"êu",   u"i",    u"ia",  u"ich",  u"im",   u"in",
    u"inh",  u"ip",  u"it",   u"iu",   u"iêc", u"iêm",  u"iên",  u"iêng", u"iêp", u"iêt",  u"iêu",  u"o",
    u"oa",   u"oac", u"oach", u"oai",  u"oam", u"oan",  u"oang", u"oanh", u"oao", u"oap",  u"oat",  u"oay",
    u"oăc",  u"oăm", u"oăn",  u"oăng", u"oăt", u"oe",   u"oen",  u"oeo",  u"oet", u"oi",   u"oc",   u"om",
    u"on",   u"ong", u"op",   u"ot",   u"ooc", u"oong", u"ô",    u"ôi",   u"ôc",  u"ôm",   u"ôn",   u"ông",
    u"ôp",   u"ôt",  u"ơ",    u"ơi",   u"ơm",  u"ơn",   u"ơp",   u"ơt",   u"u",   u"ua",   u"uân",  u"uâng",
    u"uât",  u"uây", u"uc",   u"ui",   u"um",  u"un",   u"ung",  u"up",   u"ut",  u"uê",   u"uêch", u"uên",
    u"uênh", u"uêt", u"uơ",   u"uy",   u"uya", u"uych", u"uyên", u"uyêt", u"uyn", u"uynh", u"uyp",  u"uyt",
    u"uyu",  u"uôc", u"uôi",  u"uôm",  u"uôn", u"uông", u"uôt",  u"ư",    u"ưa",  u"ưc",   u"ưi",   u"ưng",
    u"ưm",   u"ưt",  u"ưu",   u"ươc",  u"ươi", u"ươm",  u"ươn",  u"ương", u"ươp", u"ươt",  u"ươu",  u"y",
    u"yêm",  u"yên", u"yêng", u"yêt",  u"yêu",
};

// Onsets, longest first so that "ngh" is tried before "ng" and "n".
const char16_t *const kOnsets[] = {u"ngh", u"ng", u"nh", u"ch", u"gh", u"gi", u"kh", u"ph", u"qu", u"th",
                                   u"tr",  u"b",  u"c",  u"d",  u"đ",  u"g",  u"h",  u"k",  u"l",  u"m",
                                   u"n",   u"p",  u"r",  u"s",  u"t",  u"v",  u"x",  u""};

const QSet<quint32> &rhymeKeys()
{
    static const QSet<quint32> keys = [] {
        QSet<quint32> set;
        for (const char16_t *r : kRhymes)
            set.insert(keyOf(QStringView(r)));
        return set;
    }();
    return keys;
}

bool endsWithStop(QStringView rhyme)
{
    return rhyme.endsWith(u'c') || rhyme.endsWith(u'p') || rhyme.endsWith(u't') || rhyme.endsWith(u"ch");
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return !isAsciiLetter(u);
    return c.isSpace();
}

// The first of the candidates (in preference order) with the highest score, the best score of a candidate
// that decodes the sample differently, and from them the confidence.
struct Candidate
{
    TextEncoding encoding;
    QString decoded;
    Plausibility plausibility;
    double score = 0;
};

EncodingGuess decide(const QList<Candidate> &candidates)
{
    EncodingGuess guess;
    int best = 0;
    for (int i = 1; i < candidates.size(); ++i) {
        if (candidates[i].score > candidates[best].score + 1e-9)
            best = i;
    }
    double second = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        if (i != best && candidates[i].decoded != candidates[best].decoded)
            second = qMax(second, candidates[i].score);
    }
    const Candidate &b = candidates[best];
    // The margin over the runner-up: a quarter of the scale apart is a clear win. The evidence: one word
    // decides little, five words nearly all.
    const double margin = qBound(0.0, (b.score - second) / 0.25, 1.0);
    const double evidence = 1.0 - std::pow(0.5, b.plausibility.words);
    guess.encoding = b.encoding;
    guess.confidence = b.score * margin * evidence;
    for (const Candidate &c : candidates)
        guess.scores.append({c.encoding, c.score});
    std::stable_sort(guess.scores.begin(), guess.scores.end(),
                     [](const auto &x, const auto &y) { return x.second > y.second; });
    return guess;
}

EncodingGuess certain(TextEncoding encoding, const QList<TextEncoding> &all)
{
    EncodingGuess guess;
    guess.encoding = encoding;
    guess.confidence = 1.0;
    guess.scores.append({encoding, 1.0});
    for (TextEncoding e : all) {
        if (e != encoding)
            guess.scores.append({e, 1.0});
    }
    return guess;
}

// UTF-8 well-formedness: multi-byte sequences and malformed bytes (a sequence cut by the end of the sample
// does not count as malformed).
struct Utf8Check
{
    qsizetype multiByte = 0, malformed = 0;
};

Utf8Check checkUtf8(const QByteArray &bytes)
{
    Utf8Check check;
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uint min = 0;
        if (b >= 0xC2 && b <= 0xDF)
            length = 2, min = 0x80;
        else if (b >= 0xE0 && b <= 0xEF)
            length = 3, min = 0x800;
        else if (b >= 0xF0 && b <= 0xF4)
            length = 4, min = 0x10000;
        if (length == 0) {
            ++check.malformed;
            ++i;
            continue;
        }
        uint cp = b & (0xFF >> (length + 1));
        int k = 1;
        for (; k < length && i + k < n && (p[i + k] & 0xC0) == 0x80; ++k)
            cp = cp << 6 | (p[i + k] & 0x3F);
        if (k < length) {
            if (i + k < n)
                ++check.malformed; // a continuation byte is missing
            i += k;
            continue;
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            ++check.malformed;
        else
            ++check.multiByte;
        i += length;
    }
    return check;
}

// The lines that hold a non-ASCII byte (only they tell encodings apart), up to a size that scores fast.
QByteArray legacyLines(const QByteArray &bytes, qsizetype limit = 64 * 1024)
{
    QByteArray sample;
    qsizetype start = 0;
    const qsizetype n = bytes.size();
    while (start < n && sample.size() < limit) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = n;
        bool nonAscii = false;
        for (qsizetype i = start; i < end && !nonAscii; ++i)
            nonAscii = uchar(bytes[i]) >= 0x80;
        if (nonAscii) {
            sample.append(bytes.constData() + start, end - start);
            sample.append('\n');
        }
        start = end + 1;
    }
    return sample;
}

} // namespace

bool EncodingDetector::isVietnameseSyllable(QStringView word)
{
    if (word.isEmpty() || word.size() > 7)
        return false;
    const LetterTable &table = letterTable();
    char16_t letters[8];
    int tone = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word.at(i).unicode();
        if (u >= kTableEnd || table.base[u] == 0)
            return false;
        if (const int t = table.tone[u]) {
            if (tone)
                return false; // two tones
            tone = t;
        }
        letters[i] = kLetters[table.base[u] - 1];
    }
    const QStringView bare(letters, word.size());
    const QSet<quint32> &rhymes = rhymeKeys();
    for (const char16_t *onset : kOnsets) {
        const QStringView o(onset);
        if (!bare.startsWith(o))
            continue;
        const QStringView rhyme = bare.mid(o.size());
        if (rhyme.isEmpty() || !rhymes.contains(keyOf(rhyme)))
            continue;
        if (endsWithStop(rhyme) && tone != 1 && tone != 5)
            continue; // "các", "Việt": a closed syllable takes sắc or nặng only
        return true;
    }
    return false;
}

Plausibility EncodingDetector::plausibility(QStringView text)
{
    Plausibility p;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (isSeparator(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        bool nonAscii = false, letter = false;
        for (; i < n && !isSeparator(text.at(i)); ++i) {
            nonAscii = nonAscii || text.at(i).unicode() >= 0x80;
            letter = letter || text.at(i).isLetter();
        }
        if (!nonAscii || !letter)
            continue;
        ++p.words;
        if (isVietnameseSyllable(text.mid(begin, i - begin)))
            ++p.syllables;
    }
    return p;
}

EncodingGuess EncodingDetector::detectBytes(const QByteArray &sample)
{
    const QList<TextEncoding> all = allTextEncodings();
    if (sample.startsWith("\xEF\xBB\xBF") || sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return certain(TextEncoding::Unicode, {TextEncoding::Unicode});
    const Utf8Check utf8 = checkUtf8(sample);
    if (utf8.multiByte == 0 && utf8.malformed == 0)
        return certain(TextEncoding::Unicode, all); // ASCII: every encoding reads it alike

    const QByteArray lines = legacyLines(sample);
    QList<Candidate> candidates;
    for (TextEncoding e : all) {
        Candidate c{e, decodeBytes(lines, e), {}, 0};
        c.plausibility = plausibility(c.decoded);
        c.score = c.plausibility.score();
        if (e == TextEncoding::Unicode)
            c.score *= double(utf8.multiByte) / double(utf8.multiByte + utf8.malformed);
        candidates.append(c);
    }
    if (utf8.malformed > 0)
        return decide(candidates);
    // Well-formed UTF-8 with multi-byte sequences: legacy Vietnamese text never is (a tone byte or a
    // precomposed vowel is followed by ASCII, not by a continuation byte), whatever language it holds.
    candidates.first().score = qMax(candidates.first().score, 1.0 - std::pow(0.5, double(utf8.multiByte)));
    EncodingGuess guess = decide(candidates);
    guess.encoding = TextEncoding::Unicode;
    guess.confidence = qMax(guess.confidence, qMin(0.99, 0.5 + 0.1 * double(utf8.multiByte)));
    return guess;
}

EncodingGuess EncodingDetector::detectFontText(const QStringList &cellTexts)
{
    const QList<TextEncoding> candidatesOrder = {TextEncoding::Unicode, TextEncoding::Tcvn3,
                                                 TextEncoding::Vni, TextEncoding::Cp1258};
    // Cells with a character outside cp1252 are Unicode already (Excel cannot show a legacy-font byte as
    // one); cells of ASCII only read alike in every encoding. The rest is the sample.
    qsizetype unicodeCells = 0, legacyCells = 0;
    QString sample;
    for (const QString &cell : cellTexts) {
        bool nonAscii = false, outsideCp1252 = false;
        for (const QChar c : cell) {
            if (c.unicode() < 0x80)
                continue;
            nonAscii = true;
            if (LegacyDecoder::cp1252Byte(c) < 0) {
                outsideCp1252 = true;
                break;
            }
        }
        if (outsideCp1252) {
            ++unicodeCells;
        } else if (nonAscii) {
            ++legacyCells;
            if (sample.size() < 64 * 1024) {
                sample += cell;
                sample += u'\n';
            }
        }
    }
    if (legacyCells == 0)
        return certain(TextEncoding::Unicode, candidatesOrder);

    QList<Candidate> candidates;
    for (TextEncoding e : candidatesOrder) {
        Candidate c{e, decodeFontText(sample, e), {}, 0};
        c.plausibility = plausibility(c.decoded);
        c.score = c.plausibility.score();
        candidates.append(c);
    }
    EncodingGuess guess = decide(candidates);
    const double legacyShare = double(legacyCells) / double(legacyCells + unicodeCells);
    // Cells that are certainly Unicode make the rest likely Unicode too: only the share of cells that could
    // be legacy carries the sample's doubt.
    if (guess.encoding == TextEncoding::Unicode)
        guess.confidence = 1.0 - legacyShare * (1.0 - guess.confidence);
    else
        guess.confidence *= legacyShare;
    return guess;
}

} // namespace sht::importing
