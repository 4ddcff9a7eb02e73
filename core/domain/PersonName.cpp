#include "PersonName.h"

#include "TextNormalizer.h"

#include <QStringList>

namespace sht {

namespace {

QString clean(const QString &raw)
{
    return text::normalizeToneMarkPlacement(text::normalized(raw));
}

// ALL CAPS ("NGUYỄN VĂN AN") and all lower case ("nguyễn văn an") are typing habits, not spellings.
bool needsTitleCase(const QString &text)
{
    bool hasUpper = false, hasLower = false;
    for (QChar c : text) {
        hasUpper = hasUpper || c.isUpper();
        hasLower = hasLower || c.isLower();
    }
    return !(hasUpper && hasLower);
}

} // namespace

PersonName::PersonName(const QString &raw)
{
    QString s = clean(raw);
    if (needsTitleCase(s))
        s = text::titleCase(s);
    QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    m_given = words.takeLast();
    if (words.isEmpty())
        return;
    m_family = words.takeFirst();
    m_middle = words.join(QLatin1Char(' '));
}

PersonName PersonName::fromParts(const QString &family, const QString &middle, const QString &given)
{
    QString f = clean(family), m = clean(middle), g = clean(given);
    if (g.isEmpty())
        return PersonName(QStringList{f, m}.join(QLatin1Char(' ')));
    if (needsTitleCase(f + m + g)) {
        f = text::titleCase(f);
        m = text::titleCase(m);
        g = text::titleCase(g);
    }
    PersonName name;
    name.m_given = g;
    QStringList words = (f + QLatin1Char(' ') + m).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty())
        name.m_family = words.takeFirst();
    name.m_middle = words.join(QLatin1Char(' '));
    return name;
}

QString PersonName::full() const
{
    QStringList parts;
    for (const QString *part : {&m_family, &m_middle, &m_given}) {
        if (!part->isEmpty())
            parts.append(*part);
    }
    return parts.join(QLatin1Char(' '));
}

QString PersonName::searchKey() const
{
    return text::searchKey(full());
}

QString PersonName::sortKey() const
{
    return text::sortKey(m_given) + QLatin1Char(' ') + text::sortKey(m_middle) + QLatin1Char(' ') +
           text::sortKey(m_family);
}

} // namespace sht
