// Sổ Học Tập: the desktop application.
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SoHocTap"));
    QApplication::setApplicationName(QStringLiteral("sohoctap"));
    QApplication::setApplicationVersion(QStringLiteral(SHT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sohoctap-128.png")));

    // Vietnamese by default; without the translation file the interface shows its English source strings.
    sht::language::install(&app, sht::language::current());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Sổ Học Tập: the commune's learning-society "
                                                             "records, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The commune file to open (.sqlite)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    sht::MainWindow window;
    window.show();

    const QStringList files = parser.positionalArguments();
    // After the window is up, so that a message about the file has a window to belong to.
    QTimer::singleShot(0, &window, [&window, files] {
        if (files.isEmpty())
            window.reopenLastFile();
        else
            window.openFile(files.constFirst());
    });
    return app.exec();
}
