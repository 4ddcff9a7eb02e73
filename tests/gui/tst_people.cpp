// The People register and the navigation pane, driven like a clerk would: typing into the filter box (with
// and without accents, NFD, a CCCD fragment, a household code), Esc, the village in the pane, the keyboard
// routes (Ctrl+1, Ctrl+2, Ctrl+F, arrows, Enter), the former-residents box and header clicks. What the list
// shows is compared with an expectation computed independently from core's register.
#include "Database.h"
#include "GuiTestSupport.h"
#include "HouseholdService.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NavigationModel.h"
#include "NavigationPane.h"
#include "PeopleIndex.h"
#include "PeopleIndexRepository.h"
#include "PeopleRegisterWidget.h"
#include "PeopleTableModel.h"
#include "StatisticsRepository.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace sht;
using sht::test::nfd;
using sht::test::typeText;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    std::unique_ptr<test::TempCommune> commune;
    QString path;
    CommuneSummary summary;
    QString deceasedName;
    QString movedAwayName;
    QString someCitizenId;
    QString someHouseholdCode;
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

// The rule, written again from its description: every typed word (folded like a search key) occurs in the
// folded name, the ID digits or the folded household code of a current resident of core's register.
QStringList expectedRows(const QString &typed, const QString &village = QString())
{
    Database db;
    if (!db.open(fixture().path, Database::Mode::ReadOnly))
        qFatal("cannot open the fixture");
    const QStringList words = text::searchKey(typed).split(u' ', Qt::SkipEmptyParts);
    QStringList rows;
    StatisticsRepository(db).forEachRegisterRow(0, [&](const RegisterRow &row) {
        if (!village.isEmpty() && row.village != village)
            return;
        const QString haystack =
            text::searchKey(row.fullName) + u' ' + row.citizenId + u' ' + text::searchKey(row.householdCode);
        for (const QString &word : words)
            if (!haystack.contains(word))
                return;
        rows << row.fullName + u'|' + row.citizenId + u'|' + row.householdCode;
    });
    rows.sort();
    return rows;
}

QStringList shownRows(const PeopleRegisterWidget &people)
{
    const QAbstractItemModel *model = people.table()->model();
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, PeopleIndex::NameColumn).data().toString() + u'|' +
                    model->index(r, PeopleIndex::CitizenIdColumn).data().toString() + u'|' +
                    model->index(r, PeopleIndex::HouseholdColumn).data().toString();
    rows.sort();
    return rows;
}

// typeText() takes Latin-1 only: each character here is a key whose text is that character, as a
// Vietnamese keyboard (Telex/VNI input method) delivers it, combining marks (NFD) included.
QAction *action(const QWidget &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

QString countText(int shown, int total)
{
    return u"%1 / %2 shown"_s.arg(QLocale().toString(shown), QLocale().toString(total));
}

struct Window
{
    MainWindow main;
    PeopleRegisterWidget *people = nullptr;
    NavigationPane *pane = nullptr;
    QStackedWidget *pages = nullptr;

    bool open()
    {
        main.resize(1100, 700);
        main.show();
        QApplication::setActiveWindow(&main);
        if (!QTest::qWaitForWindowActive(&main))
            return false;
        people = main.findChild<PeopleRegisterWidget *>(u"peopleRegister"_s);
        pane = main.findChild<NavigationPane *>(u"navigationPane"_s);
        pages = main.findChild<QStackedWidget *>(u"pageStack"_s);
        return people && pane && pages && main.openFile(fixture().path);
    }
    bool showsPeople() const { return pages->currentWidget() == people; }
};

} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void peopleModelIsSound();
    void navigationModelIsSound();
    void typingFilters_data();
    void typingFilters();
    void escapeClearsAndNarrowingAgrees();
    void villageInThePaneFiltersByKeyboard();
    void formerResidentsAndTheDeceased();
    void headerClickSorts();
    void keyboardRoutes();
};

void TestPeople::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SoHocTapTest"_s);
    QCoreApplication::setApplicationName(u"test_people"_s);
    MessageBox::setAutoAnswer(true);
    QVERIFY(language::install(qApp, u"en"_s));

    // A demo commune in which one member has died and another has moved away.
    Fixture &f = fixture();
    f.commune = std::make_unique<test::TempCommune>();
    f.path = f.commune->demo(400, 7);
    Database db;
    SHT_VERIFY_OK(db.open(f.path));
    PeopleIndex index;
    SHT_VERIFY_OK(PeopleIndexRepository::load(db, &index));
    std::vector<quint32> members;
    for (quint32 r : index.nameOrder())
        if (index.relation(r) != Relation::Head)
            members.push_back(r);
    QVERIFY(members.size() > 10);
    f.deceasedName = index.fullName(members[3]);
    f.movedAwayName = index.fullName(members[7]);
    SHT_VERIFY_OK(HouseholdService(db).markDeceased(index.personId(members[3]), PartialDate::fromYear(2024)));
    SHT_VERIFY_OK(
        HouseholdService(db).markMovedAway(index.personId(members[7]), PartialDate::fromYear(2025)));
    SHT_VERIFY_OK(StatisticsRepository(db).summary(&f.summary));
    StatisticsRepository(db).forEachRegisterRow(0, [&](const RegisterRow &row) {
        if (f.someCitizenId.isEmpty() && row.citizenId.size() == 12)
            f.someCitizenId = row.citizenId;
        if (f.someHouseholdCode.isEmpty())
            f.someHouseholdCode = row.householdCode;
    });
    QVERIFY(!f.someCitizenId.isEmpty());
    QVERIFY(!f.someHouseholdCode.isEmpty());
}

