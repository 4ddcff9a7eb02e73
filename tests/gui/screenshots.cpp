// Renders the main window at 1100×700 into PNGs for the documentation: the start page (start.png), the
// overview of a demo commune (overview.png), its People register filtered by "nguyen thi h" (people.png), the
// Households register (households.png), the clans (clans.png), the local units (local-units.png) and the
// learning centre's attendance entry with a name being typed (attendance.png).
// Usage: sht_screenshots [OUTPUT_DIR] [--lang vi|en]
#include "AdminUnitService.h"
#include "Database.h"
#include "DemoCommuneGenerator.h"
#include "HouseholdRegisterWidget.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NavigationModel.h"
#include "NavigationPane.h"
#include "PeopleFinder.h"
#include "PeopleRegisterWidget.h"
#include "RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

bool save(QWidget &window, const QString &path)
{
    window.resize(1240, 720); // the learning centre page needs about 1,230 pixels
    QEventLoop settle;        // let layouts and the style settle
    QTimer::singleShot(150, &settle, &QEventLoop::quit);
    settle.exec();
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED to write", qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings and recent files out of it
    QApplication::setOrganizationName(QStringLiteral("SoHocTapScreenshots"));
    QApplication::setApplicationName(QStringLiteral("sht_screenshots"));
    QSettings().clear();
    sht::MessageBox::setAutoAnswer(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language (vi or en)."),
                      QStringLiteral("code"), QStringLiteral("vi")});
    parser.addPositionalArgument(QStringLiteral("OUTPUT_DIR"), QStringLiteral("Where to write the PNGs."));
    parser.process(app);
    const QString language = parser.value(QStringLiteral("lang"));
    if (!sht::language::install(&app, language))
        std::printf("note: no translation :/i18n/sohoctap_%s.qm, the English source strings are shown\n",
                    qPrintable(language));
    const QString outDir = parser.positionalArguments().value(0, QStringLiteral(SHT_SCREENSHOT_DIR));
    QDir().mkpath(outDir);

    QTemporaryDir temp;
    const QDir folder(temp.filePath(QStringLiteral("Tài liệu")));
    folder.mkpath(QStringLiteral("."));
    const QString demoPath = folder.filePath(QStringLiteral("Xã Hòa An.sqlite"));
    sht::DemoOptions options; // the full demo commune: about 6,450 people
    if (const sht::Status s = sht::DemoCommuneGenerator::createFile(demoPath, options); !s) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(s.message()));
        return 1;
    }
    const QString wardPath = folder.filePath(QStringLiteral("Phường Đông Thành.sqlite"));
    {
        sht::Database db;
        sht::AdminUnit ward;
        ward.name = QStringLiteral("Phường Đông Thành");
        ward.kind = sht::AdminUnit::Kind::Ward;
        if (!db.create(wardPath) || !sht::AdminUnitService(db).createCommune(ward)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(wardPath));
            return 1;
        }
    }
    sht::RecentFiles recent;
    recent.add(wardPath);
    recent.add(demoPath);

    sht::MainWindow window;
    window.show();
    bool ok = save(window, QDir(outDir).filePath(QStringLiteral("start.png")));
    if (!window.openFile(demoPath))
        return 1;
    ok = save(window, QDir(outDir).filePath(QStringLiteral("overview.png"))) && ok;
    // Ctrl+F, then typed without accents, as clerks often do.
    if (auto *find = window.findChild<QAction *>(QStringLiteral("actionFindPeople")))
        find->trigger();
    if (auto *people = window.findChild<sht::PeopleRegisterWidget *>(QStringLiteral("peopleRegister")))
        people->filterEdit()->setText(QStringLiteral("nguyen thi h"));
    ok = save(window, QDir(outDir).filePath(QStringLiteral("people.png"))) && ok;

    // The other registers, opened from the navigation pane as a clerk would (arrows, then Enter).
    auto *pane = window.findChild<sht::NavigationPane *>(QStringLiteral("navigationPane"));
    const auto openRegister = [&](sht::NavigationModel::Target target) {
        pane->tree()->setCurrentIndex(pane->model()->registerIndex(target));
        QTest::keyClick(pane->tree(), Qt::Key_Return);
    };
    openRegister(sht::NavigationModel::Target::Households);
    if (auto *households =
            window.findChild<sht::HouseholdRegisterWidget *>(QStringLiteral("householdRegister")))
        households->filterEdit()->setText(QStringLiteral("dong"));
    ok = save(window, QDir(outDir).filePath(QStringLiteral("households.png"))) && ok;
    openRegister(sht::NavigationModel::Target::Clans);
    ok = save(window, QDir(outDir).filePath(QStringLiteral("clans.png"))) && ok;
    openRegister(sht::NavigationModel::Target::LocalUnits);
    ok = save(window, QDir(outDir).filePath(QStringLiteral("local-units.png"))) && ok;
    // Attendance: a few letters of a name typed into the finder, the matches listed under it.
    openRegister(sht::NavigationModel::Target::LearningCentre);
    if (auto *finder = window.findChild<sht::PeopleFinder *>(QStringLiteral("attendanceFinder")))
        finder->findEdit()->setText(QStringLiteral("tran thi"));
    ok = save(window, QDir(outDir).filePath(QStringLiteral("attendance.png"))) && ok;
    window.close();
    QSettings().clear();
    return ok ? 0 : 1;
}
