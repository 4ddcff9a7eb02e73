#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace sht::importing {

// The legacy Vietnamese charsets glibc iconv has tables for, wrapped so that callers never see iconv's
// state machine. One converter per thread and direction is opened on first use and kept (opening one loads
// a gconv module: far too slow per cell).
class LegacyDecoder
{
public:
    enum class Charset {
        Tcvn5712, // glibc "TCVN5712-1": TCVN 5712 VN1, a superset of the ABC (VN3) bytes .VnTime fonts use
        Cp1258,   // glibc "CP1258"
    };

    // Bytes → UTF-16 (not yet NFC). Both converters hold the last character back in case a combining tone
    // byte follows, so every call ends with a null-input iconv() that flushes it: without it "hoµ" decodes
    // to "ho". A byte the charset does not define becomes U+FFFD (the pending character is flushed first,
    // so the order is kept).
    static QString decode(Charset charset, const char *data, qsizetype size);
    static QString decode(Charset charset, const QByteArray &bytes)
    {
        return decode(charset, bytes.constData(), bytes.size());
    }

    // UTF-16 → bytes (glibc's CP1258 writes toned letters decomposed, as Windows did). A character the
    // charset cannot hold becomes '?'.
    static QByteArray encode(Charset charset, QStringView text);

    // Windows-1252 (Western), a table of 32 entries (Qt 6 has no legacy codecs without ICU). VNI files are
    // cp1252 bytes; Excel shows legacy-font text as cp1252 characters. Bytes cp1252 leaves undefined
    // (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control characters with that number, as Windows does.
    static QString decodeCp1252(const char *data, qsizetype size);
    static QByteArray encodeCp1252(QStringView text); // a character cp1252 cannot hold becomes '?'
    // The byte cp1252 shows as this character, or -1.
    static int cp1252Byte(QChar c);
};

} // namespace sht::importing