void TestPeople::init()
{
    QSettings().clear();
    MessageBox::clearRecords();
}

void TestPeople::cleanupTestCase()
{
    QSettings().clear();
    fixture().commune.reset();
}

void TestPeople::peopleModelIsSound()
{
    Database db;
    SHT_VERIFY_OK(db.open(fixture().path, Database::Mode::ReadOnly));
    auto index = std::make_shared<PeopleIndex>();
    SHT_VERIFY_OK(PeopleIndexRepository::load(db, index.get()));

    PeopleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setIndex(index);
    QCOMPARE(model.rowCount(), fixture().summary.people);
    QCOMPARE(model.columnCount(), int(PeopleIndex::ColumnCount));
    QCOMPARE(model.headerData(PeopleIndex::CitizenIdColumn, Qt::Horizontal).toString(), u"ID (CCCD/CMND)"_s);
    for (const QString &text : {u"n"_s, u"ng"_s, u"nguyen"_s, u"nguyen t"_s, u"nguye"_s, u""_s, u"zzz"_s})
        model.setFilterText(text);
    model.setFilterText(u"thi"_s);
    const int withThi = model.rowCount();
    QVERIFY(withThi > 0);
    model.sort(PeopleIndex::BirthDateColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), withThi);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(index->birthDate(model.indexRow(r - 1)) >= index->birthDate(model.indexRow(r)));
    model.setVillage(fixture().summary.villages.first().id);
    model.setIncludeFormer(true);
    model.setFilterText(QString());
    model.sort(-1);
    model.setIndex(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestPeople::navigationModelIsSound()
{
    NavigationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CommuneSummary &summary = fixture().summary;
    model.setSummary(summary);
    QCOMPARE(NavigationModel::targetOf(model.overviewIndex()), NavigationModel::Target::Overview);
    QCOMPARE(NavigationModel::targetOf(model.peopleIndex()), NavigationModel::Target::People);
    QCOMPARE(NavigationModel::targetOf(model.villagesIndex()), NavigationModel::Target::None);
    QVERIFY(!(model.flags(model.villagesIndex()) & Qt::ItemIsSelectable));
    QCOMPARE(model.rowCount(model.villagesIndex()), int(summary.villages.size()));
    for (int i = 0; i < summary.villages.size(); ++i) {
        const VillageSummary &v = summary.villages.at(i);
        const QModelIndex village = model.index(i, NavigationModel::NameColumn, model.villagesIndex());
        QCOMPARE(village.data().toString(), v.name);
        QCOMPARE(NavigationModel::villageIdOf(village), v.id);
        QCOMPARE(village.siblingAtColumn(NavigationModel::HouseholdsColumn).data().toString(),
                 QLocale().toString(v.households));
        QCOMPARE(village.siblingAtColumn(NavigationModel::PeopleColumn).data().toString(),
                 QLocale().toString(v.people));
        QCOMPARE(model.villageIndex(v.id), village);
    }
    QCOMPARE(model.peopleIndex().siblingAtColumn(NavigationModel::PeopleColumn).data().toString(),
             QLocale().toString(summary.people));
    model.setSummary(CommuneSummary());
    QCOMPARE(model.rowCount(model.villagesIndex()), 0);
}

void TestPeople::typingFilters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addRow("without accents") << u"nguyen thi"_s;
    QTest::addRow("with accents") << u"Nguyễn Thị"_s;
    QTest::addRow("NFD") << nfd(u"Nguyễn Thị"_s);
    QTest::addRow("any order, upper case") << u"THI NGUYEN"_s;
    QTest::addRow("given name fragment") << u"hươ"_s;
    QTest::addRow("CCCD fragment") << fixture().someCitizenId.mid(3, 7);
    QTest::addRow("whole CCCD") << fixture().someCitizenId;
    QTest::addRow("household code") << fixture().someHouseholdCode;
    QTest::addRow("household code and a name") << fixture().someHouseholdCode + u" thi"_s;
    QTest::addRow("nobody") << u"qqq"_s;
}

