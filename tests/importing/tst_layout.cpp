// Tests of the layout step of the import: ColumnSynonyms, LayoutDetector, ColumnMapping (JSON, signature),
// VillageNameMatcher and HouseholdGrouper, on sheets built in memory the way registers really look.
#include "ColumnMapping.h"
#include "ColumnSynonyms.h"
#include "HouseholdGrouper.h"
#include "LayoutDetector.h"
#include "RegisterFixtures.h"
#include "TestSupport.h"
#include "VillageNameMatcher.h"

#include <QJsonDocument>
#include <QTest>

using namespace sht;
using namespace sht::importing;
using namespace sht::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sht::importing::Field)

namespace {

// "stt,full_name,…": the mapping's fields in column order, "-" for an unmapped column.
QString fields(const ColumnMapping &m)
{
    QStringList out;
    for (const auto &c : m.columns())
        out << (c.field == Field::None ? u"-"_s : fieldKey(c.field));
    return out.join(u',');
}

QStringList header11()
{
    return {u"STT"_s,       u"Họ và tên"_s,        u"Ngày tháng năm sinh"_s,
            u"Giới tính"_s, u"Số CCCD"_s,          u"Quan hệ với chủ hộ"_s,
            u"Dân tộc"_s,   u"Trình độ văn hóa"_s, u"Nghề nghiệp"_s,
            u"Dòng họ"_s,   u"Ghi chú"_s};
}

const QString kFields11 =
    u"stt,full_name,birth_date,sex,citizen_id,relation,ethnicity,education,occupation,clan,notes"_s;

QStringList person(const QString &stt, const QString &name, const QString &relation)
{
    return {stt, name, u"01/02/1980"_s, u"Nam"_s, QString(), relation};
}

RegisterRow row(const QString &stt, const QString &name, const QString &relation, int fileRow,
                const QString &code = QString())
{
    RegisterRow r;
    r.stt = stt;
    r.householdCode = code;
    r.person.fullName = name;
    r.person.relation = relation;
    r.person.where.row = fileRow;
    return r;
}

// "1:An,Bình|2:Cường": households by code with their members in order.
QString households(const QList<ParsedHousehold> &list)
{
    QStringList out;
    for (const auto &h : list) {
        QStringList names;
        for (const auto &m : h.members)
            names << m.fullName;
        out << h.code + u':' + names.join(u',');
    }
    return out.join(u'|');
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void synonyms_data();
    void synonyms();
    void subHeaders();
    void headerAnywhere_data();
    void headerAnywhere();
    void twoRowHeaderMerged();
    void twoRowHeaderCsv();
    void birthUnderSexColumns();
    void dataRowIsNotASecondHeader();
    void columnNumberRow_data();
    void columnNumberRow();
    void hiddenColumns();
    void noHeader();
    void summarySheets_data();
    void summarySheets();
    void classifyRows_data();
    void classifyRows();
    void mappingJson();
    void mappingJsonRefused_data();
    void mappingJsonRefused();
    void mappingAssign();
    void signature();
    void columnLetters();
    void villageFromSheet_data();
    void villageFromSheet();
    void villageFromTitle_data();
    void villageFromTitle();
    void villageMatch();
    void grouping_data();
    void grouping();
    void noHead();
};

void TestLayout::synonyms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<Field>("field");
    const QList<QPair<QString, Field>> rows = {
        {u"STT"_s, Field::Stt},
        {u"TT"_s, Field::Stt},
        {u"Số TT"_s, Field::Stt},
        {u"Họ và tên"_s, Field::FullName},
        {u"Họ tên"_s, Field::FullName},
        {u"HỌ VÀ TÊN"_s, Field::FullName},
        {u"Họ và\ntên"_s, Field::FullName},
        {nfd(u"Họ và tên"_s), Field::FullName},
        {u"Họ và đệm"_s, Field::FamilyAndMiddleName},
        {u"Tên"_s, Field::GivenName},
        {u"Ngày tháng năm sinh"_s, Field::BirthDate},
        {u"Ngày, tháng, năm sinh"_s, Field::BirthDate},
        {u"Ngày, tháng,\nnăm sinh"_s, Field::BirthDate},
        {u"Ngày sinh"_s, Field::BirthDate},
        {u"Năm sinh"_s, Field::BirthYear},
        {u"Giới tính"_s, Field::Sex},
        {u"Nữ"_s, Field::FemaleMark},
        {u"Số CCCD"_s, Field::CitizenId},
        {u"Số CCCD/CMND"_s, Field::CitizenId},
        {u"Số định danh"_s, Field::CitizenId},
        {u"Số định danh cá nhân"_s, Field::CitizenId},
        {u"Quan hệ với chủ hộ"_s, Field::Relation},
        {u"Quan hệ\u00a0với chủ hộ"_s, Field::Relation},
        {u"QH với CH"_s, Field::Relation},
        {u"Dân tộc"_s, Field::Ethnicity},
        {u"Trình độ văn hóa"_s, Field::Education},
        {u"Trình độ văn hoá"_s, Field::Education},
        {u"Trình độ học vấn"_s, Field::Education},
        {u"Nghề nghiệp"_s, Field::Occupation},
        {u"Dòng họ"_s, Field::Clan},
        {u"Thuộc dòng họ"_s, Field::Clan},
        {u"Địa chỉ"_s, Field::Address},
        {u"Số hộ"_s, Field::HouseholdCode},
        {u"Số sổ hộ khẩu"_s, Field::HouseholdCode},
        {u"Tình trạng cư trú"_s, Field::Residence},
        {u"Ghi chú"_s, Field::Notes},
        {u"DANH SÁCH HỘ GIA ĐÌNH"_s, Field::None},
        {u"Nguyễn Văn An"_s, Field::None},
        {u"Chủ hộ"_s, Field::None},
        {u"Ngày cấp"_s, Field::None},
        {QString(), Field::None},
    };
    for (const auto &r : rows)
        QTest::newRow(qPrintable(QString(r.first).replace(u'\n', u' '))) << r.first << r.second;
}

