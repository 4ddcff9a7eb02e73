#pragma once

#include <QString>

namespace sht {

// Residence registration of a household member.
enum class ResidenceStatus {
    Permanent /*thường trú*/,
    Temporary /*tạm trú*/,
    TemporarilyAbsent /*tạm vắng*/
};

// Storage form: "permanent", "temporary", "absent".
QString residenceToStorage(ResidenceStatus status);
// Inverse of residenceToStorage(); anything else (also "") gives Permanent, the status of most members.
ResidenceStatus residenceFromStorage(const QString &stored);

// User-facing, translated (context "ResidenceStatus"; English source "Permanent resident",
// "Temporary resident", "Temporarily absent").
QString residenceLabel(ResidenceStatus status);

// The Vietnamese register word regardless of the UI language: "Thường trú", "Tạm trú", "Tạm vắng".
QString residenceRegisterWord(ResidenceStatus status);

// Reads "Thường trú", "TT", "Tạm trú", "KT3", "KT4", "Tạm vắng", "tam vang" (any case, NFC or NFD), also as
// a note inside a longer text ("Con (tạm vắng)", "Tạm vắng - đi làm ăn xa"). Returns false, leaving *out
// alone, when nothing is recognised.
bool parseResidence(const QString &text, ResidenceStatus *out);

} // namespace sht
