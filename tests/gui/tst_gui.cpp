// The GUI shell, driven like a user would: File > Open through the file-dialog seam, the recent files with
// the keyboard, Ctrl+W; what the window shows is compared with what core says about the file.
#include "CommuneOverviewWidget.h"
#include "Database.h"
#include "FileDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewCommuneDialog.h"
#include "RecentFiles.h"
#include "StartPageWidget.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"
#include "VillageSortProxyModel.h"
#include "VillageTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace sht;

namespace {

const QString AppName = QStringLiteral("Sổ Học Tập");

QAction *action(const QWidget &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

QString labelText(const QWidget &window, const char *name)
{
    auto *label = window.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

bool showsStartPage(const MainWindow &window)
{
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    return stack &&
           stack->currentWidget() == window.findChild<StartPageWidget *>(QStringLiteral("startPage"));
}

// File > Open, with the file dialog answered by the seam.
void openThroughMenu(MainWindow &window, const QString &path)
{
    FileDialog::setNextFileName(path);
    action(window, "actionOpen")->trigger();
}

CommuneSummary summaryOf(const QString &path)
{
    Database db;
    const Status s = db.open(path, Database::Mode::ReadOnly);
    if (!s)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(s.message()));
    CommuneSummary summary;
    const Status read = StatisticsRepository(db).summary(&summary);
    if (!read)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(read.message()));
    return summary;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

CommuneSummary smallSummary()
{
    CommuneSummary s;
    s.communeName = QStringLiteral("Xã Thử");
    s.communeKind = QStringLiteral("commune");
    s.villages = {{1, QStringLiteral("u1"), QStringLiteral("Thôn Đông"), QStringLiteral("village"), 9, 30},
                  {2, QStringLiteral("u2"), QStringLiteral("Thôn Bắc"), QStringLiteral("village"), 100, 350},
                  {3, QStringLiteral("u3"), QStringLiteral("Tổ dân phố 1"),
                   QStringLiteral("residential_group"), 10, 41}};
    s.households = 119;
    s.people = 421;
    return s;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void villageModelIsSound();
    void villageSortIsNumericAndKeepsTotalsLast_data();
    void villageSortIsNumericAndKeepsTotalsLast();
    void startPageWhenNothingIsOpen();
    void openShowsWhatCoreSays();
    void damagedFileIsRefusedAndUntouched();
    void newerVersionFileIsRefusedAndUntouched();
    void recentFilesAndKeyboard();
    void missingRecentFileIsRemovedWithAMessage();
    void newCommuneThroughTheDialog();
    void newCommuneNeverReplacesAFile();
    void newCommuneDialogComposesTheName_data();
    void newCommuneDialogComposesTheName();
    void languageChoiceIsRemembered();
    void lastFileIsReopenedWhenItStillExists();
    void geometryIsRemembered();
    void readOnlyFileSaysSoInTheTitle();
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SoHocTapTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui"));
    // No box may ever wait for a human here: each one is answered and recorded.
    MessageBox::setAutoAnswer(true);
    // The texts below are checked in English, as an English user sees them (plural forms included).
    QVERIFY(language::install(qApp, QStringLiteral("en")));
}

void TestGui::init()
{
    QSettings().clear();
    MessageBox::clearRecords();
}

void TestGui::cleanupTestCase()
{
    QSettings().clear();
}

void TestGui::villageModelIsSound()
{
    VillageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    VillageSortProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 0);
    model.setSummary(smallSummary());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(VillageTableModel::ColumnCount));
    QCOMPARE(model.index(0, VillageTableModel::NameColumn).data().toString(), QStringLiteral("Thôn Đông"));
    QCOMPARE(model.index(2, VillageTableModel::KindColumn).data().toString(),
             QStringLiteral("Residential group"));
    QCOMPARE(model.index(1, VillageTableModel::PeopleColumn).data(VillageTableModel::SortRole).toInt(), 350);
    QCOMPARE(
        model.index(1, VillageTableModel::NameColumn).data(VillageTableModel::VillageIdRole).toLongLong(), 2);