void TestLayout::synonyms()
{
    QFETCH(QString, header);
    QFETCH(Field, field);
    QCOMPARE(ColumnSynonyms::match(header), field);
}

void TestLayout::subHeaders()
{
    QCOMPARE(ColumnSynonyms::matchUnder(u"Họ và tên"_s, u"Họ và đệm"_s), Field::FamilyAndMiddleName);
    QCOMPARE(ColumnSynonyms::matchUnder(u"Họ và tên"_s, u"Họ"_s), Field::FamilyAndMiddleName);
    QCOMPARE(ColumnSynonyms::matchUnder(u"Họ và tên"_s, u"Tên"_s), Field::GivenName);
    QCOMPARE(ColumnSynonyms::matchUnder(u"Năm sinh"_s, u"Nam"_s), Field::BirthDateMale);
    QCOMPARE(ColumnSynonyms::matchUnder(u"Ngày sinh"_s, u"Nữ"_s), Field::BirthDateFemale);
    QCOMPARE(ColumnSynonyms::matchUnder(u"Giới tính"_s, u"Nam"_s), Field::MaleMark);
    QCOMPARE(ColumnSynonyms::matchUnder(u"Giới tính"_s, u"Nữ"_s), Field::FemaleMark);
    QCOMPARE(ColumnSynonyms::matchUnder(u"Thông tin"_s, u"Dân tộc"_s), Field::Ethnicity);
    QCOMPARE(ColumnSynonyms::key(u"Số CCCD/\nCMND"_s), u"so cccd cmnd"_s);
}

void TestLayout::headerAnywhere_data()
{
    QTest::addColumn<int>("titleRows");
    QTest::newRow("first row") << 0;
    QTest::newRow("after a title") << 2;
    QTest::newRow("after the national heading") << 6;
    QTest::newRow("row 15") << 14;
}

void TestLayout::headerAnywhere()
{
    QFETCH(int, titleRows);
    QList<QStringList> rows;
    const QStringList titles = {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"Độc lập - Tự do - Hạnh phúc"_s,
                                u"UBND XÃ HÒA AN"_s, u"DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG"_s,
                                u"(Kèm theo báo cáo số 12/BC-UBND)"_s};
    for (int i = 0; i < titleRows; ++i)
        rows << QStringList{i < titles.size() ? titles[i] : QString()};
    rows << header11();
    rows << person(u"1"_s, u"Nguyễn Văn An"_s, u"Chủ hộ"_s);
    const SheetLayout layout = LayoutDetector::detect(textSheet(u"Thôn Đông"_s, rows));
    QVERIFY(layout.found);
    QCOMPARE(layout.headerFirstRow, titleRows);
    QCOMPARE(layout.headerLastRow, titleRows);
    QCOMPARE(layout.dataFirstRow, titleRows + 1);
    QCOMPARE(layout.columnNumberRow, -1);
    QCOMPARE(fields(layout.mapping), kFields11);
}

