#pragma once

#include "TextEncoding.h"

#include <QByteArray>
#include <QStringList>
#include <QStringView>

namespace sht::importing {

// How much of a text reads as Vietnamese: the words that hold a non-ASCII character (only they differ from
// one decoding to another) and how many of them are Vietnamese syllables.
struct Plausibility
{
    int words = 0;
    int syllables = 0;
    double score() const { return words ? double(syllables) / words : 0.0; }
};

// Guesses the encoding of bytes or of legacy-font text by decoding a sample with every candidate and
// scoring how Vietnamese the result reads (docs/IMPORT_ENCODINGS.md, "How detection scores").
class EncodingDetector
{
public:
    // A Vietnamese syllable, any case, NFC: an onset (b, c, ch, d, đ, g, gh, gi, h, k, kh, l, m, n, ng, ngh,
    // nh, p, ph, qu, r, s, t, th, tr, v, x or none), one of the language's rhymes (a, oa, uyên, ương, …)
    // and at most one tone, which a rhyme closed by c/ch/p/t only takes as sắc or nặng.
    static bool isVietnameseSyllable(QStringView word);

    // Words are runs of characters between spaces, ASCII punctuation and digits (a non-ASCII symbol such as
    // '·' stays inside its word and spoils it). Only words with a non-ASCII character and a letter count.
    static Plausibility plausibility(QStringView text);

    static EncodingGuess detectBytes(const QByteArray &sample);
    static EncodingGuess detectFontText(const QStringList &cellTexts);
};

} // namespace sht::importing
