// Time from start to a ready main window showing a commune file's overview (village counts painted),
// and peak memory. Usage: bench_open_window FILE   (run with QT_QPA_PLATFORM=offscreen or under Xvfb)
#include "MainWindow.h"
#include "MessageBox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SoHocTap-bench")); // keep the user's settings apart
    if (app.arguments().size() < 2) {
        QTextStream(stderr) << "usage: bench_open_window FILE" << Qt::endl;
        return 1;
    }
    sht::MessageBox::setAutoAnswer(true); // a benchmark never waits for a person
    sht::MainWindow window;
    window.resize(1100, 700);
    window.show();
    const qint64 windowShownNs = sinceStart.nsecsElapsed();

    QElapsedTimer opening;
    opening.start();
    if (!window.openFile(app.arguments().at(1)))
        return 2;
    const qint64 openNs = opening.nsecsElapsed();
    window.grab(); // paints every visible widget, as the first frame would
    QApplication::processEvents();
    const qint64 readyNs = sinceStart.nsecsElapsed();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject result{{QStringLiteral("window_shown_ms"), windowShownNs / 1e6},
                             {QStringLiteral("open_file_ms"), openNs / 1e6},
                             {QStringLiteral("start_to_ready_ms"), readyNs / 1e6},
                             {QStringLiteral("peak_rss_mb"), usage.ru_maxrss / 1024.0}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
