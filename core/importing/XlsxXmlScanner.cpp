#include "XlsxXmlScanner.h"

#include <QIODevice>

#include <cstring>

namespace sht::importing {

namespace {

constexpr qsizetype chunkSize = 256 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView localName(QByteArrayView qualified)
{
    const qsizetype colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

void appendUtf8(QByteArray *out, uint code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xC0 | (code >> 6))).append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(char(0xE0 | (code >> 12))).append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    } else {
        out->append(char(0xF0 | (code >> 18))).append(char(0x80 | ((code >> 12) & 0x3F)));
        out->append(char(0x80 | ((code >> 6) & 0x3F))).append(char(0x80 | (code & 0x3F)));
    }
}

} // namespace

XlsxXmlScanner::XlsxXmlScanner(QIODevice *device)
    : m_device(device)
{}

XlsxXmlScanner::XlsxXmlScanner(const QByteArray &bytes)
    : m_buffer(bytes)
    , m_eof(true)
{}

int XlsxXmlScanner::toInt(QByteArrayView digits, bool *ok)
{
    qint64 value = 0;
    qsizetype i = 0;
    while (i < digits.size() && isSpace(digits[i]))
        ++i;
    const qsizetype first = i;
    for (; i < digits.size() && digits[i] >= '0' && digits[i] <= '9' && i - first < 10; ++i)
        value = value * 10 + (digits[i] - '0');
    while (i < digits.size() && isSpace(digits[i]))
        ++i;
    *ok = i == digits.size() && i > first && value <= 0x7FFFFFFF;
    return *ok ? int(value) : 0;
}

void XlsxXmlScanner::appendDecoded(QByteArray *out, QByteArrayView raw)
{
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype amp = raw.indexOf('&', i);
        if (amp < 0) {
            out->append(raw.sliced(i));
            return;
        }
        out->append(raw.sliced(i, amp - i));
        const qsizetype semi = raw.indexOf(';', amp);
        if (semi < 0 || semi - amp > 12) {
            out->append('&');
            i = amp + 1;
            continue;
        }
        const QByteArrayView entity = raw.sliced(amp + 1, semi - amp - 1);
        if (entity == "amp")
            out->append('&');
        else if (entity == "lt")
            out->append('<');
        else if (entity == "gt")
            out->append('>');
        else if (entity == "quot")
            out->append('"');
        else if (entity == "apos")
            out->append('\'');
        else if (entity.size() > 1 && entity[0] == '#') {
            bool ok = false;
            const uint code = entity[1] == 'x' || entity[1] == 'X'
                                  ? QByteArray(entity.sliced(2).data(), entity.size() - 2).toUInt(&ok, 16)
                                  : QByteArray(entity.sliced(1).data(), entity.size() - 1).toUInt(&ok, 10);
            if (ok)
                appendUtf8(out, code);
            else
                out->append(raw.sliced(amp, semi - amp + 1));
        } else {
            out->append(raw.sliced(amp, semi - amp + 1)); // unknown entity: kept as written, never expanded
        }
        i = semi + 1;
    }
}

bool XlsxXmlScanner::fill(qsizetype *start)
{
    if (m_eof)
        return false;
    if (*start > 0) {
        m_buffer.remove(0, *start);
        m_pos -= *start;
        *start = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunkSize);
    const qint64 n = m_device->read(m_buffer.data() + old, chunkSize);
    if (n <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        if (n < 0)
            m_error = QStringLiteral("read error");
        return false;
    }
    m_buffer.resize(old + qsizetype(n));
    return true;
}

qsizetype XlsxXmlScanner::find(qsizetype *start, qsizetype from, char c)
{
    for (;;) {
        const char *base = m_buffer.constData();
        const void *hit =
            from < m_buffer.size() ? memchr(base + from, c, size_t(m_buffer.size() - from)) : nullptr;
        if (hit)
            return static_cast<const char *>(hit) - base;
        const qsizetype before = *start;
        from = m_buffer.size();
        if (!fill(start))
            return -1;
        from -= before - *start;
    }
}

qsizetype XlsxXmlScanner::findSequence(qsizetype *start, qsizetype from, QByteArrayView sequence)
{
    for (;;) {
        const qsizetype hit = QByteArrayView(m_buffer).indexOf(sequence, from);
        if (hit >= 0)
            return hit;
        const qsizetype before = *start;
        from = qMax(*start, m_buffer.size() - sequence.size() + 1);
        if (!fill(start))
            return -1;
        from -= before - *start;
    }
}