void TestLayout::twoRowHeaderMerged()
{
    // STT and the dates merged down over both header rows, "Họ và tên" merged across its two sub-columns.
    SheetGrid g = textSheet(u"Thôn Đông"_s, {{u"DANH SÁCH HỘ GIA ĐÌNH"_s},
                                             {u"STT"_s, u"Họ và tên"_s, QString(),
                                              u"Ngày, tháng,\nnăm sinh"_s, u"Quan hệ\nvới chủ hộ"_s},
                                             {QString(), u"Họ và đệm"_s, u"Tên"_s, QString(), QString()},
                                             {u"(1)"_s, u"(2)"_s, u"(3)"_s, u"(4)"_s, u"(5)"_s},
                                             {u"1"_s, u"Nguyễn Văn"_s, u"An"_s, u"1956"_s, u"Chủ hộ"_s}});
    g.merges = {{1, 0, 2, 0}, {1, 1, 1, 2}, {1, 3, 2, 3}, {1, 4, 2, 4}};
    const SheetLayout layout = LayoutDetector::detect(g);
    QVERIFY(layout.found);
    QCOMPARE(layout.headerFirstRow, 1);
    QCOMPARE(layout.headerLastRow, 2);
    QCOMPARE(layout.columnNumberRow, 3);
    QCOMPARE(layout.dataFirstRow, 4);
    QCOMPARE(fields(layout.mapping), u"stt,family_and_middle_name,given_name,birth_date,relation"_s);
    QCOMPARE(layout.mapping.headerAt(2), u"Họ và tên › Tên"_s);
    QCOMPARE(layout.mapping.headerAt(3), u"Ngày, tháng, năm sinh"_s); // the line break is a space
}

void TestLayout::twoRowHeaderCsv()
{
    // A CSV cannot merge: the group header sits over the first of its columns.
    const SheetGrid g = textSheet(u"thon_dong"_s, {{u"STT"_s, u"Họ và tên"_s, QString(), u"Năm sinh"_s},
                                                   {QString(), u"Họ và đệm"_s, u"Tên"_s, QString()},
                                                   {u"1"_s, u"Nguyễn Văn"_s, u"An"_s, u"1956"_s}});
    const SheetLayout layout = LayoutDetector::detect(g);
    QCOMPARE(layout.headerLastRow, 1);
    QCOMPARE(fields(layout.mapping), u"stt,family_and_middle_name,given_name,birth_year"_s);
}

void TestLayout::birthUnderSexColumns()
{
    SheetGrid g =
        textSheet(u"Sheet1"_s, {{u"TT"_s, u"Họ tên"_s, u"Năm sinh"_s, QString(), u"Quan hệ với chủ hộ"_s},
                                {QString(), QString(), u"Nam"_s, u"Nữ"_s, QString()},
                                {u"1"_s, u"Lê Văn Tám"_s, u"1950"_s, QString(), u"Chủ hộ"_s}});
    g.merges = {{0, 2, 0, 3}};
    const SheetLayout layout = LayoutDetector::detect(g);
    QCOMPARE(fields(layout.mapping), u"stt,full_name,birth_date_male,birth_date_female,relation"_s);
    QCOMPARE(layout.dataFirstRow, 2);
}

void TestLayout::dataRowIsNotASecondHeader()
{
    // "Nam" under "Giới tính" in a CSV's first data row must not make it a header row.
    const SheetGrid g =
        textSheet(u"thon"_s, {{u"STT"_s, u"Họ và tên"_s, u"Giới tính"_s, u"Quan hệ với chủ hộ"_s},
                              {u"1"_s, u"Nguyễn Văn An"_s, u"Nam"_s, u"Chủ hộ"_s},
                              {QString(), u"Trần Thị Bình"_s, u"Nữ"_s, u"Vợ"_s}});
    const SheetLayout layout = LayoutDetector::detect(g);
    QCOMPARE(layout.headerLastRow, 0);
    QCOMPARE(layout.dataFirstRow, 1);
    QCOMPARE(fields(layout.mapping), u"stt,full_name,sex,relation"_s);
}

