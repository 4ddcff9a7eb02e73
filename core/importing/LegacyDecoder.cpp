#include "LegacyDecoder.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace sht::importing {

namespace {

#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
constexpr const char *kUtf16 = "UTF-16LE";
#else
constexpr const char *kUtf16 = "UTF-16BE";
#endif

const iconv_t kInvalid = reinterpret_cast<iconv_t>(-1);

const char *charsetName(LegacyDecoder::Charset charset)
{
    return charset == LegacyDecoder::Charset::Tcvn5712 ? "TCVN5712-1" : "CP1258";
}

// This thread's converters, closed when the thread ends. iconv_t holds state, so it cannot be shared
// between threads.
class Converters
{
public:
    ~Converters()
    {
        for (iconv_t &cd : m_cds) {
            if (cd != kInvalid)
                iconv_close(cd);
        }
    }
    iconv_t get(LegacyDecoder::Charset charset, bool decoding)
    {
        iconv_t &cd = m_cds[int(charset) * 2 + (decoding ? 0 : 1)];
        if (cd == kInvalid) {
            cd = decoding ? iconv_open(kUtf16, charsetName(charset))
                          : iconv_open(charsetName(charset), kUtf16);
            // Debian's glibc always ships both modules (libc6 gconv); a build without them cannot decode
            // legacy files at all, which no message could fix at run time.
            Q_ASSERT(cd != kInvalid);
        }
        // Back to the initial state: a previous call may have stopped in the middle of a character.
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        return cd;
    }

private:
    iconv_t m_cds[4] = {kInvalid, kInvalid, kInvalid, kInvalid};
};

Converters &converters()
{
    thread_local Converters perThread;
    return perThread;
}

// An output buffer iconv writes into, growing when iconv says E2BIG.
class Output
{
public:
    explicit Output(qsizetype initialBytes) { m_buffer.resize(qMax<qsizetype>(initialBytes, 16)); }
    char *&cursor() { return m_cursor; }
    size_t &left() { return m_left; }
    void start()
    {
        m_cursor = m_buffer.data();
        m_left = size_t(m_buffer.size());
    }
    void grow()
    {
        const qsizetype used = m_cursor - m_buffer.data();
        m_buffer.resize(m_buffer.size() * 2);
        m_cursor = m_buffer.data() + used;
        m_left = size_t(m_buffer.size() - used);
    }
    void ensure(size_t bytes)
    {
        while (m_left < bytes)
            grow();
    }
    qsizetype used() const { return m_cursor - m_buffer.constData(); }
    QByteArray &buffer() { return m_buffer; }

private:
    QByteArray m_buffer;
    char *m_cursor = nullptr;
    size_t m_left = 0;
};

// The held-back character: a null-input call writes it and resets the converter.
void flush(iconv_t cd, Output &out)
{
    while (iconv(cd, nullptr, nullptr, &out.cursor(), &out.left()) == size_t(-1) && errno == E2BIG)
        out.grow();
}

// What cp1252 shows for the bytes 0x80..0x9F (undefined ones: the C1 control of that number).
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

QString LegacyDecoder::decodeCp1252(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = uchar(data[i]);
        o[i] = (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

int LegacyDecoder::cp1252Byte(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
        return u;
    for (int i = 0; i < 32; ++i) {
        if (kCp1252High[i] == u)
            return 0x80 + i;
    }
    return -1;
}

QByteArray LegacyDecoder::encodeCp1252(QStringView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int b = cp1252Byte(text.at(i));
        out[i] = b < 0 ? '?' : char(b);
    }
    return out;
}

QString LegacyDecoder::decode(Charset charset, const char *data, qsizetype size)
{
    if (size <= 0)
        return {};
    iconv_t cd = converters().get(charset, true);
    // One byte gives at most one UTF-16 unit (composition only shortens): one pass, no growth in practice.
    Output out(size * 2 + 8);
    out.start();
    char *in = const_cast<char *>(data);
    size_t inLeft = size_t(size);
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &out.cursor(), &out.left()) != size_t(-1))
            continue;
        if (errno == E2BIG) {
            out.grow();
        } else {
            // EILSEQ (a byte the charset does not define; single-byte charsets never give EINVAL, but treat
            // it alike): what is pending comes first, then the replacement character.
            flush(cd, out);
            out.ensure(2);
            const char16_t replacement = 0xFFFD;
            memcpy(out.cursor(), &replacement, 2);
            out.cursor() += 2;
            out.left() -= 2;
            ++in;
            --inLeft;
        }
    }
    flush(cd, out);
    return QString(reinterpret_cast<const QChar *>(out.buffer().constData()), out.used() / 2);
}

QByteArray LegacyDecoder::encode(Charset charset, QStringView text)
{
    if (text.isEmpty())
        return {};
    iconv_t cd = converters().get(charset, false);
    // CP1258 writes a toned letter as two bytes; a UTF-16 unit is two bytes: the input size is enough.
    Output out(text.size() * 2 + 8);
    out.start();
    char *in = reinterpret_cast<char *>(const_cast<QChar *>(text.data()));
    size_t inLeft = size_t(text.size()) * 2;
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &out.cursor(), &out.left()) != size_t(-1))
            continue;
        if (errno == E2BIG) {
            out.grow();
        } else {
            flush(cd, out);
            out.ensure(1);
            *out.cursor()++ = '?';
            --out.left();
            // Skip the whole character: two units for a surrogate pair.
            const bool pair = inLeft >= 4 && QChar::isHighSurrogate(*reinterpret_cast<const char16_t *>(in));
            in += pair ? 4 : 2;
            inLeft -= pair ? 4 : 2;
        }
    }
    flush(cd, out);
    out.buffer().resize(out.used());
    return out.buffer();
}

} // namespace sht::importing
