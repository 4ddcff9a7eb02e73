#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sht::importing {

// What a register column means. A column the importer does not use is None (kept in the mapping with its
// header so the user can still assign it).
enum class Field {
    None,
    Stt,                 // STT / TT: the household's (or the row's) number
    FullName,            // Họ và tên
    FamilyAndMiddleName, // Họ và đệm (two-column names)
    GivenName,           // Tên
    BirthDate,           // Ngày tháng năm sinh (dates or years)
    BirthYear,           // Năm sinh (years, sometimes full dates)
    BirthDateMale,       // Năm sinh › Nam: the birth date written in the men's column says the sex too
    BirthDateFemale,     // Năm sinh › Nữ
    Sex,                 // Giới tính: Nam / Nữ
    FemaleMark,    // a "Nữ" column ticked with x for women (blank = man when there is no other sex column)
    MaleMark,      // a "Nam" column ticked with x for men
    CitizenId,     // Số CCCD / CMND / định danh
    Relation,      // Quan hệ với chủ hộ
    Ethnicity,     // Dân tộc
    Education,     // Trình độ văn hóa / học vấn
    Occupation,    // Nghề nghiệp
    Clan,          // Dòng họ
    Address,       // Địa chỉ / nơi ở
    HouseholdCode, // Số hộ / mã hộ / số sổ hộ khẩu
    Residence,     // Tình trạng cư trú: thường trú / tạm trú / tạm vắng
    Notes,         // Ghi chú (several columns are joined)
    HouseholdUuid, // "sht:household": the household's identity, hidden in the app's entry template
    PersonUuid,    // "sht:person": the person's identity, hidden in the app's entry template
};

// Stable key for JSON and the import_mapping table ("full_name", "birth_date", …); "" for None.
QString fieldKey(Field field);
Field fieldFromKey(const QString &key); // unknown -> None
// Translated label for the preview's column chooser ("Full name", "Birth date", …).
QString fieldLabel(Field field);
// Every field but None, in the chooser's order.
QList<Field> allFields();

// How the columns of one sheet map to fields, with the header text each column had. Serialisable to JSON so
// a mapping the user corrected is remembered for the next file with the same header (headerSignature()).
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    struct Column
    {
        int column = 0; // 0-based column index in the sheet
        QString header; // header text as shown ("Họ và tên › Tên" for a two-row header), normalised
        Field field = Field::None;
        bool hidden = false; // the column is hidden in the workbook
    };

    // Columns are kept sorted by index; setting a column that is not there adds it.
    void setColumn(int column, const QString &header, Field field, bool hidden = false);
    // Assigns `field` to `column`. Every field but Notes belongs to one column: a column that had it loses
    // it.
    void assign(int column, Field field);

    Field fieldAt(int column) const;
    int columnOf(Field field) const; // -1 when no column has it
    QList<int> columnsOf(Field field) const;
    bool has(Field field) const { return columnOf(field) >= 0; }
    QString headerAt(int column) const;
    const QList<Column> &columns() const { return m_columns; }
    int mappedCount() const; // columns with a field

    // The people's names can be read: a full-name column, or a given-name column.
    bool hasName() const { return has(Field::FullName) || has(Field::GivenName); }

    // Normalised header texts (accent- and case-free), in column order, joined with '|': two files with the
    // same header give the same signature whatever their spelling of accents, spaces or case.
    QString headerSignature() const;

    // {"version":1,"signature":"…","columns":[{"column":0,"header":"STT","field":"stt","hidden":false},…]}
    QJsonObject toJson() const;
    // Refuses (nullopt-like: returns false, *error says why) JSON that is not a mapping of this version.
    static bool fromJson(const QJsonObject &json, ColumnMapping *out, QString *error = nullptr);

    // "A", "B", … "Z", "AA": the column letter a clerk sees in Excel.
    static QString columnLetter(int column);

    bool operator==(const ColumnMapping &o) const;
    bool operator!=(const ColumnMapping &o) const { return !(*this == o); }

private:
    QList<Column> m_columns;
};

} // namespace sht::importing