    const int total = 3;
    QVERIFY(model.isTotalRow(total));
    QVERIFY(model.index(total, 0).data(VillageTableModel::IsTotalRole).toBool());
    QCOMPARE(model.index(total, VillageTableModel::NameColumn).data().toString(), QStringLiteral("Total"));
    QCOMPARE(
        model.index(total, VillageTableModel::HouseholdsColumn).data(VillageTableModel::SortRole).toInt(),
        119);
    QCOMPARE(model.index(total, VillageTableModel::PeopleColumn).data(VillageTableModel::SortRole).toInt(),
             421);
    QVERIFY(qvariant_cast<QFont>(model.index(total, 0).data(Qt::FontRole)).bold());
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());

    const auto alignment = [&](int column) {
        return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt()) &
               Qt::AlignHorizontal_Mask;
    };
    QCOMPARE(alignment(VillageTableModel::HouseholdsColumn), Qt::AlignRight);
    QCOMPARE(alignment(VillageTableModel::PeopleColumn), Qt::AlignRight);
    QCOMPARE(alignment(VillageTableModel::NameColumn), Qt::AlignLeft);

    proxy.sort(VillageTableModel::PeopleColumn, Qt::DescendingOrder);
    model.setSummary(CommuneSummary()); // a commune without villages: only the totals row
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGui::villageSortIsNumericAndKeepsTotalsLast_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("households ascending")
        << int(VillageTableModel::HouseholdsColumn) << Qt::AscendingOrder
        << QStringList{QStringLiteral("Thôn Đông"), QStringLiteral("Tổ dân phố 1"),
                       QStringLiteral("Thôn Bắc")};
    QTest::addRow("households descending")
        << int(VillageTableModel::HouseholdsColumn) << Qt::DescendingOrder
        << QStringList{QStringLiteral("Thôn Bắc"), QStringLiteral("Tổ dân phố 1"),
                       QStringLiteral("Thôn Đông")};
    QTest::addRow("people descending")
        << int(VillageTableModel::PeopleColumn) << Qt::DescendingOrder
        << QStringList{QStringLiteral("Thôn Bắc"), QStringLiteral("Tổ dân phố 1"),
                       QStringLiteral("Thôn Đông")};
    QTest::addRow("name ascending") << int(VillageTableModel::NameColumn) << Qt::AscendingOrder
                                    << QStringList{QStringLiteral("Thôn Bắc"), QStringLiteral("Thôn Đông"),
                                                   QStringLiteral("Tổ dân phố 1")};
    QTest::addRow("name descending") << int(VillageTableModel::NameColumn) << Qt::DescendingOrder
                                     << QStringList{QStringLiteral("Tổ dân phố 1"),
                                                    QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Bắc")};
    QTest::addRow("unsorted keeps core's order")
        << -1 << Qt::AscendingOrder
        << QStringList{QStringLiteral("Thôn Đông"), QStringLiteral("Thôn Bắc"),
                       QStringLiteral("Tổ dân phố 1")};
}

void TestGui::villageSortIsNumericAndKeepsTotalsLast()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);

    VillageTableModel model;
    model.setSummary(smallSummary());
    VillageSortProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(column, order);

    QStringList names;
    for (int row = 0; row < proxy.rowCount() - 1; ++row)
        names << proxy.index(row, VillageTableModel::NameColumn).data().toString();
    QCOMPARE(names, expected);
    QVERIFY(proxy.index(proxy.rowCount() - 1, 0).data(VillageTableModel::IsTotalRole).toBool());
}

