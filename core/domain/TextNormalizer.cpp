#include "TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <iterator>

namespace sht::text {

namespace {

// The Vietnamese alphabet in dictionary order, with the Latin letters it lacks (f, j, w, z: used in the
// names of some ethnic minorities) at their Latin places.
constexpr char16_t kAlphabet[] = u"aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
constexpr int kLetterCount = int(std::size(kAlphabet)) - 1;

// Tones in Vietnamese dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
constexpr std::array<char16_t, 6> kToneMarks = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};

int toneOfMark(char16_t mark)
{
    for (int t = 1; t < int(kToneMarks.size()); ++t) {
        if (kToneMarks[t] == mark)
            return t;
    }
    return 0;
}

int letterIndex(QChar lower)
{
    for (int i = 0; i < kLetterCount; ++i) {
        if (kAlphabet[i] == lower.unicode())
            return i;
    }
    return -1;
}

struct Letter
{
    int letter = -1; // index into kAlphabet
    int tone = 0;
    bool upper = false;
};

// Every precomposed Vietnamese letter (both cases, every tone) and its parts, and the way back.
class LetterTable
{
public:
    LetterTable()
    {
        for (int i = 0; i < kLetterCount; ++i) {
            for (bool upper : {false, true}) {
                const QString base =
                    upper ? QString(QChar(kAlphabet[i])).toUpper() : QString(QChar(kAlphabet[i]));
                for (int t = 0; t < int(kToneMarks.size()); ++t) {
                    QString composed = base;
                    if (t > 0)
                        composed += QChar(kToneMarks[t]);
                    composed = composed.normalized(QString::NormalizationForm_C);
                    if (composed.size() != 1)
                        continue;
                    m_parts.insert(composed.at(0).unicode(), Letter{i, t, upper});
                    m_compose[i][t][upper ? 1 : 0] = composed.at(0).unicode();
                }
            }
        }
    }

    Letter find(QChar c) const { return m_parts.value(c.unicode()); }
    QChar compose(int letter, int tone, bool upper) const
    {
        return QChar(m_compose[letter][tone][upper ? 1 : 0]);
    }

private:
    QHash<char16_t, Letter> m_parts;
    char16_t m_compose[kLetterCount][kToneMarks.size()][2] = {};
};

const LetterTable &letters()
{
    static const LetterTable table;
    return table;
}

bool isRemovedInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// Breve, circumflex and horn must come before the tone mark to compose ("â" + "́" -> "ấ").
bool isVowelModifier(char16_t c)
{
    return c == 0x0302 || c == 0x0306 || c == 0x031B;
}

bool isCombining(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining ||
           c.category() == QChar::Mark_Enclosing;
}

// In NFD text, move vowel modifiers before tone marks inside each run of combining marks; NFC then composes
// the letter. The canonical ordering that NFC applies is stable, so this order survives it.
QString reorderMarks(const QString &nfd)
{
    QString out = nfd;
    int i = 0;
    while (i < out.size()) {
        if (!isCombining(out.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < out.size() && isCombining(out.at(end)))
            ++end;
        std::stable_partition(out.begin() + i, out.begin() + end,
                              [](QChar c) { return isVowelModifier(c.unicode()); });
        i = end;
    }
    return out;
}

bool hasCombiningMark(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F)
            return true;
    }
    return false;
}

} // namespace

QString normalized(const QString &raw)
{
    QString s;
    s.reserve(raw.size());
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (isRemovedInvisible(u))
            continue;
        if (u == 0x00D0)
            s += QChar(0x0110);
        else if (u == 0x00F0)
            s += QChar(0x0111);
        else if (c.isSpace())
            s += QLatin1Char(' ');
        else
            s += c;
    }
    if (hasCombiningMark(s))
        s = reorderMarks(s.normalized(QString::NormalizationForm_D));
    return s.normalized(QString::NormalizationForm_C).simplified();
}

QString searchKey(const QString &raw)
{
    const QString nfd = normalized(raw).normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(nfd.size());
    for (QChar c : nfd) {
        if (isCombining(c))
            continue;
        if (c.unicode() == 0x0111 || c.unicode() == 0x0110)
            key += QLatin1Char('d');
        else
            key += c;
    }
    return key.toLower();
}

