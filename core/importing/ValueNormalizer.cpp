#include "ValueNormalizer.h"

#include "CitizenId.h"
#include "Education.h"
#include "PersonName.h"
#include "TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace sht::importing {

namespace {

// Excel's 1900 date system: serial 1 is 1900-01-01, and the fictitious 1900-02-29 makes day 0 1899-12-30 for
// every serial after February 1900 (all a birth date can be here).
const QDate kSerialEpoch(1899, 12, 30);

bool isAllCaps(const QString &s)
{
    bool letter = false;
    for (QChar c : s) {
        if (c.isLower())
            return false;
        letter = letter || c.isLetter();
    }
    return letter;
}

QString wholeNumber(double value)
{
    return QString::number(qint64(std::llround(value)));
}

bool isWhole(double value)
{
    return std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value);
}

ValueIssue issue(ImportProblem::Kind kind, const QString &message, const QString &action, const QString &note)
{
    return ValueIssue{kind, message, action, note};
}

// The 54 ethnic groups (Tổng cục Thống kê list), with the other names registers use.
struct Ethnic
{
    const char16_t *name;
    const char16_t *aliases; // '|'-separated, any spelling: compared by key
};

constexpr Ethnic kEthnicGroups[] = {
    {u"Kinh", u"Việt"},
    {u"Tày", u""},
    {u"Thái", u""},
    {u"Mường", u""},
    {u"Khmer", u"Khơ Me|Khơ-me|Khmer Krôm"},
    {u"Hoa", u"Hán"},
    {u"Nùng", u""},
    {u"Mông", u"H'Mông|Hmông|Hmong|Mèo"},
    {u"Dao", u""},
    {u"Gia Rai", u"Jrai|Giarai"},
    {u"Ê Đê", u"Êđê|Rađê"},
    {u"Ba Na", u"Bahnar"},
    {u"Xơ Đăng", u"Sedang"},
    {u"Sán Chay", u"Cao Lan|Sán Chỉ"},
    {u"Cơ Ho", u"K'Ho"},
    {u"Chăm", u"Chàm"},
    {u"Sán Dìu", u""},
    {u"Hrê", u""},
    {u"Mnông", u"M'Nông"},
    {u"Ra Glai", u"Raglai"},
    {u"Xtiêng", u"X'Tiêng|Stiêng"},
    {u"Bru Vân Kiều", u"Bru-Vân Kiều|Vân Kiều"},
    {u"Thổ", u""},
    {u"Giáy", u""},
    {u"Cơ Tu", u"Katu"},
    {u"Gié Triêng", u"Gié-Triêng"},
    {u"Mạ", u""},
    {u"Khơ Mú", u"Khơmú|Khmu"},
    {u"Co", u""},
    {u"Tà Ôi", u"Tà-ôi"},
    {u"Chơ Ro", u"Chơro"},
    {u"Kháng", u""},
    {u"Xinh Mun", u""},
    {u"Hà Nhì", u""},
    {u"Chu Ru", u"Churu"},
    {u"Lào", u""},
    {u"La Chí", u""},
    {u"La Ha", u""},
    {u"Phù Lá", u""},
    {u"La Hủ", u""},
    {u"Lự", u""},
    {u"Lô Lô", u""},
    {u"Chứt", u""},
    {u"Mảng", u""},
    {u"Pà Thẻn", u""},
    {u"Cơ Lao", u""},
    {u"Cống", u""},
    {u"Bố Y", u""},
    {u"Si La", u""},
    {u"Pu Péo", u""},
    {u"Brâu", u""},
    {u"Ơ Đu", u""},
    {u"Rơ Măm", u""},
    {u"Ngái", u""},
};

