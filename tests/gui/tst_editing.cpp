// Undo and redo in the real window: Ctrl+Z / Ctrl+Shift+Z and Edit > History act on edits made through
// EditCommands, and every view follows (the overview, the navigation pane, the status bar).
#include "AdminUnitRepository.h"
#include "CommuneOverviewWidget.h"
#include "EditCommands.h"
#include "FileDialog.h"
#include "HouseholdRepository.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PeopleRegisterWidget.h"
#include "PeopleTableModel.h"
#include "PersonRepository.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

using namespace sht;

namespace {

QStringList villagesShown(const MainWindow &window)
{
    const auto *view = window.findChild<QTableView *>(QStringLiteral("villageTable"));
    QStringList names;
    for (int row = 0; row + 1 < view->model()->rowCount(); ++row) // the last row is the total
        names << view->model()->index(row, 0).data().toString();
    names.sort();
    return names;
}

QString statusCounts(const MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("statusCountsLabel"))->text();
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SoHocTapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_editing"));
        MessageBox::setAutoAnswer(true);
        QVERIFY(language::install(qApp, QStringLiteral("en")));
    }

    void init() { QSettings().clear(); }

    void undoAndRedoWithTheKeyboard()
    {
        test::TempCommune commune;
        const QString path = commune.demo(400, 7);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FileDialog::setNextFileName(path);
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        QVERIFY(window.isFileOpen());
        QVERIFY(window.commands());
        QCOMPARE(window.undoStack()->count(), 0);

        const QStringList before = villagesShown(window);
        const QString countsBefore = statusCounts(window);
        const QList<AdminUnit> villages = AdminUnitRepository(*window.database()).villages();
        QVERIFY(villages.size() >= 3);
        const qsizetype householdsBefore =
            HouseholdRepository(*window.database()).inVillage(villages.at(0).id).size();
        QVERIFY(householdsBefore > 0);
        SHT_VERIFY_OK(
            window.commands()->mergeVillages(villages.at(0).id, villages.at(1).id, QDate(2025, 7, 1)));
        QStringList merged = before;
        merged.removeOne(villages.at(0).name);
        QCOMPARE(villagesShown(window), merged);
        QVERIFY(statusCounts(window) != countsBefore); // one village fewer
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionUndo"))->text(),
                 QStringLiteral("&Undo Merge %1 into %2").arg(villages.at(0).name, villages.at(1).name));

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(villagesShown(window), before);
        QCOMPARE(statusCounts(window), countsBefore);
        QCOMPARE(HouseholdRepository(*window.database()).inVillage(villages.at(0).id).size(),
                 householdsBefore);
        QVERIFY(AdminUnitRepository(*window.database()).find(villages.at(0).id)->isCurrent());

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(villagesShown(window), merged);
        QVERIFY(!AdminUnitRepository(*window.database()).find(villages.at(0).id)->isCurrent());

        // Edit > History (Ctrl+H) lists the steps; choosing the first row goes back to the opened file.
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
        QVERIFY(dock->isVisible());
        auto *history = window.findChild<QUndoView *>(QStringLiteral("historyView"));
        QCOMPARE(history->model()->rowCount(), 2);
        history->setCurrentIndex(history->model()->index(0, 0));
        QCOMPARE(villagesShown(window), before);
        QCOMPARE(window.undoStack()->index(), 0);
    }

    // From the People list, Enter opens the household of the person under the cursor.
    void enterOnAPersonOpensTheirHousehold()
    {
        test::TempCommune commune;
        const QString path = commune.demo(300, 5);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FileDialog::setNextFileName(path);
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // the People register, filter focused
        auto *people = window.findChild<PeopleRegisterWidget *>(QStringLiteral("peopleRegister"));
        QVERIFY(people->filterEdit()->hasFocus());
        QTest::keyClick(people->filterEdit(), Qt::Key_Down); // into the list, first row
        QVERIFY(people->table()->hasFocus());
        const qint64 personId = people->model()->personIdAt(people->table()->currentIndex().row());
        const qint64 householdId =
            HouseholdRepository(*window.database()).currentMembership(personId)->householdId;
        const QString code = HouseholdRepository(*window.database()).find(householdId)->code;

        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            QWidget *modal = QApplication::activeModalWidget();
            opened = modal ? QString::fromLatin1(modal->metaObject()->className()) + QLatin1Char(' ') +
                                 modal->windowTitle()
                           : QStringLiteral("nothing");
            if (modal)
                QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::keyClick(people->table(), Qt::Key_Return);
        QVERIFY2(opened.startsWith(QStringLiteral("sht::HouseholdDialog")), qPrintable(opened));
        QVERIFY2(opened.contains(code), qPrintable(opened));
    }

    // Edit > Merge villages…: chosen and confirmed by keyboard, undone with Ctrl+Z.
    void mergeVillagesThroughTheDialog()
    {
        test::TempCommune commune;
        const QString path = commune.demo(400, 7);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FileDialog::setNextFileName(path);
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        const QStringList before = villagesShown(window);
        const QList<AdminUnit> villages = AdminUnitRepository(*window.database()).villages();

        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                seen = QStringLiteral("no dialog");
                return;
            }
            seen = dialog->objectName();
            auto *village = dialog->findChild<QComboBox *>(QStringLiteral("villageCombo"));
            auto *target = dialog->findChild<QComboBox *>(QStringLiteral("targetCombo"));
            auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
            village->setFocus();
            QTest::keyClick(village, Qt::Key_Home); // the first village
            QTest::keyClick(village, Qt::Key_Tab);
            QTest::keyClick(target, Qt::Key_Home); // the same: refused inline
            seen += QLatin1Char('|') + dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            QTest::keyClick(target, Qt::Key_Down); // the second
            date->setDate(QDate(2025, 7, 1));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        window.findChild<QAction *>(QStringLiteral("actionMergeVillages"))->trigger();
        QVERIFY2(seen.startsWith(QStringLiteral("villageMergeDialog|Choose two different villages.")),
                 qPrintable(seen));
        QStringList merged = before;
        merged.removeOne(villages.at(0).name);
        QCOMPARE(villagesShown(window), merged);
        QCOMPARE(AdminUnitRepository(*window.database()).find(villages.at(0).id)->mergedIntoId,
                 villages.at(1).id);
        QCOMPARE(AdminUnitRepository(*window.database()).find(villages.at(0).id)->validTo, QDate(2025, 7, 1));

        window.activateWindow(); // the dialog had the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(villagesShown(window), before);
    }

    void closingTheFileForgetsItsSteps()
    {
        test::TempCommune commune;
        const QString path = commune.demo(300, 5);
        MainWindow window;
        FileDialog::setNextFileName(path);
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        const QList<AdminUnit> villages = AdminUnitRepository(*window.database()).villages();
        SHT_VERIFY_OK(window.commands()->renameVillage(villages.at(0).id, QStringLiteral("Thôn Đông Hòa"),
                                                       QDate(2025, 7, 1)));
        QCOMPARE(window.undoStack()->count(), 1);
        window.findChild<QAction *>(QStringLiteral("actionClose"))->trigger();
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY(!window.commands());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled());
    }

    // An undo that can no longer be done (the record changed since) says so and changes nothing.
    void failedUndoIsExplained()
    {
        test::TempCommune commune;
        const QString path = commune.demo(300, 5);
        MainWindow window;
        FileDialog::setNextFileName(path);
        window.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        const QList<AdminUnit> villages = AdminUnitRepository(*window.database()).villages();
        SHT_VERIFY_OK(window.commands()->renameVillage(villages.at(0).id, QStringLiteral("Thôn Đông Hòa"),
                                                       QDate(2025, 7, 1)));
        // Changed behind the stack's back (as an import would).
        AdminUnit changed = *AdminUnitRepository(*window.database()).find(villages.at(0).id);
        changed.name = QStringLiteral("Thôn Khác");
        SHT_VERIFY_OK(AdminUnitRepository(*window.database()).update(changed));
        MessageBox::clearRecords();
        window.undoStack()->undo();
        QCOMPARE(MessageBox::records().size(), 1);
        QVERIFY2(MessageBox::records().first().text.contains(QStringLiteral("changed since")),
                 qPrintable(MessageBox::records().first().text));
        QCOMPARE(AdminUnitRepository(*window.database()).find(villages.at(0).id)->name,
                 QStringLiteral("Thôn Khác"));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
