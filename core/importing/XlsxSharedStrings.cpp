#include "XlsxSharedStrings.h"

#include "XlsxXmlScanner.h"

namespace sht::importing {

namespace {

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// The code of a "_xHHHH_" at i, or -1.
int escapeAt(const QString &text, int i)
{
    if (i + 7 > text.size() || text[i] != QLatin1Char('_') || text[i + 1] != QLatin1Char('x') ||
        text[i + 6] != QLatin1Char('_'))
        return -1;
    int code = 0;
    for (int k = 2; k < 6; ++k) {
        const int h = hexValue(text[i + k]);
        if (h < 0)
            return -1;
        code = code * 16 + h;
    }
    return code;
}

} // namespace

QString XlsxSharedStrings::unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size();) {
        const int code = escapeAt(text, i);
        if (code < 0) {
            out.append(text[i++]);
            continue;
        }
        if (code == 0x5F && escapeAt(text, i + 7) >= 0) {
            out.append(text.mid(i + 7, 7)); // "_x005F_" escapes the underscore of a literal "_xHHHH_"
            i += 14;
            continue;
        }
        out.append(QChar(char16_t(code)));
        i += 7;
    }
    return out;
}

bool XlsxSharedStrings::read(XlsxXmlScanner &xml, const ReadLimits &limits)
{
    using Token = XlsxXmlScanner::Token;
    m_strings.clear();
    m_oversized.clear();
    QByteArray text;
    for (;;) {
        const Token token = xml.next();
        if (token == Token::End)
            return true;
        if (token == Token::Error)
            return false;
        if (token == Token::StartTag && xml.name() == "sst") {
            // The count is a hint only (some writers lie); capped so a crafted one cannot reserve gigabytes.
            bool ok = false;
            const int unique = XlsxXmlScanner::toInt(xml.attribute("uniqueCount"), &ok);
            if (ok)
                m_strings.reserve(qMin(unique, 1 << 20));
        } else if (token == Token::StartTag && xml.name() == "si") {
            text.resize(0); // keeps its capacity: one buffer for every string
            if (!xml.readRichText("si", &text))
                return false;
            // UTF-8 takes 1 to 4 bytes a character: count characters only when the bytes leave a doubt.
            QString string;
            if (text.size() <= limits.maxCellBytes * 4)
                string = unescape(QString::fromUtf8(text));
            if (text.size() > limits.maxCellBytes * 4 || string.size() > limits.maxCellBytes) {
                m_oversized.insert(m_strings.size());
                string.clear();
            }
            m_strings.append(string);
        } else if (token == Token::EmptyTag && xml.name() == "si") {
            m_strings.append(QString());
        }
    }
}

} // namespace sht::importing
