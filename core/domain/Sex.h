#pragma once

#include <QString>

namespace sht {

enum class Sex { Unknown, Male, Female };

// Storage form: "male", "female", "" (unknown).
QString sexToStorage(Sex sex);
// Inverse of sexToStorage(); anything else gives Sex::Unknown.
Sex sexFromStorage(const QString &stored);

// User-facing, translated (context "Sex", English source "Male" / "Female"); empty for Unknown, which the
// forms show as a blank cell ("not recorded").
QString sexLabel(Sex sex);

// The Vietnamese register word regardless of the UI language: "Nam" / "Nữ" / "" (for exports of the
// register).
QString sexRegisterWord(Sex sex);

// Reads what clerks write: "Nam", "NAM", "nam giới", "Nữ", "Nu", "nữ" (NFC or NFD), "Trai"/"Gái", "M"/"F",
// "male"/"female", and the statistics codes "1" (male) and "2" (female). Anything else, including the
// ambiguous "N" (Nam or Nữ?) and "0", gives Sex::Unknown.
Sex parseSex(const QString &text);

} // namespace sht
