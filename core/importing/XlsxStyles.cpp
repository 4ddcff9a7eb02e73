#include "XlsxStyles.h"

#include <QHash>
#include <QXmlStreamReader>

namespace sht::importing {

bool XlsxStyles::isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool XlsxStyles::isDateFormatCode(const QString &formatCode)
{
    bool day = false, month = false, year = false, hour = false, second = false;
    const QString code = formatCode.section(QLatin1Char(';'), 0, 0); // the positive-number section
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char('"')) {
            const int close = code.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                break;
            i = close;
        } else if (c == QLatin1Char('[')) {
            const int close = code.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0)
                break;
            const QString inside = code.mid(i + 1, close - i - 1).toLower();
            // [h], [mm], [ss]: elapsed time, not a date.
            if (inside.startsWith(QLatin1Char('h')))
                hour = true;
            if (inside.startsWith(QLatin1Char('s')))
                second = true;
            i = close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (\), a padding width (_) or a fill (*)
        } else {
            switch (c.toLower().unicode()) {
            case 'd':
                day = true;
                break;
            case 'm':
                month = true;
                break;
            case 'y':
                year = true;
                break;
            case 'h':
                hour = true;
                break;
            case 's':
                second = true;
                break;
            default:
                break;
            }
        }
    }
    return day || year || (month && !hour && !second);
}

bool XlsxStyles::read(QXmlStreamReader &xml)
{
    QHash<int, bool> customDates;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"numFmt") {
            const auto attributes = xml.attributes();
            customDates.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                               isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"xf" && inCellXfs) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            const auto custom = customDates.constFind(id);
            m_dateStyles.append(custom != customDates.cend() ? *custom : isBuiltInDateFormat(id));
            xml.skipCurrentElement();
        }
    }
    return !xml.hasError();
}

} // namespace sht::importing
