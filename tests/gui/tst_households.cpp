// The Households register in the real window (Registers > Households), the household details dialog and
// Edit > Split village, driven by the keyboard.
#include "AdminUnitRepository.h"
#include "EditCommands.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "HouseholdList.h"
#include "HouseholdListRepository.h"
#include "HouseholdRegisterWidget.h"
#include "HouseholdRepository.h"
#include "HouseholdTableModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NavigationModel.h"
#include "NavigationPane.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace sht;
using sht::test::typeText;
using sht::test::whileModal;

namespace {

struct Window
{
    test::TempCommune commune;
    MainWindow main;
    HouseholdRegisterWidget *households = nullptr;

    explicit Window(int people = 400)
    {
        const QString path = commune.demo(people, 11);
        main.show();
        QVERIFY(QTest::qWaitForWindowActive(&main));
        FileDialog::setNextFileName(path);
        main.findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
        households = main.findChild<HouseholdRegisterWidget *>(QStringLiteral("householdRegister"));
    }
    Database &db() { return *main.database(); }
};

// The codes shown, in order.
QStringList shownCodes(const HouseholdRegisterWidget &w)
{
    QStringList codes;
    for (int row = 0; row < w.model()->rowCount(); ++row)
        codes << w.model()->index(row, HouseholdList::CodeColumn).data().toString();
    return codes;
}

// Opens Registers > Households from the navigation pane by keyboard.
void openRegister(Window &w)
{
    QTest::keyClick(&w.main, Qt::Key_1, Qt::ControlModifier);
    auto *tree = w.main.findChild<NavigationPane *>(QStringLiteral("navigationPane"))->tree();
    auto *model = qobject_cast<NavigationModel *>(tree->model());
    tree->setCurrentIndex(model->registerIndex(NavigationModel::Target::Households));
    QTest::keyClick(tree, Qt::Key_Return);
}

} // namespace

