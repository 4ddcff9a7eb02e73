#pragma once

#include <QString>
#include <QStringList>

namespace sht::importing {

// A village's name from what the register calls it: a sheet name ("TDP Bắc Sơn" -> "Tổ dân phố Bắc Sơn",
// "thon 1" -> "Thôn 1", "XÓM ĐÌNH" -> "Xóm Đình"), or the title above the header when the sheet has a
// generic name ("Sheet1": "DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG, XÃ HÒA AN" -> "Thôn Đông"); and a key that
// matches it with the commune's villages whatever the accents, case, abbreviation or leading zeros.
class VillageNameMatcher
{
public:
    // The expanded name; "" for a generic sheet name ("Sheet1", "Trang tính1", "Sheet 2").
    static QString fromSheetName(const QString &sheetName);
    // The first "Thôn …", "Tổ dân phố …", "Xóm …", "Bản …", "Ấp …", "Khu phố …", "Làng …" in the texts,
    // up to the commune part (", xã …"); "" when none.
    static QString fromTitle(const QStringList &texts);
    static bool isGenericSheetName(const QString &sheetName);

    // Accent-, case- and abbreviation-free: "TDP Bắc Sơn", "Tổ dân phố Bắc Sơn" -> "to dan pho bac son";
    // "Thôn 01" -> "thon 1".
    static QString matchKey(const QString &name);
    // Index in `existing` of the village `name` means, or -1: the same matchKey(), else the same name without
    // its kind word when only one village has it ("Bắc Sơn" matches "Tổ dân phố Bắc Sơn").
    static int bestMatch(const QString &name, const QStringList &existing);
};

} // namespace sht::importing