// Lower case with accents, without spaces, hyphens and apostrophes: "Ê Đê", "Êđê" -> "êđê". Accents stay:
// "Mạ", "Mảng" and "Ma" must not meet.
QString ethnicKey(const QString &text)
{
    QString out;
    for (QChar c : text::normalizeToneMarkPlacement(text::normalized(text)).toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

const QHash<QString, QString> &ethnicIndex()
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> h;
        for (const auto &e : kEthnicGroups) {
            const QString name = QString::fromUtf16(e.name);
            h.insert(ethnicKey(name), name);
            const QString aliases = QString::fromUtf16(e.aliases);
            for (const QString &a : aliases.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                h.insert(ethnicKey(a), name);
        }
        return h;
    }();
    return index;
}

// Text that can only be a day-month-year or a year: an unreadable one is an impossible date, not garbage.
bool looksLikeDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}$|"
                                                      "^\\d{1,2}\\s*[/.-]\\s*\\d{4}$|^\\d{4}$"));
    return re.match(text).hasMatch();
}

PartialDate fromDdMmYyyy(const QString &digits)
{
    // 7 digits: dmmyyyy (the day's leading zero lost in a number).
    const QString s = digits.size() == 7 ? QLatin1Char('0') + digits : digits;
    const QDate d(s.mid(4, 4).toInt(), s.mid(2, 2).toInt(), s.left(2).toInt());
    return d.isValid() ? PartialDate::fromDate(d) : PartialDate();
}

// The common spellings ("05/03/1956", "5-3-1956", "05.03.1956", "1956") read without a regular expression:
// most birth dates of a large register are typed so. Anything else (or anything invalid) goes to
// PartialDate::parse, which knows every format and says what is wrong.
bool quickDate(const QString &t, PartialDate *out)
{
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    QChar separator;
    for (QChar c : t) {
        if (c.isDigit() && c.unicode() < 128) {
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            if (++digits[part] > 4)
                return false;
        } else if ((c == u'/' || c == u'-' || c == u'.') && part < 2 &&
                   (separator.isNull() || c == separator)) {
            separator = c;
            ++part;
        } else {
            return false;
        }
    }
    if (part == 0 && digits[0] == 4) {
        if (parts[0] < PartialDate::kMinYear || parts[0] > PartialDate::kMaxYear)
            return false;
        *out = PartialDate::fromYear(parts[0]);
        return true;
    }
    if (part != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4 || digits[0] == 0 || digits[1] == 0)
        return false;
    if (parts[2] < PartialDate::kMinYear || parts[2] > PartialDate::kMaxYear)
        return false;
    const QDate d(parts[2], parts[1], parts[0]);
    if (!d.isValid())
        return false;
    *out = PartialDate::fromDate(d);
    return true;
}

} // namespace

namespace {

// What text::normalized() would leave as it is: no line break, tab or space other than single inner U+0020,
// no Ð/ð (read as Đ/đ), no soft hyphen, and nothing at or above U+0300 but the precomposed Vietnamese
// letters (U+1EA0..U+1EF9): a string of characters below U+0300 is NFC whatever their order, and so are those
// letters.
bool isNormalized(const QString &text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return true;
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    if (p[0] == u' ' || p[n - 1] == u' ')
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x21 && c < 0x7F)
            continue;
        if (c == u' ') {
            if (p[i + 1] == u' ') // i < n - 1: the last character is not a space
                return false;
            continue;
        }
        if (c < 0xA1 || c == 0xAD || c == 0xD0 || c == 0xF0)
            return false;
        if (c < 0x300 || (c >= 0x1EA0 && c <= 0x1EF9))
            continue;
        return false;
    }
    return true;
}

} // namespace

QString ValueNormalizer::normalized(const QString &text)
{
    return isNormalized(text) ? text : text::normalized(text);
}

QString ValueNormalizer::cellText(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return {};
    case Cell::Type::Number:
        return isWhole(cell.number) ? wholeNumber(cell.number) : normalized(cell.text);
    case Cell::Type::Date:
        return cell.date.isValid() ? cell.date.toString(QStringLiteral("dd/MM/yyyy")) : normalized(cell.text);
    case Cell::Type::Text:
    case Cell::Type::Boolean:
    case Cell::Type::Error:
        return normalized(cell.text);
    }
    return {};
}

QString ValueNormalizer::name(const QString &raw)
{
    return PersonName(raw).full();
}

QString ValueNormalizer::nameFromParts(const QString &familyAndMiddle, const QString &given)
{
    return PersonName::fromParts(familyAndMiddle, QString(), given).full();
}

