#pragma once

#include <QString>
#include <QStringList>

// Text clean-up shared by every value type, the importer and the search box.
//
// Registers are typed by many people with many keyboards (REGISTERS.md): the same name arrives in NFC and in
// NFD, with non-breaking spaces, tabs, soft hyphens, zero-width characters, ALL CAPS, and with either tone
// mark placement ("Hoà" / "Hòa"). These functions turn all of that into one canonical form.
namespace sht::text {

// NFC; NBSP, tabs, newlines and the other Unicode spaces become a plain space; soft hyphen (U+00AD) and
// zero-width characters (U+200B..U+200D, U+2060, U+FEFF) are removed; runs of spaces collapse to one;
// trimmed. Combining marks in an unusual order (tone before circumflex/breve, which some keyboards produce)
// are reordered so that they compose. The look-alike Icelandic eth (Ð U+00D0, ð U+00F0), which legacy
// converters and fonts produce for the Vietnamese Đ/đ, becomes Đ (U+0110) / đ (U+0111).
QString normalized(const QString &raw);

// Accent-free lower-case key for searching and duplicate detection: "Nguyễn Văn Đức" -> "nguyen van duc".
// All combining marks are removed, đ/Đ -> d, NFC and NFD give the same key, and so do both tone placements
// ("Thuỷ" and "Thủy" -> "thuy"). normalized() is applied first.
QString searchKey(const QString &raw);

// Lower case (full Unicode; Vietnamese letters with their marks are kept).
QString foldCase(const QString &text);

// Every word capitalised, the rest lower case: "NGUYỄN VĂN AN" -> "Nguyễn Văn An". A word starts after any
// character that is not a letter, digit or combining mark, so "H'HEN" -> "H'Hen" and "Y-MOAN" -> "Y-Moan".
QString titleCase(const QString &text);

// Canonical tone placement for the syllables that end in "oa", "oe" or "uy" with no final consonant: the
// tone mark goes on the first vowel ("Hoà" -> "Hòa", "Thuỷ" -> "Thủy", "Hoá" -> "Hóa", "Khoẻ" -> "Khỏe",
// "TUỲ" -> "TÙY"). This is the placement of the national population database and most registers, usually
// called the traditional ("old") style; its counterpart puts the mark on the last vowel. Nothing else moves:
// syllables with a final consonant or a third vowel ("Hoàng", "Khuyến", "Huỳnh", "Ngoái", "Khuya"), "qu" + y
// ("Quý", where u belongs to the consonant) and every other vowel pair are left as they are. The result is
// NFC.
QString normalizeToneMarkPlacement(const QString &text);

// A key that sorts text in Vietnamese dictionary order with plain binary comparison (QString::operator<,
// SQLite's BINARY collation), case-insensitively:
// - letters in the Vietnamese alphabet order a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v
//   (w) x y (z); other Latin letters with diacritics sort as their base letter;
// - the letters of the whole text are compared first, the tones only when all letters are equal, word by
//   word, in the order: none, huyền, hỏi, ngã, sắc, nặng ("Ha" < "Hà" < "Hạ" < "Hai");
// - a shorter text sorts before a longer one that it starts ("An" < "Anh", "Thị" < "Thị Thu");
// - spaces < other characters (by code point) < digits < letters.
// The key holds only printable ASCII (0x21..0x60): base letters, then '!', then one tone digit per word.
// It never contains a space, so keys of several fields can be joined with ' ' and still sort field by field.
QString sortKey(const QString &text);

// The parts of a cell that holds a word and notes beside it ("Con (tạm vắng)", "Vợ - tạm trú",
// "12/12, ĐH"): normalized(), then split at parentheses, brackets, commas, semicolons and " - ". Empty parts
// are dropped; the first part is the leading word.
QStringList splitNotes(const QString &text);

} // namespace sht::text