void TestLayout::columnNumberRow_data()
{
    QTest::addColumn<QList<Cell>>("cells");
    QTest::addColumn<bool>("isNumbers");
    auto texts = [](const QStringList &l) {
        QList<Cell> out;
        for (const auto &s : l)
            out << textCell(s);
        return out;
    };
    QTest::newRow("(1) (2) (3)") << texts({u"(1)"_s, u"(2)"_s, u"(3)"_s, u"(4)"_s}) << true;
    QTest::newRow("1 2 3 as text") << texts({u"1"_s, u"2"_s, u"3"_s}) << true;
    QTest::newRow("numbers") << QList<Cell>{numberCell(1), numberCell(2), numberCell(3), numberCell(4)}
                             << true;
    QTest::newRow("A B 1 2") << texts({u"A"_s, u"B"_s, u"1"_s, u"2"_s}) << true;
    QTest::newRow("gaps allowed") << texts({u"(1)"_s, QString(), u"(3)"_s, u"(4)"_s}) << true;
    QTest::newRow("two cells") << texts({u"1"_s, u"2"_s}) << false;
    QTest::newRow("decreasing") << texts({u"3"_s, u"2"_s, u"1"_s}) << false;
    QTest::newRow("a data row") << texts({u"1"_s, u"Nguyễn Văn An"_s, u"1956"_s}) << false;
    QTest::newRow("year numbers") << QList<Cell>{numberCell(1), numberCell(1956), numberCell(2)} << false;
    // Around the quick check that skips the expressions for longer texts (two characters besides brackets
    // and spaces at most).
    QTest::newRow("spaces inside brackets") << texts({u"( 1 )"_s, u"(  2)"_s, u"\u00a03\u00a0"_s}) << true;
    QTest::newRow("two digits") << texts({u"(9)"_s, u"(10)"_s, u"( 11 )"_s}) << true;
    QTest::newRow("three digits") << texts({u"(1)"_s, u"(2)"_s, u"(100)"_s}) << false;
    QTest::newRow("a bare bracket") << texts({u"(1)"_s, u"(2)"_s, u"( )"_s}) << false;
    QTest::newRow("digits apart") << texts({u"(1)"_s, u"(2)"_s, u"1 2"_s}) << false;
}

void TestLayout::columnNumberRow()
{
    QFETCH(QList<Cell>, cells);
    QFETCH(bool, isNumbers);
    QCOMPARE(LayoutDetector::isColumnNumberRow(sheetOf(u"s"_s, {cells}), 0), isNumbers);
}

void TestLayout::hiddenColumns()
{
    // An old ID column kept hidden: the visible CCCD column wins, even when the hidden one comes first.
    SheetGrid g = textSheet(u"Thôn 1"_s, {{u"Họ và tên"_s, u"Số CMND cũ"_s, u"Số CCCD"_s, u"Ghi chú"_s}});
    g.hiddenColumns = {false, true, false, false};
    ColumnMapping m = LayoutDetector::detect(g).mapping;
    QCOMPARE(fields(m), u"full_name,-,citizen_id,notes"_s);
    QVERIFY(m.columns().at(1).hidden);
    // The only source: a hidden column is used.
    g = textSheet(u"Thôn 1"_s, {{u"Họ và tên"_s, u"Số CMND"_s, u"Ghi chú"_s}});
    g.hiddenColumns = {false, true, false};
    QCOMPARE(fields(LayoutDetector::detect(g).mapping), u"full_name,citizen_id,notes"_s);
}

void TestLayout::noHeader()
{
    QVERIFY(!LayoutDetector::detect(textSheet(u"Ghi chú"_s, {{u"Ghi nhớ: nộp trước 30/6"_s}})).found);
    QVERIFY(!LayoutDetector::detect(SheetGrid()).found);
    // A name column is required: numbers alone are not people.
    QVERIFY(!LayoutDetector::detect(textSheet(u"x"_s, {{u"STT"_s, u"Năm sinh"_s, u"Dân tộc"_s}})).found);
    // Past the rows searched.
    QList<QStringList> rows;
    for (int i = 0; i < LayoutDetector::kHeaderSearchRows; ++i)
        rows << QStringList{u"…"_s};
    rows << header11();
    QVERIFY(!LayoutDetector::detect(textSheet(u"x"_s, rows)).found);
}

