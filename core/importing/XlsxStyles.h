#pragma once

#include <QString>
#include <QVector>

class QXmlStreamReader;

namespace sht::importing {

// xl/styles.xml, read only for what the import needs: whether a cell style (an index into cellXfs, the
// cell's s attribute) formats numbers as dates. A number is a date only by its format: 1956 in a General
// cell is a number (the layout step decides it is a year), 20210 formatted dd/mm/yyyy is 2 May 1955.
class XlsxStyles
{
public:
    bool read(QXmlStreamReader &xml);

    bool isDateStyle(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles[styleIndex];
    }

    // Built-in ids 14–22 and 45–47 are dates and times in every locale.
    static bool isBuiltInDateFormat(int numFmtId);
    // A custom format is a date when, outside quoted text, brackets ([Red], [$-42A]) and escaped
    // characters, it has d or y, or m without h or s (mm:ss is minutes).
    static bool isDateFormatCode(const QString &formatCode);

private:
    QVector<bool> m_dateStyles;
};

} // namespace sht::importing
