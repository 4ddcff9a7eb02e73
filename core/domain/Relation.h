#pragma once

#include "Sex.h"

#include <QString>

namespace sht {

// Relation to the household head (quan hệ với chủ hộ).
enum class Relation {
    Head,
    Spouse /*Vợ, Chồng*/,
    Child /*Con, Con trai, Con gái*/,
    Parent /*Bố, Cha, Mẹ, Bố đẻ, Mẹ đẻ*/,
    ParentInLaw /*Bố chồng, Mẹ chồng, Bố vợ, Mẹ vợ*/,
    ChildInLaw /*Con dâu, Con rể*/,
    Grandchild /*Cháu, Cháu nội, Cháu ngoại*/,
    Grandparent /*Ông, Bà, Ông nội, Bà nội…*/,
    Sibling /*Anh, Chị, Em, Anh trai, Em gái…*/,
    Other /*Khác, Cô, Dì, Chú, Bác, Cháu họ … */,
    Unknown
};

// Storage form: "head", "spouse", "child", "parent", "parent_in_law", "child_in_law", "grandchild",
// "grandparent", "sibling", "other"; "" for Unknown.
QString relationToStorage(Relation relation);
Relation relationFromStorage(const QString &stored); // anything else -> Unknown

// User-facing, translated (context "Relation"; English source, e.g. "Head of household", "Wife",
// "Husband", "Spouse"), sex-specific where the language is: Spouse, Parent, ParentInLaw, ChildInLaw,
// Grandparent, Sibling. "" for Unknown.
QString relationLabel(Relation relation, Sex sex = Sex::Unknown);

// The Vietnamese register word regardless of the UI language (for exports of the register): "Chủ hộ", "Vợ" /
// "Chồng" / "Vợ/Chồng", "Con", "Bố" / "Mẹ" / "Bố/Mẹ", "Bố vợ/chồng" / "Mẹ vợ/chồng", "Con rể" / "Con dâu",
// "Cháu", "Ông" / "Bà", "Anh/Em trai" / "Chị/Em gái" / "Anh/Chị/Em", "Khác"; "" for Unknown.
QString relationRegisterWord(Relation relation, Sex sex = Sex::Unknown);

// Reads the register's words, in any case, NFC or NFD, either tone placement, with NBSPs and stray spaces:
// "Chủ hộ", "CH", "Vợ", "Chồng", "Con", "Con trai", "Con gái", "Con đẻ", "Con nuôi", "Bố", "Cha", "Ba", "Mẹ",
// "Má", "Bố đẻ", "Mẹ chồng", "Con dâu", "Con rể", "Cháu", "Cháu nội", "Ông nội", "Bà ngoại", "Anh trai",
// "Em gái", "Cô", "Chú", "Bác", "Cháu họ", "Khác", … Text typed without accents is read when it is not
// ambiguous ("con gai", "chu ho"). A note beside the word is skipped: "Con (tạm vắng)", "Vợ - tạm trú".
// Unrecognised text gives Unknown. `impliedSex`, when given, is set to the sex the word implies ("Vợ" ->
// Female, "Con trai" -> Male) or Sex::Unknown ("Con", "Em").
Relation parseRelation(const QString &text, Sex *impliedSex = nullptr);

} // namespace sht
