#include "RegisterFixtures.h"

#include "ColumnMapping.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "Education.h"
#include "PersonName.h"
#include "Relation.h"
#include "ResidenceStatus.h"
#include "Sex.h"
#include "TextEncoding.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <xlsxwriter.h>

namespace sht::test {

using namespace sht::importing;
using sht::demo::DemoNames;
using sht::demo::DemoRandom;
using Kind = ImportProblem::Kind;

// ---------------------------------------------------------------------------------------------------------
// In-memory cells

Cell textCell(const QString &text)
{
    Cell c;
    if (!text.isEmpty()) {
        c.type = Cell::Type::Text;
        c.text = text;
    }
    return c;
}

Cell numberCell(double value)
{
    Cell c;
    c.type = Cell::Type::Number;
    c.number = value;
    c.text = QString::number(value, 'g', 15);
    return c;
}

Cell dateCell(const QDate &date)
{
    Cell c;
    c.type = Cell::Type::Date;
    c.date = date;
    c.number = double(QDate(1899, 12, 30).daysTo(date));
    c.text = date.toString(QStringLiteral("dd/MM/yyyy"));
    return c;
}

Cell formulaCell(double cachedValue, const QString &formula)
{
    Cell c = numberCell(cachedValue);
    c.fromFormula = true;
    c.formula = formula;
    return c;
}

SheetGrid sheetOf(const QString &name, const QList<QList<Cell>> &rows)
{
    SheetGrid grid;
    grid.name = name;
    for (const auto &row : rows)
        grid.rows.append(QVector<Cell>(row.begin(), row.end()));
    return grid;
}

SheetGrid textSheet(const QString &name, const QList<QStringList> &rows)
{
    QList<QList<Cell>> cells;
    for (const QStringList &row : rows) {
        QList<Cell> r;
        for (const QString &t : row)
            r << textCell(t);
        cells << r;
    }
    return sheetOf(name, cells);
}

QString ExpectedProblem::key() const
{
    return QStringLiteral("%1 %2!%3 %4").arg(int(kind)).arg(sheet).arg(row).arg(column);
}

QString problemKey(const ImportProblem &problem)
{
    return ExpectedProblem{problem.kind, problem.where.sheet, problem.where.row, problem.where.column}.key();
}

QStringList problemKeys(const QList<ImportProblem> &problems)
{
    QStringList keys;
    for (const auto &p : problems)
        keys << problemKey(p);
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString personKey(const ParsedPerson &p)
{
    return QStringList{QString::number(p.where.row),
                       p.fullName,
                       p.sex,
                       p.birthDate.toStorage(),
                       p.citizenId,
                       p.relation,
                       p.residence,
                       p.ethnicity,
                       p.education,
                       p.occupation,
                       p.notes}
        .join(QLatin1Char('|'));
}

int RegisterFixture::householdCount() const
{
    int n = 0;
    for (const auto &v : villages)
        n += v.households.size();
    return n;
}

int RegisterFixture::personCount() const
{
    int n = 0;
    for (const auto &v : villages)
        for (const auto &h : v.households)
            n += h.members.size();
    return n;
}

QStringList RegisterFixture::problemKeys() const
{
    QStringList keys;
    for (const auto &p : problems)
        keys << p.key();
    std::sort(keys.begin(), keys.end());
    return keys;
}

namespace {

// ---------------------------------------------------------------------------------------------------------
// The truth: who lives where

struct TruthPerson
{
    QString familyAndMiddle;
    QString given;
    Sex sex = Sex::Unknown;
    PartialDate birth;
    QString id;
    Relation relation = Relation::Head;
    ResidenceStatus residence = ResidenceStatus::Permanent;
    QString ethnicity = QStringLiteral("Kinh");
    QString educationWritten; // as the clerk writes it
    QString education;        // as the import stores it
    QString occupation;
    QString notes;

    QString fullName() const { return PersonName::fromParts(familyAndMiddle, QString(), given).full(); }
};

struct TruthHousehold
{
    QString clan;
    QList<TruthPerson> members;
};

class Truth
{
public:
    Truth(quint64 seed, const QDate &today)
        : m_random(seed)
        , m_today(today)
    {}

    DemoRandom &random() { return m_random; }

    TruthPerson person(const QString &family, Sex sex, int birthYear, Relation relation)
    {
        TruthPerson p;
        p.sex = sex;
        p.relation = relation;
        p.familyAndMiddle = family + QLatin1Char(' ') + DemoNames::middleName(m_random, sex, birthYear);
        p.given = DemoNames::givenName(m_random, sex, birthYear);
        const int age = m_today.year() - birthYear;
        if (age > 75 && m_random.chance(0.5)) {
            p.birth = PartialDate::fromYear(birthYear); // the elderly: a year only
        } else if (m_random.chance(0.05)) {
            p.birth = PartialDate::fromYearMonth(birthYear, m_random.between(1, 12));
        } else {
            QDate d(birthYear, m_random.between(1, 12), m_random.between(1, 28));
            if (d > m_today)
                d = m_today.addDays(-m_random.between(1, 300));
            p.birth = PartialDate::fromDate(d);
        }
        if (age >= 14 && m_random.chance(0.8))
            p.id = age > 70 && m_random.chance(0.4) ? cmnd() : cccd(sex, birthYear);
        if (m_random.chance(0.06))
            p.ethnicity = m_random.pick(QList<QString>{QStringLiteral("Tày"), QStringLiteral("Mường")});
        education(p, age, birthYear);
        occupation(p, age);
        return p;
    }

    TruthHousehold household(int minMembers = 1)
    {
        TruthHousehold h;
        const QString family = DemoNames::familyName(m_random);
        const Sex headSex = m_random.chance(0.8) ? Sex::Male : Sex::Female;
        const int headYear = m_random.between(1940, 1995);
        h.members << person(family, headSex, headYear, Relation::Head);
        if (m_random.chance(0.85) || minMembers > 1) {
            const Sex s = headSex == Sex::Male ? Sex::Female : Sex::Male;
            h.members << person(DemoNames::familyName(m_random), s, headYear + m_random.between(-3, 5),
                                Relation::Spouse);
        }
        const int children = m_random.between(0, 3);
        for (int i = 0; i < children || h.members.size() < minMembers; ++i) {
            const int year = qMin(headYear + m_random.between(20, 40), m_today.year() - 1);
            const Sex s = m_random.chance(0.5) ? Sex::Male : Sex::Female;
            h.members << person(headSex == Sex::Male ? family : DemoNames::familyName(m_random), s, year,
                                Relation::Child);
        }
        if (headYear < 1960 && m_random.chance(0.3)) {
            const int year = qMin(headYear + m_random.between(45, 60), m_today.year() - 1);
            h.members << person(family, Sex::Male, year, Relation::Grandchild);
        }
        if (m_random.chance(0.6))
            h.clan = QStringLiteral("Họ ") + family;
        return h;
    }

private:
    QString cccd(Sex sex, int year)
    {
        static const QStringList provinces = {QStringLiteral("001"), QStringLiteral("034"),
                                              QStringLiteral("036"), QStringLiteral("038")};
        const int century = (year >= 2000 ? 2 : 0) + (sex == Sex::Female ? 1 : 0);
        return m_random.pick(provinces) + QString::number(century) +
               QStringLiteral("%1").arg(year % 100, 2, 10, QLatin1Char('0')) +
               QStringLiteral("%1").arg(++m_serial, 6, 10, QLatin1Char('0'));
    }
    QString cmnd() { return QStringLiteral("16%1").arg(++m_serial + 1000000, 7, 10, QLatin1Char('0')); }

    void education(TruthPerson &p, int age, int birthYear)
    {
        struct Written
        {
            const char16_t *written, *stored;
        };
        static const QList<Written> old = {{u"4/10", u"4/10"},
                                           {u"7/10", u"7/10"},
                                           {u"10/10", u"10/10"},
                                           {u"Không biết chữ", u"Không biết chữ"}};
        static const QList<Written> adult = {
            {u"9/12", u"9/12"}, {u"12/12", u"12/12"}, {u"TC", u"TC"},           {u"CĐ", u"CĐ"},
            {u"ĐH", u"ĐH"},     {u"Đại học", u"ĐH"},  {u"Thạc sĩ", u"Thạc sĩ"}, {u"Lớp 9/12", u"9/12"}};
        Written w{u"", u""};
        QString pupil;
        if (age >= 3 && age <= 5)
            w = {u"Mầm non", u"Mầm non"};
        else if (age >= 6 && age <= 17)
            pupil = QStringLiteral("%1/12").arg(age - 5);
        else if (age > 17)
            w = birthYear < 1973 ? m_random.pick(old) : m_random.pick(adult);
        p.educationWritten = pupil.isEmpty() ? QString::fromUtf16(w.written) : pupil;
        p.education = pupil.isEmpty() ? QString::fromUtf16(w.stored) : pupil;
    }

    void occupation(TruthPerson &p, int age)
    {
        if (age >= 6 && age <= 17)
            p.occupation = QStringLiteral("Học sinh");
        else if (age > 17)
            p.occupation = m_random.pick(QList<QString>{
                QStringLiteral("Làm ruộng"), QStringLiteral("Công nhân"), QStringLiteral("Buôn bán"),
                QStringLiteral("Giáo viên"), QStringLiteral("Hưu trí")});
    }

    DemoRandom m_random;
    QDate m_today;
    int m_serial = 0;
};

// ---------------------------------------------------------------------------------------------------------
// What goes in a cell

struct Out
{
    enum Type { Blank, Text, Number, Date, Formula } type = Blank;
    QString text;
    double number = 0;
    QDate date;
    QString formula;

    static Out t(const QString &s) { return s.isEmpty() ? Out{} : Out{Text, s, 0, {}, {}}; }
    static Out n(double v) { return Out{Number, {}, v, {}, {}}; }
    static Out d(const QDate &v) { return Out{Date, {}, 0, v, {}}; }
    static Out f(const QString &formula, double cached) { return Out{Formula, {}, cached, {}, formula}; }
    // As a CSV (or anything printing the sheet) shows it.
    QString shown() const
    {
        switch (type) {
        case Blank:
            return {};
        case Text:
            return text;
        case Number:
        case Formula:
            return QString::number(qint64(number));
        case Date:
            return date.toString(QStringLiteral("dd/MM/yyyy"));
        }
        return {};
    }
};

enum class Col {
    Stt,
    FamilyAndMiddle,
    Given,
    FullName,
    Birth,
    BirthMale,
    BirthFemale,
    Sex,
    Id,
    OldId,
    Relation,
    Ethnicity,
    Education,
    Occupation,
    Clan,
    Notes
};

enum class SttStyle { HeadOnly, Repeated, Formula };
enum class ClanStyle { None, HeadOnly, MergedOrHeadOnly };

// The special cases a village carries, by (household, member) — each one item of REGISTERS.md.
enum class Special {
    None,
    Year1956Number,
    ImpossibleDate,
    FutureDate,
    ScientificId,
    LostZeroTextId,
    NoHead,         // the head's relation cell left blank (on the household's first row)
    AbsentDaughter, // "Con (tạm vắng)", also listed in another village
    CapsName,
    NfdName,
    NbspName,
};

struct Sink
{
    virtual ~Sink() = default;
    virtual void cell(int row, int column, const Out &out) = 0;
    virtual void mergeDown(int firstRow, int lastRow, int column, const QString &text) = 0;
};

class XlsxSink : public Sink
{
public:
    XlsxSink(lxw_workbook *wb, lxw_worksheet *ws)
        : m_ws(ws)
    {
        m_date = workbook_add_format(wb);
        format_set_num_format(m_date, "dd/mm/yyyy");
        m_merge = workbook_add_format(wb);
        format_set_align(m_merge, LXW_ALIGN_VERTICAL_CENTER);
    }
    void cell(int row, int column, const Out &out) override
    {
        switch (out.type) {
        case Out::Blank:
            return;
        case Out::Text:
            worksheet_write_string(m_ws, row, column, out.text.toUtf8().constData(), nullptr);
            return;
        case Out::Number:
            worksheet_write_number(m_ws, row, column, out.number, nullptr);
            return;
        case Out::Date: {
            lxw_datetime dt{out.date.year(), out.date.month(), out.date.day(), 0, 0, 0};
            worksheet_write_datetime(m_ws, row, column, &dt, m_date);
            return;
        }
        case Out::Formula:
            worksheet_write_formula_num(m_ws, row, column, out.formula.toUtf8().constData(), nullptr,
                                        out.number);
            return;
        }
    }
    void mergeDown(int firstRow, int lastRow, int column, const QString &text) override
    {
        worksheet_merge_range(m_ws, firstRow, column, lastRow, column, text.toUtf8().constData(), m_merge);
    }

private:
    lxw_worksheet *m_ws;
    lxw_format *m_date = nullptr;
    lxw_format *m_merge = nullptr;
};

class CsvSink : public Sink
{
public:
    void cell(int row, int column, const Out &out) override
    {
        while (m_rows.size() <= row)
            m_rows.append(QStringList());
        QStringList &r = m_rows[row];
        while (r.size() <= column)
            r.append(QString());
        r[column] = out.shown();
    }
    void mergeDown(int firstRow, int, int column, const QString &text) override
    {
        cell(firstRow, column, Out::t(text));
    }
    QByteArray text(QChar separator) const
    {
        QString out;
        for (const QStringList &row : m_rows) {
            QStringList fields;
            for (const QString &f : row) {
                if (f.contains(separator) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')))
                    fields << QLatin1Char('"') +
                                  QString(f).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                                  QLatin1Char('"');
                else
                    fields << f;
            }
            out += fields.join(separator) + QStringLiteral("\r\n");
        }
        return out.toUtf8();
    }
    QString plain(QChar separator) const { return QString::fromUtf8(text(separator)); }

private:
    QList<QStringList> m_rows;
};

// Writes one village's rows and records what the import must make of them.
class VillageWriter
{
public:
    struct Style
    {
        QList<Col> columns;
        SttStyle stt = SttStyle::HeadOnly;
        ClanStyle clan = ClanStyle::None;
        bool xlsx = true;        // cells may be numbers and dates
        bool legacyText = false; // NFD and NBSP cannot survive a legacy encoding: not used
    };

    VillageWriter(Sink &sink, Truth &truth, RegisterFixture *fx, const QString &file, const QString &sheet,
                  const Style &style)
        : m_sink(sink)
        , m_truth(truth)
        , m_fx(fx)
        , m_file(file)
        , m_sheet(sheet)
        , m_style(style)
    {}

    int column(Col c) const { return int(m_style.columns.indexOf(c)); }
    QString letter(Col c) const { return ColumnMapping::columnLetter(column(c)); }

    void problem(Kind kind, int row, const QString &columnLetter = QString())
    {
        if (m_fx)
            m_fx->problems << ExpectedProblem{kind, m_sheet, row + 1, columnLetter};
    }
    SourceRef ref(int row) const { return SourceRef{m_file, m_sheet, row + 1, QString()}; }

    // Writes the household from `row` (0-based); returns the next free row.
    int household(int row, const TruthHousehold &h, int number, const QHash<int, Special> &specials,
                  ParsedVillage *village, int missingNameAfter = -1)
    {
        ParsedHousehold expected;
        const bool noHead = specials.value(0) == Special::NoHead;
        // The clan: on the head's row, or in a cell merged down over the household (written with the head's
        // row, so that constant-memory mode, which writes rows in order, keeps it).
        if (!h.clan.isEmpty() && column(Col::Clan) >= 0) {
            QString written = h.clan;
            if (m_truth.random().chance(0.2))
                written = written.toUpper();
            const int rows = int(h.members.size()) + (missingNameAfter >= 0 ? 1 : 0);
            if (m_style.clan == ClanStyle::MergedOrHeadOnly && rows >= 2 && m_truth.random().chance(0.6))
                m_sink.mergeDown(row, row + rows - 1, column(Col::Clan), written);
            else
                m_sink.cell(row, column(Col::Clan), Out::t(written));
            expected.clanName = h.clan;
        }
        for (int i = 0; i < h.members.size(); ++i) {
            const TruthPerson &p = h.members[i];
            const Special special = specials.value(i);
            ParsedPerson e = personRow(row, p, special, i == 0 && noHead);
            // STT
            if (column(Col::Stt) >= 0) {
                if (m_style.stt == SttStyle::Repeated || i == 0) {
                    if (m_style.stt == SttStyle::Formula && number > 1)
                        m_sink.cell(row, column(Col::Stt),
                                    Out::f(QStringLiteral("=A%1+1").arg(m_lastHeadRow + 1), number));
                    else
                        m_sink.cell(row, column(Col::Stt),
                                    m_style.xlsx ? Out::n(number) : Out::t(QString::number(number)));
                }
            }
            if (i == 0)
                m_lastHeadRow = row;
            if (i == 0 && noHead) {
                e.relation = relationToStorage(Relation::Head);
                problem(Kind::NoHead, row);
            }
            expected.members << e;
            ++row;
            if (i == missingNameAfter) {
                // Data but no name: reported, not imported, and it does not start a household.
                if (column(Col::Birth) >= 0)
                    m_sink.cell(row, column(Col::Birth), Out::t(QStringLiteral("12/03/2001")));
                if (column(Col::Sex) >= 0)
                    m_sink.cell(row, column(Col::Sex), Out::t(QStringLiteral("Nam")));
                m_sink.cell(row, column(Col::Relation), Out::t(QStringLiteral("Con")));
                problem(Kind::MissingName, row,
                        letter(column(Col::FullName) >= 0 ? Col::FullName : Col::Given));
                ++row;
            }
        }
        expected.code = QString::number(number);
        expected.where = expected.members.first().where;
        if (village)
            village->households << expected;
        return row;
    }

    ParsedPerson personRow(int row, const TruthPerson &p, Special special, bool blankRelation)
    {
        DemoRandom &rnd = m_truth.random();
        ParsedPerson e;
        e.where = ref(row);
        e.fullName = p.fullName();
        e.sex = sexToStorage(p.sex);
        e.birthDate = p.birth;
        e.citizenId = p.id;
        e.relation = relationToStorage(p.relation);
        e.residence = residenceToStorage(p.residence);
        e.ethnicity = p.ethnicity;
        e.education = p.education;
        e.occupation = p.occupation;
        QStringList notes;
        if (!p.notes.isEmpty())
            notes << p.notes;

        // Name: one way of writing for the whole name (PersonName decides the case from all its parts)
        int variant = rnd.between(0, 19);
        if (variant < 4 && variant >= 2 && m_style.legacyText)
            variant = 19; // NFD cannot survive a legacy encoding
        auto mess = [&](const QString &s) {
            switch (special) {
            case Special::CapsName:
                return s.toUpper();
            case Special::NfdName:
                return s.normalized(QString::NormalizationForm_D);
            case Special::NbspName:
                return QStringLiteral(" ") + QString(s).replace(QLatin1Char(' '), QStringLiteral("\u00a0 ")) +
                       QStringLiteral("\u00a0");
            default:
                break;
            }
            if (variant < 2)
                return s.toUpper();
            if (variant < 4)
                return s.normalized(QString::NormalizationForm_D);
            if (variant < 5)
                return QString(s).replace(QLatin1Char(' '), QStringLiteral("  ")) + QLatin1Char(' ');
            return s;
        };
        if (column(Col::Given) >= 0) {
            m_sink.cell(row, column(Col::FamilyAndMiddle), Out::t(mess(p.familyAndMiddle)));
            m_sink.cell(row, column(Col::Given), Out::t(mess(p.given)));
        } else {
            m_sink.cell(row, column(Col::FullName),
                        Out::t(mess(p.familyAndMiddle + QLatin1Char(' ') + p.given)));
        }

        // Birth date
        Col birthCol = Col::Birth;
        if (column(Col::BirthMale) >= 0)
            birthCol = p.sex == Sex::Female ? Col::BirthFemale : Col::BirthMale;
        Out birth;
        switch (special) {
        case Special::Year1956Number:
            birth = Out::n(1956);
            e.birthDate = PartialDate::fromYear(1956);
            break;
        case Special::ImpossibleDate:
            birth = Out::t(QStringLiteral("31/02/1990"));
            e.birthDate = PartialDate();
            notes << QStringLiteral("Birth date as written: 31/02/1990");
            problem(Kind::ImpossibleDate, row, letter(birthCol));
            break;
        case Special::FutureDate:
            birth = Out::t(QStringLiteral("12/05/2030"));
            e.birthDate = PartialDate();
            notes << QStringLiteral("Birth date as written: 12/05/2030");
            problem(Kind::FutureDate, row, letter(birthCol));
            break;
        default:
            birth = birthOut(p.birth);
        }
        m_sink.cell(row, column(birthCol), birth);

        if (column(Col::Sex) >= 0) {
            const QStringList words = p.sex == Sex::Male
                                          ? QStringList{QStringLiteral("Nam"), QStringLiteral("Nam"),
                                                        QStringLiteral("nam"), QStringLiteral("NAM")}
                                          : QStringList{QStringLiteral("Nữ"), QStringLiteral("Nữ"),
                                                        QStringLiteral("NỮ"), QStringLiteral("nữ")};
            m_sink.cell(row, column(Col::Sex), Out::t(rnd.pick(words)));
        }

        // ID
        if (special == Special::ScientificId) {
            m_sink.cell(row, column(Col::Id), Out::t(QStringLiteral("3.80E+10")));
            e.citizenId.clear();
            notes << QStringLiteral("ID as written: 3.80E+10");
            problem(Kind::IdInvalid, row, letter(Col::Id));
        } else if (special == Special::LostZeroTextId && p.id.size() == 12) {
            m_sink.cell(row, column(Col::Id), Out::t(p.id.mid(1)));
            problem(Kind::IdRestored, row, letter(Col::Id));
        } else if (!p.id.isEmpty()) {
            const int r = rnd.between(0, 99);
            if (p.id.size() == 12 && m_style.xlsx && r < 35) {
                m_sink.cell(row, column(Col::Id), Out::n(p.id.toDouble()));
                problem(Kind::IdRestored, row, letter(Col::Id));
            } else if (p.id.size() == 12 && r < 50) {
                m_sink.cell(row, column(Col::Id),
                            Out::t(p.id.left(3) + QLatin1Char(' ') + p.id.mid(3, 3) + QLatin1Char(' ') +
                                   p.id.mid(6)));
            } else {
                m_sink.cell(row, column(Col::Id), Out::t(p.id));
            }
        }
        if (column(Col::OldId) >= 0 && rnd.chance(0.5))
            m_sink.cell(row, column(Col::OldId),
                        Out::t(QStringLiteral("1%1").arg(rnd.between(10000000, 99999999))));

        // Relation (and a residence note inside it)
        QString relation;
        if (!blankRelation) {
            relation = relationWord(p);
            if (special == Special::AbsentDaughter) {
                relation = QStringLiteral("Con (tạm vắng)");
                e.residence = residenceToStorage(ResidenceStatus::TemporarilyAbsent);
            }
        }
        m_sink.cell(row, column(Col::Relation), Out::t(relation));

        if (column(Col::Ethnicity) >= 0) {
            const int r = rnd.between(0, 9);
            m_sink.cell(row, column(Col::Ethnicity),
                        Out::t(r == 0   ? p.ethnicity.toUpper()
                               : r == 1 ? p.ethnicity.toLower()
                                        : p.ethnicity));
        }
        if (column(Col::Education) >= 0)
            m_sink.cell(row, column(Col::Education), Out::t(p.educationWritten));
        else
            e.education.clear();
        if (column(Col::Occupation) >= 0)
            m_sink.cell(row, column(Col::Occupation),
                        Out::t(rnd.chance(0.1) ? p.occupation.toUpper() : p.occupation));
        else
            e.occupation.clear();
        if (column(Col::Ethnicity) < 0)
            e.ethnicity.clear();

        // Notes: a temporary resident now and then
        if (column(Col::Notes) >= 0 && special == Special::None && p.relation != Relation::Head &&
            rnd.chance(0.08)) {
            m_sink.cell(row, column(Col::Notes), Out::t(QStringLiteral("Tạm trú")));
            notes.prepend(QStringLiteral("Tạm trú"));
            e.residence = residenceToStorage(ResidenceStatus::Temporary);
        }
        e.notes = notes.join(QStringLiteral("; "));
        if (column(Col::Sex) < 0 && column(Col::BirthMale) < 0)
            e.sex.clear();
        return e;
    }

private:
    Out birthOut(const PartialDate &d)
    {
        DemoRandom &rnd = m_truth.random();
        switch (d.precision()) {
        case PartialDate::Precision::None:
            return {};
        case PartialDate::Precision::Year:
            return m_style.xlsx && rnd.chance(0.7) ? Out::n(d.year()) : Out::t(QString::number(d.year()));
        case PartialDate::Precision::YearMonth:
            return Out::t(d.toString());
        case PartialDate::Precision::Day:
            break;
        }
        const QDate date = d.earliest();
        const int r = rnd.between(0, 9);
        if (m_style.xlsx && r < 5)
            return Out::d(date);
        static const QStringList formats = {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),
                                            QStringLiteral("dd-MM-yyyy"), QStringLiteral("dd.MM.yyyy")};
        return Out::t(date.toString(formats[r % formats.size()]));
    }

    QString relationWord(const TruthPerson &p)
    {
        DemoRandom &rnd = m_truth.random();
        const bool male = p.sex == Sex::Male;
        switch (p.relation) {
        case Relation::Head:
            return rnd.pick(QList<QString>{QStringLiteral("Chủ hộ"), QStringLiteral("Chủ hộ"),
                                           QStringLiteral("CH"), QStringLiteral("chủ hộ ")});
        case Relation::Spouse:
            return male ? QStringLiteral("Chồng") : QStringLiteral("Vợ");
        case Relation::Child:
            return rnd.pick(QList<QString>{QStringLiteral("Con"), QStringLiteral("Con\u00a0"),
                                           male ? QStringLiteral("Con trai") : QStringLiteral("Con gái")});
        case Relation::Grandchild:
            return rnd.chance(0.5) ? QStringLiteral("Cháu") : QStringLiteral("Cháu nội");
        case Relation::Parent:
            return male ? (rnd.chance(0.5) ? QStringLiteral("Bố") : QStringLiteral("Cha"))
                        : QStringLiteral("Mẹ");
        default:
            return QStringLiteral("Khác");
        }
    }

    Sink &m_sink;
    Truth &m_truth;
    RegisterFixture *m_fx;
    QString m_file, m_sheet;
    Style m_style;
    int m_lastHeadRow = 0;
};

void writeHeaderCell(lxw_worksheet *ws, lxw_format *f, int row, int col, const QString &text)
{
    worksheet_write_string(ws, row, col, text.toUtf8().constData(), f);
}

void mergeText(lxw_worksheet *ws, lxw_format *f, int r1, int c1, int r2, int c2, const QString &text)
{
    worksheet_merge_range(ws, r1, c1, r2, c2, text.toUtf8().constData(), f);
}

// The signature block: a date line, the two titles, "(Ký, ghi rõ họ tên)", two empty rows, the names.
int signatureBlock(Sink &sink, int row, int left, int right, const QString &title, VillageWriter &w)
{
    sink.cell(row, right, Out::t(QStringLiteral("Hòa An, ngày 15 tháng 6 năm 2024")));
    w.problem(Kind::SkippedRow, row);
    ++row;
    sink.cell(row, left, Out::t(QStringLiteral("NGƯỜI LẬP BIỂU")));
    sink.cell(row, right, Out::t(title));
    w.problem(Kind::SkippedRow, row);
    ++row;
    sink.cell(row, left, Out::t(QStringLiteral("(Ký, ghi rõ họ tên)")));
    sink.cell(row, right, Out::t(QStringLiteral("(Ký, ghi rõ họ tên)")));
    w.problem(Kind::SkippedRow, row);
    row += 3;
    sink.cell(row, left, Out::t(QStringLiteral("Nguyễn Thị Lan")));
    sink.cell(row, right, Out::t(QStringLiteral("Trần Văn Hùng")));
    w.problem(Kind::SkippedRow, row);
    return row + 1;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

RegisterFixture RegisterFixtures::writeMessyXlsx(const QString &path, quint64 seed)
{
    RegisterFixture fx;
    fx.path = path;
    fx.today = today();
    const QString file = QFileInfo(path).fileName();
    Truth truth(seed, fx.today);

    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_align(bold, LXW_ALIGN_CENTER);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);

    // ---- Thôn Đông: national heading, two-row header, column numbers, hidden old ID, merged clans
    const QString sheetA = QStringLiteral("Thôn Đông");
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheetA.toUtf8().constData());
    ParsedVillage a{file, sheetA, QStringLiteral("Thôn Đông"), {}};
    XlsxSink sinkA(wb, ws);
    VillageWriter::Style styleA;
    styleA.columns = {
        Col::Stt,   Col::FamilyAndMiddle, Col::Given,     Col::Birth,     Col::Sex,        Col::Id,
        Col::OldId, Col::Relation,        Col::Ethnicity, Col::Education, Col::Occupation, Col::Clan,
        Col::Notes};
    styleA.clan = ClanStyle::MergedOrHeadOnly;
    VillageWriter wa(sinkA, truth, &fx, file, sheetA, styleA);
    mergeText(ws, bold, 0, 0, 0, 3, QStringLiteral("UBND XÃ HÒA AN"));
    mergeText(ws, bold, 0, 5, 0, 12, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    mergeText(ws, bold, 1, 0, 1, 3, QStringLiteral("THÔN ĐÔNG"));
    mergeText(ws, bold, 1, 5, 1, 12, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    mergeText(ws, bold, 3, 0, 3, 12, QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH THÔN ĐÔNG NĂM 2024"));
    for (int r : {0, 1, 3})
        wa.problem(Kind::SkippedRow, r);
    mergeText(ws, header, 5, 0, 6, 0, QStringLiteral("STT"));
    mergeText(ws, header, 5, 1, 5, 2, QStringLiteral("Họ và tên"));
    writeHeaderCell(ws, header, 6, 1, QStringLiteral("Họ và đệm"));
    writeHeaderCell(ws, header, 6, 2, QStringLiteral("Tên"));
    const QStringList headersA = {QStringLiteral("Ngày, tháng,\nnăm sinh"),
                                  QStringLiteral("Giới tính"),
                                  QStringLiteral("Số CCCD/\nCMND"),
                                  QStringLiteral("Số CMND cũ"),
                                  QStringLiteral("Quan hệ\nvới chủ hộ"),
                                  QStringLiteral("Dân tộc"),
                                  QStringLiteral("Trình độ\nvăn hóa"),
                                  QStringLiteral("Nghề nghiệp"),
                                  QStringLiteral("Dòng họ"),
                                  QStringLiteral("Ghi chú")};
    for (int i = 0; i < headersA.size(); ++i)
        mergeText(ws, header, 5, 3 + i, 6, 3 + i, headersA[i]);
    for (int c = 0; c < 13; ++c)
        writeHeaderCell(ws, header, 7, c, QStringLiteral("(%1)").arg(c + 1));
    wa.problem(Kind::SkippedRow, 7);
    lxw_row_col_options hidden{};
    hidden.hidden = 1;
    worksheet_set_column_opt(ws, 6, 6, 12, nullptr, &hidden);
    worksheet_set_column(ws, 1, 1, 18, nullptr);
    worksheet_freeze_panes(ws, 8, 3);

    int row = 8;
    TruthHousehold daughterHome; // the daughter listed at her parents' as "tạm vắng"
    QString sharedId;
    SourceRef sharedIdRef, daughterRef;
    for (int h = 0; h < 8; ++h) {
        TruthHousehold hh = truth.household(h == 2 || h == 4 || h == 5 ? 3 : 1);
        QHash<int, Special> specials;
        int missingAfter = -1;
        switch (h) {
        case 0:
            specials = {{0, Special::Year1956Number}, {1, Special::CapsName}};
            hh.members[0].birth = PartialDate::fromYear(1956);
            break;
        case 1:
            specials = {{0, Special::NfdName}, {hh.members.size() - 1, Special::ImpossibleDate}};
            if (hh.members.size() == 1)
                specials = {{0, Special::ImpossibleDate}};
            break;
        case 2:
            specials = {{1, Special::ScientificId}, {2, Special::FutureDate}};
            break;
        case 3:
            specials = {{0, Special::NoHead}};
            break;
        case 4:
            missingAfter = 1;
            specials = {{2, Special::NbspName}};
            break;
        case 5: {
            TruthPerson d = truth.person(hh.members[0].familyAndMiddle.section(u' ', 0, 0), Sex::Female, 1998,
                                         Relation::Child);
            d.id.clear();
            hh.members.append(d);
            specials = {{int(hh.members.size()) - 1, Special::AbsentDaughter}};
            break;
        }
        case 6:
            if (hh.members[0].id.isEmpty() || hh.members[0].id.size() != 12)
                hh.members[0].id = QStringLiteral("036085999001");
            sharedId = hh.members[0].id;
            break;
        default:
            break;
        }
        if (h == 4) {
            // An empty row between two households: tolerated, reported.
            wa.problem(Kind::SkippedRow, row);
            ++row;
        }
        const int start = row;
        row = wa.household(row, hh, h + 1, specials, &a, missingAfter);
        if (h == 5) {
            daughterHome = hh;
            daughterRef = wa.ref(row - 1);
        }
        if (h == 6)
            sharedIdRef = wa.ref(start);
    }
    const int lastData = row - 1;
    // Total row: words and a COUNTA formula.
    sinkA.cell(row, 1,
               Out::t(QStringLiteral("Tổng cộng: %1 hộ, %2 nhân khẩu").arg(a.households.size()).arg([&] {
                   int n = 0;
                   for (const auto &hh : a.households)
                       n += hh.members.size();
                   return n;
               }())));
    sinkA.cell(row, 2, Out::f(QStringLiteral("=COUNTA(C9:C%1)").arg(lastData + 1), 0));
    wa.problem(Kind::SkippedRow, row);
    row += 2;
    signatureBlock(sinkA, row, 1, 9, QStringLiteral("TRƯỞNG THÔN"), wa);
    worksheet_autofilter(ws, 6, 0, lastData, 12);
    fx.villages << a;

    // ---- TDP Bắc Sơn: one-row header of other synonyms, STT repeated, clans on the head row
    const QString sheetB = QStringLiteral("TDP Bắc Sơn");
    ws = workbook_add_worksheet(wb, sheetB.toUtf8().constData());
    ParsedVillage b{file, sheetB, QStringLiteral("Tổ dân phố Bắc Sơn"), {}};
    XlsxSink sinkB(wb, ws);
    VillageWriter::Style styleB;
    styleB.columns = {Col::Stt,       Col::FullName,  Col::Birth,      Col::Sex,  Col::Id,   Col::Relation,
                      Col::Ethnicity, Col::Education, Col::Occupation, Col::Clan, Col::Notes};
    styleB.stt = SttStyle::Repeated;
    styleB.clan = ClanStyle::HeadOnly;
    VillageWriter wb2(sinkB, truth, &fx, file, sheetB, styleB);
    sinkB.cell(0, 0, Out::t(QStringLiteral("UBND XÃ HÒA AN")));
    sinkB.cell(1, 0, Out::t(QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH TỔ DÂN PHỐ BẮC SƠN")));
    wb2.problem(Kind::SkippedRow, 0);
    wb2.problem(Kind::SkippedRow, 1);
    const QStringList headersB = {QStringLiteral("TT"),           QStringLiteral("Họ tên"),
                                  QStringLiteral("Năm sinh"),     QStringLiteral("Giới tính"),
                                  QStringLiteral("Số định danh"), QStringLiteral("Quan hệ với\nchủ hộ"),
                                  QStringLiteral("DÂN TỘC"),      QStringLiteral("Trình độ học vấn"),
                                  QStringLiteral("Nghề nghiệp"),  QStringLiteral("Thuộc dòng họ"),
                                  QStringLiteral("Ghi chú")};
    for (int i = 0; i < headersB.size(); ++i)
        writeHeaderCell(ws, header, 2, i, headersB[i]);
    worksheet_freeze_panes(ws, 3, 0);
    row = 3;
    for (int h = 0; h < 6; ++h) {
        TruthHousehold hh = truth.household(h == 1 ? 2 : 1);
        QHash<int, Special> specials;
        if (h == 1) {
            // The daughter from Thôn Đông, married here: the same person in two villages.
            hh.members[0].sex = Sex::Male;
            TruthPerson d = daughterHome.members.last();
            d.relation = Relation::Spouse;
            d.residence = ResidenceStatus::Permanent;
            d.notes.clear();
            hh.members[1] = d;
            specials = {{0, Special::NbspName}};
        }
        if (h == 2) {
            hh.members[0].id = sharedId; // a typo: two different people with one ID
            fx.sharedId << qMakePair(sharedIdRef, wb2.ref(row));
        }
        const int start = row;
        row = wb2.household(row, hh, h + 1, specials, &b);
        if (h == 1)
            fx.samePerson << qMakePair(daughterRef, wb2.ref(start + 1));
    }
    sinkB.cell(row, 0, Out::f(QStringLiteral("=COUNT(A4:A%1)").arg(row), 0));
    wb2.problem(Kind::SkippedRow, row);
    row += 2;
    signatureBlock(sinkB, row, 1, 7, QStringLiteral("TỔ TRƯỞNG TDP"), wb2);
    fx.villages << b;

    // ---- Sheet3: the village only in the title; "Năm sinh" over "Nam" | "Nữ"; STT formulas
    const QString sheetC = QStringLiteral("Sheet3");
    ws = workbook_add_worksheet(wb, sheetC.toUtf8().constData());
    ParsedVillage c{file, sheetC, QStringLiteral("Xóm Đình"), {}};
    XlsxSink sinkC(wb, ws);
    VillageWriter::Style styleC;
    styleC.columns = {Col::Stt, Col::FullName, Col::BirthMale, Col::BirthFemale,
                      Col::Id,  Col::Relation, Col::Notes};
    styleC.stt = SttStyle::Formula;
    VillageWriter wc(sinkC, truth, &fx, file, sheetC, styleC);
    mergeText(ws, bold, 0, 0, 0, 6, QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH XÓM ĐÌNH, XÃ HÒA AN"));
    wc.problem(Kind::SkippedRow, 0);
    mergeText(ws, header, 1, 0, 2, 0, QStringLiteral("TT"));
    mergeText(ws, header, 1, 1, 2, 1, QStringLiteral("Họ tên"));
    mergeText(ws, header, 1, 2, 1, 3, QStringLiteral("Năm sinh"));
    writeHeaderCell(ws, header, 2, 2, QStringLiteral("Nam"));
    writeHeaderCell(ws, header, 2, 3, QStringLiteral("Nữ"));
    mergeText(ws, header, 1, 4, 2, 4, QStringLiteral("Số định danh"));
    mergeText(ws, header, 1, 5, 2, 5, QStringLiteral("Quan hệ với chủ hộ"));
    mergeText(ws, header, 1, 6, 2, 6, QStringLiteral("Ghi chú"));
    row = 3;
    for (int h = 0; h < 5; ++h)
        row = wc.household(row, truth.household(), h + 1, {}, &c);
    fx.villages << c;

    // ---- Tổng hợp: counts, not people
    ws = workbook_add_worksheet(wb, "Tổng hợp");
    worksheet_write_string(ws, 0, 0, "BẢNG TỔNG HỢP", bold);
    worksheet_write_string(ws, 1, 0, "Thôn", header);
    worksheet_write_string(ws, 1, 1, "Số hộ", header);
    worksheet_write_string(ws, 1, 2, "Số nhân khẩu", header);
    int r = 2;
    for (const auto &v : fx.villages) {
        int people = 0;
        for (const auto &hh : v.households)
            people += hh.members.size();
        worksheet_write_string(ws, r, 0, v.villageName.toUtf8().constData(), nullptr);
        const QString range = QStringLiteral("'%1'!A4:A200").arg(v.sheet);
        worksheet_write_formula_num(ws, r, 1, QStringLiteral("=COUNT(%1)").arg(range).toUtf8().constData(),
                                    nullptr, v.households.size());
        worksheet_write_formula_num(ws, r, 2, QStringLiteral("=COUNTA(%1)").arg(range).toUtf8().constData(),
                                    nullptr, people);
        ++r;
    }
    fx.problems << ExpectedProblem{Kind::SkippedSheet, QStringLiteral("Tổng hợp"), 0, QString()};

    if (workbook_close(wb) != LXW_NO_ERROR)
        fx.path.clear();
    return fx;
}

QString RegisterFixtures::csvFlavorKey(CsvFlavor flavor)
{
    switch (flavor) {
    case CsvFlavor::Utf8Bom:
        return QStringLiteral("utf8-bom");
    case CsvFlavor::Utf8Semicolon:
        return QStringLiteral("utf8-semicolon");
    case CsvFlavor::Cp1258:
        return QStringLiteral("cp1258");
    case CsvFlavor::Tcvn3:
        return QStringLiteral("tcvn3");
    case CsvFlavor::Vni:
        return QStringLiteral("vni");
    }
    return {};
}

RegisterFixture RegisterFixtures::writeCsv(const QString &path, CsvFlavor flavor, quint64 seed)
{
    RegisterFixture fx;
    fx.path = path;
    fx.today = today();
    const QString file = QFileInfo(path).fileName();
    const bool utf8 = flavor == CsvFlavor::Utf8Bom || flavor == CsvFlavor::Utf8Semicolon;
    Truth truth(seed, fx.today);
    CsvSink sink;
    ParsedVillage v{file, QFileInfo(path).completeBaseName(), QStringLiteral("Thôn Nam"), {}};
    VillageWriter::Style style;
    style.columns = {Col::Stt,       Col::FullName,  Col::Birth,      Col::Sex,  Col::Id,   Col::Relation,
                     Col::Ethnicity, Col::Education, Col::Occupation, Col::Clan, Col::Notes};
    style.stt = SttStyle::Repeated;
    style.clan = ClanStyle::HeadOnly;
    style.xlsx = false;
    style.legacyText = !utf8;
    VillageWriter w(sink, truth, &fx, file, QString(), style);
    sink.cell(0, 0, Out::t(QStringLiteral("UBND XÃ HÒA AN")));
    sink.cell(1, 0, Out::t(QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH THÔN NAM, XÃ HÒA AN")));
    w.problem(Kind::SkippedRow, 0);
    w.problem(Kind::SkippedRow, 1);
    const QStringList headers = {
        QStringLiteral("STT"),       QStringLiteral("Họ và tên"),        QStringLiteral("Ngày sinh"),
        QStringLiteral("Giới tính"), QStringLiteral("Số CCCD"),          QStringLiteral("Quan hệ với chủ hộ"),
        QStringLiteral("Dân tộc"),   QStringLiteral("Trình độ văn hóa"), QStringLiteral("Nghề nghiệp"),
        QStringLiteral("Dòng họ"),   QStringLiteral("Ghi chú")};
    for (int i = 0; i < headers.size(); ++i)
        sink.cell(2, i, Out::t(headers[i]));
    int row = 3;
    for (int h = 0; h < 6; ++h) {
        TruthHousehold hh = truth.household(h == 1 ? 2 : 1);
        QHash<int, Special> specials;
        if (h == 0)
            specials = {{0, Special::CapsName}};
        if (h == 1) {
            if (hh.members[0].id.size() != 12)
                hh.members[0].id = QStringLiteral("038075123456");
            specials = {{0, Special::LostZeroTextId}, {1, Special::ImpossibleDate}};
        }
        if (h == 2 && utf8)
            specials = {{0, Special::NfdName}};
        row = w.household(row, hh, h + 1, specials, &v);
    }
    int people = 0;
    for (const auto &hh : v.households)
        people += hh.members.size();
    sink.cell(row, 0,
              Out::t(QStringLiteral("Tổng cộng: %1 hộ, %2 nhân khẩu").arg(v.households.size()).arg(people)));
    w.problem(Kind::SkippedRow, row);
    fx.villages << v;

    const QChar separator = flavor == CsvFlavor::Utf8Semicolon ? QLatin1Char(';') : QLatin1Char(',');
    QByteArray bytes;
    switch (flavor) {
    case CsvFlavor::Utf8Bom:
        bytes = QByteArray("\xEF\xBB\xBF") + sink.text(separator);
        break;
    case CsvFlavor::Utf8Semicolon:
        bytes = sink.text(separator);
        break;
    case CsvFlavor::Cp1258:
        bytes = encodeBytes(sink.plain(separator), TextEncoding::Cp1258);
        break;
    case CsvFlavor::Tcvn3:
        bytes = encodeBytes(sink.plain(separator), TextEncoding::Tcvn3);
        break;
    case CsvFlavor::Vni:
        bytes = encodeBytes(sink.plain(separator), TextEncoding::Vni);
        break;
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        fx.path.clear();
    return fx;
}

RegisterFixtures::LargeResult RegisterFixtures::writeLargeXlsx(const QString &path, int people, quint64 seed)
{
    LargeResult result;
    Truth truth(seed, today());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!wb)
        return result;
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    VillageWriter::Style style;
    style.columns = {Col::Stt,       Col::FullName,  Col::Birth,      Col::Sex,  Col::Id,   Col::Relation,
                     Col::Ethnicity, Col::Education, Col::Occupation, Col::Clan, Col::Notes};
    style.clan = ClanStyle::HeadOnly;
    const QStringList headers = {QStringLiteral("STT"),
                                 QStringLiteral("Họ và tên"),
                                 QStringLiteral("Ngày tháng\nnăm sinh"),
                                 QStringLiteral("Giới tính"),
                                 QStringLiteral("Số CCCD/CMND"),
                                 QStringLiteral("Quan hệ với chủ hộ"),
                                 QStringLiteral("Dân tộc"),
                                 QStringLiteral("Trình độ văn hóa"),
                                 QStringLiteral("Nghề nghiệp"),
                                 QStringLiteral("Dòng họ"),
                                 QStringLiteral("Ghi chú")};
    QList<QPair<QString, int>> villages;
    while (result.people < people) {
        const QString name = QStringLiteral("Thôn %1").arg(villages.size() + 1);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        XlsxSink sink(wb, ws);
        VillageWriter w(sink, truth, nullptr, QString(), name, style);
        sink.cell(0, 0, Out::t(QStringLiteral("UBND XÃ HÒA AN")));
        sink.cell(1, 0, Out::t(QStringLiteral("DANH SÁCH HỘ GIA ĐÌNH ") + name.toUpper()));
        for (int i = 0; i < headers.size(); ++i)
            writeHeaderCell(ws, header, 2, i, headers[i]);
        int row = 3, households = 0, inVillage = 0;
        while (inVillage < 7000 && result.people < people) {
            const TruthHousehold hh = truth.household();
            row = w.household(row, hh, ++households, {}, nullptr);
            inVillage += hh.members.size();
            result.people += hh.members.size();
        }
        sink.cell(row, 1,
                  Out::t(QStringLiteral("Tổng cộng: %1 hộ, %2 nhân khẩu").arg(households).arg(inVillage)));
        result.households += households;
        villages << qMakePair(name, households);
    }
    lxw_worksheet *summary = workbook_add_worksheet(wb, "Tổng hợp");
    worksheet_write_string(summary, 0, 0, "Thôn", header);
    worksheet_write_string(summary, 0, 1, "Số hộ", header);
    for (int i = 0; i < villages.size(); ++i) {
        worksheet_write_string(summary, i + 1, 0, villages[i].first.toUtf8().constData(), nullptr);
        worksheet_write_formula_num(
            summary, i + 1, 1,
            QStringLiteral("=COUNT('%1'!A4:A100000)").arg(villages[i].first).toUtf8().constData(), nullptr,
            villages[i].second);
    }
    result.villages = villages.size();
    result.ok = workbook_close(wb) == LXW_NO_ERROR;
    return result;
}

} // namespace sht::test
