#include "RegisterParser.h"

#include "CitizenId.h"
#include "HouseholdGrouper.h"
#include "LayoutDetector.h"
#include "TextEncoding.h"
#include "TextNormalizer.h"
#include "ValueNormalizer.h"
#include "VillageNameMatcher.h"

#include <QFileInfo>
#include <QHash>

namespace sht::importing {

namespace {

// Reads the cells of one sheet with one plan.
class SheetReader
{
public:
    SheetReader(const Workbook &wb, const SheetGrid &grid, const SheetPlan &plan, const QDate &today,
                QList<ImportProblem> *problems)
        : m_grid(grid)
        , m_plan(plan)
        , m_map(plan.mapping)
        , m_today(today)
        , m_problems(problems)
    {
        m_file = QFileInfo(wb.path).fileName();
        m_sheet = wb.format == QLatin1String("csv") ? QString() : grid.name;
        propagateMerges(Field::Clan);
        propagateMerges(Field::Address);
        propagateMerges(Field::HouseholdCode);
    }

    ParsedVillage read();

private:
    SourceRef ref(int row, int column = -1) const
    {
        return SourceRef{m_file, m_sheet, m_grid.fileRowNumber(row),
                         column >= 0 ? ColumnMapping::columnLetter(column) : QString()};
    }
    void skipped(int row, const QString &reason)
    {
        ImportProblem p;
        p.kind = ImportProblem::Kind::SkippedRow;
        p.where = ref(row);
        p.message = RegisterParser::tr("Row %1 skipped: %2").arg(m_grid.fileRowNumber(row)).arg(reason);
        p.action = m_notImported; // one string shared by every skipped row
        m_problems->append(p);
    }
    // A merged cell's value on every row it spans (a clan over a household).
    void propagateMerges(Field field)
    {
        const int column = m_map.columnOf(field);
        if (column < 0)
            return;
        for (const auto &m : m_grid.merges)
            if (m.firstColumn <= column && m.lastColumn >= column && m.lastRow > m.firstRow)
                for (int r = m.firstRow + 1; r <= m.lastRow; ++r)
                    m_merged[field].insert(r, &m_grid.at(m.firstRow, m.firstColumn));
    }
    const Cell &cell(int row, Field field) const
    {
        static const Cell empty;
        const int column = m_map.columnOf(field);
        if (column < 0)
            return empty;
        const Cell &c = m_grid.at(row, column);
        if (c.isEmpty()) {
            const auto it = m_merged.constFind(field);
            if (it != m_merged.constEnd())
                if (const Cell *top = it->value(row))
                    return *top;
        }
        return c;
    }
    QString text(int row, Field field) const { return ValueNormalizer::cellText(cell(row, field)); }
    // Issues of one cell become problems at that cell; their notes go to the person's notes.
    void report(int row, Field field, QList<ValueIssue> &issues, QStringList *notes)
    {
        for (const auto &issue : issues) {
            ImportProblem p;
            p.kind = issue.kind;
            p.where = ref(row, m_map.columnOf(field));
            p.message = issue.message;
            p.action = issue.action;
            m_problems->append(p);
            if (!issue.note.isEmpty())
                notes->append(issue.note);
        }
        issues.clear();
    }
    bool rowHasData(int row) const
    {
        for (const Cell &c : m_grid.rows[row])
            if (!c.isEmpty())
                return true;
        return false;
    }
    RegisterRow readRow(int row);
    template <typename Read>
    static QString remembered(QHash<QString, QString> &memo, const QString &text, Read read,
                              QList<ValueIssue> *issues = nullptr)
    {
        if (text.isEmpty())
            return {};
        const auto it = memo.constFind(text);
        if (it != memo.constEnd())
            return *it;
        QList<ValueIssue> found;
        const QString value = read(text, &found);
        if (found.isEmpty())
            memo.insert(text, value);
        else if (issues)
            *issues += found;
        return value;
    }