void XlsxXmlScanner::parseTag(qsizetype begin, qsizetype end)
{
    // begin: just after '<'; end: the '>'.
    const char *data = m_buffer.constData();
    qsizetype i = begin;
    while (i < end && !isSpace(data[i]) && data[i] != '/')
        ++i;
    m_name = localName(QByteArrayView(data + begin, i - begin));
    m_attributes.clear();
    while (i < end) {
        while (i < end && (isSpace(data[i]) || data[i] == '/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < end && data[i] != '=' && !isSpace(data[i]))
            ++i;
        const QByteArrayView attributeName(data + nameStart, i - nameStart);
        while (i < end && (isSpace(data[i]) || data[i] == '='))
            ++i;
        if (i >= end || (data[i] != '"' && data[i] != '\''))
            break;
        const char quote = data[i++];
        const qsizetype valueStart = i;
        while (i < end && data[i] != quote)
            ++i;
        m_attributes.append({localName(attributeName), QByteArrayView(data + valueStart, i - valueStart)});
        ++i;
    }
}

XlsxXmlScanner::Token XlsxXmlScanner::next()
{
    m_cdata = false;
    for (;;) {
        qsizetype start = m_pos;
        if (start >= m_buffer.size() && !fill(&start))
            return m_error.isEmpty() ? Token::End : Token::Error;
        const char *data = m_buffer.constData();
        if (data[start] != '<') {
            const qsizetype lt = find(&start, start, '<');
            const qsizetype end = lt < 0 ? m_buffer.size() : lt;
            if (!m_error.isEmpty())
                return Token::Error;
            m_text = QByteArrayView(m_buffer.constData() + start, end - start);
            m_consumed += end - m_pos;
            m_pos = end;
            return Token::Text;
        }
        // Make sure the few bytes that tell the markup's kind are in the buffer.
        while (m_buffer.size() - start < 9 && fill(&start)) {
        }
        data = m_buffer.constData();
        const QByteArrayView head(data + start, qMin<qsizetype>(9, m_buffer.size() - start));
        if (head.startsWith("<!--")) {
            const qsizetype close = findSequence(&start, start + 4, "-->");
            if (close < 0)
                break;
            m_consumed += close + 3 - m_pos;
            m_pos = close + 3;
            continue;
        }
        if (head.startsWith("<![CDATA[")) {
            const qsizetype close = findSequence(&start, start + 9, "]]>");
            if (close < 0)
                break;
            m_text = QByteArrayView(m_buffer.constData() + start + 9, close - start - 9);
            m_cdata = true;
            m_consumed += close + 3 - m_pos;
            m_pos = close + 3;
            return Token::Text;
        }
        if (head.startsWith("<?") || head.startsWith("<!")) {
            const qsizetype close = find(&start, start + 2, '>');
            if (close < 0)
                break;
            m_consumed += close + 1 - m_pos;
            m_pos = close + 1;
            continue;
        }
        // A tag: find its '>' outside quoted attribute values (which may hold a literal '>').
        qsizetype i = start + 1;
        char quote = 0;
        for (;;) {
            if (i >= m_buffer.size()) {
                const qsizetype before = start;
                if (!fill(&start))
                    break;
                i -= before - start; // the unread bytes moved to the front of the buffer
            }
            data = m_buffer.constData();
            const char c = data[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            ++i;
        }
        if (i >= m_buffer.size())
            break;
        data = m_buffer.constData();
        Token token;
        if (data[start + 1] == '/') {
            token = Token::EndTag;
            qsizetype e = start + 2;
            while (e < i && !isSpace(data[e]))
                ++e;
            m_name = localName(QByteArrayView(data + start + 2, e - start - 2));
            m_attributes.clear();
        } else {
            token = data[i - 1] == '/' ? Token::EmptyTag : Token::StartTag;
            parseTag(start + 1, token == Token::EmptyTag ? i - 1 : i);
        }
        m_consumed += i + 1 - m_pos;
        m_pos = i + 1;
        return token;
    }
    if (m_error.isEmpty())
        m_error = QStringLiteral("the part ends inside a tag");
    return Token::Error;
}

bool XlsxXmlScanner::attribute(QByteArrayView name, QByteArrayView *value) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name == name) {
            *value = a.value;
            return true;
        }
    }
    return false;
}

bool XlsxXmlScanner::readElementText(QByteArrayView element, QByteArray *out)
{
    // The scanner's views move on with every token: a copy, on the stack (this runs for every cell).
    const QVarLengthArray<char, 32> copy(element.begin(), element.end());
    const QByteArrayView name(copy.constData(), copy.size());
    int depth = 1;
    for (;;) {
        switch (next()) {
        case Token::Text:
            if (m_cdata)
                out->append(m_text);
            else
                appendDecoded(out, m_text);
            break;
        case Token::StartTag:
            if (m_name == name)
                ++depth;
            break;
        case Token::EndTag:
            if (m_name == name && --depth == 0)
                return true;
            break;
        case Token::EmptyTag:
            break;
        case Token::End:
            m_error = QStringLiteral("the part ends inside <%1>").arg(QString::fromUtf8(name));
            return false;
        case Token::Error:
            return false;
        }
    }
}

bool XlsxXmlScanner::readRichText(QByteArrayView element, QByteArray *out)
{
    const QVarLengthArray<char, 32> copy(element.begin(), element.end());
    const QByteArrayView name(copy.constData(), copy.size());
    int phonetic = 0;
    for (;;) {
        switch (next()) {
        case Token::StartTag:
            if (m_name == "rPh") {
                ++phonetic;
            } else if (m_name == "t") {
                // A run's text goes straight to the end of out; a phonetic run's is read and dropped.
                QByteArray dropped;
                if (!readElementText("t", phonetic == 0 ? out : &dropped))
                    return false;
            }
            break;
        case Token::EndTag:
            if (m_name == "rPh")
                phonetic = qMax(0, phonetic - 1);
            else if (m_name == name)
                return true;
            break;
        case Token::Text:
        case Token::EmptyTag:
            break;
        case Token::End:
            m_error = QStringLiteral("the part ends inside <%1>").arg(QString::fromUtf8(name));
            return false;
        case Token::Error:
            return false;
        }
    }
}

} // namespace sht::importing
