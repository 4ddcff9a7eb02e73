#pragma once

#include "ReadLimits.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace sht::importing {

class XlsxXmlScanner;

// xl/sharedStrings.xml: every distinct text of the workbook, referenced by index from cells (t="s").
// Rich text runs are joined into one text; phonetic runs (<rPh>, furigana) are not part of the text.
class XlsxSharedStrings
{
public:
    // Parses the part; false when it cannot be read (the reason is in the scanner).
    bool read(XlsxXmlScanner &xml, const ReadLimits &limits);

    int size() const { return m_strings.size(); }
    // Empty for an index out of range (a damaged reference reads as an empty cell).
    QString at(int index) const
    {
        return index >= 0 && index < m_strings.size() ? m_strings[index] : QString();
    }
    // A string above ReadLimits::maxCellBytes: kept empty, and the first cell using it is refused by name.
    bool isOversized(int index) const { return m_oversized.contains(index); }

    // "_x000D_" → CR, "_x005F_x000D_" → the literal "_x000D_" (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
    static QString unescape(const QString &text);

private:
    QVector<QString> m_strings;
    QSet<int> m_oversized;
};

} // namespace sht::importing