void TestLayout::summarySheets_data()
{
    QTest::addColumn<SheetGrid>("grid");
    QTest::addColumn<bool>("summary");
    QTest::newRow("Tổng hợp") << textSheet(u"Tổng hợp"_s, {header11()}) << true;
    QTest::newRow("TONG HOP") << textSheet(u"TONG HOP"_s, {header11()}) << true;
    QTest::newRow("Thống kê 2024") << textSheet(u"Thống kê 2024"_s, {{u"x"_s}}) << true;
    QTest::newRow("COUNTA formulas")
        << sheetOf(u"Sheet5"_s, {{textCell(u"Thôn"_s), textCell(u"Số hộ"_s)},
                                 {textCell(u"Thôn 1"_s), formulaCell(12, u"COUNTA('Thôn 1'!B4:B99)"_s)},
                                 {textCell(u"Thôn 2"_s), formulaCell(9, u"COUNTA('Thôn 2'!B4:B99)"_s)},
                                 {textCell(u"Cộng"_s), formulaCell(21, u"SUM(B2:B3)"_s)}})
        << true;
    QTest::newRow("village with one COUNT total")
        << sheetOf(u"Thôn 1"_s,
                   {{textCell(u"Họ và tên"_s)}, {textCell(u"An"_s)}, {formulaCell(1, u"COUNTA(A2)"_s)}})
        << false;
    QTest::newRow("Thôn Tổng") << textSheet(u"Thôn Tống Xá"_s, {header11()}) << false;
}

void TestLayout::summarySheets()
{
    QFETCH(SheetGrid, grid);
    QFETCH(bool, summary);
    QString reason;
    QCOMPARE(LayoutDetector::isSummarySheet(grid, &reason), summary);
    QCOMPARE(reason.isEmpty(), !summary);
}

void TestLayout::classifyRows_data()
{
    QTest::addColumn<QList<Cell>>("cells");
    QTest::addColumn<RowKind>("kind");
    auto texts = [](const QStringList &l) {
        QList<Cell> out;
        for (const auto &s : l)
            out << textCell(s);
        return out;
    };
    QTest::newRow("person") << texts(person(u"1"_s, u"Nguyễn Văn An"_s, u"Chủ hộ"_s)) << RowKind::Data;
    QTest::newRow("empty") << texts({QString(), u"  "_s}) << RowKind::Empty;
    QTest::newRow("Tổng cộng") << texts({QString(), u"Tổng cộng: 340 hộ, 1.239 nhân khẩu"_s})
                               << RowKind::Total;
    QTest::newRow("TỔNG CỘNG") << texts({u"TỔNG CỘNG"_s}) << RowKind::Total;
    QTest::newRow("Cộng:") << texts({u"Cộng: 12 hộ"_s}) << RowKind::Total;
    QTest::newRow("COUNT formula") << QList<Cell>{formulaCell(340, u"COUNT(A9:A400)"_s)} << RowKind::Total;
    QTest::newRow("NGƯỜI LẬP BIỂU") << texts({QString(), u"NGƯỜI LẬP BIỂU"_s, QString(), u"TRƯỞNG THÔN"_s})
                                    << RowKind::Signature;
    QTest::newRow("date line") << texts({QString(), QString(), u"Hòa An, ngày 15 tháng 6 năm 2024"_s})
                               << RowKind::Signature;
    QTest::newRow("ký tên") << texts({u"(Ký, ghi rõ họ tên)"_s}) << RowKind::Signature;
    QTest::newRow("Tổ trưởng TDP") << texts({u"TỔ TRƯỞNG TDP"_s}) << RowKind::Signature;
    QTest::newRow("a Tống is a person") << texts({u"2"_s, u"Tống Văn Cộng"_s}) << RowKind::Data;
    QTest::newRow("a cán bộ with data is a person")
        << texts({u"3"_s, u"Lê Văn Cán"_s, u"1970"_s, u"Nam"_s, QString(), u"Chủ hộ"_s, u"Cán bộ xã"_s})
        << RowKind::Data;
    QTest::newRow("repeated header") << texts(header11()) << RowKind::RepeatedHeader;
    QTest::newRow("repeated column numbers")
        << texts({u"(1)"_s, u"(2)"_s, u"(3)"_s}) << RowKind::ColumnNumbers;
    QTest::newRow("name only") << texts({QString(), u"Phạm Thị Mơ"_s}) << RowKind::Data;
}

