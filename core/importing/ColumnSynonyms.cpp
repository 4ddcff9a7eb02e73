#include "ColumnSynonyms.h"

#include "TextNormalizer.h"

#include <QStringList>

namespace sht::importing {

namespace {

struct Synonym
{
    const char *key; // ColumnSynonyms::key() form
    Field field;
};

// Whole-header synonyms, checked first.
constexpr Synonym kExact[] = {
    {"stt", Field::Stt},
    {"tt", Field::Stt},
    {"so tt", Field::Stt},
    {"so thu tu", Field::Stt},
    {"thu tu", Field::Stt},
    {"stt ho", Field::Stt},
    {"ho va ten", Field::FullName},
    {"ho ten", Field::FullName},
    {"ho va ten thanh vien", Field::FullName},
    {"ho ten thanh vien", Field::FullName},
    {"ho va ten khai sinh", Field::FullName},
    {"ho va dem", Field::FamilyAndMiddleName},
    {"ho dem", Field::FamilyAndMiddleName},
    {"ho va ten dem", Field::FamilyAndMiddleName},
    {"ho va chu dem", Field::FamilyAndMiddleName},
    {"ho lot", Field::FamilyAndMiddleName},
    {"ho", Field::FamilyAndMiddleName},
    {"ten", Field::GivenName},
    {"ten goi", Field::GivenName},
    {"nam sinh", Field::BirthYear},
    {"ns", Field::BirthDate},
    {"gioi tinh", Field::Sex},
    {"gioi", Field::Sex},
    {"gt", Field::Sex},
    {"nam nu", Field::Sex},
    {"phai", Field::Sex},
    {"nu", Field::FemaleMark},
    {"nam", Field::MaleMark},
    {"dan toc", Field::Ethnicity},
    {"dt", Field::Ethnicity},
    {"nghe", Field::Occupation},
    {"nghe nghiep", Field::Occupation},
    {"viec lam", Field::Occupation},
    {"cong viec", Field::Occupation},
    {"so ho", Field::HouseholdCode},
    {"ma ho", Field::HouseholdCode},
    {"ma so ho", Field::HouseholdCode},
    {"so ho khau", Field::HouseholdCode},
    {"so so ho khau", Field::HouseholdCode},
    {"ma ho gia dinh", Field::HouseholdCode},
    {"cu tru", Field::Residence},
    {"tinh trang cu tru", Field::Residence},
    {"thuong tru tam tru", Field::Residence},
    {"loai cu tru", Field::Residence},
    {"noi o", Field::Address},
    {"cho o", Field::Address},
    // The identity columns of the app's own entry template (EntryTemplateWriter): no register has them.
    {"sht household", Field::HouseholdUuid},
    {"sht person", Field::PersonUuid},
};

// Words a header contains, checked in this order (the first that matches wins): "Quan hệ với chủ hộ" must be
// a relation before "hộ" means anything else.
struct Contains
{
    QStringList all; // every word group must occur
    Field field;
};

const QList<Contains> &containsRules()
{
    static const QList<Contains> rules = {
        {{QStringLiteral("ghi chu")}, Field::Notes},
        {{QStringLiteral("quan he")}, Field::Relation},
        {{QStringLiteral("qh")}, Field::Relation},
        {{QStringLiteral("cccd")}, Field::CitizenId},
        {{QStringLiteral("cmnd")}, Field::CitizenId},
        {{QStringLiteral("dinh danh")}, Field::CitizenId},
        {{QStringLiteral("can cuoc")}, Field::CitizenId},
        {{QStringLiteral("chung minh")}, Field::CitizenId},
        {{QStringLiteral("ngay"), QStringLiteral("sinh")}, Field::BirthDate},
        {{QStringLiteral("nam sinh")}, Field::BirthYear},
        {{QStringLiteral("ho va ten")}, Field::FullName},
        {{QStringLiteral("ho ten")}, Field::FullName},
        {{QStringLiteral("gioi tinh")}, Field::Sex},
        {{QStringLiteral("dan toc")}, Field::Ethnicity},
        {{QStringLiteral("trinh do")}, Field::Education},
        {{QStringLiteral("hoc van")}, Field::Education},
        {{QStringLiteral("van hoa")}, Field::Education},
        {{QStringLiteral("nghe nghiep")}, Field::Occupation},
        {{QStringLiteral("dong ho")}, Field::Clan},
        {{QStringLiteral("ho toc")}, Field::Clan},
        {{QStringLiteral("dia chi")}, Field::Address},
        {{QStringLiteral("cu tru")}, Field::Residence},
        {{QStringLiteral("so ho khau")}, Field::HouseholdCode},
        {{QStringLiteral("ma ho")}, Field::HouseholdCode},
        {{QStringLiteral("stt")}, Field::Stt},
    };
    return rules;
}

// " ho va ten " contains " ho ten "? No: whole words only, so pad with spaces.
bool containsWords(const QString &paddedKey, const QString &words)
{
    return paddedKey.contains(QLatin1Char(' ') + words + QLatin1Char(' '));
}

bool isNameParent(Field f)
{
    return f == Field::FullName || f == Field::FamilyAndMiddleName || f == Field::GivenName;
}

} // namespace

QString ColumnSynonyms::key(const QString &headerText)
{
    const QString folded = text::searchKey(headerText);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        out += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    return out.simplified();
}

Field ColumnSynonyms::match(const QString &headerText)
{
    const QString k = key(headerText);
    if (k.isEmpty() || k.size() > 80)
        return Field::None;
    for (const auto &s : kExact)
        if (k == QLatin1String(s.key))
            return s.field;
    const QString padded = QLatin1Char(' ') + k + QLatin1Char(' ');
    for (const auto &rule : containsRules()) {
        bool all = true;
        for (const QString &w : rule.all)
            all = all && containsWords(padded, w);
        if (all)
            return rule.field;
    }
    return Field::None;
}

Field ColumnSynonyms::matchUnder(const QString &parent, const QString &headerText)
{
    const Field parentField = match(parent);
    const QString k = key(headerText);
    if (isNameParent(parentField)) {
        if (k == QLatin1String("ten") || k == QLatin1String("ten goi"))
            return Field::GivenName;
        if (match(headerText) == Field::FamilyAndMiddleName)
            return Field::FamilyAndMiddleName;
    }
    if (parentField == Field::BirthDate || parentField == Field::BirthYear) {
        if (k == QLatin1String("nam"))
            return Field::BirthDateMale;
        if (k == QLatin1String("nu"))
            return Field::BirthDateFemale;
    }
    if (parentField == Field::Sex) {
        if (k == QLatin1String("nam"))
            return Field::MaleMark;
        if (k == QLatin1String("nu"))
            return Field::FemaleMark;
    }
    return match(headerText);
}

bool ColumnSynonyms::isSubHeaderField(Field field)
{
    switch (field) {
    case Field::FamilyAndMiddleName:
    case Field::GivenName:
    case Field::BirthDateMale:
    case Field::BirthDateFemale:
    case Field::MaleMark:
    case Field::FemaleMark:
        return true;
    default:
        return false;
    }
}

} // namespace sht::importing
