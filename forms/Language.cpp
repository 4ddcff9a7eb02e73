#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sht::language {

namespace {
const QString Key = QStringLiteral("ui/language");
} // namespace

QString current()
{
    const QString code = QSettings().value(Key, QStringLiteral("vi")).toString();
    return code == QLatin1String("en") ? code : QStringLiteral("vi");
}

void setCurrent(const QString &code)
{
    QSettings().setValue(Key, code == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi"));
}

bool install(QCoreApplication *app, const QString &code)
{
    if (code == QLatin1String("vi"))
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));

    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/sohoctap_") + code + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace sht::language