void TestGui::startPageWhenNothingIsOpen()
{
    MainWindow window;
    QVERIFY(!window.isFileOpen());
    QVERIFY(showsStartPage(window));
    QCOMPARE(window.windowTitle(), AppName);
    QCOMPARE(labelText(window, "statusPathLabel"), QString());
    QCOMPARE(labelText(window, "statusCountsLabel"), QString());
    QVERIFY(!action(window, "actionClose")->isEnabled());
    QCOMPARE(action(window, "actionNew")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(action(window, "actionOpen")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(action(window, "actionClose")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_W));
    QCOMPARE(action(window, "actionQuit")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(recent);
    QCOMPARE(recent->count(), 0);
    // Cancelling the file dialog changes nothing.
    openThroughMenu(window, QString());
    QVERIFY(!window.isFileOpen());
    QVERIFY(MessageBox::records().isEmpty());
}

void TestGui::openShowsWhatCoreSays()
{
    test::TempCommune commune;
    const QString path = commune.demo(400, 7);
    const CommuneSummary expected = summaryOf(path);
    QVERIFY(expected.villages.size() > 1);
    QVERIFY(expected.people > 0);

    MainWindow window;
    openThroughMenu(window, path);
    QVERIFY2(MessageBox::records().isEmpty(),
             qPrintable(MessageBox::records().value(0).text)); // a fresh demo file needs no upgrade
    QVERIFY(window.isFileOpen());
    QVERIFY(!showsStartPage(window));
    QVERIFY(action(window, "actionClose")->isEnabled());

    auto *heading = window.findChild<QLabel *>(QStringLiteral("communeNameLabel"));
    QVERIFY(heading);
    QCOMPARE(heading->text(), expected.communeName);

    auto *table = window.findChild<QTableView *>(QStringLiteral("villageTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    auto *villageModel = window.findChild<CommuneOverviewWidget *>()->model();
    QAbstractItemModelTester tester(villageModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), expected.villages.size() + 1);
    const QLocale locale;
    int households = 0;
    int people = 0;
    for (int row = 0; row < expected.villages.size(); ++row) {
        const VillageSummary &village = expected.villages.at(row);
        QCOMPARE(model->index(row, VillageTableModel::NameColumn).data().toString(), village.name);
        QCOMPARE(model->index(row, VillageTableModel::KindColumn).data().toString(),
                 VillageTableModel::kindText(village.kind));
        QCOMPARE(
            model->index(row, VillageTableModel::HouseholdsColumn).data(VillageTableModel::SortRole).toInt(),
            village.households);
        QCOMPARE(model->index(row, VillageTableModel::PeopleColumn).data(VillageTableModel::SortRole).toInt(),
                 village.people);
        QCOMPARE(model->index(row, VillageTableModel::PeopleColumn).data().toString(),
                 locale.toString(village.people));
        households += village.households;
        people += village.people;
    }
    const int totalRow = model->rowCount() - 1;
    QCOMPARE(model->index(totalRow, VillageTableModel::NameColumn).data().toString(),
             QStringLiteral("Total"));
    QCOMPARE(
        model->index(totalRow, VillageTableModel::HouseholdsColumn).data(VillageTableModel::SortRole).toInt(),
        expected.households);
    QCOMPARE(
        model->index(totalRow, VillageTableModel::PeopleColumn).data(VillageTableModel::SortRole).toInt(),
        expected.people);
    QCOMPARE(households, expected.households);
    QCOMPARE(people, expected.people);
    QVERIFY(qvariant_cast<QFont>(model->index(totalRow, 0).data(Qt::FontRole)).bold());

    // Sorting by people in the view keeps the totals row at the bottom.
    table->sortByColumn(VillageTableModel::PeopleColumn, Qt::DescendingOrder);
    QVERIFY(model->index(totalRow, 0).data(VillageTableModel::IsTotalRole).toBool());
    for (int row = 1; row < totalRow; ++row)
        QVERIFY(model->index(row - 1, VillageTableModel::PeopleColumn)
                    .data(VillageTableModel::SortRole)
                    .toInt() >=
                model->index(row, VillageTableModel::PeopleColumn).data(VillageTableModel::SortRole).toInt());

    const QString fileName = QFileInfo(path).fileName();
    QCOMPARE(window.windowTitle(),
             expected.communeName + QStringLiteral(" — ") + fileName + QStringLiteral(" — ") + AppName);
    QCOMPARE(labelText(window, "statusPathLabel"), QDir::toNativeSeparators(path));
    QCOMPARE(labelText(window, "statusCountsLabel"),
             QStringLiteral("%1 villages · %2 households · %3 people")
                 .arg(locale.toString(expected.villages.size()), locale.toString(expected.households),
                      locale.toString(expected.people)));
    QVERIFY(labelText(window, "factsLabel")
                .contains(QStringLiteral("%1 clans").arg(locale.toString(expected.clans))));

    QCOMPARE(RecentFiles().files().value(0), QFileInfo(path).absoluteFilePath());
}

void TestGui::newerVersionFileIsRefusedAndUntouched()
{
    QTemporaryDir folder;
    const QString newer = folder.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        SHT_VERIFY_OK(db.create(newer));
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version = 7"));
    }
    const QByteArray hash = test::fileHash(newer);
    const QStringList filesBefore = filesIn(folder.path());
    MainWindow window;
    MessageBox::clearRecords();
    openThroughMenu(window, newer);
    const QList<MessageBox::Record> records = MessageBox::records();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().icon, QMessageBox::Warning);
    QVERIFY2(records.first().text.contains(QStringLiteral("newer version")),
             qPrintable(records.first().text));
    QVERIFY(showsStartPage(window));
    QCOMPARE(test::fileHash(newer), hash);
    QCOMPARE(filesIn(folder.path()), filesBefore);
}

void TestGui::damagedFileIsRefusedAndUntouched()
{
    test::TempCommune commune;
    const QString good = commune.demo(120, 3);
    QTemporaryDir folder; // its own folder: the good file, open in WAL mode, has companions
    const QString damaged = folder.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919 + 13) % 251));
        file.write(garbage);
    }
    const QByteArray hash = test::fileHash(damaged);
    const QStringList filesBefore = filesIn(QFileInfo(damaged).absolutePath());

    MainWindow window;
    openThroughMenu(window, good);
    QVERIFY(window.isFileOpen());
    const QString titleBefore = window.windowTitle();
    MessageBox::clearRecords();

    openThroughMenu(window, damaged);
    const QList<MessageBox::Record> records = MessageBox::records();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().icon, QMessageBox::Warning);
    QVERIFY2(!records.first().text.isEmpty(), "the warning must carry core's message");
    QCOMPARE(test::fileHash(damaged), hash);
    QCOMPARE(filesIn(QFileInfo(damaged).absolutePath()), filesBefore);

    // What was open stays open; the damaged file does not become a recent file.
    QVERIFY(window.isFileOpen());
    QCOMPARE(window.windowTitle(), titleBefore);
    QVERIFY(!RecentFiles().files().contains(QFileInfo(damaged).absoluteFilePath()));

    // With nothing open, the start page stays.
    action(window, "actionClose")->trigger();
    openThroughMenu(window, damaged);
    QVERIFY(showsStartPage(window));
    QCOMPARE(window.windowTitle(), AppName);
    QCOMPARE(test::fileHash(damaged), hash);
}

