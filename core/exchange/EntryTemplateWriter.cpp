#include "EntryTemplateWriter.h"

#include "Education.h"
#include "EntryTemplateRepository.h"
#include "PartialDate.h"
#include "Relation.h"
#include "ResidenceStatus.h"
#include "Sex.h"
#include "ValueNormalizer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <xlsxwriter.h>

namespace sht::exchange {

namespace {

// The register layout the importer reads (ColumnSynonyms): the headers are the register's own Vietnamese
// words, the last two are the identities only the importer recognises (hidden and locked).
struct Column
{
    const char16_t *header;
    double width;
};
constexpr Column kColumns[] = {
    {u"Số hộ", 8},
    {u"Họ và tên", 26},
    {u"Quan hệ với chủ hộ", 15},
    {u"Ngày sinh", 12},
    {u"Giới tính", 9},
    {u"Dân tộc", 11},
    {u"Số CCCD/CMND", 15},
    {u"Trình độ văn hóa", 13},
    {u"Nghề nghiệp", 18},
    {u"Tình trạng cư trú", 13},
    {u"Ghi chú", 24},
    {u"sht:household", 10},
    {u"sht:person", 10},
};
enum ColumnIndex {
    kCode,
    kName,
    kRelation,
    kBirth,
    kSex,
    kEthnicity,
    kCitizenId,
    kEducation,
    kOccupation,
    kResidence,
    kNotes,
    kHouseholdUuid,
    kPersonUuid,
    kColumnCount
};
constexpr int kHeaderRow = 3; // 0-based: two title rows and an instruction row above it
// Empty rows formatted (borders, drop-downs) below the people for new ones.
constexpr int kMinimumEmptyRows = 100;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the workbook otherwise).
QString sheetName(const QString &village)
{
    QString name = village;
    for (QChar &c : name)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char(' ');
    name = name.simplified().left(31);
    return name.isEmpty() || name.startsWith(QLatin1Char('_')) ? QStringLiteral("Thôn") : name;
}

// The drop-down lists: the app's own vocabulary, as the importer reads it back.
QStringList relationWords()
{
    QStringList words;
    const Relation relations[] = {Relation::Head,       Relation::Spouse,      Relation::Child,
                                  Relation::Parent,     Relation::ParentInLaw, Relation::ChildInLaw,
                                  Relation::Grandchild, Relation::Grandparent, Relation::Sibling,
                                  Relation::Other};
    for (Relation r : relations)
        for (Sex s : {Sex::Male, Sex::Female, Sex::Unknown}) {
            const QString w = relationRegisterWord(r, s);
            if (!w.isEmpty() && !words.contains(w))
                words << w;
        }
    return words;
}

QStringList educationWords()
{
    QStringList words;
    words << Education::ofLevel(Education::Level::Preschool).toString()
          << Education::ofLevel(Education::Level::Illiterate).toString()
          << Education::literate(Education::Literacy::Level1).toString();
    for (int grade = 0; grade <= 12; ++grade)
        words << Education::general(grade, 12).toString();
    for (auto level : {Education::Level::Elementary, Education::Level::Vocational, Education::Level::College,
                       Education::Level::University, Education::Level::Master, Education::Level::Doctor})
        words << Education::ofLevel(level).toString();
    words.removeAll(QString());
    words.removeDuplicates();
    return words;
}

QStringList residenceWords()
{
    return {residenceRegisterWord(ResidenceStatus::Permanent),
            residenceRegisterWord(ResidenceStatus::Temporary),
            residenceRegisterWord(ResidenceStatus::TemporarilyAbsent)};
}

class TemplateBook
{
public:
    explicit TemplateBook(const QString &path)
        : m_book(workbook_new(QFile::encodeName(path).constData()))
    {}
    ~TemplateBook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    lxw_error close()
    {
        lxw_workbook *book = m_book;
        m_book = nullptr;
        return workbook_close(book);
    }
    lxw_workbook *book() const { return m_book; }

private:
    lxw_workbook *m_book;
};

} // namespace