QString foldCase(const QString &text)
{
    return text.toLower();
}

QString titleCase(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool wordStart = true;
    for (QChar c : text) {
        if (c.isLetter()) {
            out += wordStart ? QString(c).toUpper() : QString(c).toLower();
            wordStart = false;
        } else if (isCombining(c)) {
            out += c;
        } else {
            out += c;
            wordStart = !c.isDigit();
        }
    }
    return out;
}

QString normalizeToneMarkPlacement(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_C);
    const LetterTable &table = letters();
    const int o = letterIndex(u'o'), a = letterIndex(u'a'), e = letterIndex(u'e');
    const int u = letterIndex(u'u'), y = letterIndex(u'y');

    int i = 0;
    while (i < s.size()) {
        if (!s.at(i).isLetter()) {
            ++i;
            continue;
        }
        int end = i;
        while (end < s.size() && s.at(end).isLetter())
            ++end;
        // The word is s[i, end). Look at its last two letters.
        if (end - i >= 2) {
            const Letter first = table.find(s.at(end - 2));
            const Letter second = table.find(s.at(end - 1));
            const bool pair = (first.letter == o && (second.letter == a || second.letter == e)) ||
                              (first.letter == u && second.letter == y);
            const bool afterQ = first.letter == u && end - i >= 3 && s.at(end - 3).toLower() == u'q';
            // A vowel right before the pair means a different syllable shape: leave it.
            const bool thirdVowel = end - i >= 3 && [&] {
                const Letter before = table.find(s.at(end - 3));
                static const QString vowels = QStringLiteral("aăâeêioôơuưy");
                return before.letter >= 0 && vowels.contains(QChar(kAlphabet[before.letter]));
            }();
            if (pair && !afterQ && !thirdVowel && first.tone == 0 && second.tone != 0) {
                s[end - 2] = table.compose(first.letter, second.tone, first.upper);
                s[end - 1] = table.compose(second.letter, 0, second.upper);
            }
        }
        i = end;
    }
    return s;
}

QString sortKey(const QString &text)
{
    const QString s = normalized(text);
    const LetterTable &table = letters();
    QString base;
    QString tones;
    base.reserve(s.size());
    int wordTone = 0;
    bool inWord = false;

    auto appendOther = [&base](char32_t codePoint) {
        base += QLatin1Char('%');
        base += QStringLiteral("%1").arg(uint(codePoint), 6, 16, QLatin1Char('0')).toUpper();
    };

    const QList<uint> codePoints = s.toUcs4();
    for (uint cp : codePoints) {
        if (cp == u' ') {
            if (inWord)
                tones += QLatin1Char(char('0' + wordTone));
            inWord = false;
            wordTone = 0;
            base += QLatin1Char('#');
            continue;
        }
        inWord = true;
        if (cp > 0xFFFF) {
            appendOther(cp);
            continue;
        }
        const QChar c{char16_t(cp)};
        if (const Letter l = table.find(c); l.letter >= 0) {
            base += QLatin1Char(char('A' + l.letter));
            if (wordTone == 0)
                wordTone = l.tone;
            continue;
        }
        if (isCombining(c)) {
            if (wordTone == 0)
                wordTone = toneOfMark(c.unicode());
            continue;
        }
        if (c.isDigit() && c.digitValue() >= 0) {
            base += QLatin1Char(char('0' + c.digitValue()));
            continue;
        }
        // A Latin letter with a non-Vietnamese diacritic ("ü", "ñ", "ç") sorts as its base letter.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        const int index = letterIndex(decomposed.at(0).toLower());
        if (decomposed.size() > 1 && index >= 0)
            base += QLatin1Char(char('A' + index));
        else
            appendOther(cp);
    }
    if (inWord)
        tones += QLatin1Char(char('0' + wordTone));
    return base + QLatin1Char('!') + tones;
}

QStringList splitNotes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[()\\[\\],;]\\s*|\\s+-\\s+"));
    QStringList parts = normalized(text).split(separators, Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace sht::text