void TestGui::recentFilesAndKeyboard()
{
    test::TempCommune commune;
    const QString first = commune.demo(80, 1);
    const QString second = commune.demo(90, 2);

    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    openThroughMenu(window, first);
    openThroughMenu(window, second);
    QCOMPARE(RecentFiles().files(),
             (QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));

    auto *recentMenu = window.findChild<QMenu *>(QStringLiteral("menuRecentFiles"));
    QVERIFY(recentMenu);
    QVERIFY(recentMenu->isEnabled());
    QCOMPARE(recentMenu->actions().value(0)->text(), QStringLiteral("&1 ") + QFileInfo(second).fileName());
    QCOMPARE(recentMenu->actions().value(1)->text(), QStringLiteral("&2 ") + QFileInfo(first).fileName());

    // Ctrl+W closes the file and shows the start page.
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!window.isFileOpen());
    QVERIFY(showsStartPage(window));
    QCOMPARE(window.windowTitle(), AppName);

    // On the start page: arrow down to the second recent file, Enter opens it.
    auto *list = window.findChild<QListWidget *>(QStringLiteral("recentList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->isVisible());
    list->setFocus();
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(window.isFileOpen());
    QCOMPARE(window.database()->path(), QFileInfo(first).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(QFileInfo(first).fileName()));
    QCOMPARE(RecentFiles().files().value(0), QFileInfo(first).absoluteFilePath());

    // Clear list empties the menu and the start page.
    action(window, "actionClearRecent")->trigger();
    QVERIFY(RecentFiles().files().isEmpty());
    QVERIFY(!recentMenu->isEnabled());
    QCOMPARE(list->count(), 0);
}

void TestGui::missingRecentFileIsRemovedWithAMessage()
{
    test::TempCommune commune;
    const QString existing = commune.demo(60, 5);
    const QString missing = commune.path(QStringLiteral("moved-away.sqlite"));
    RecentFiles recent;
    recent.add(existing);
    recent.add(missing);

    MainWindow window;
    auto *list = window.findChild<QListWidget *>(QStringLiteral("recentList"));
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Enter);

    QVERIFY(!window.isFileOpen());
    QCOMPARE(MessageBox::records().size(), 1);
    QVERIFY(MessageBox::records().first().text.contains(QDir::toNativeSeparators(missing)));
    QCOMPARE(recent.files(), QStringList{QFileInfo(existing).absoluteFilePath()});
    QCOMPARE(list->count(), 1);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestGui::newCommuneThroughTheDialog()
{
    test::TempCommune commune;
    const QString path = commune.path(QStringLiteral("phuong-moi.sqlite"));
    MainWindow window;

    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewCommuneDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setKind(AdminUnit::Kind::Ward);
        dialog->setCommuneName(QStringLiteral("Đông Thành"));
        dialog->setFilePath(path);
        answered = true;
        dialog->accept();
    });
    action(window, "actionNew")->trigger();
    QVERIFY(answered);
    QVERIFY2(MessageBox::records().isEmpty(), qPrintable(MessageBox::records().value(0).text));
    QVERIFY(window.isFileOpen());
    QCOMPARE(window.windowTitle(), QStringLiteral("Phường Đông Thành — phuong-moi.sqlite — ") + AppName);
    QCOMPARE(labelText(window, "statusCountsLabel"), QStringLiteral("0 villages · 0 households · 0 people"));
    QCOMPARE(labelText(window, "communeNameLabel"), QStringLiteral("Phường Đông Thành"));

    window.closeFile();
    const CommuneSummary summary = summaryOf(path);
    QCOMPARE(summary.communeName, QStringLiteral("Phường Đông Thành"));
    QCOMPARE(summary.communeKind, QStringLiteral("ward"));
    QCOMPARE(RecentFiles().files().value(0), QFileInfo(path).absoluteFilePath());
}