void TestLayout::classifyRows()
{
    QFETCH(QList<Cell>, cells);
    QFETCH(RowKind, kind);
    QList<QList<Cell>> rows;
    QList<Cell> header;
    for (const auto &h : header11())
        header << textCell(h);
    rows << header << cells;
    const SheetGrid g = sheetOf(u"Thôn 1"_s, rows);
    const SheetLayout layout = LayoutDetector::detect(g);
    QString reason;
    QCOMPARE(LayoutDetector::classifyRow(g, 1, layout.mapping, &reason), kind);
    QCOMPARE(reason.isEmpty(), kind == RowKind::Data);
}

void TestLayout::mappingJson()
{
    SheetGrid g = textSheet(u"Thôn 1"_s, {header11()});
    g.hiddenColumns = QVector<bool>(11, false);
    g.hiddenColumns[10] = true;
    const ColumnMapping m = LayoutDetector::detect(g).mapping;
    const QByteArray json = QJsonDocument(m.toJson()).toJson();
    ColumnMapping back;
    QString error;
    QVERIFY2(ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), &back, &error),
             qPrintable(error));
    QCOMPARE(back, m);
    QCOMPARE(fields(back), fields(m));
    QVERIFY(back.columns().at(10).hidden);
    QCOMPARE(m.toJson().value(u"signature"_s).toString(), m.headerSignature());
}

void TestLayout::mappingJsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("other version") << QByteArray(R"({"version":2,"columns":[]})");
    QTest::newRow("no columns") << QByteArray(R"({"version":1})");
    QTest::newRow("unknown field") << QByteArray(
        R"({"version":1,"columns":[{"column":0,"field":"shoe_size"}]})");
    QTest::newRow("negative column") << QByteArray(
        R"({"version":1,"columns":[{"column":-3,"field":"stt"}]})");
}

void TestLayout::mappingJsonRefused()
{
    QFETCH(QByteArray, json);
    ColumnMapping m;
    m.setColumn(0, u"STT"_s, Field::Stt);
    ColumnMapping before = m;
    QString error;
    QVERIFY(!ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), &m, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m, before); // untouched
}

void TestLayout::mappingAssign()
{
    ColumnMapping m;
    m.setColumn(0, u"A"_s, Field::FullName);
    m.setColumn(2, u"C"_s, Field::Notes);
    m.setColumn(1, u"B"_s, Field::None);
    QCOMPARE(m.columns().at(1).column, 1); // kept in column order
    m.assign(1, Field::FullName);          // a field belongs to one column
    QCOMPARE(fields(m), u"-,full_name,notes"_s);
    m.assign(0, Field::Notes); // notes may come from several
    QCOMPARE(m.columnsOf(Field::Notes), (QList<int>{0, 2}));
    QCOMPARE(m.columnOf(Field::Clan), -1);
    QVERIFY(m.hasName());
}

void TestLayout::signature()
{
    ColumnMapping a, b, c;
    a.setColumn(0, u"STT"_s, Field::Stt);
    a.setColumn(1, u"Họ và tên"_s, Field::FullName);
    b.setColumn(0, u"stt"_s, Field::Stt);
    b.setColumn(1, nfd(u"HỌ VÀ  TÊN"_s), Field::None); // the mapping may differ: the header is the same
    b.setColumn(5, QString(), Field::None);            // a stray empty header far right
    c.setColumn(0, u"TT"_s, Field::Stt);
    c.setColumn(1, u"Họ và tên"_s, Field::FullName);
    QCOMPARE(a.headerSignature(), u"stt|ho va ten"_s);
    QCOMPARE(b.headerSignature(), a.headerSignature());
    QVERIFY(c.headerSignature() != a.headerSignature());
}

void TestLayout::columnLetters()
{
    QCOMPARE(ColumnMapping::columnLetter(0), u"A"_s);
    QCOMPARE(ColumnMapping::columnLetter(25), u"Z"_s);
    QCOMPARE(ColumnMapping::columnLetter(26), u"AA"_s);
    QCOMPARE(ColumnMapping::columnLetter(701), u"ZZ"_s);
    QCOMPARE(ColumnMapping::columnLetter(702), u"AAA"_s);
}

