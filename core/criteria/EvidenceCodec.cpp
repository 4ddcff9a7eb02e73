#include "EvidenceCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sht::criteria::evidence_codec {

namespace {

void appendCodePoint(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Calls sink(code point) for each character of text; an unpaired surrogate becomes '?', as in
// QString::toUtf8.
template <typename Emit>
void forEachCodePoint(QStringView text, Emit sink)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0xD800 || u > 0xDFFF) {
            sink(char32_t(u));
        } else if (u <= 0xDBFF && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
            sink(char32_t(0x10000 + ((u - 0xD800) << 10) + (*p++ - 0xDC00)));
        } else {
            sink(char32_t('?'));
        }
    }
}

} // namespace

void appendUtf8(QByteArray &out, QStringView text)
{
    forEachCodePoint(text, [&out](char32_t c) { appendCodePoint(out, c); });
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    forEachCodePoint(text, [&out](char32_t c) {
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            return;
        case '\\':
            out.append("\\\\", 2);
            return;
        case '\b':
            out.append("\\b", 2);
            return;
        case '\f':
            out.append("\\f", 2);
            return;
        case '\n':
            out.append("\\n", 2);
            return;
        case '\r':
            out.append("\\r", 2);
            return;
        case '\t':
            out.append("\\t", 2);
            return;
        default:
            break;
        }
        if (c < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escaped, 6);
            return;
        }
        appendCodePoint(out, c);
    });
    out.append('"');
}

void encode(const IndicatorOutcome &outcome, QByteArray &out)
{
    out.resize(0); // keeps the buffer's capacity for the next row
    appendEncoded(outcome, out);
}

void appendEncoded(const IndicatorOutcome &outcome, QByteArray &out)
{
    if (outcome.evidence.isEmpty() && outcome.note.isEmpty() && outcome.level == 0)
        return;
    out.append('{');
    bool first = true;
    auto key = [&out, &first](const char *name, int size) {
        if (!first)
            out.append(',');
        first = false;
        out.append(name, size);
    };
    if (!outcome.evidence.isEmpty()) {
        key("\"items\":[", 9);
        bool firstItem = true;
        for (const Evidence &e : outcome.evidence) {
            if (!firstItem)
                out.append(',');
            firstItem = false;
            out.append("{\"t\":", 5);
            appendJsonString(out, e.text);
            if (!e.rowUuid.isEmpty()) {
                out.append(",\"u\":", 5);
                appendJsonString(out, e.rowUuid);
            }
            if (e.againstRule)
                out.append(",\"x\":1", 6);
            out.append('}');
        }
        out.append(']');
    }
    if (outcome.level != 0) {
        key("\"level\":", 8);
        out.append(QByteArray::number(outcome.level));
    }
    if (!outcome.note.isEmpty()) {
        key("\"note\":", 7);
        appendJsonString(out, outcome.note);
    }
    out.append('}');
}

QByteArray encode(const IndicatorOutcome &outcome)
{
    QByteArray out;
    encode(outcome, out);
    return out;
}

void decode(const QString &stored, IndicatorOutcome &outcome)
{
    if (stored.isEmpty())
        return;
    const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
    outcome.level = object.value(QStringLiteral("level")).toInt();
    outcome.note = object.value(QStringLiteral("note")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        outcome.evidence << Evidence{item.value(QStringLiteral("t")).toString(),
                                     item.value(QStringLiteral("u")).toString(),
                                     item.value(QStringLiteral("x")).toInt() != 0};
    }
}

} // namespace sht::criteria::evidence_codec
