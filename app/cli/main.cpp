#include "CliCommands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sohoctap-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHT_VERSION));
    QTranslator translator;
    if (QLocale::system().language() == QLocale::Vietnamese &&
        translator.load(QStringLiteral(":/i18n/sohoctap_vi.qm")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return sht::cli::CliCommands(out, err).run(app.arguments().mid(1));
}