    const SheetGrid &m_grid;
    const SheetPlan &m_plan;
    const ColumnMapping &m_map;
    QDate m_today;
    QList<ImportProblem> *m_problems;
    QString m_file, m_sheet;
    const QString m_notImported = RegisterParser::tr("not imported");
    QHash<Field, QHash<int, const Cell *>> m_merged;
    // Registers repeat a few words thousands of times ("Kinh", "Con", "9/12"): what was read without a
    // problem is remembered, so a 100,000-row register parses each distinct word once.
    QHash<QString, QString> m_ethnicity, m_education, m_occupation;
    struct RelationMeaning
    {
        Relation relation;
        Sex sex;
        bool hasResidence;
        ResidenceStatus residence;
    };
    QHash<QString, RelationMeaning> m_relations;
    QHash<QString, Sex> m_sexes; // "Nam", "Nữ": read without a problem
};

RegisterRow SheetReader::readRow(int row)
{
    RegisterRow out;
    ParsedPerson &p = out.person;
    p.where = ref(row);
    QStringList notes;
    for (int c : m_map.columnsOf(Field::Notes)) {
        const QString n = ValueNormalizer::plainText(ValueNormalizer::cellText(m_grid.at(row, c)));
        if (!n.isEmpty())
            notes << n;
    }
    QList<ValueIssue> issues;

    const QString given = text(row, Field::GivenName);
    const QString family = text(row, Field::FamilyAndMiddleName);
    if (!given.isEmpty())
        p.fullName = ValueNormalizer::nameFromParts(family, given);
    else if (m_map.has(Field::FullName))
        p.fullName = ValueNormalizer::name(text(row, Field::FullName));
    else if (!family.isEmpty())
        p.fullName = ValueNormalizer::name(family);

    out.stt = text(row, Field::Stt);
    out.householdCode = text(row, Field::HouseholdCode);
    out.householdUuid = text(row, Field::HouseholdUuid).trimmed();
    p.uuid = text(row, Field::PersonUuid).trimmed();
    out.address = ValueNormalizer::plainText(text(row, Field::Address));
    out.clan = ValueNormalizer::clanName(text(row, Field::Clan));

    // Birth date, and the sex the men's/women's birth column says.
    Sex sex = Sex::Unknown;
    static const Field birthFields[] = {Field::BirthDate, Field::BirthYear, Field::BirthDateMale,
                                        Field::BirthDateFemale};
    for (Field f : birthFields) {
        const Cell &c = cell(row, f);
        if (c.isEmpty())
            continue;
        p.birthDate = ValueNormalizer::birthDate(c, m_today, &issues);
        report(row, f, issues, &notes);
        if (f == Field::BirthDateMale)
            sex = Sex::Male;
        else if (f == Field::BirthDateFemale)
            sex = Sex::Female;
        break;
    }

    if (m_map.has(Field::Sex)) {
        const QString sexText = text(row, Field::Sex);
        Sex s = Sex::Unknown;
        if (const auto known = m_sexes.constFind(sexText); known != m_sexes.constEnd()) {
            s = *known;
        } else {
            s = ValueNormalizer::sex(sexText, &issues);
            if (issues.isEmpty())
                m_sexes.insert(sexText, s);
            report(row, Field::Sex, issues, &notes);
        }
        if (s != Sex::Unknown)
            sex = s;
    } else if (m_map.has(Field::FemaleMark) || m_map.has(Field::MaleMark)) {
        const bool female = ValueNormalizer::isMark(text(row, Field::FemaleMark));
        const bool male = ValueNormalizer::isMark(text(row, Field::MaleMark));
        if (female != male)
            sex = female ? Sex::Female : Sex::Male;
        else if (!female && !m_map.has(Field::MaleMark))
            sex = Sex::Male; // a "Nữ" column alone: a blank is a man
    }

    p.citizenId = ValueNormalizer::citizenId(cell(row, Field::CitizenId), &issues);
    report(row, Field::CitizenId, issues, &notes);

    const QString relationText = text(row, Field::Relation);
    Sex relationSex = Sex::Unknown;
    Relation relation = Relation::Unknown;
    bool relationResidence = false;
    ResidenceStatus residence = ResidenceStatus::Permanent;
    const auto known = m_relations.constFind(relationText);
    if (known != m_relations.constEnd()) {
        relation = known->relation;
        relationSex = known->sex;
        relationResidence = known->hasResidence;
        residence = known->residence;
    } else {
        relation = ValueNormalizer::relation(relationText, &relationSex, &issues);
        relationResidence = parseResidence(relationText, &residence);
        if (issues.isEmpty())
            m_relations.insert(relationText, {relation, relationSex, relationResidence, residence});
        report(row, Field::Relation, issues, &notes);
    }
    p.relation = relationToStorage(relation);
    if (sex == Sex::Unknown)
        sex = relationSex;
    if (sex == Sex::Unknown && !p.citizenId.isEmpty())
        sex = CitizenId::parse(p.citizenId).impliedSex();
    p.sex = sexToStorage(sex);

    const QString residenceText = text(row, Field::Residence);
    if (!residenceText.isEmpty()) {
        residence = ResidenceStatus::Permanent;
        if (!parseResidence(residenceText, &residence)) {
            issues.append(
                ValueIssue{ImportProblem::Kind::UnknownValue,
                           RegisterParser::tr("Residence \"%1\" is not known").arg(residenceText),
                           RegisterParser::tr("recorded as permanent; the text is kept in the notes"),
                           RegisterParser::tr("Residence as written: %1").arg(residenceText)});
            report(row, Field::Residence, issues, &notes);
        }
    } else if (!relationResidence) {
        for (const QString &n : notes)
            if (parseResidence(n, &residence))
                break;
    }
    p.residence = residenceToStorage(residence);

    p.ethnicity =
        remembered(m_ethnicity, text(row, Field::Ethnicity),
                   [](const QString &t, QList<ValueIssue> *) { return ValueNormalizer::ethnicity(t); });
    p.education = remembered(m_education, text(row, Field::Education), ValueNormalizer::education, &issues);
    report(row, Field::Education, issues, &notes);
    p.occupation =
        remembered(m_occupation, text(row, Field::Occupation),
                   [](const QString &t, QList<ValueIssue> *) { return ValueNormalizer::plainText(t); });
    p.notes = notes.join(QStringLiteral("; "));
    return out;
}

ParsedVillage SheetReader::read()
{
    ParsedVillage village;
    village.file = m_file;
    village.sheet = m_grid.name;
    village.villageName = m_plan.villageName;
    village.villageUuid = m_plan.villageUuid;
    village.communeUuid = m_plan.communeUuid;

    for (int r = 0; r < qMin(m_plan.headerFirstRow, m_grid.rowCount()); ++r)
        if (rowHasData(r))
            skipped(r, RegisterParser::tr("title above the header"));
    if (m_plan.columnNumberRow >= 0 && m_plan.columnNumberRow < m_grid.rowCount())
        skipped(m_plan.columnNumberRow, LayoutDetector::rowKindReason(RowKind::ColumnNumbers));

    QList<RegisterRow> rows;
    rows.reserve(qMax(0, m_grid.rowCount() - m_plan.dataFirstRow));
    QList<int> pendingEmpty;
    QString endReason; // set once the total row or the signature block ends the data
    for (int r = qMax(0, m_plan.dataFirstRow); r < m_grid.rowCount(); ++r) {
        QString reason;
        const RowKind kind = LayoutDetector::classifyRow(m_grid, r, m_map, &reason);
        if (kind == RowKind::Empty) {
            if (!rows.isEmpty() && endReason.isEmpty())
                pendingEmpty << r;
            continue;
        }
        if (!endReason.isEmpty()) {
            skipped(r, kind == RowKind::Signature || kind == RowKind::Total ? reason : endReason);
            continue;
        }
        if (kind == RowKind::Total || kind == RowKind::Signature) {
            skipped(r, reason);
            endReason = kind == RowKind::Total ? RegisterParser::tr("below the total row")
                                               : LayoutDetector::rowKindReason(RowKind::Signature);
            continue;
        }
        if (kind != RowKind::Data) {
            skipped(r, reason);
            continue;
        }
        for (int e : std::as_const(pendingEmpty))
            skipped(e, LayoutDetector::rowKindReason(RowKind::Empty));
        pendingEmpty.clear();
        RegisterRow row = readRow(r);
        if (row.person.fullName.isEmpty()) {
            ImportProblem p;
            p.kind = ImportProblem::Kind::MissingName;
            p.where = ref(r, m_map.has(Field::FullName) ? m_map.columnOf(Field::FullName)
                                                        : m_map.columnOf(Field::GivenName));
            p.message = RegisterParser::tr("Row %1 has data but no name").arg(m_grid.fileRowNumber(r));
            p.action = RegisterParser::tr("row not imported");
            m_problems->append(p);
        }
        rows.append(std::move(row));
    }
    village.households = HouseholdGrouper::group(rows, m_problems);
    return village;
}

QString titleVillage(const SheetGrid &grid, int headerFirstRow)
{
    QStringList texts;
    for (int r = 0; r < qMin(headerFirstRow, grid.rowCount()); ++r)
        for (const Cell &c : grid.rows[r])
            if (c.type == Cell::Type::Text && !c.isEmpty())
                texts << c.text;
    return VillageNameMatcher::fromTitle(texts);
}

bool hasDataRow(const SheetGrid &grid, const SheetLayout &layout)
{
    for (int r = layout.dataFirstRow; r < grid.rowCount(); ++r) {
        const RowKind kind = LayoutDetector::classifyRow(grid, r, layout.mapping);
        if (kind == RowKind::Data)
            return true;
        if (kind == RowKind::Total || kind == RowKind::Signature)
            return false;
    }
    return false;
}

// What an entry template's hidden "_sohoctap" sheet says (EntryTemplateWriter): key in column A, value in B.
struct TemplateIdentity
{
    bool found = false;
    QString commune, village, villageName, sheet;
};

bool isTemplateSheet(const SheetGrid &grid)
{
    return grid.name == QLatin1String("_sohoctap") || grid.name == QLatin1String("_lists");
}

TemplateIdentity templateIdentity(const Workbook &wb)
{
    TemplateIdentity out;
    for (const SheetGrid &grid : wb.sheets) {
        if (grid.name != QLatin1String("_sohoctap"))
            continue;
        QHash<QString, QString> values;
        for (int r = 0; r < grid.rowCount(); ++r)
            values.insert(grid.at(r, 0).text.trimmed(), grid.at(r, 1).text.trimmed());
        if (values.value(QStringLiteral("format")) != QLatin1String("sohoctap-entry-template"))
            continue;
        out.found = true;
        out.commune = values.value(QStringLiteral("commune_uuid"));
        out.village = values.value(QStringLiteral("village_uuid"));
        out.villageName = values.value(QStringLiteral("village_name"));
        out.sheet = values.value(QStringLiteral("sheet"));
    }
    return out;
}

} // namespace

SheetPlan RegisterParser::detectSheet(const SheetGrid &grid)
{
    SheetPlan plan;
    plan.sheet = grid.name;
    QString reason;
    if (grid.rowCount() == 0) {
        plan.skip = true;
        plan.skipReason = tr("sheet \"%1\" is empty").arg(grid.name);
        return plan;
    }
    if (LayoutDetector::isSummarySheet(grid, &reason)) {
        plan.skip = true;
        plan.skipReason = reason;
        return plan;
    }
    const SheetLayout layout = LayoutDetector::detect(grid);
    plan.mapping = layout.mapping;
    plan.headerFirstRow = layout.headerFirstRow;
    plan.headerLastRow = layout.headerLastRow;
    plan.dataFirstRow = layout.dataFirstRow;
    plan.columnNumberRow = layout.columnNumberRow;
    if (!layout.found) {
        plan.skip = true;
        plan.skipReason = tr("sheet \"%1\" has no header row with a name column in its first %2 rows")
                              .arg(grid.name)
                              .arg(LayoutDetector::kHeaderSearchRows);
        return plan;
    }
    if (!hasDataRow(grid, layout)) {
        plan.skip = true;
        plan.skipReason = tr("sheet \"%1\" has no people below its header").arg(grid.name);
    }
    plan.villageName = VillageNameMatcher::fromSheetName(grid.name);
    const QString fromTitle = titleVillage(grid, layout.headerFirstRow);
    if (plan.villageName.isEmpty())
        plan.villageName = fromTitle;
    if (plan.villageName.isEmpty())
        plan.villageName = text::normalized(grid.name);
    return plan;
}

QList<SheetPlan> RegisterParser::detect(const Workbook &wb)
{
    const TemplateIdentity identity = templateIdentity(wb);
    QList<SheetPlan> plans;
    for (const SheetGrid &grid : wb.sheets) {
        if (identity.found && isTemplateSheet(grid))
            continue;
        SheetPlan plan = detectSheet(grid);
        if (identity.found && (identity.sheet.isEmpty() || identity.sheet == grid.name)) {
            plan.villageUuid = identity.village;
            plan.communeUuid = identity.commune;
            if (!identity.villageName.isEmpty())
                plan.villageName = identity.villageName;
        }
        // A CSV's name is the file's: the title above the header, when it names a village, says more.
        if (wb.format == QLatin1String("csv") && !plan.skip) {
            const QString fromTitle = titleVillage(grid, plan.headerFirstRow);
            if (!fromTitle.isEmpty())
                plan.villageName = fromTitle;
        }
        plans << plan;
    }
    return plans;
}

ParsedRegister RegisterParser::parse(const Workbook &wb, const QList<SheetPlan> &plans, const QDate &today)
{
    ParsedRegister out;
    const QString file = QFileInfo(wb.path).fileName();
    const bool legacy = wb.format == QLatin1String("csv") || !wb.encoding.isEmpty();
    if (legacy && wb.encodingConfidence < kTrustedEncodingConfidence) {
        ImportProblem p;
        p.kind = ImportProblem::Kind::EncodingGuess;
        p.where.file = file;
        p.message = tr("The text encoding of %1 was guessed as %2 with low confidence (%3%)")
                        .arg(file, wb.encoding)
                        .arg(qRound(wb.encodingConfidence * 100));
        p.action = tr("check the names in the preview; choose another encoding if they look wrong");
        out.problems << p;
    }
    for (const SheetGrid &grid : wb.sheets) {
        const SheetPlan *plan = nullptr;
        for (const auto &candidate : plans)
            if (candidate.sheet == grid.name)
                plan = &candidate;
        if (!plan)
            continue;
        if (plan->skip) {
            ImportProblem p;
            p.kind = ImportProblem::Kind::SkippedSheet;
            p.where.file = file;
            p.where.sheet = grid.name;
            p.message = plan->skipReason;
            p.action = tr("sheet not imported");
            out.problems << p;
            continue;
        }
        SheetReader reader(wb, grid, *plan, today, &out.problems);
        out.villages << reader.read();
    }
    return out;
}

} // namespace sht::importing