void TestLayout::villageFromSheet_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("village");
    QTest::newRow("TDP") << u"TDP Bắc Sơn"_s << u"Tổ dân phố Bắc Sơn"_s;
    QTest::newRow("TDP.") << u"TDP.Bắc Sơn"_s << u"Tổ dân phố Bắc Sơn"_s;
    QTest::newRow("Tổ DP") << u"Tổ DP Nam Hà"_s << u"Tổ dân phố Nam Hà"_s;
    QTest::newRow("Thôn 1") << u"Thôn 1"_s << u"Thôn 1"_s;
    QTest::newRow("thon1") << u"thon1"_s << u"Thôn 1"_s;
    QTest::newRow("Thôn 01") << u"Thôn 01"_s << u"Thôn 1"_s;
    QTest::newRow("ALL CAPS") << u"XÓM ĐÌNH"_s << u"Xóm Đình"_s;
    QTest::newRow("KP") << u"KP 3"_s << u"Khu phố 3"_s;
    QTest::newRow("Ấp") << u"ap Tân Hòa"_s << u"Ấp Tân Hòa"_s;
    QTest::newRow("no kind word") << u"Bắc Sơn"_s << u"Bắc Sơn"_s;
    QTest::newRow("old tone placement") << u"Thôn Hoà Bình"_s << u"Thôn Hòa Bình"_s;
    QTest::newRow("NFD") << nfd(u"Thôn Đông"_s) << u"Thôn Đông"_s;
    QTest::newRow("Sheet1") << u"Sheet1"_s << QString();
    QTest::newRow("Trang tính2") << u"Trang tính2"_s << QString();
}

void TestLayout::villageFromSheet()
{
    QFETCH(QString, sheet);
    QFETCH(QString, village);
    QCOMPARE(VillageNameMatcher::fromSheetName(sheet), village);
}

void TestLayout::villageFromTitle_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("village");
    QTest::newRow("title with commune")
        << QStringList{u"UBND XÃ HÒA AN"_s, u"DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG, XÃ HÒA AN"_s}
        << u"Thôn Đông"_s;
    QTest::newRow("Thôn Nam is not a year")
        << QStringList{u"DANH SÁCH HỘ GIA ĐÌNH THÔN NAM NĂM 2024"_s} << u"Thôn Nam"_s;
    QTest::newRow("TDP") << QStringList{u"Danh sách hộ tổ dân phố Bắc Sơn - phường X"_s}
                         << u"Tổ dân phố Bắc Sơn"_s;
    QTest::newRow("none") << QStringList{u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, u"DANH SÁCH HỘ GIA ĐÌNH"_s}
                          << QString();
}

void TestLayout::villageFromTitle()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, village);
    QCOMPARE(VillageNameMatcher::fromTitle(texts), village);
}

void TestLayout::villageMatch()
{
    const QStringList existing = {u"Thôn Đông"_s, u"Tổ dân phố Bắc Sơn"_s, u"Thôn 1"_s, u"Xóm 1"_s};
    QCOMPARE(VillageNameMatcher::bestMatch(u"THON DONG"_s, existing), 0);
    QCOMPARE(VillageNameMatcher::bestMatch(u"TDP Bắc Sơn"_s, existing), 1);
    QCOMPARE(VillageNameMatcher::bestMatch(u"Bắc Sơn"_s, existing), 1);
    QCOMPARE(VillageNameMatcher::bestMatch(u"Thôn 01"_s, existing), 2);
    QCOMPARE(VillageNameMatcher::bestMatch(u"1"_s, existing), -1); // Thôn 1 or Xóm 1?
    QCOMPARE(VillageNameMatcher::bestMatch(u"Thôn Tây"_s, existing), -1);
    QCOMPARE(VillageNameMatcher::matchKey(u"TDP Bắc Sơn"_s),
             VillageNameMatcher::matchKey(u"tổ dân phố bắc sơn"_s));
}

