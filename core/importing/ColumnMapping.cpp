#include "ColumnMapping.h"

#include "TextNormalizer.h"

#include <QJsonArray>

#include <algorithm>

namespace sht::importing {

namespace {

struct FieldInfo
{
    Field field;
    const char *key;
};

// The keys are stored in import_mapping: never rename one.
constexpr FieldInfo kFields[] = {
    {Field::Stt, "stt"},
    {Field::FullName, "full_name"},
    {Field::FamilyAndMiddleName, "family_and_middle_name"},
    {Field::GivenName, "given_name"},
    {Field::BirthDate, "birth_date"},
    {Field::BirthYear, "birth_year"},
    {Field::BirthDateMale, "birth_date_male"},
    {Field::BirthDateFemale, "birth_date_female"},
    {Field::Sex, "sex"},
    {Field::FemaleMark, "female_mark"},
    {Field::MaleMark, "male_mark"},
    {Field::CitizenId, "citizen_id"},
    {Field::Relation, "relation"},
    {Field::Ethnicity, "ethnicity"},
    {Field::Education, "education"},
    {Field::Occupation, "occupation"},
    {Field::Clan, "clan"},
    {Field::Address, "address"},
    {Field::HouseholdCode, "household_code"},
    {Field::Residence, "residence"},
    {Field::Notes, "notes"},
    {Field::HouseholdUuid, "household_uuid"},
    {Field::PersonUuid, "person_uuid"},
};

constexpr int kJsonVersion = 1;

} // namespace

QString fieldKey(Field field)
{
    for (const auto &f : kFields)
        if (f.field == field)
            return QString::fromLatin1(f.key);
    return {};
}

Field fieldFromKey(const QString &key)
{
    for (const auto &f : kFields)
        if (key == QLatin1String(f.key))
            return f.field;
    return Field::None;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::None:
        return ColumnMapping::tr("(not imported)");
    case Field::Stt:
        return ColumnMapping::tr("Number (STT)");
    case Field::FullName:
        return ColumnMapping::tr("Full name");
    case Field::FamilyAndMiddleName:
        return ColumnMapping::tr("Family and middle name");
    case Field::GivenName:
        return ColumnMapping::tr("Given name");
    case Field::BirthDate:
        return ColumnMapping::tr("Birth date");
    case Field::BirthYear:
        return ColumnMapping::tr("Birth year");
    case Field::BirthDateMale:
        return ColumnMapping::tr("Birth date (men)");
    case Field::BirthDateFemale:
        return ColumnMapping::tr("Birth date (women)");
    case Field::Sex:
        return ColumnMapping::tr("Sex");
    case Field::FemaleMark:
        return ColumnMapping::tr("Female (marked)");
    case Field::MaleMark:
        return ColumnMapping::tr("Male (marked)");
    case Field::CitizenId:
        return ColumnMapping::tr("Citizen ID (CCCD/CMND)");
    case Field::Relation:
        return ColumnMapping::tr("Relation to head");
    case Field::Ethnicity:
        return ColumnMapping::tr("Ethnicity");
    case Field::Education:
        return ColumnMapping::tr("Education");
    case Field::Occupation:
        return ColumnMapping::tr("Occupation");
    case Field::Clan:
        return ColumnMapping::tr("Clan");
    case Field::Address:
        return ColumnMapping::tr("Address");
    case Field::HouseholdCode:
        return ColumnMapping::tr("Household number");
    case Field::Residence:
        return ColumnMapping::tr("Residence");
    case Field::Notes:
        return ColumnMapping::tr("Notes");
    case Field::HouseholdUuid:
        return ColumnMapping::tr("Household identity (entry template)");
    case Field::PersonUuid:
        return ColumnMapping::tr("Person identity (entry template)");
    }
    return {};
}

QList<Field> allFields()
{
    QList<Field> out;
    for (const auto &f : kFields)
        out << f.field;
    return out;
}

