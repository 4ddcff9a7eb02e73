#include "LegacyDecoderCapitals.h"

#include <QVarLengthArray>

namespace sht::importing {

namespace {

// A lower-case letter that TCVN3 has a capital code for: a typist who wanted the capital could type it.
bool hasTcvn3Capital(char16_t lower)
{
    if (lower >= u'a' && lower <= u'z')
        return true;
    switch (lower) {
    case u'ă':
    case u'â':
    case u'ê':
    case u'ô':
    case u'ơ':
    case u'ư':
    case u'đ':
        return true;
    default:
        return false;
    }
}

// A lower-case letter without a TCVN3 capital code: the toned vowels (á, ầ, ệ, …).
bool lacksTcvn3Capital(QChar c)
{
    return c.unicode() >= 0x80 && c.isLower() && !hasTcvn3Capital(c.unicode());
}

bool isSegmentEnd(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\t' || c == u',' || c == u';' || c == u'"';
}

struct Word
{
    qsizetype begin = 0, end = 0;
    int upper = 0, lowerWithCapital = 0, lowerWithoutCapital = 0;
    bool startsUpper = false, startsWithoutCapital = false;

    bool typedInCapitals() const { return upper >= 2 && lowerWithCapital == 0; }
    bool mixedCase() const { return lowerWithCapital > 0; }
};

void capitalize(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (lacksTcvn3Capital(text.at(i)))
            text[i] = text.at(i).toUpper();
    }
}

void restoreSegment(QString &text, qsizetype begin, qsizetype end)
{
    QVarLengthArray<Word, 16> words;
    for (qsizetype i = begin; i < end;) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        Word w;
        w.begin = i;
        w.startsUpper = text.at(i).isUpper();
        w.startsWithoutCapital = lacksTcvn3Capital(text.at(i));
        for (; i < end && (text.at(i).isLetter() || text.at(i).isMark()); ++i) {
            const QChar c = text.at(i);
            if (c.isUpper())
                ++w.upper;
            else if (lacksTcvn3Capital(c))
                ++w.lowerWithoutCapital;
            else if (c.isLower())
                ++w.lowerWithCapital;
        }
        w.end = i;
        words.append(w);
    }
    bool anyCapitals = false, anyMixed = false;
    int startingUpper = 0;
    for (const Word &w : words) {
        anyCapitals = anyCapitals || w.typedInCapitals();
        anyMixed = anyMixed || w.mixedCase();
        startingUpper += w.startsUpper ? 1 : 0;
    }
    for (const Word &w : words) {
        if (w.lowerWithoutCapital == 0)
            continue;
        if (w.typedInCapitals() || (anyCapitals && !anyMixed)) {
            capitalize(text, w.begin, w.end); // rules 1 and 2
        } else if (w.startsWithoutCapital && words.size() >= 3 && startingUpper == words.size() - 1) {
            text[w.begin] = text.at(w.begin).toUpper(); // rule 3
        }
    }
}

} // namespace

QString restoreTcvn3Capitals(const QString &decoded)
{
    // Nothing to do without a toned lower-case letter (most ASCII-only fields): no copy.
    bool any = false;
    for (const QChar c : decoded) {
        if (lacksTcvn3Capital(c)) {
            any = true;
            break;
        }
    }
    if (!any)
        return decoded;
    QString text = decoded;
    qsizetype begin = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || isSegmentEnd(text.at(i).unicode())) {
            restoreSegment(text, begin, i);
            begin = i + 1;
        }
    }
    return text;
}

} // namespace sht::importing
