#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace sht::importing {

// VNI-Windows, the encoding of the VNI-Times fonts, written by hand: no library (glibc, ICU, Qt) has it.
// A Vietnamese letter is its base letter followed by one or two "mark" characters (the cp1252 characters
// the VNI fonts draw as marks: "aù" = á, "aâ" = â, "aá" = ấ); a few letters have one character of their own
// ("ô" = ơ, "ö" = ư, "ñ" = đ, "í" ì "æ" "ó" "ò" = í ì ỉ ĩ ị, "î" = ỵ). Every character here is the one a
// cp1252 system shows for the byte, so the same table decodes CSV bytes (after cp1252) and xlsx text.
struct VniLetter
{
    QChar letter; // the precomposed Unicode letter (NFC), both cases
    QString vni;  // its VNI-Windows spelling
};

class VniTable
{
public:
    // Every Vietnamese letter that is not plain ASCII: 12 vowels × 6 tones × 2 cases (minus the 24 untoned
    // ASCII vowels) + đ/Đ.
    static const QList<VniLetter> &letters();

    // VNI text → Unicode NFC. A mark is taken together with the letter before it when the pair spells a
    // Vietnamese letter; a mark of the other case is accepted (the case of the base letter decides, as
    // some typists mixed them). A character that forms no letter is kept as it is.
    static QString decode(QStringView vni);

    // Unicode → VNI (the inverse of the table; text is NFC'd first). Other characters are kept.
    static QString encode(QStringView text);
};

} // namespace sht::importing
