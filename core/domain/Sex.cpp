#include "Sex.h"

#include "TextNormalizer.h"

#include <QCoreApplication>

namespace sht {

QString sexToStorage(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return QString();
}

Sex sexFromStorage(const QString &stored)
{
    if (stored == u"male")
        return Sex::Male;
    if (stored == u"female")
        return Sex::Female;
    return Sex::Unknown;
}

QString sexLabel(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QCoreApplication::translate("Sex", "Male");
    case Sex::Female:
        return QCoreApplication::translate("Sex", "Female");
    case Sex::Unknown:
        break;
    }
    return QString();
}

QString sexRegisterWord(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("Nam");
    case Sex::Female:
        return QStringLiteral("Nữ");
    case Sex::Unknown:
        break;
    }
    return QString();
}

Sex parseSex(const QString &text)
{
    // Accent-free keys: "Nữ", "Nu", "nừ" and NFD "Nữ" all become "nu"; no Vietnamese sex word collides.
    const QString key = text::searchKey(text).remove(QLatin1Char('.'));
    static const QStringList male = {
        QStringLiteral("nam"),  QStringLiteral("nam gioi"), QStringLiteral("trai"), QStringLiteral("m"),
        QStringLiteral("male"), QStringLiteral("man"),      QStringLiteral("1")};
    static const QStringList female = {
        QStringLiteral("nu"),     QStringLiteral("nu gioi"), QStringLiteral("gai"), QStringLiteral("f"),
        QStringLiteral("female"), QStringLiteral("woman"),   QStringLiteral("2")};
    if (male.contains(key))
        return Sex::Male;
    if (female.contains(key))
        return Sex::Female;
    return Sex::Unknown;
}

} // namespace sht
