#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

class QIODevice;

namespace sht::importing {

// A pull tokenizer for the two big parts of an .xlsx (worksheets and shared strings), over UTF-8 bytes as
// they are inflated. QXmlStreamReader tokenizes a 100,000-row sheet (38 MB) in ~1.8 s on this machine,
// inflating it takes 85 ms: the import's reading goal (≥ 5× openpyxl) cannot be met with it. These parts
// are machine-written and regular, so a scanner that finds '<' and '>' with memchr, splits attributes and
// decodes the five XML entities and character references does the job at memory speed.
//
// It does not validate: mismatched tags are not an error (the caller follows the elements it knows),
// DOCTYPEs, comments and processing instructions are skipped, and no entity beyond the predefined ones is
// ever expanded (no "billion laughs"). A tag cut off by the end of the part is an error.
class XlsxXmlScanner
{
public:
    enum class Token { StartTag, EndTag, EmptyTag, Text, End, Error };

    explicit XlsxXmlScanner(QIODevice *device);
    explicit XlsxXmlScanner(const QByteArray &bytes);

    Token next();

    // Valid until the next call to next():
    QByteArrayView name() const { return m_name; } // local name, prefix dropped ("x:c" → "c")
    QByteArrayView text() const { return m_text; } // raw text (entities not decoded) of a Text token
    bool textIsCData() const { return m_cdata; }
    // The raw value of the attribute with this local name; false when absent.
    bool attribute(QByteArrayView localName, QByteArrayView *value) const;
    QByteArrayView attribute(QByteArrayView localName) const
    {
        QByteArrayView v;
        return attribute(localName, &v) ? v : QByteArrayView();
    }

    // Appends the character data up to the end tag of `element` (the scanner is just past its start tag),
    // entities decoded; the end tag is consumed. Child elements' text is included.
    bool readElementText(QByteArrayView element, QByteArray *out);
    // The text of an <si> or <is>: <t> and <r><t> runs joined, <rPh> phonetic runs skipped.
    bool readRichText(QByteArrayView element, QByteArray *out);

    QString errorString() const { return m_error; }
    qint64 lineHint() const { return m_consumed; } // bytes consumed so far, for messages

    static void appendDecoded(QByteArray *out, QByteArrayView raw);
    static int toInt(QByteArrayView digits, bool *ok);

private:
    struct Attribute
    {
        QByteArrayView name, value;
    };

    bool fill(qsizetype *start); // reads more; moves the unread bytes (from *start) to the front
    qsizetype find(qsizetype *start, qsizetype from, char c);
    qsizetype findSequence(qsizetype *start, qsizetype from, QByteArrayView sequence);
    void parseTag(qsizetype begin, qsizetype end);

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_consumed = 0;

    QByteArrayView m_name, m_text;
    bool m_cdata = false;
    QVarLengthArray<Attribute, 8> m_attributes;
    QString m_error;
};

} // namespace sht::importing
