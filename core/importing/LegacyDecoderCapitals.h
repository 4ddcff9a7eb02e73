#pragma once

#include <QString>

namespace sht::importing {

// TCVN3 (ABC) has capital codes only for Ă Â Ê Ô Ơ Ư Đ. Typists wrote a capital with a tone (Á, Ầ, Ệ, …)
// with the lower-case code and switched to the capital font .VnTimeH, which draws every code as a capital,
// so a plain conversion gives "DANH SáCH" and "Trần Thị ánh". This puts the capitals back where the text
// shows that they were meant (docs/IMPORT_ENCODINGS.md), within each segment of the text (a segment ends
// at a line break, tab, ',', ';' or '"': a CSV field or a cell):
// 1. A word with two or more capitals and no lower-case letter that has a TCVN3 capital code (a–z, ă â ê ô
//    ơ ư đ) was typed in capitals: its toned lower-case letters become capitals ("SáCH" → "SÁCH").
// 2. When a segment has such a word and no word that is evidently mixed case (one with a lower-case letter
//    that has a capital code), its words that cannot tell ("Hà": one capital, then toned letters) are
//    capitals too ("TRầN THị Hà" → "TRẦN THỊ HÀ").
// 3. A word that starts with a toned lower-case letter, in a segment whose two or more other words all start
//    with a capital, is a name part and gets its capital ("Trần Thị ánh" → "Trần Thị Ánh").
// Anything else is left as decoded: a lone "Hà" may be "HÀ", but nothing says so (names are title-cased by
// the importer anyway).
QString restoreTcvn3Capitals(const QString &decoded);

} // namespace sht::importing
