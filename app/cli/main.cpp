#include "CliCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Reports paint PDFs with the embedded font, which needs QtGui's font machinery; every other command stays a
// plain console program. Without a display (a server, a script) the offscreen platform is used.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
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
