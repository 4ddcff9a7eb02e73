#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The text encodings commune registers arrive in (REGISTERS.md, "Legacy encodings"), their detection and
// their decoding to Unicode NFC. See docs/IMPORT_ENCODINGS.md for the tables written by hand and how the
// detector scores.
namespace sht::importing {

enum class TextEncoding {
    Unicode, // already Unicode: UTF-8 bytes (or UTF-16 with a byte order mark), or xlsx/xls text
    Cp1258,  // Windows-1258: precomposed vowels with circumflex/breve/horn, tones as separate combining bytes
    Tcvn3,   // TCVN 5712 "ABC" (.VnTime / .VnTimeH fonts)
    Vni,     // VNI-Windows (VNI-Times fonts): base letter followed by mark bytes
    Cp1252,  // Windows-1252 (Western): not Vietnamese; the fallback for Latin text
};

// Every encoding, in the order the detector prefers them when two decode a sample equally well.
QList<TextEncoding> allTextEncodings();

// Stable key for settings, the import_mapping table and the CLI: "utf8", "cp1258", "tcvn3", "vni", "cp1252".
QString textEncodingKey(TextEncoding encoding);
// The encoding of a key (case-insensitive; "unicode", "utf-8" and "tcvn" are accepted too); nullopt
// otherwise.
std::optional<TextEncoding> textEncodingFromKey(const QString &key);
// Translated label for the preview: "Unicode (UTF-8)", "TCVN3 (ABC, .VnTime)", …
QString textEncodingLabel(TextEncoding encoding);

// Below this confidence a guess is not trusted: the CSV reader refuses the file unless the user chooses the
// encoding, and the import reports an EncodingGuess problem.
constexpr double kTrustedEncodingConfidence = 0.5;

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Unicode;
    double confidence = 1.0; // 0..1: how sure the detector is (shown to the user)
    // How plausible the sample is as Vietnamese (0..1) when decoded with each encoding, best first.
    QList<QPair<TextEncoding, double>> scores;
};

// Bytes of a CSV/text file (the whole file, or its beginning). A UTF-8 byte order mark, valid UTF-8 with
// multi-byte sequences and a UTF-16 byte order mark all give Unicode; plain ASCII gives Unicode with
// confidence 1. Otherwise every legacy encoding decodes the lines that hold non-ASCII bytes, and the one
// whose words look most like Vietnamese syllables wins.
EncodingGuess detectBytesEncoding(const QByteArray &sample);

// Raw decoding of a whole text: the bytes in the encoding → Unicode NFC. No cleaning (see TextCleaner), but
// TCVN3 capitals are restored (see restoreTcvn3Capitals in LegacyDecoderCapitals.h). A byte the encoding does
// not define becomes U+FFFD. A UTF-8 or UTF-16 byte order mark is dropped.
QString decodeBytes(const QByteArray &bytes, TextEncoding encoding);

// The inverse, for fixtures and benchmarks: text → bytes as a program of the time would have written them
// (TCVN3 in the ABC form: capitals with a tone written with the lower-case code, as typists did with
// .VnTimeH; CP1258 decomposed; VNI as cp1252 bytes). A character the encoding cannot hold becomes '?'.
QByteArray encodeBytes(const QString &text, TextEncoding encoding);

// Text cells of an .xlsx/.xls typed with a legacy font: the cell holds the legacy bytes shown as
// Latin-1/cp1252 characters ("Céng hoµ"). Cells holding a character outside cp1252 are Unicode already and
// are not evidence either way. Gives Unicode (confidence 1) when no cell could be legacy text.
EncodingGuess detectFontTextEncoding(const QStringList &cellTexts);

// One cell's text typed with a legacy font → Unicode NFC. Unicode and Cp1252 return the text as it is
// (NFC); a text holding a character outside cp1252 is already Unicode and is returned as it is too, so a
// workbook mixing Unicode titles and .VnTime data decodes right.
QString decodeFontText(const QString &shown, TextEncoding encoding);

// The inverse of decodeFontText (for fixtures): Unicode text → what Excel shows for it in a legacy font.
QString encodeFontText(const QString &text, TextEncoding encoding);

} // namespace sht::importing
