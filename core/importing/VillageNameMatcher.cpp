#include "VillageNameMatcher.h"

#include "ColumnSynonyms.h"
#include "TextNormalizer.h"

#include <QRegularExpression>

namespace sht::importing {

namespace {

struct Kind
{
    const char *key;           // ColumnSynonyms::key() form of the word(s) as written
    const char16_t *expansion; // what the village list says
};

// Longest first: "to dan pho" before "to".
constexpr Kind kKinds[] = {
    {"to dan pho", u"Tổ dân phố"},
    {"to dp", u"Tổ dân phố"},
    {"tdp", u"Tổ dân phố"},
    {"khu pho", u"Khu phố"},
    {"kp", u"Khu phố"},
    {"khu dan cu", u"Khu dân cư"},
    {"kdc", u"Khu dân cư"},
    {"thon", u"Thôn"},
    {"xom", u"Xóm"},
    {"ban", u"Bản"},
    {"ap", u"Ấp"},
    {"lang", u"Làng"},
    {"buon", u"Buôn"},
    {"plei", u"Plei"},
    {"khom", u"Khóm"},
    {"khu", u"Khu"},
    {"to", u"Tổ"},
};

bool isAllCapsOrLower(const QString &s)
{
    return s == s.toUpper() || s == s.toLower();
}

// The kind word at the start of `words` (accent-free keys), and how many words it takes.
int kindAt(const QStringList &keys, int from, QString *expansion)
{
    for (const auto &k : kKinds) {
        const QStringList kindWords = QString::fromLatin1(k.key).split(QLatin1Char(' '));
        if (from + kindWords.size() > keys.size())
            continue;
        bool same = true;
        for (int i = 0; i < kindWords.size() && same; ++i)
            same = keys[from + i] == kindWords[i];
        if (same) {
            if (expansion)
                *expansion = QString::fromUtf16(k.expansion);
            return int(kindWords.size());
        }
    }
    return 0;
}

// Words of the text, "TDP.Bắc Sơn" and "Thon1" split apart.
QStringList splitWords(const QString &text)
{
    QString s = text::normalized(text);
    s.replace(QRegularExpression(QStringLiteral("[_.\\-:]+")), QStringLiteral(" "));
    s.replace(QRegularExpression(QStringLiteral("(\\p{L})(\\d)")), QStringLiteral("\\1 \\2"));
    return s.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

bool VillageNameMatcher::isGenericSheetName(const QString &sheetName)
{
    static const QRegularExpression generic(QStringLiteral(
        "^(sheet|trang tinh|bang tinh|worksheet|sheet ?\\d*|ds|danh sach|data|du lieu)\\s*\\d*$"));
    return generic.match(ColumnSynonyms::key(sheetName)).hasMatch();
}

QString VillageNameMatcher::fromSheetName(const QString &sheetName)
{
    if (isGenericSheetName(sheetName))
        return {};
    QStringList words = splitWords(sheetName);
    QStringList keys;
    for (const QString &w : words)
        keys << text::searchKey(w);
    QString expansion;
    const int taken = kindAt(keys, 0, &expansion);
    QString rest = words.mid(taken).join(QLatin1Char(' '));
    rest = text::normalizeToneMarkPlacement(rest);
    if (isAllCapsOrLower(rest))
        rest = text::titleCase(rest);
    if (taken == 0)
        return rest;
    if (rest.isEmpty())
        return expansion;
    // Numbers lose their leading zeros: "Thôn 01" is "Thôn 1".
    static const QRegularExpression leadingZero(QStringLiteral("^0+(\\d)"));
    rest.replace(leadingZero, QStringLiteral("\\1"));
    return expansion + QLatin1Char(' ') + rest;
}

QString VillageNameMatcher::fromTitle(const QStringList &texts)
{
    // Where the village part of a title ends: the commune ("xã", "phường", "thị trấn"…) or a date ("năm").
    static const QStringList stops = {
        QStringLiteral("xã"),   QStringLiteral("phường"), QStringLiteral("thị"), QStringLiteral("huyện"),
        QStringLiteral("tỉnh"), QStringLiteral("quận"),   QStringLiteral("năm")};
    for (const QString &t : texts) {
        // Only the part before the commune (", xã Hòa An") or a bracket.
        const QStringList parts =
            text::normalized(t).split(QRegularExpression(QStringLiteral("[,;()\\[\\]]")));
        for (const QString &part : parts) {
            const QStringList words = splitWords(part);
            QStringList keys;
            for (const QString &w : words)
                keys << text::searchKey(w);
            for (int i = 0; i < keys.size(); ++i) {
                // "hộ gia đình": "ho" is not a kind; "tổ" alone is too common a word to trust in a title.
                QString expansion;
                const int taken = kindAt(keys, i, &expansion);
                if (taken == 0 || (taken == 1 && keys[i] == QLatin1String("to")))
                    continue;
                int end = i + taken;
                while (end < keys.size() && !stops.contains(words[end].toLower()))
                    ++end;
                if (end == i + taken)
                    continue;
                return fromSheetName(words.mid(i, end - i).join(QLatin1Char(' ')));
            }
        }
    }
    return {};
}

QString VillageNameMatcher::matchKey(const QString &name)
{
    const QString expanded = fromSheetName(name);
    QString key = ColumnSynonyms::key(expanded.isEmpty() ? name : expanded);
    static const QRegularExpression leadingZero(QStringLiteral("\\b0+(\\d)"));
    key.replace(leadingZero, QStringLiteral("\\1"));
    return key;
}

int VillageNameMatcher::bestMatch(const QString &name, const QStringList &existing)
{
    const QString key = matchKey(name);
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < existing.size(); ++i)
        if (matchKey(existing[i]) == key)
            return i;
    // Without the kind word: "Bắc Sơn" and "Tổ dân phố Bắc Sơn", when only one village is called so.
    auto bare = [](const QString &k) {
        const QStringList words = k.split(QLatin1Char(' '));
        const int taken = kindAt(words, 0, nullptr);
        return words.mid(taken).join(QLatin1Char(' '));
    };
    const QString bareKey = bare(key);
    int found = -1;
    for (int i = 0; i < existing.size(); ++i) {
        if (bare(matchKey(existing[i])) != bareKey)
            continue;
        if (found >= 0)
            return -1; // "Thôn 1" and "Xóm 1" both: ambiguous
        found = i;
    }
    return found;
}

} // namespace sht::importing
