#pragma once

#include "ColumnMapping.h"

#include <QString>

namespace sht::importing {

// The names registers give their columns (REGISTERS.md), compared accent-, case-, space- and
// punctuation-insensitively: "Ngày, tháng,\nnăm sinh", "NGAY THANG NAM SINH" and "Ngày tháng năm sinh" are
// one column.
class ColumnSynonyms
{
public:
    // Accent-free lower-case words separated by single spaces, punctuation dropped: "Số CCCD/CMND" ->
    // "so cccd cmnd".
    static QString key(const QString &headerText);

    // The field a one-row header cell names; None when it names none.
    static Field match(const QString &headerText);

    // The field of a second header row's cell under `parent` (the cell above it, or the merged cell spanning
    // it): "Họ và tên" › "Tên" = GivenName, "Năm sinh" › "Nữ" = BirthDateFemale, "Giới tính" › "Nam" =
    // MaleMark; otherwise what the cell names on its own.
    static Field matchUnder(const QString &parent, const QString &headerText);

    // Fields that only make sense as a sub-header (they prove a second header row).
    static bool isSubHeaderField(Field field);
};

} // namespace sht::importing
