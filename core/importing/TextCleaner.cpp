#include "TextCleaner.h"

namespace sht::importing {

namespace {

enum class Kind { Keep, Space, Remove, LineBreak };

Kind kindOf(char16_t c)
{
    if (c >= 0x21 && c < 0x7F)
        return Kind::Keep;
    switch (c) {
    case u' ':
    case u'\t':
    case 0x0B:
    case 0x0C:
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return Kind::Space;
    case u'\n':
    case u'\r':
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return Kind::LineBreak;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return Kind::Remove;
    default:
        break;
    }
    if (c >= 0x2000 && c <= 0x200A)
        return Kind::Space;
    // Other control characters (C0, DEL, C1) never belong in a register cell; a legacy byte that is a letter
    // was decoded to that letter before cleaning.
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return Kind::Remove;
    return Kind::Keep;
}

// True when the text is already clean: the common case costs one read of the text and no allocation.
bool isClean(const QString &text)
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
            if (p[i + 1] == u' ' || p[i + 1] == u'\n' || (i > 0 && p[i - 1] == u'\n'))
                return false;
            continue;
        }
        if (c == u'\n') {
            if (i == 0 || i == n - 1 || p[i + 1] == u'\n')
                return false;
            continue;
        }
        if (kindOf(c) != Kind::Keep)
            return false;
    }
    return true;
}

bool mayNeedComposition(const QString &text)
{
    // Below U+0300 there are no combining marks; every precomposed letter there is NFC on its own. (A
    // string of only such characters is NFC whatever their order.)
    for (const QChar c : text) {
        if (c.unicode() >= 0x0300)
            return true;
    }
    return false;
}

} // namespace

QString nfc(const QString &text)
{
    if (!mayNeedComposition(text))
        return text;
    // Qt checks first whether the text is already NFC (the quick check) and returns it without copying.
    return text.normalized(QString::NormalizationForm_C);
}

QString cleanCellText(const QString &text)
{
    if (isClean(text))
        return nfc(text);
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false, pendingBreak = false;
    for (const QChar ch : text) {
        switch (kindOf(ch.unicode())) {
        case Kind::Remove:
            break;
        case Kind::Space:
            pendingSpace = true;
            break;
        case Kind::LineBreak:
            pendingBreak = true;
            break;
        case Kind::Keep:
            if (!out.isEmpty()) {
                if (pendingBreak)
                    out += u'\n';
                else if (pendingSpace)
                    out += u' ';
            }
            pendingSpace = pendingBreak = false;
            out += ch;
            break;
        }
    }
    return nfc(out);
}

} // namespace sht::importing