void TestGui::newCommuneNeverReplacesAFile()
{
    test::TempCommune commune;
    const QString existing = commune.demo(60, 9);
    const QByteArray hash = test::fileHash(existing);
    MainWindow window;
    QVERIFY(!window.createCommuneFile(existing, QStringLiteral("Xã Khác"), AdminUnit::Kind::Commune));
    QCOMPARE(MessageBox::records().size(), 1);
    QCOMPARE(MessageBox::records().first().icon, QMessageBox::Warning);
    QCOMPARE(test::fileHash(existing), hash);
    QVERIFY(!window.isFileOpen());
}

void TestGui::newCommuneDialogComposesTheName_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::addRow("commune") << int(AdminUnit::Kind::Commune) << QStringLiteral("Hòa An")
                             << QStringLiteral("Xã Hòa An");
    QTest::addRow("word typed") << int(AdminUnit::Kind::Commune) << QStringLiteral("xã  Hòa An ")
                                << QStringLiteral("Xã Hòa An");
    QTest::addRow("ward") << int(AdminUnit::Kind::Ward) << QStringLiteral("Đông Thành")
                          << QStringLiteral("Phường Đông Thành");
    QTest::addRow("empty") << int(AdminUnit::Kind::Commune) << QStringLiteral("  ") << QString();
}

void TestGui::newCommuneDialogComposesTheName()
{
    QFETCH(int, kind);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    NewCommuneDialog dialog(folder.path());
    dialog.setKind(AdminUnit::Kind(kind));
    dialog.setCommuneName(typed);
    QCOMPARE(dialog.communeName(), expected);
    QCOMPARE(dialog.kind(), AdminUnit::Kind(kind));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (expected.isEmpty()) {
        QVERIFY(!ok->isEnabled());
        return;
    }
    // The file is proposed from the name until the user chooses one; an existing file is refused.
    QCOMPARE(dialog.filePath(), QDir(folder.path()).filePath(expected + QStringLiteral(".sqlite")));
    QVERIFY(ok->isEnabled());
    QFile taken(dialog.filePath());
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    dialog.setFilePath(taken.fileName());
    QVERIFY(!ok->isEnabled());
}

void TestGui::languageChoiceIsRemembered()
{
    MainWindow window;
    QAction *english = action(window, "actionLanguage_en");
    QAction *vietnamese = action(window, "actionLanguage_vi");
    QVERIFY(vietnamese->isChecked()); // Vietnamese by default
    english->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QVERIFY(english->isChecked());
    QCOMPARE(MessageBox::records().size(), 1); // "applies at the next start"
    QCOMPARE(MessageBox::records().first().icon, QMessageBox::Information);
}

void TestGui::lastFileIsReopenedWhenItStillExists()
{
    test::TempCommune commune;
    const QString path = commune.demo(60, 11);
    RecentFiles().add(path);
    {
        MainWindow window;
        window.reopenLastFile();
        QVERIFY(window.isFileOpen());
        QCOMPARE(window.database()->path(), QFileInfo(path).absoluteFilePath());
    }
    // A last file that has gone away: the start page, silently (the list keeps it until the user picks it).
    RecentFiles().add(commune.path(QStringLiteral("gone.sqlite")));
    MainWindow window;
    window.reopenLastFile();
    QVERIFY(!window.isFileOpen());
    QVERIFY(showsStartPage(window));
    QVERIFY(MessageBox::records().isEmpty());
}

void TestGui::geometryIsRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 600);
        QTRY_COMPARE(window.size(), QSize(900, 600));
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("ui/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("ui/state")));
    MainWindow again;
    QCOMPARE(again.size(), QSize(900, 600));
}

void TestGui::readOnlyFileSaysSoInTheTitle()
{
    test::TempCommune commune;
    const QString path = commune.demo(60, 13);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (QFileInfo(path).isWritable())
        QSKIP("the file stays writable (running as root): cannot make a read-only file here");
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.database()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QFileInfo(path).fileName() + QStringLiteral(" (read-only)")));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
