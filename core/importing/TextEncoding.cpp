#include "TextEncoding.h"

#include "EncodingDetector.h"
#include "LegacyDecoder.h"
#include "LegacyDecoderCapitals.h"
#include "TextCleaner.h"
#include "VniTable.h"

#include <QCoreApplication>

namespace sht::importing {

namespace {

// TCVN3 as typists wrote it: a capital that has no ABC code (Á, Ầ, Ệ, …) is written with the lower-case
// code. Ă Â Ê Ô Ơ Ư Đ and ASCII keep their capitals.
QString abcCase(const QString &text)
{
    QString out = nfc(text);
    for (QChar &c : out) {
        if (c.unicode() < 0x80 || !c.isUpper())
            continue;
        switch (c.unicode()) {
        case u'Ă':
        case u'Â':
        case u'Ê':
        case u'Ô':
        case u'Ơ':
        case u'Ư':
        case u'Đ':
            break;
        default:
            c = c.toLower();
        }
    }
    return out;
}

// Legacy-font text as the bytes it stands for; false when a character is not one cp1252 can show (the
// text is Unicode already).
bool fontTextBytes(const QString &shown, QByteArray *bytes)
{
    bytes->resize(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const int b = LegacyDecoder::cp1252Byte(shown.at(i));
        if (b < 0)
            return false;
        (*bytes)[i] = char(b);
    }
    return true;
}

QString bytesAsFontText(const QByteArray &bytes)
{
    return LegacyDecoder::decodeCp1252(bytes.constData(), bytes.size());
}

} // namespace

QList<TextEncoding> allTextEncodings()
{
    // The order breaks ties: Unicode first (every current program writes it), then TCVN3 (the national
    // standard of the 1990s, what most commune offices typed), VNI (common in the south), CP1258 (rare:
    // Windows' own Vietnamese code page), and cp1252 last (not Vietnamese at all).
    return {TextEncoding::Unicode, TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Cp1258,
            TextEncoding::Cp1252};
}

QString textEncodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Unicode:
        return QStringLiteral("utf8");
    case TextEncoding::Cp1258:
        return QStringLiteral("cp1258");
    case TextEncoding::Tcvn3:
        return QStringLiteral("tcvn3");
    case TextEncoding::Vni:
        return QStringLiteral("vni");
    case TextEncoding::Cp1252:
        return QStringLiteral("cp1252");
    }
    return QStringLiteral("utf8");
}

std::optional<TextEncoding> textEncodingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (TextEncoding e : allTextEncodings()) {
        if (k == textEncodingKey(e))
            return e;
    }
    if (k == QLatin1String("utf-8") || k == QLatin1String("unicode"))
        return TextEncoding::Unicode;
    if (k == QLatin1String("tcvn") || k == QLatin1String("abc") || k == QLatin1String("tcvn5712"))
        return TextEncoding::Tcvn3;
    if (k == QLatin1String("windows-1258"))
        return TextEncoding::Cp1258;
    if (k == QLatin1String("windows-1252"))
        return TextEncoding::Cp1252;
    return std::nullopt;
}

QString textEncodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Unicode:
        return QCoreApplication::translate("TextEncoding", "Unicode (UTF-8)");
    case TextEncoding::Cp1258:
        return QCoreApplication::translate("TextEncoding", "Windows-1258 (Vietnamese Windows)");
    case TextEncoding::Tcvn3:
        return QCoreApplication::translate("TextEncoding", "TCVN3 (ABC, .VnTime)");
    case TextEncoding::Vni:
        return QCoreApplication::translate("TextEncoding", "VNI-Windows (VNI-Times)");
    case TextEncoding::Cp1252:
        return QCoreApplication::translate("TextEncoding", "Windows-1252 (Western, not Vietnamese)");
    }
    return {};
}

EncodingGuess detectBytesEncoding(const QByteArray &sample)
{
    return EncodingDetector::detectBytes(sample);
}

EncodingGuess detectFontTextEncoding(const QStringList &cellTexts)
{
    return EncodingDetector::detectFontText(cellTexts);
}

QString decodeBytes(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Unicode:
        if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            // "Unicode Text" from Excel: UTF-16 with a byte order mark.
            const bool little = bytes.startsWith("\xFF\xFE");
            QString out((bytes.size() - 2) / 2, Qt::Uninitialized);
            const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + 2;
            for (qsizetype i = 0; i < out.size(); ++i)
                out[i] = QChar(little ? p[2 * i] | p[2 * i + 1] << 8 : p[2 * i] << 8 | p[2 * i + 1]);
            return nfc(out);
        }
        if (bytes.startsWith("\xEF\xBB\xBF"))
            return nfc(QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3));
        return nfc(QString::fromUtf8(bytes));
    case TextEncoding::Cp1258:
        return nfc(LegacyDecoder::decode(LegacyDecoder::Charset::Cp1258, bytes));
    case TextEncoding::Tcvn3:
        return restoreTcvn3Capitals(nfc(LegacyDecoder::decode(LegacyDecoder::Charset::Tcvn5712, bytes)));
    case TextEncoding::Vni:
        return VniTable::decode(LegacyDecoder::decodeCp1252(bytes.constData(), bytes.size()));
    case TextEncoding::Cp1252:
        return nfc(LegacyDecoder::decodeCp1252(bytes.constData(), bytes.size()));
    }
    return {};
}

QByteArray encodeBytes(const QString &text, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Unicode:
        return nfc(text).toUtf8();
    case TextEncoding::Cp1258:
        return LegacyDecoder::encode(LegacyDecoder::Charset::Cp1258, nfc(text));
    case TextEncoding::Tcvn3:
        return LegacyDecoder::encode(LegacyDecoder::Charset::Tcvn5712, abcCase(text));
    case TextEncoding::Vni:
        return LegacyDecoder::encodeCp1252(VniTable::encode(text));
    case TextEncoding::Cp1252:
        return LegacyDecoder::encodeCp1252(nfc(text));
    }
    return {};
}

QString decodeFontText(const QString &shown, TextEncoding encoding)
{
    if (encoding == TextEncoding::Unicode || encoding == TextEncoding::Cp1252)
        return nfc(shown);
    bool ascii = true;
    for (const QChar c : shown) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return shown; // most cells: numbers, codes, plain words
    QByteArray bytes;
    if (!fontTextBytes(shown, &bytes))
        return nfc(shown);
    if (encoding == TextEncoding::Vni)
        return VniTable::decode(shown);
    return decodeBytes(bytes, encoding);
}

QString encodeFontText(const QString &text, TextEncoding encoding)
{
    if (encoding == TextEncoding::Unicode || encoding == TextEncoding::Cp1252)
        return nfc(text);
    return bytesAsFontText(encodeBytes(text, encoding));
}

} // namespace sht::importing