PartialDate ValueNormalizer::birthDate(const Cell &cell, const QDate &today, QList<ValueIssue> *issues)
{
    const QString shown = cellText(cell);
    if (shown.isEmpty())
        return {};
    PartialDate date;
    bool read = false;
    if (cell.type == Cell::Type::Date && cell.date.isValid()) {
        date = PartialDate::fromDate(cell.date);
        read = true;
    } else if (cell.type == Cell::Type::Number && isWhole(cell.number)) {
        const qint64 n = std::llround(cell.number);
        const qint64 todaySerial = kSerialEpoch.daysTo(today);
        if (n >= PartialDate::kMinYear && n <= PartialDate::kMaxYear) {
            // A year typed as a number: far more common than a date serial of 1905–2502 (a birth in 1905
            // typed as a date would be a centenarian with a date-formatted cell, which is a Date cell).
            date = PartialDate::fromYear(int(n));
            read = true;
        } else if (n > PartialDate::kMaxYear && n <= todaySerial + 366 * 20) {
            date = PartialDate::fromDate(kSerialEpoch.addDays(n));
            read = true;
        } else if (n >= 1000000 && n <= 31129999) {
            date = fromDdMmYyyy(QString::number(n));
            read = !date.isNull();
        }
    }
    if (!read)
        read = quickDate(shown, &date);
    if (!read) {
        static const QRegularExpression packed(QStringLiteral("^\\d{7,8}$"));
        if (packed.match(shown).hasMatch()) {
            date = fromDdMmYyyy(shown);
            read = !date.isNull();
        }
    }
    if (!read) {
        QString error;
        date = PartialDate::parse(shown, &error);
        if (date.isNull()) {
            if (issues) {
                const bool impossible = looksLikeDate(shown);
                issues->append(issue(
                    impossible ? ImportProblem::Kind::ImpossibleDate : ImportProblem::Kind::UnknownValue,
                    impossible ? tr("%1 is not a date (%2)").arg(shown, error)
                               : tr("Birth date \"%1\" cannot be read (%2)").arg(shown, error),
                    tr("birth date left empty; the text is kept in the notes"),
                    tr("Birth date as written: %1").arg(shown)));
            }
            return {};
        }
    }
    if (date.isAfter(today)) {
        if (issues)
            issues->append(issue(ImportProblem::Kind::FutureDate,
                                 tr("Birth date %1 is in the future").arg(date.toString()),
                                 tr("birth date left empty; the text is kept in the notes"),
                                 tr("Birth date as written: %1").arg(shown)));
        return {};
    }
    return date;
}

QString ValueNormalizer::citizenId(const Cell &cell, QList<ValueIssue> *issues)
{
    QString shown = cellText(cell);
    if (cell.type == Cell::Type::Number && !isWhole(cell.number))
        shown = cell.text.isEmpty() ? QString::number(cell.number, 'g', 15) : cell.text;
    if (shown.isEmpty())
        return {};
    QString error;
    // A number cell of 8, 10 or 11 digits lost its zeros for sure: straight to restoring (the common case
    // in a large register, so it skips building CitizenId::parse's message).
    const bool lostZeros =
        cell.type == Cell::Type::Number && (shown.size() == 8 || shown.size() == 10 || shown.size() == 11);
    if (!lostZeros) {
        const CitizenId id = CitizenId::parse(shown, &error);
        if (!id.isNull())
            return id.digits();
    }
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-\\x{00a0}']"));
    QString digits = shown;
    digits.remove(separators);
    const QString restored = CitizenId::restoreLeadingZeros(digits);
    if (restored != digits) {
        const CitizenId again = CitizenId::parse(restored);
        if (!again.isNull()) {
            if (issues)
                issues->append(issue(ImportProblem::Kind::IdRestored,
                                     tr("ID %1 has lost its leading zero(s): the spreadsheet stored it as a "
                                        "number")
                                         .arg(shown),
                                     tr("restored as %1").arg(again.digits()), QString()));
            return again.digits();
        }
    }
    if (error.isEmpty())
        CitizenId::parse(shown, &error);
    if (issues)
        issues->append(issue(ImportProblem::Kind::IdInvalid, tr("ID %1 is not usable: %2").arg(shown, error),
                             tr("ID left empty; the text is kept in the notes"),
                             tr("ID as written: %1").arg(shown)));
    return {};
}

