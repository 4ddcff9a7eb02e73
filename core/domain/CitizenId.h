#pragma once

#include "Sex.h"

#include <QCoreApplication>
#include <QString>

namespace sht {

// A citizen's ID number: the 12-digit CCCD / personal identification number (3-digit province code of the
// birth registration, 1 digit for century and sex, 2 digits of the birth year, 6 digits) or the old 9-digit
// CMND still found on the records of the elderly.
class CitizenId
{
    Q_DECLARE_TR_FUNCTIONS(CitizenId)

public:
    enum class Kind { None, Cccd /*12 digits*/, Cmnd /*9 digits*/ };

    CitizenId() = default;

    // Strips spaces, NBSPs, dots, dashes and a leading apostrophe (Excel's "text" prefix): "001 085 012 345",
    // "001.085.012.345" and "001-085-012345" are all read. A trailing ".0" (a number cell printed as a float)
    // is dropped. Rejected, with a message that says what is wrong and what to do:
    // - scientific notation ("3.80E+10"): the ID was stored as a number and lost digits; retype it;
    // - 10 or 11 digits: a CCCD that lost its leading zero(s) as a number (restoreLeadingZeros() proposes the
    //   12-digit form), 8 digits: likewise for a CMND;
    // - letters or other characters, any other length;
    // - a CCCD whose first three digits are not one of the 63 province codes (Thông tư 07/2016/TT-BCA, the
    //   provinces before the 2025 merger, which old cards keep), or whose 4th digit means born after 2099.
    // Empty text gives a null ID and no error.
    static CitizenId parse(const QString &text, QString *error = nullptr);

    // Digits that look like a number that lost leading zeros get them back: 11 digits -> "0" + digits and
    // 10 digits -> "00" + digits when the result is a valid CCCD; 8 digits -> "0" + digits (a CMND).
    // Separators are ignored. Anything else is returned unchanged.
    static QString restoreLeadingZeros(const QString &digits);

    // Province name (Vietnamese, e.g. "Hà Nội") for a 3-digit CCCD province code; empty when not a code.
    static QString provinceNameForCode(int code);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    QString digits() const { return m_digits; }   // canonical storage form
    QString toString() const { return m_digits; } // display: same as digits()
    int provinceCode() const;                     // CCCD only, else -1
    QString provinceName() const;                 // CCCD only, else empty
    Sex impliedSex() const;                       // CCCD digit 4: even -> male, odd -> female; else Unknown
    // CCCD: century from digit 4 (0/1 -> 1900s, 2/3 -> 2000s) + digits 5-6; else -1.
    int impliedBirthYear() const;

    // Consistency with the register: empty when consistent or unknown (Sex::Unknown, birthYear 0, a CMND),
    // else a translated message for each disagreement, e.g. "The CCCD says female (digit 4 is 1) but the
    // person is recorded as male."
    QString checkAgainst(Sex sex, int birthYear) const;

    bool operator==(const CitizenId &o) const { return m_kind == o.m_kind && m_digits == o.m_digits; }
    bool operator!=(const CitizenId &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::None;
    QString m_digits;
};

} // namespace sht