EntryTemplateWriter::EntryTemplateWriter(Database &db)
    : m_db(db)
{}

Status EntryTemplateWriter::write(const QString &villageUuid, const QString &path,
                                  const ExchangeProgress &progress) const
{
    EntryTemplateData data;
    if (Status s = EntryTemplateRepository(m_db).read(villageUuid, &data); !s)
        return s;

    // Written beside the target and renamed at the end: a cancelled or failed write leaves nothing.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    auto cleanup = qScopeGuard([&] { QFile::remove(partial); });
    TemplateBook template_(partial);
    lxw_workbook *book = template_.book();
    if (!book)
        return Status::failure(tr("%1 could not be created; choose another folder.").arg(path));

    const QString name = sheetName(data.villageName);
    lxw_worksheet *sheet = workbook_add_worksheet(book, utf8(name).constData());
    lxw_worksheet *lists = workbook_add_worksheet(book, "_lists");
    lxw_worksheet *identity = workbook_add_worksheet(book, "_sohoctap");

    // Every editable cell is unlocked text ("@": a CCCD keeps its zeros, 05/03/1990 is not read as 3 May),
    // the identity columns are locked under the sheet's protection.
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *note = workbook_add_format(book);
    format_set_italic(note);
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDEBF7);
    lxw_format *cell = workbook_add_format(book);
    format_set_num_format(cell, "@");
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_unlocked(cell);
    // Columns: unlocked text without borders (the title rows stay plain; rows far below stay editable).
    lxw_format *column = workbook_add_format(book);
    format_set_num_format(column, "@");
    format_set_unlocked(column);
    lxw_format *locked = workbook_add_format(book);
    format_set_num_format(locked, "@");
    format_set_hidden(locked);

    for (int c = 0; c < kColumnCount; ++c) {
        lxw_row_col_options hidden = {1, 0, 0};
        const bool identityColumn = c == kHouseholdUuid || c == kPersonUuid;
        worksheet_set_column_opt(sheet, lxw_col_t(c), lxw_col_t(c), kColumns[c].width,
                                 identityColumn ? locked : column, identityColumn ? &hidden : nullptr);
    }
    worksheet_write_string(sheet, 0, 0, "DANH SÁCH HỘ GIA ĐÌNH VÀ NHÂN KHẨU", title);
    worksheet_write_string(sheet, 1, 0, utf8(data.villageName).constData(), title);
    worksheet_write_string(
        sheet, 2, 0,
        utf8(tr("Correct any value; add a person on an empty row with their household's number (Số hộ); "
                "leave a row that is no longer true as it is and tell the clerk."))
            .constData(),
        note);
    for (int c = 0; c < kColumnCount; ++c)
        worksheet_write_string(sheet, kHeaderRow, lxw_col_t(c),
                               utf8(QString::fromUtf16(kColumns[c].header)).constData(),
                               c == kHouseholdUuid || c == kPersonUuid ? locked : header);
    worksheet_set_row(sheet, kHeaderRow, 30, nullptr);
    worksheet_freeze_panes(sheet, kHeaderRow + 1, 2);
    // Printed for volunteers who fill it in by hand: landscape, one page wide, the header on every page.
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, kHeaderRow, kHeaderRow);

    const int total = int(data.rows.size());
    lxw_row_t row = kHeaderRow + 1;
    for (int i = 0; i < total; ++i, ++row) {
        if (progress && i % 200 == 0 && !progress(i, total))
            return Status::failure(tr("Writing the entry template was cancelled; no file was written."));
        const EntryTemplateData::Row &r = data.rows.at(i);
        const Sex sex = sexFromStorage(r.sex);
        const QString values[kColumnCount] = {
            r.householdCode,
            r.fullName,
            relationRegisterWord(relationFromStorage(r.relation), sex),
            PartialDate::fromStorage(r.birthDate).toString(),
            sexRegisterWord(sex),
            r.ethnicity,
            r.citizenId,
            r.education,
            r.occupation,
            residenceRegisterWord(residenceFromStorage(r.residence)),
            QString(),
            r.householdUuid,
            r.personUuid,
        };
        for (int c = 0; c < kColumnCount; ++c) {
            lxw_format *format = c == kHouseholdUuid || c == kPersonUuid ? locked : cell;
            if (values[c].isEmpty())
                worksheet_write_blank(sheet, row, lxw_col_t(c), format);
            else
                worksheet_write_string(sheet, row, lxw_col_t(c), utf8(values[c]).constData(), format);
        }
    }
    const lxw_row_t lastRow = row + qMax<lxw_row_t>(kMinimumEmptyRows, lxw_row_t(total / 5)) - 1;
    for (; row <= lastRow; ++row)
        for (int c = 0; c < kNotes + 1; ++c)
            worksheet_write_blank(sheet, row, lxw_col_t(c), cell);

    // Drop-downs from the hidden "_lists" sheet (an inline list stops at 255 characters: 54 ethnic groups
    // do not fit). A value outside the list warns but is allowed ("7/10", "Cháu nội" are read as well).
    const QList<QStringList> vocabularies = {relationWords(),
                                             {sexRegisterWord(Sex::Male), sexRegisterWord(Sex::Female)},
                                             importing::ValueNormalizer::ethnicGroups(),
                                             educationWords(),
                                             residenceWords()};
    const int listColumns[] = {kRelation, kSex, kEthnicity, kEducation, kResidence};
    for (int l = 0; l < vocabularies.size(); ++l) {
        const QStringList &words = vocabularies.at(l);
        for (int w = 0; w < words.size(); ++w)
            worksheet_write_string(lists, lxw_row_t(w), lxw_col_t(l), utf8(words.at(w)).constData(), nullptr);
        const QString letter = QString(QChar(u'A' + l));
        const QByteArray formula =
            utf8(QStringLiteral("='_lists'!$%1$1:$%1$%2").arg(letter).arg(words.size()));
        lxw_data_validation validation = {};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = const_cast<char *>(formula.constData());
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.error_type =
            listColumns[l] == kSex ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING;
        worksheet_data_validation_range(sheet, kHeaderRow + 1, lxw_col_t(listColumns[l]), lastRow,
                                        lxw_col_t(listColumns[l]), &validation);
    }
    worksheet_hide(lists);

    // What the importer needs to match the rows: the commune and village they belong to.
    const QList<QPair<const char *, QString>> facts = {
        {"format", QStringLiteral("sohoctap-entry-template")},
        {"format_version", QStringLiteral("1")},
        {"commune_uuid", data.communeUuid},
        {"village_uuid", data.villageUuid},
        {"village_name", data.villageName},
        {"sheet", name},
        {"written_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    for (int f = 0; f < facts.size(); ++f) {
        worksheet_write_string(identity, lxw_row_t(f), 0, facts.at(f).first, nullptr);
        worksheet_write_string(identity, lxw_row_t(f), 1, utf8(facts.at(f).second).constData(), nullptr);
    }
    worksheet_hide(identity);
    worksheet_protect(identity, nullptr, nullptr);

    // Protected without a password (the volunteer can still lift it; this only keeps the identities from
    // being typed over by accident): rows may be inserted, deleted and filtered.
    lxw_protection protection = {};
    protection.insert_rows = 1;
    protection.delete_rows = 1;
    protection.autofilter = 1;
    protection.sort = 1;
    protection.format_columns = 0;
    worksheet_protect(sheet, nullptr, &protection);
    worksheet_activate(sheet);

    if (const lxw_error error = template_.close(); error != LXW_NO_ERROR)
        return Status::failure(tr("%1 could not be written (%2); choose another folder.")
                                   .arg(path, QString::fromUtf8(lxw_strerror(error))));
    if (progress && !progress(total, total))
        return Status::failure(tr("Writing the entry template was cancelled; no file was written."));
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return Status::failure(tr("%1 could not be written; choose another folder.").arg(path));
    cleanup.dismiss();
    return Status::success();
}

} // namespace sht::exchange