Relation ValueNormalizer::relation(const QString &text, Sex *impliedSex, QList<ValueIssue> *issues)
{
    if (impliedSex)
        *impliedSex = Sex::Unknown;
    const QString clean = text::normalized(text);
    if (clean.isEmpty())
        return Relation::Unknown;
    const Relation r = parseRelation(clean, impliedSex);
    if (r != Relation::Unknown)
        return r;
    // A cell with only a residence note ("Tạm vắng") says nothing about the relation.
    ResidenceStatus residence;
    if (parseResidence(clean, &residence) && text::splitNotes(clean).size() == 1)
        return Relation::Unknown;
    if (issues)
        issues->append(issue(ImportProblem::Kind::UnknownRelation,
                             tr("Relation \"%1\" is not known").arg(clean),
                             tr("recorded as \"other\"; the word is kept in the notes"),
                             tr("Relation as written: %1").arg(clean)));
    return Relation::Other;
}

Sex ValueNormalizer::sex(const QString &text, QList<ValueIssue> *issues)
{
    const QString clean = text::normalized(text);
    if (clean.isEmpty())
        return Sex::Unknown;
    const Sex s = parseSex(clean);
    if (s == Sex::Unknown && issues)
        issues->append(issue(ImportProblem::Kind::UnknownValue, tr("Sex \"%1\" is not known").arg(clean),
                             tr("sex left empty; the text is kept in the notes"),
                             tr("Sex as written: %1").arg(clean)));
    return s;
}

bool ValueNormalizer::isMark(const QString &text)
{
    const QString k = text::searchKey(text);
    static const QStringList marks = {
        QStringLiteral("x"),      QStringLiteral("v"),      QStringLiteral("1"),
        QStringLiteral("\u2713"), QStringLiteral("\u2714"), QStringLiteral("nam"),
        QStringLiteral("nu"),     QStringLiteral("*"),      QStringLiteral("+")};
    return marks.contains(k);
}

QStringList ValueNormalizer::ethnicGroups()
{
    QStringList out;
    for (const auto &e : kEthnicGroups)
        out << QString::fromUtf16(e.name);
    return out;
}

QString ValueNormalizer::ethnicity(const QString &text)
{
    QString clean = text::normalized(text);
    if (clean.isEmpty())
        return {};
    static const QRegularExpression prefix(QStringLiteral("^(dân tộc|dt)[\\s.:]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    clean.remove(prefix);
    const auto &index = ethnicIndex();
    const auto it = index.constFind(ethnicKey(clean));
    if (it != index.constEnd())
        return *it;
    return plainText(clean);
}

QString ValueNormalizer::education(const QString &text, QList<ValueIssue> *issues)
{
    const QString clean = text::normalized(text);
    if (clean.isEmpty())
        return {};
    QString error;
    const Education e = Education::parse(clean, &error);
    if (e.isNull()) {
        if (issues)
            issues->append(issue(ImportProblem::Kind::UnknownValue,
                                 tr("Education \"%1\" cannot be read (%2)").arg(clean, error),
                                 tr("education left empty; the text is kept in the notes"),
                                 tr("Education as written: %1").arg(clean)));
        return {};
    }
    return e.toStorage();
}

QString ValueNormalizer::plainText(const QString &text)
{
    const QString clean = normalized(text);
    if (!isAllCaps(clean))
        return clean;
    // Sentence case: "LÀM RUỘNG" -> "Làm ruộng".
    QString out = clean.toLower();
    for (int i = 0; i < out.size(); ++i)
        if (out.at(i).isLetter()) {
            out[i] = out.at(i).toUpper();
            break;
        }
    return out;
}

QString ValueNormalizer::clanName(const QString &text)
{
    const QString clean = text::normalizeToneMarkPlacement(text::normalized(text));
    if (isAllCaps(clean) || clean == clean.toLower())
        return text::titleCase(clean);
    return clean;
}

} // namespace sht::importing
