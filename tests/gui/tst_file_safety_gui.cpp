// Opening a file in the window when it is not safe to write it as usual: open in another copy of the app
// (the window opens it read-only, says why, and its title says read-only), or left behind by a run that
// stopped in the middle of an action (the window says what happened to that action).
#include "Database.h"
#include "FileDialog.h"
#include "InterruptedOperation.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PersonRepository.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QtTest>

using namespace sht;

namespace {

QAction *action(const QWidget &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

// File > Open, with the file dialog answered by the seam, as a clerk opens a file.
void openThroughMenu(MainWindow &window, const QString &path)
{
    FileDialog::setNextFileName(path);
    action(window, "actionOpen")->trigger();
}

QStringList informationTexts()
{
    QStringList texts;
    for (const MessageBox::Record &record : MessageBox::records())
        if (record.icon == QMessageBox::Information)
            texts << record.title + QStringLiteral(": ") + record.text;
    return texts;
}

} // namespace

class TestFileSafetyGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void lockedFileOpensReadOnlyAndSaysWhy();
    void fileOfThisWindowIsWritable();
    void interruptedOperationIsExplainedOnce();
};

void TestFileSafetyGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SoHocTapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_file_safety_gui"));
    MessageBox::setAutoAnswer(true); // every box is answered and recorded, none waits for a human
    QVERIFY(language::install(qApp, QStringLiteral("en")));
}

void TestFileSafetyGui::init()
{
    QSettings().clear();
    MessageBox::clearRecords();
}

void TestFileSafetyGui::cleanupTestCase()
{
    QSettings().clear();
}

void TestFileSafetyGui::lockedFileOpensReadOnlyAndSaysWhy()
{
    test::TempCommune commune;
    const QString path = commune.demo(80, 21);
    Database otherCopy; // another copy of the app, holding the file for writing
    SHT_VERIFY_OK(otherCopy.open(path));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openThroughMenu(window, path);
    QVERIFY(window.isFileOpen());
    QVERIFY(window.database()->isReadOnly());
    const QStringList shown = informationTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Opened read-only: ")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("open in another copy of Sổ Học Tập")),
             qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("Close the other copy")), qPrintable(shown.first()));
    QCOMPARE(shown.first().section(QStringLiteral(": "), 1), window.database()->readOnlyReason());
    QVERIFY2(window.windowTitle().contains(QFileInfo(path).fileName() + QStringLiteral(" (read-only)")),
             qPrintable(window.windowTitle()));
    // Reading goes on: nothing that writes is offered.
    QVERIFY(!action(window, "actionImport")->isEnabled());
    // SHT_GRAB_DIR=/tmp/x: the notice as the clerk sees it, to look at its wording and wrapping.
    if (const QString dir = qEnvironmentVariable("SHT_GRAB_DIR"); !dir.isEmpty()) {
        QMessageBox box(QMessageBox::Information, QStringLiteral("Opened read-only"),
                        window.database()->readOnlyReason(), QMessageBox::Ok, &window);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QVERIFY(box.grab().save(dir + QStringLiteral("/read-only-notice.png")));
        QVERIFY(window.grab().save(dir + QStringLiteral("/read-only-window.png")));
    }

    // The other copy closes; opening the file again (after another one) makes it writable.
    otherCopy.close();
    test::TempCommune second;
    const QString elsewhere = second.demo(40, 22);
    openThroughMenu(window, elsewhere);
    MessageBox::clearRecords();
    openThroughMenu(window, path);
    QVERIFY(!window.database()->isReadOnly());
    QVERIFY(informationTexts().isEmpty());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("read-only")));
}

// The window's own file: a second Database in the same process is what a second window would be; the
// window's is the one that writes.
void TestFileSafetyGui::fileOfThisWindowIsWritable()
{
    test::TempCommune commune;
    const QString path = commune.demo(60, 23);
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(!window.database()->isReadOnly());
    QVERIFY(informationTexts().isEmpty());
    Database another;
    SHT_VERIFY_OK(another.open(path));
    QVERIFY(another.isReadOnly());
    QVERIFY2(another.readOnlyReason().contains(QStringLiteral("another window of this program")),
             qPrintable(another.readOnlyReason()));
}

// A run killed in the middle of an import leaves its marker (OperationMarker, engineer B's format) beside
// the file: the next open says what happened to that import, once.
void TestFileSafetyGui::interruptedOperationIsExplainedOnce()
{
    test::TempCommune commune;
    const QString path = commune.demo(60, 24);
    const QString marker = OperationMarker::markerPath(QFileInfo(path).absoluteFilePath());
    const QString kept = path + QStringLiteral(".kept");
    {
        Database db;
        SHT_VERIFY_OK(db.open(path));
        {
            // The marker as a killed run leaves it: written, and never removed by its owner.
            const OperationMarker running(db, QStringLiteral("the import of thon_1.xlsx"));
            QVERIFY(QFile::exists(marker));
            QVERIFY(QFile::copy(marker, kept));
        }
        QVERIFY(!QFile::exists(marker));
    }
    QVERIFY(QFile::rename(kept, marker));

    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(!window.database()->isReadOnly());
    const QStringList shown = informationTexts();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("The last action was interrupted: ")),
             qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("The import of thon_1.xlsx")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QStringLiteral("nothing was changed")), qPrintable(shown.first()));
    QVERIFY(!QFile::exists(marker)); // explained once: taken away

    // Opened again: nothing more to say.
    test::TempCommune other;
    QVERIFY(window.openFile(other.demo(40, 25)));
    MessageBox::clearRecords();
    QVERIFY(window.openFile(path));
    QVERIFY(informationTexts().isEmpty());
}

QTEST_MAIN(TestFileSafetyGui)
#include "tst_file_safety_gui.moc"