void ColumnMapping::setColumn(int column, const QString &header, Field field, bool hidden)
{
    auto it = std::lower_bound(m_columns.begin(), m_columns.end(), column,
                               [](const Column &c, int col) { return c.column < col; });
    if (it == m_columns.end() || it->column != column)
        it = m_columns.insert(it, Column{column, {}, Field::None, false});
    it->header = text::normalized(header);
    it->hidden = hidden;
    assign(column, field);
}

void ColumnMapping::assign(int column, Field field)
{
    if (field != Field::None && field != Field::Notes)
        for (auto &c : m_columns)
            if (c.field == field && c.column != column)
                c.field = Field::None;
    for (auto &c : m_columns)
        if (c.column == column) {
            c.field = field;
            return;
        }
    setColumn(column, QString(), field);
}

Field ColumnMapping::fieldAt(int column) const
{
    for (const auto &c : m_columns)
        if (c.column == column)
            return c.field;
    return Field::None;
}

int ColumnMapping::columnOf(Field field) const
{
    for (const auto &c : m_columns)
        if (c.field == field)
            return c.column;
    return -1;
}

QList<int> ColumnMapping::columnsOf(Field field) const
{
    QList<int> out;
    for (const auto &c : m_columns)
        if (c.field == field)
            out << c.column;
    return out;
}

QString ColumnMapping::headerAt(int column) const
{
    for (const auto &c : m_columns)
        if (c.column == column)
            return c.header;
    return {};
}

int ColumnMapping::mappedCount() const
{
    return int(std::count_if(m_columns.begin(), m_columns.end(),
                             [](const Column &c) { return c.field != Field::None; }));
}

QString ColumnMapping::headerSignature() const
{
    QStringList parts;
    for (const auto &c : m_columns)
        parts << text::searchKey(c.header);
    // Trailing columns without a header (a stray value far right) do not make a different register.
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts.join(QLatin1Char('|'));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const auto &c : m_columns) {
        QJsonObject o;
        o.insert(QStringLiteral("column"), c.column);
        o.insert(QStringLiteral("header"), c.header);
        o.insert(QStringLiteral("field"), fieldKey(c.field));
        o.insert(QStringLiteral("hidden"), c.hidden);
        columns.append(o);
    }
    QJsonObject json;
    json.insert(QStringLiteral("version"), kJsonVersion);
    json.insert(QStringLiteral("signature"), headerSignature());
    json.insert(QStringLiteral("columns"), columns);
    return json;
}

bool ColumnMapping::fromJson(const QJsonObject &json, ColumnMapping *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.value(QStringLiteral("version")).toInt() != kJsonVersion)
        return fail(tr("The saved column mapping is from another version of the program; choose the columns "
                       "again."));
    const QJsonValue columns = json.value(QStringLiteral("columns"));
    if (!columns.isArray())
        return fail(tr("The saved column mapping has no columns; choose the columns again."));
    ColumnMapping mapping;
    for (const QJsonValue &v : columns.toArray()) {
        const QJsonObject o = v.toObject();
        const int column = o.value(QStringLiteral("column")).toInt(-1);
        const QString key = o.value(QStringLiteral("field")).toString();
        const Field field = fieldFromKey(key);
        if (column < 0 || column > 16383 || (!key.isEmpty() && field == Field::None))
            return fail(
                tr("The saved column mapping is damaged (column %1, field \"%2\"); choose the columns "
                   "again.")
                    .arg(column)
                    .arg(key));
        mapping.setColumn(column, o.value(QStringLiteral("header")).toString(), field,
                          o.value(QStringLiteral("hidden")).toBool());
    }
    if (out)
        *out = mapping;
    return true;
}

QString ColumnMapping::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

bool ColumnMapping::operator==(const ColumnMapping &o) const
{
    if (m_columns.size() != o.m_columns.size())
        return false;
    for (int i = 0; i < m_columns.size(); ++i) {
        const auto &a = m_columns[i];
        const auto &b = o.m_columns[i];
        if (a.column != b.column || a.header != b.header || a.field != b.field || a.hidden != b.hidden)
            return false;
    }
    return true;
}

} // namespace sht::importing
