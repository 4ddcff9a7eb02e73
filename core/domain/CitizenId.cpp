#include "CitizenId.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace sht {

namespace {

struct Province
{
    int code;
    const char16_t *name;
};

// Province codes of the CCCD (Thông tư 07/2016/TT-BCA, Phụ lục I): the 63 provinces before the 2025 merger.
constexpr Province kProvinces[] = {
    {1, u"Hà Nội"},
    {2, u"Hà Giang"},
    {4, u"Cao Bằng"},
    {6, u"Bắc Kạn"},
    {8, u"Tuyên Quang"},
    {10, u"Lào Cai"},
    {11, u"Điện Biên"},
    {12, u"Lai Châu"},
    {14, u"Sơn La"},
    {15, u"Yên Bái"},
    {17, u"Hòa Bình"},
    {19, u"Thái Nguyên"},
    {20, u"Lạng Sơn"},
    {22, u"Quảng Ninh"},
    {24, u"Bắc Giang"},
    {25, u"Phú Thọ"},
    {26, u"Vĩnh Phúc"},
    {27, u"Bắc Ninh"},
    {30, u"Hải Dương"},
    {31, u"Hải Phòng"},
    {33, u"Hưng Yên"},
    {34, u"Thái Bình"},
    {35, u"Hà Nam"},
    {36, u"Nam Định"},
    {37, u"Ninh Bình"},
    {38, u"Thanh Hóa"},
    {40, u"Nghệ An"},
    {42, u"Hà Tĩnh"},
    {44, u"Quảng Bình"},
    {45, u"Quảng Trị"},
    {46, u"Thừa Thiên Huế"},
    {48, u"Đà Nẵng"},
    {49, u"Quảng Nam"},
    {51, u"Quảng Ngãi"},
    {52, u"Bình Định"},
    {54, u"Phú Yên"},
    {56, u"Khánh Hòa"},
    {58, u"Ninh Thuận"},
    {60, u"Bình Thuận"},
    {62, u"Kon Tum"},
    {64, u"Gia Lai"},
    {66, u"Đắk Lắk"},
    {67, u"Đắk Nông"},
    {68, u"Lâm Đồng"},
    {70, u"Bình Phước"},
    {72, u"Tây Ninh"},
    {74, u"Bình Dương"},
    {75, u"Đồng Nai"},
    {77, u"Bà Rịa - Vũng Tàu"},
    {79, u"TP. Hồ Chí Minh"},
    {80, u"Long An"},
    {82, u"Tiền Giang"},
    {83, u"Bến Tre"},
    {84, u"Trà Vinh"},
    {86, u"Vĩnh Long"},
    {87, u"Đồng Tháp"},
    {89, u"An Giang"},
    {91, u"Kiên Giang"},
    {92, u"Cần Thơ"},
    {93, u"Hậu Giang"},
    {94, u"Sóc Trăng"},
    {95, u"Bạc Liêu"},
    {96, u"Cà Mau"},
};
static_assert(std::size(kProvinces) == 63, "63 provinces");

bool isProvinceCode(int code)
{
    return std::any_of(std::begin(kProvinces), std::end(kProvinces),
                       [code](const Province &p) { return p.code == code; });
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A 12-digit string with a real province code and a century digit of a living person (0..3).
bool isPlausibleCccd(const QString &digits)
{
    return digits.size() == 12 && allDigits(digits) && isProvinceCode(digits.left(3).toInt()) &&
           digits.at(3).digitValue() <= 3;
}

// Spaces (NBSP included, via text::normalized), dots, dashes and Excel's leading apostrophe go.
QString stripSeparators(const QString &text)
{
    QString s = text::normalized(text);
    if (s.startsWith(QLatin1Char('\'')) || s.startsWith(QChar(0x2019)))
        s.remove(0, 1);
    static const QRegularExpression numberCell(QStringLiteral("^(\\d+)\\.0+$"));
    s.replace(numberCell, QStringLiteral("\\1"));
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-\\x{2010}-\\x{2015}_]"));
    return s.remove(separators);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

CitizenId CitizenId::parse(const QString &text, QString *error)
{
    setError(error, QString());
    const QString raw = text::normalized(text);
    if (raw.isEmpty())
        return CitizenId();

    static const QRegularExpression scientific(QStringLiteral("^\\d+(?:[.,]\\d+)?\\s*[eE]\\s*\\+?\\d+$"));
    if (scientific.match(raw).hasMatch()) {
        setError(error,
                 tr("The ID \"%1\" was stored as a number in the spreadsheet and lost digits; retype it "
                    "from the card (12 digits for a CCCD, 9 for a CMND).")
                     .arg(raw));
        return CitizenId();
    }

    const QString digits = stripSeparators(raw);
    if (!allDigits(digits)) {
        setError(error, tr("An ID has only digits; \"%1\" contains other characters.").arg(raw));
        return CitizenId();
    }

    CitizenId id;
    id.m_digits = digits;
    switch (digits.size()) {
    case 9:
        id.m_kind = Kind::Cmnd;
        return id;
    case 12:
        break;
    case 8:
    case 10:
    case 11: {
        const QString restored = restoreLeadingZeros(digits);
        if (restored != digits) {
            setError(error,
                     tr("This ID has %1 digits. It probably lost its leading zero(s) when the spreadsheet "
                        "stored it as a number; check the card: it is likely %2.")
                         .arg(digits.size())
                         .arg(restored));
        } else if (digits.size() > 9) {
            setError(error,
                     tr("This ID has %1 digits; a CCCD has 12. If the spreadsheet stored it as a number, "
                        "its leading zeros were lost; retype it from the card.")
                         .arg(digits.size()));
        } else {
            setError(error, tr("A CCCD has 12 digits and a CMND 9; this ID has %1.").arg(digits.size()));
        }
        return CitizenId();
    }
    default:
        setError(error, tr("A CCCD has 12 digits and a CMND 9; this ID has %1.").arg(digits.size()));
        return CitizenId();
    }

    const int province = digits.left(3).toInt();
    if (!isProvinceCode(province)) {
        setError(error,
                 tr("The first three digits of a CCCD are a province code (001 to 096); %1 is not one. "
                    "Check the number.")
                     .arg(digits.left(3)));
        return CitizenId();
    }
    if (digits.at(3).digitValue() > 3) {
        setError(error,
                 tr("Digit 4 of a CCCD gives the century of birth; %1 would mean born after 2099. Check "
                    "the number.")
                     .arg(digits.at(3)));
        return CitizenId();
    }
    id.m_kind = Kind::Cccd;
    return id;
}

QString CitizenId::restoreLeadingZeros(const QString &digits)
{
    const QString s = stripSeparators(digits);
    if (!allDigits(s))
        return digits;
    if (s.size() == 11 || s.size() == 10) {
        const QString padded = QString(12 - s.size(), QLatin1Char('0')) + s;
        return isPlausibleCccd(padded) ? padded : digits;
    }
    // CMND numbers start with a two-digit area code; those starting with 0 (01 Hà Nội, 02 TP. Hồ Chí Minh,
    // ...) lose exactly one zero as a number.
    if (s.size() == 8 && s.at(0) != u'0')
        return QLatin1Char('0') + s;
    return digits;
}

QString CitizenId::provinceNameForCode(int code)
{
    for (const Province &p : kProvinces) {
        if (p.code == code)
            return QString::fromUtf16(p.name);
    }
    return QString();
}

int CitizenId::provinceCode() const
{
    return m_kind == Kind::Cccd ? m_digits.left(3).toInt() : -1;
}

QString CitizenId::provinceName() const
{
    return m_kind == Kind::Cccd ? provinceNameForCode(provinceCode()) : QString();
}

Sex CitizenId::impliedSex() const
{
    if (m_kind != Kind::Cccd)
        return Sex::Unknown;
    return m_digits.at(3).digitValue() % 2 == 0 ? Sex::Male : Sex::Female;
}

int CitizenId::impliedBirthYear() const
{
    if (m_kind != Kind::Cccd)
        return -1;
    const int centuryDigit = m_digits.at(3).digitValue();
    return 1900 + (centuryDigit / 2) * 100 + m_digits.mid(4, 2).toInt();
}

QString CitizenId::checkAgainst(Sex sex, int birthYear) const
{
    if (m_kind != Kind::Cccd)
        return QString();
    QStringList problems;
    const Sex idSex = impliedSex();
    const QString digit4 = m_digits.mid(3, 1);
    if (sex == Sex::Male && idSex == Sex::Female)
        problems
            << tr("The CCCD says female (digit 4 is %1) but the person is recorded as male.").arg(digit4);
    else if (sex == Sex::Female && idSex == Sex::Male)
        problems
            << tr("The CCCD says male (digit 4 is %1) but the person is recorded as female.").arg(digit4);
    if (birthYear > 0 && birthYear != impliedBirthYear())
        problems << tr("The CCCD says born in %1 (digits 4 to 6 are %2) but the birth year is %3.")
                        .arg(impliedBirthYear())
                        .arg(m_digits.mid(3, 3))
                        .arg(birthYear);
    return problems.join(QLatin1Char(' '));
}

} // namespace sht