class TestHouseholds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SoHocTapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_households"));
        QVERIFY(language::install(qApp, QStringLiteral("en")));
    }

    void init()
    {
        QSettings().clear();
        MessageBox::setAutoAnswer(true);
        MessageBox::clearRecords();
    }

    void listsAndFiltersEveryHousehold()
    {
        Window w;
        openRegister(w);
        QVERIFY(w.households->isVisible());
        QAbstractItemModelTester tester(w.households->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        HouseholdList all;
        SHT_VERIFY_OK(HouseholdListRepository::load(w.db(), &all));
        QVERIFY(all.size() > 50);
        QCOMPARE(w.households->model()->rowCount(), all.size());
        QCOMPARE(w.households->countLabel()->text(), QStringLiteral("%1 / %1 shown").arg(all.size()));

        // The members column counts current members, as the household editor does.
        const HouseholdList::Entry &first = w.households->model()->entryAt(0);
        QCOMPARE(first.members, int(HouseholdRepository(w.db()).members(first.id).size()));

        // A head's name typed without accents (and in NFD) finds their household.
        const HouseholdList::Entry sample = all.at(all.size() / 2);
        QVERIFY(!sample.headName.isEmpty());
        QTest::keyClick(&w.main, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(w.households->filterEdit()->hasFocus());
        typeText(w.households->filterEdit(), text::searchKey(sample.headName));
        QVERIFY(shownCodes(*w.households).contains(sample.code));
        for (int row = 0; row < w.households->model()->rowCount(); ++row)
            QVERIFY(text::searchKey(w.households->model()->entryAt(row).headName)
                        .contains(text::searchKey(sample.headName)));
        w.households->filterEdit()->clear();
        typeText(w.households->filterEdit(), test::nfd(sample.headName));
        QVERIFY(shownCodes(*w.households).contains(sample.code));

        // A code finds its household; Esc clears; nothing found says 0.
        QTest::keyClick(w.households->filterEdit(), Qt::Key_Escape);
        QCOMPARE(w.households->model()->rowCount(), all.size());
        typeText(w.households->filterEdit(), sample.code);
        QVERIFY(shownCodes(*w.households).contains(sample.code));
        QVERIFY(w.households->model()->rowCount() < all.size());
        QTest::keyClick(w.households->filterEdit(), Qt::Key_Escape);
        typeText(w.households->filterEdit(), QStringLiteral("zzzq"));
        QCOMPARE(w.households->model()->rowCount(), 0);
        QCOMPARE(w.households->countLabel()->text(), QStringLiteral("0 / %1 shown").arg(all.size()));

        // Sorting by members puts the largest household last.
        QTest::keyClick(w.households->filterEdit(), Qt::Key_Escape);
        w.households->table()->sortByColumn(HouseholdList::MembersColumn, Qt::AscendingOrder);
        const int last = w.households->model()->rowCount() - 1;
        QVERIFY(w.households->model()->entryAt(0).members <= w.households->model()->entryAt(last).members);
    }

    void enterOpensTheHousehold()
    {
        Window w;
        openRegister(w);
        QTest::keyClick(&w.main, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(w.households->filterEdit(), Qt::Key_Down);
        QVERIFY(w.households->table()->hasFocus());
        const QString code = w.households->model()->entryAt(0).code;
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            QWidget *modal = QApplication::activeModalWidget();
            opened = modal ? QString::fromLatin1(modal->metaObject()->className()) + QLatin1Char(' ') +
                                 modal->windowTitle()
                           : QStringLiteral("nothing");
            if (modal)
                QTest::keyClick(modal, Qt::Key_Escape);
        });
        QTest::keyClick(w.households->table(), Qt::Key_Return);
        QVERIFY2(opened.startsWith(QStringLiteral("sht::HouseholdDialog")), qPrintable(opened));
        QVERIFY2(opened.contains(code), qPrintable(opened));
    }

    // F2: code and address edited by keyboard, a duplicate code refused beside the field, undo restores.
    void editCodeAndAddress()
    {
        Window w;
        openRegister(w);
        QTest::keyClick(&w.main, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClick(w.households->filterEdit(), Qt::Key_Down);
        const HouseholdList::Entry entry = w.households->model()->entryAt(0);
        const Household before = *HouseholdRepository(w.db()).find(entry.id);
        const auto inVillage = HouseholdRepository(w.db()).inVillage(before.villageId);
        QString otherCode;
        for (const Household &h : inVillage)
            if (h.id != before.id)
                otherCode = h.code;
        QVERIFY(!otherCode.isEmpty());

        QString refusal;
        const auto open = [&] { QTest::keyClick(w.households->table(), Qt::Key_F2); };
        QVERIFY(whileModal<QDialog>(open, [&](QDialog *dialog) {
            auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
            QCOMPARE(dialog->focusWidget(), code); // where the dialog puts the cursor
            code->setFocus(); // offscreen, the dialog's window may not have taken the keyboard yet
            // A code already used in the village: refused, explained, the dialog stays.
            QTest::keyClicks(code, otherCode); // replaces the selected code
            QTest::keyClick(code, Qt::Key_Return);
            refusal = dialog->findChild<QLabel *>(QStringLiteral("codeError"))->text();
            QVERIFY(dialog->isVisible());
            code->selectAll();
            QTest::keyClicks(code, QStringLiteral("99.999"));
            QTest::keyClick(code, Qt::Key_Tab);
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
            QCOMPARE(dialog->focusWidget(), address);
            address->selectAll();
            typeText(address, QStringLiteral("Xóm 9, Thôn Mới"));
            QTest::keyClick(address, Qt::Key_Return);
        }));
        QCOMPARE(refusal,
                 QStringLiteral("Household code %1 is already used in this village.").arg(otherCode));
        const Household after = *HouseholdRepository(w.db()).find(entry.id);
        QCOMPARE(after.code, QStringLiteral("99.999"));
        QCOMPARE(after.address, QStringLiteral("Xóm 9, Thôn Mới"));
        QCOMPARE(after.revision, before.revision + 1);
        QVERIFY(shownCodes(*w.households).contains(QStringLiteral("99.999"))); // the list followed
        QCOMPARE(w.main.undoStack()->undoText(), QStringLiteral("Edit household %1").arg(before.code));

        w.main.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.main));
        QTest::keyClick(&w.main, Qt::Key_Z, Qt::ControlModifier);
        const Household undone = *HouseholdRepository(w.db()).find(entry.id);
        QCOMPARE(undone.code, before.code);
        QCOMPARE(undone.address, before.address);
        QVERIFY(!shownCodes(*w.households).contains(QStringLiteral("99.999")));
    }

    // Del: a household with members is explained and kept; an empty one is deleted after asking.
    void deleteAsksAndExplains()
    {
        Window w;
        openRegister(w);
        Household empty;
        empty.code = QStringLiteral("00.000");
        empty.villageId = AdminUnitRepository(w.db()).villages().first().id;
        SHT_VERIFY_OK(HouseholdRepository(w.db()).insert(empty, QDate(2020, 1, 1)));
        w.households->refresh();

        const HouseholdList::Entry occupied = w.households->model()->entryAt(1);
        QVERIFY(occupied.members > 0);
        w.households->selectHousehold(occupied.id);
        w.households->table()->setFocus();
        QTest::keyClick(w.households->table(), Qt::Key_Delete);
        QCOMPARE(MessageBox::records().size(), 1);
        QVERIFY2(MessageBox::records().first().text.contains(QStringLiteral("still has")),
                 qPrintable(MessageBox::records().first().text));
        QVERIFY(HouseholdRepository(w.db()).find(occupied.id));

        // No: nothing happens. Yes: gone, and Ctrl+Z brings it back.
        MessageBox::clearRecords();
        w.households->selectHousehold(empty.id);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(w.households->table(), Qt::Key_Delete);
        QVERIFY(MessageBox::records().first().text.contains(QStringLiteral("Delete household 00.000")));
        QVERIFY(HouseholdRepository(w.db()).find(empty.id));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(w.households->table(), Qt::Key_Delete);
        QVERIFY(!HouseholdRepository(w.db()).find(empty.id));
        QVERIFY(!shownCodes(*w.households).contains(QStringLiteral("00.000")));
        QTest::keyClick(&w.main, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(HouseholdRepository(w.db()).find(empty.id));
        QVERIFY(shownCodes(*w.households).contains(QStringLiteral("00.000")));
    }

    // On every register page of the real window, in both languages, Alt+letter is never ambiguous: the
    // page's visible controls and the menu bar's titles all differ.
    void mnemonicsDoNotClashOnAnyPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void mnemonicsDoNotClashOnAnyPage()
    {
        QFETCH(QString, language);
        QVERIFY(language::install(qApp, language));
        {
            Window w;
            auto *pane = w.main.findChild<NavigationPane *>(QStringLiteral("navigationPane"));
            QStringList menus;
            for (QAction *menu : w.main.menuBar()->actions())
                menus << menu->text();
            for (const auto target : {NavigationModel::Target::People, NavigationModel::Target::Households,
                                      NavigationModel::Target::Clans, NavigationModel::Target::LocalUnits,
                                      NavigationModel::Target::LearningCentre}) {
                pane->tree()->setCurrentIndex(pane->model()->registerIndex(target));
                QTest::keyClick(pane->tree(), Qt::Key_Return);
                QWidget *page =
                    w.main.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget();
                const QStringList clashes = test::clashingMnemonics(menus + test::mnemonicTexts(page, true));
                QVERIFY2(clashes.isEmpty(), qPrintable(page->objectName() + QStringLiteral(": ") +
                                                       clashes.join(QStringLiteral("; "))));
            }
        }
        QVERIFY(language::install(qApp, QStringLiteral("en")));
    }

    // Edit > Split village: a name, two households found by typing and ticked with Space; Ctrl+Z undoes.
    void splitVillageByKeyboard()
    {
        Window w;
        const AdminUnit village = AdminUnitRepository(w.db()).villages().first();
        const QList<Household> households = HouseholdRepository(w.db()).inVillage(village.id);
        QVERIFY(households.size() > 3);
        const Household first = households.at(0);
        const Household second = households.at(1);

        QString refusal;
        const auto open = [&] {
            w.main.findChild<QAction *>(QStringLiteral("actionSplitVillage"))->trigger();
        };
        QVERIFY(whileModal<QDialog>(open, [&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("villageSplitDialog"));
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("newNameEdit"));
            QCOMPARE(dialog->focusWidget(), name);
            name->setFocus();
            typeText(name, QStringLiteral("Thôn Đông Bắc"));
            refusal = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text(); // nothing ticked yet
            auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("householdList"));
            for (const Household &h : {first, second}) {
                filter->setFocus();
                filter->clear();
                QTest::keyClicks(filter, h.code);
                QTest::keyClick(filter, Qt::Key_Down);
                QCOMPARE(dialog->focusWidget(), list);
                QTest::keyClick(list, Qt::Key_Space);
            }
            QTest::keyClick(dialog, Qt::Key_Return);
        }));
        QCOMPARE(refusal, QStringLiteral("Tick the households that go to the new village."));
        const auto created = AdminUnitRepository(w.db()).findVillageByName(QStringLiteral("Thôn Đông Bắc"));
        QVERIFY(created);
        QCOMPARE(created->splitFromId, village.id);
        QCOMPARE(HouseholdRepository(w.db()).find(first.id)->villageId, created->id);
        QCOMPARE(HouseholdRepository(w.db()).find(second.id)->villageId, created->id);
        QCOMPARE(HouseholdRepository(w.db()).inVillage(village.id).size(), households.size() - 2);

        w.main.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.main));
        QTest::keyClick(&w.main, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!AdminUnitRepository(w.db()).findVillageByName(QStringLiteral("Thôn Đông Bắc")));
        QCOMPARE(HouseholdRepository(w.db()).find(first.id)->villageId, village.id);
    }
};

QTEST_MAIN(TestHouseholds)
#include "tst_households.moc"
