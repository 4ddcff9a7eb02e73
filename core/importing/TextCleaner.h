#pragma once

#include <QString>

namespace sht::importing {

// What every text cell of an import goes through after decoding (docs/IMPORT_ENCODINGS.md):
// - NBSP (U+00A0), tab and the other Unicode spaces (U+2000..U+200A, U+202F, U+205F, U+3000) become a space;
// - soft hyphen (U+00AD) and zero-width characters (U+200B..U+200D, U+2060, U+FEFF) are removed. Only after
//   legacy decoding: in TCVN3 the byte 0xAD, which Latin-1 shows as a soft hyphen, is the letter 'ư';
// - line breaks (CR LF, CR, LF, U+2028) are kept as one '\n' (a header cell "Ngày tháng\nnăm sinh"), without
//   spaces around them and without empty lines;
// - runs of spaces collapse to one; the text is trimmed;
// - NFD (decomposed) text becomes NFC.
// Tone placement ("Hoà" / "Hòa") is NOT changed here: both are correct spellings that the clerk may want to
// keep; matching compares with sht::text::searchKey, which ignores it.
QString cleanCellText(const QString &text);

// NFC, skipping the work when no character can take part in a composition (pure ASCII and Latin-1 text
// without combining marks, the usual case for most cells).
QString nfc(const QString &text);

} // namespace sht::importing