void TestLayout::grouping_data()
{
    QTest::addColumn<QList<RegisterRow>>("rows");
    QTest::addColumn<HouseholdGrouper::Rule>("rule");
    QTest::addColumn<QString>("expected");
    const QString H = u"head"_s, S = u"spouse"_s, C = u"child"_s;
    QTest::newRow("STT on the head's row")
        << QList<RegisterRow>{row(u"1"_s, u"An"_s, H, 1), row({}, u"Bình"_s, S, 2),
                              row(u"2"_s, u"Cường"_s, H, 3), row({}, u"Dung"_s, C, 4)}
        << HouseholdGrouper::Rule::SttOnHead << u"1:An,Bình|2:Cường,Dung"_s;
    QTest::newRow("STT repeated") << QList<RegisterRow>{row(u"1"_s, u"An"_s, H, 1),
                                                        row(u"1"_s, u"Bình"_s, S, 2),
                                                        row(u"2"_s, u"Cường"_s, H, 3),
                                                        row(u"2"_s, u"Dung"_s, C, 4),
                                                        row(u"2"_s, u"Em"_s, C, 5)}
                                  << HouseholdGrouper::Rule::SttRepeated << u"1:An,Bình|2:Cường,Dung,Em"_s;
    QTest::newRow("STT counts people")
        << QList<RegisterRow>{row(u"1"_s, u"An"_s, H, 1), row(u"2"_s, u"Bình"_s, S, 2),
                              row(u"3"_s, u"Cường"_s, H, 3), row(u"4"_s, u"Dung"_s, C, 4)}
        << HouseholdGrouper::Rule::SttPerPerson << u"1:An,Bình|3:Cường,Dung"_s;
    QTest::newRow("household numbers")
        << QList<RegisterRow>{row(u"1"_s, u"An"_s, H, 1, u"HK-07"_s),
                              row(u"2"_s, u"Bình"_s, S, 2, u"HK-07"_s),
                              row(u"3"_s, u"Cường"_s, H, 3, u"HK-09"_s)}
        << HouseholdGrouper::Rule::HouseholdCode << u"HK-07:An,Bình|HK-09:Cường"_s;
    QTest::newRow("no STT: heads") << QList<RegisterRow>{row({}, u"An"_s, H, 1), row({}, u"Bình"_s, S, 2),
                                                         row({}, u"Cường"_s, H, 3)}
                                   << HouseholdGrouper::Rule::HeadOnly << u":An,Bình|:Cường"_s;
    QTest::newRow("a second head without STT starts a household")
        << QList<RegisterRow>{row(u"1"_s, u"An"_s, H, 1), row({}, u"Bình"_s, S, 2), row({}, u"Cường"_s, H, 3)}
        << HouseholdGrouper::Rule::SttOnHead << u"1:An,Bình|:Cường"_s;
    QTest::newRow("head listed second comes first")
        << QList<RegisterRow>{row(u"1"_s, u"Bình"_s, S, 1), row({}, u"An"_s, H, 2)}
        << HouseholdGrouper::Rule::SttOnHead << u"1:An,Bình"_s;
    QTest::newRow("a nameless STT row still starts a household")
        << QList<RegisterRow>{row(u"1"_s, u"An"_s, H, 1), row(u"2"_s, QString(), H, 2),
                              row({}, u"Dung"_s, C, 3)}
        << HouseholdGrouper::Rule::SttOnHead << u"1:An|2:Dung"_s;
}

void TestLayout::grouping()
{
    QFETCH(QList<RegisterRow>, rows);
    QFETCH(HouseholdGrouper::Rule, rule);
    QFETCH(QString, expected);
    QCOMPARE(HouseholdGrouper::chooseRule(rows), rule);
    QList<ImportProblem> problems;
    const auto list = HouseholdGrouper::group(rows, &problems);
    QCOMPARE(households(list), expected);
    for (const auto &h : list) {
        QCOMPARE(h.members.first().relation, u"head"_s);
        QCOMPARE(h.where.row, h.members.first().where.row);
    }
}

void TestLayout::noHead()
{
    const QList<RegisterRow> rows = {row(u"1"_s, u"An"_s, u"head"_s, 1),
                                     row(u"2"_s, u"Bình"_s, u"spouse"_s, 2),
                                     row({}, u"Cường"_s, u"child"_s, 3)};
    QList<ImportProblem> problems;
    const auto list = HouseholdGrouper::group(rows, &problems);
    QCOMPARE(households(list), u"1:An|2:Bình,Cường"_s);
    QCOMPARE(list[1].members[0].relation, u"head"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].kind, ImportProblem::Kind::NoHead);
    QCOMPARE(problems[0].where.row, 2);
    QVERIFY(problems[0].message.contains(u"Bình"_s));
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