void TestPeople::typingFilters()
{
    QFETCH(QString, typed);
    Window w;
    QVERIFY(w.open());
    QVERIFY(!w.showsPeople());
    QTest::keyClick(&w.main, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w.showsPeople());
    QLineEdit *filter = w.people->filterEdit();
    QCOMPARE(QApplication::focusWidget(), filter);
    const int total = fixture().summary.people;
    QCOMPARE(w.people->countLabel()->text(), countText(total, total));

    typeText(filter, typed);
    QCOMPARE(filter->text(), typed);
    const QStringList expected = expectedRows(typed);
    if (typed != u"qqq"_s)
        QVERIFY2(!expected.isEmpty(), "the case must find someone");
    QCOMPARE(shownRows(*w.people), expected);
    QCOMPARE(w.people->countLabel()->text(), countText(int(expected.size()), total));
}

void TestPeople::escapeClearsAndNarrowingAgrees()
{
    Window w;
    QVERIFY(w.open());
    action(w.main, "actionFindPeople")->trigger();
    QLineEdit *filter = w.people->filterEdit();
    // Typed letter by letter (each key narrows the previous matches), then with a letter taken back.
    const QString text = u"nguyen van h"_s;
    for (int i = 0; i < text.size(); ++i) {
        QTest::keyClick(filter, text.at(i).toLatin1());
        QCOMPARE(shownRows(*w.people), expectedRows(text.left(i + 1)));
    }
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(shownRows(*w.people), expectedRows(u"nguyen van "_s));
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(w.people->table()->model()->rowCount(), fixture().summary.people);
    QCOMPARE(w.people->countLabel()->text(), countText(fixture().summary.people, fixture().summary.people));
}

void TestPeople::villageInThePaneFiltersByKeyboard()
{
    Window w;
    QVERIFY(w.open());
    QTreeView *tree = w.pane->tree();
    const NavigationModel *nav = w.pane->model();
    QTest::keyClick(&w.main, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), tree);
    QCOMPARE(tree->currentIndex(), nav->overviewIndex());

    // Down to the heading, down to the second village, Enter.
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentIndex(), nav->villagesIndex());
    QTest::keyClick(tree, Qt::Key_Down);
    QTest::keyClick(tree, Qt::Key_Down);
    const VillageSummary village = fixture().summary.villages.at(1);
    QCOMPARE(NavigationModel::villageIdOf(tree->currentIndex()), village.id);
    QVERIFY(!w.showsPeople()); // arrows only move
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(w.showsPeople());
    QCOMPARE(w.people->village(), village.id);
    QCOMPARE(QApplication::focusWidget(), w.people->filterEdit());
    QVERIFY(w.people->findChild<QLabel *>(u"headingLabel"_s)->text().contains(village.name));
    QCOMPARE(w.people->table()->model()->rowCount(), village.people);
    QCOMPARE(shownRows(*w.people), expectedRows(QString(), village.name));
    QCOMPARE(w.people->countLabel()->text(), countText(village.people, village.people));

    // The filter works within the village.
    typeText(w.people->filterEdit(), u"thi"_s);
    QCOMPARE(shownRows(*w.people), expectedRows(u"thi"_s, village.name));

    // End goes to the last page (the reports, under Learning titles), one up is the targets; up past the
    // heading is the learning centre, and three more up is People: the whole commune, the filter kept.
    QTest::keyClick(&w.main, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(tree, Qt::Key_End);
    QCOMPARE(tree->currentIndex(), nav->registerIndex(NavigationModel::Target::Reports));
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(tree->currentIndex(), nav->registerIndex(NavigationModel::Target::Targets));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(tree->currentIndex(), nav->registerIndex(NavigationModel::Target::LearningCentre));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(tree->currentIndex(), nav->peopleIndex());
    QTest::keyClick(tree, Qt::Key_Enter);
    QCOMPARE(w.people->village(), 0);
    QCOMPARE(shownRows(*w.people), expectedRows(u"thi"_s));

    // Home, Enter: the overview.
    QTest::keyClick(&w.main, Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(tree, Qt::Key_Home);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(w.pages->currentWidget()->objectName(), u"communeOverview"_s);

    // A click on a village opens it too.
    const QModelIndex first = nav->villageIndex(fixture().summary.villages.first().id);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(first).center());
    QVERIFY(w.showsPeople());
    QCOMPARE(w.people->village(), fixture().summary.villages.first().id);
}

void TestPeople::formerResidentsAndTheDeceased()
{
    Window w;
    QVERIFY(w.open());
    action(w.main, "actionFindPeople")->trigger();
    const int total = fixture().summary.people;
    typeText(w.people->filterEdit(), fixture().deceasedName);
    // Namesakes may live in the commune: the register's rows, not the name, tell.
    QCOMPARE(shownRows(*w.people), expectedRows(fixture().deceasedName));

    QCheckBox *former = w.people->formerCheck();
    former->setFocus();
    QTest::keyClick(former, Qt::Key_Space);
    QVERIFY(former->isChecked());
    QCOMPARE(shownRows(*w.people).size(), expectedRows(fixture().deceasedName).size() + 1);
    const QAbstractItemModel *model = w.people->table()->model();
    bool found = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex name = model->index(r, PeopleIndex::NameColumn);
        if (name.data().toString() != fixture().deceasedName ||
            name.data(PeopleTableModel::IsCurrentResidentRole).toBool())
            continue;
        found = true;
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), u"Deceased"_s);
        QVERIFY(qvariant_cast<QFont>(name.data(Qt::FontRole)).italic());
        QVERIFY(!model->index(r, PeopleIndex::HouseholdColumn).data().toString().isEmpty());
    }
    QVERIFY(found);
    QTest::keyClick(w.people->filterEdit(), Qt::Key_Escape);
    QCOMPARE(w.people->countLabel()->text(), countText(total + 2, total + 2));
    typeText(w.people->filterEdit(), fixture().movedAwayName);
    QCOMPARE(shownRows(*w.people).size(), expectedRows(fixture().movedAwayName).size() + 1);
    QTest::keyClick(former, Qt::Key_Space);
    QCOMPARE(shownRows(*w.people), expectedRows(fixture().movedAwayName));
}

void TestPeople::headerClickSorts()
{
    Window w;
    QVERIFY(w.open());
    action(w.main, "actionFindPeople")->trigger();
    QTableView *table = w.people->table();
    auto *model = w.people->model();
    const PeopleIndex *index = model->peopleIndex();
    // By default: the Vietnamese order (given name, middle, family), the stored sort key.
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(index->sortKey(model->indexRow(r - 1)) <= index->sortKey(model->indexRow(r)));
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(PeopleIndex::NameColumn));

    const auto clickHeader = [&](int column) {
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    table->setCurrentIndex(model->index(5, 0));
    const qint64 current = table->currentIndex().data(PeopleTableModel::PersonIdRole).toLongLong();
    clickHeader(PeopleIndex::BirthDateColumn);
    QCOMPARE(header->sortIndicatorSection(), int(PeopleIndex::BirthDateColumn));
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(index->birthDate(model->indexRow(r - 1)) <= index->birthDate(model->indexRow(r)));
    // The current person stays current.
    QCOMPARE(table->currentIndex().data(PeopleTableModel::PersonIdRole).toLongLong(), current);
    clickHeader(PeopleIndex::BirthDateColumn);
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(index->birthDate(model->indexRow(r - 1)) >= index->birthDate(model->indexRow(r)));

    // Filtering keeps the sort.
    typeText(w.people->filterEdit(), u"van"_s);
    QCOMPARE(shownRows(*w.people), expectedRows(u"van"_s));
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(index->birthDate(model->indexRow(r - 1)) >= index->birthDate(model->indexRow(r)));

    clickHeader(PeopleIndex::VillageColumn);
    const auto villagePosition = [&](int row) {
        const qint64 id = index->villageId(model->indexRow(row));
        return id == 0 ? int(index->villages().size()) : index->villageIndexOf(id);
    };
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(villagePosition(r - 1) <= villagePosition(r));
}

void TestPeople::keyboardRoutes()
{
    Window w;
    QVERIFY(w.open());
    QTreeView *tree = w.pane->tree();
    QTest::keyClick(&w.main, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), tree);
    QTest::keyClick(&w.main, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), w.main.findChild<QWidget *>(u"communeOverview"_s)->focusProxy());

    // Ctrl+F from the overview: the People register of the whole commune, the cursor in the filter box.
    QTest::keyClick(&w.main, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w.showsPeople());
    QCOMPARE(tree->currentIndex(), w.pane->model()->peopleIndex());
    QLineEdit *filter = w.people->filterEdit();
    QCOMPARE(QApplication::focusWidget(), filter);
    typeText(filter, u"nguyen"_s);
    // Down goes on to the list, at its first row; Ctrl+F comes back with the text selected.
    QTest::keyClick(filter, Qt::Key_Down);
    QTableView *table = w.people->table();
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(&w.main, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);
    QCOMPARE(filter->selectedText(), u"nguyen"_s);
    QTest::keyClick(&w.main, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter); // the register's focus goes to its filter box

    // Closing the file leaves nothing of it in the register or the pane.
    QTest::keyClick(&w.main, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!w.main.isFileOpen());
    QCOMPARE(w.people->table()->model()->rowCount(), 0);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(w.pane->model()->rowCount(w.pane->model()->villagesIndex()), 0);
    QVERIFY(!action(w.main, "actionFindPeople")->isEnabled());
}

QTEST_MAIN(TestPeople)
#include "tst_people.moc"
