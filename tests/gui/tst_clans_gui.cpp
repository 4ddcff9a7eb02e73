// The Clans register driven with the keyboard only: the list narrows as the clerk types, a clan is made,
// edited and deleted, households are added (moved from another clan after asking), removed and opened;
// each edit is one undo step and the page follows undo and redo. What the widgets show is checked against
// the repositories.
#include "ChangeNotifier.h"
#include "ClanCommands.h"
#include "ClanDialog.h"
#include "ClanHouseholdDialog.h"
#include "ClanHouseholdsModel.h"
#include "ClanRegisterWidget.h"
#include "ClanRepository.h"
#include "ClanService.h"
#include "ClanTableModel.h"
#include "EditCommands.h"
#include "GuiTestSupport.h"
#include "HouseholdRepository.h"
#include "MessageBox.h"
#include "PeopleFinder.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace sht;
using namespace sht::test;

namespace {

// A commune with one village and a few households, the undo stack and the one door for edits, as the
// window has them.
struct Commune
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    ClanCommands clans;
    qint64 villageId = 0;

    Commune()
        : db(temp.create())
        , edits(db, stack, notifier)
        , clans(edits)
    {
        AdminUnit village;
        village.name = QStringLiteral("Thôn Đông");
        village.code = QStringLiteral("01");
        if (const Status s = edits.createVillage(village); !s)
            qFatal("%s", qPrintable(s.message()));
        villageId = village.id;
    }

    qint64 household(const QString &code, const QString &headName, qint64 *headId = nullptr)
    {
        Household h;
        h.code = code;
        h.villageId = villageId;
        Person head;
        head.name = PersonName(headName);
        head.sex = Sex::Male;
        head.birthDate = PartialDate::fromYear(1955);
        if (const Status s = edits.createHousehold(h, head, QDate(2000, 1, 1)); !s)
            qFatal("%s", qPrintable(s.message()));
        if (headId)
            *headId = head.id;
        return h.id;
    }

    qint64 clan(const QString &name, const QList<qint64> &households = {}, qint64 headId = 0)
    {
        Clan c;
        c.name = name;
        c.headPersonId = headId;
        if (const Status s = ClanService(db).createClan(c); !s)
            qFatal("%s", qPrintable(s.message()));
        for (qint64 h : households)
            if (const Status s = ClanService(db).addHousehold(c.id, h); !s)
                qFatal("%s", qPrintable(s.message()));
        return c.id;
    }
};

template <typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

class TestClansGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_english.load(QStringLiteral(":/i18n/sohoctap_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }
    void init()
    {
        MessageBox::clearRecords();
        MessageBox::setAutoAnswer(true);
    }

    void modelsAreSound();
    void filterNarrowsAsTheClerkTypes();
    void loadsLazilyAndClearsWhenClosed();
    void newClanWithHeadByKeyboard();
    void nameIsExplainedNextToTheField();
    void editClanWithF2();
    void deleteClanAsksAndSaysWhatItReleases();
    void addHouseholdMovesFromAnotherClanAfterAsking();
    void removeAndOpenHouseholdByKeyboard();
    void mnemonicsDoNotClash();
    void screenshot();

private:
    QTranslator m_english;
};

void TestClansGui::modelsAreSound()
{
    test::TempCommune temp;
    const QString path = temp.demo(800, 7);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    QList<ClanSummary> clans;
    SHT_VERIFY_OK(ClanRepository(db).summaries(&clans));
    QVERIFY(clans.size() >= 3);

    ClanTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &ClanTableModel::countsChanged);
    model.setClans(clans);
    QCOMPARE(model.rowCount(), clans.size());
    QCOMPARE(counts.constLast().at(1).toInt(), clans.size());
    // By name in Vietnamese order.
    QStringList names = column(&model, ClanTableModel::NameColumn);
    for (int i = 1; i < names.size(); ++i)
        QVERIFY2(text::sortKey(names.at(i - 1)) <= text::sortKey(names.at(i)), qPrintable(names.join(u',')));
    model.sort(ClanTableModel::HouseholdsColumn, Qt::DescendingOrder);
    for (int i = 1; i < model.rowCount(); ++i)
        QVERIFY(model.clanAt(i - 1).households >= model.clanAt(i).households);
    model.setFilterText(QStringLiteral("zzzz"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counts.constLast().at(0).toInt(), 0);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), clans.size());
    QCOMPARE(model.index(0, 0).data(ClanTableModel::ClanIdRole).toLongLong(), model.clanIdAt(0));

    ClanHouseholdsModel households;
    QAbstractItemModelTester householdsTester(&households,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ClanHouseholdSummary> members;
    SHT_VERIFY_OK(ClanRepository(db).householdSummaries(clans.constFirst().id, &members));
    households.setHouseholds(members);
    QCOMPARE(households.rowCount(), clans.constFirst().households);
    QCOMPARE(households.rowOfHousehold(members.constLast().householdId), members.size() - 1);
    QCOMPARE(households.index(0, ClanHouseholdsModel::CodeColumn).data().toString(),
             members.constFirst().code);
    households.setHouseholds({});
    QCOMPARE(households.rowCount(), 0);
}

void TestClansGui::filterNarrowsAsTheClerkTypes()
{
    test::TempCommune temp;
    const QString path = temp.demo(800, 7);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(db, stack, notifier);
    QList<ClanSummary> clans;
    SHT_VERIFY_OK(ClanRepository(db).summaries(&clans));

    ClanRegisterWidget page;
    page.setSession(&db, &edits, &notifier);
    showActive(&page);
    const int total = clans.size();
    QCOMPARE(page.clanModel()->rowCount(), total);
    auto *count = child<QLabel>(&page, "clanCount");
    QCOMPARE(count->text(), QStringLiteral("%1 / %1 shown").arg(total));
    // The first clan is chosen and its households are beside it.
    QCOMPARE(page.householdsModel()->rowCount(), page.clanModel()->clanAt(0).households);

    // A clan's name without accents, and part of its head's name.
    const ClanSummary &target = clans.constFirst();
    const QString typed =
        text::searchKey(target.name).section(QLatin1Char(' '), 1); // "ho nguyen" -> "nguyen"
    int expected = 0;
    for (const ClanSummary &c : clans)
        if ((text::searchKey(c.name) + QLatin1Char('\n') + text::searchKey(c.headName)).contains(typed))
            ++expected;
    page.focusFilter();
    QVERIFY(child<QLineEdit>(&page, "clanFilter")->hasFocus());
    type(typed);
    QCOMPARE(page.clanModel()->rowCount(), expected);
    QVERIFY(expected < total || total == 1);
    QCOMPARE(count->text(), QStringLiteral("%1 / %2 shown").arg(expected).arg(total));
    QVERIFY(page.clanModel()->rowOfClan(target.id) >= 0);

    key(Qt::Key_A, Qt::ControlModifier);
    QVERIFY(!target.headName.isEmpty());
    const QString given =
        target.headName.section(QLatin1Char(' '), -1); // the head's given name, with accents
    type(given.toUpper());
    QVERIFY(page.clanModel()->rowOfClan(target.id) >= 0);
    for (int row = 0; row < page.clanModel()->rowCount(); ++row) {
        const ClanSummary &shown = page.clanModel()->clanAt(row);
        QVERIFY(
            text::searchKey(shown.headName + QLatin1Char(' ') + shown.name).contains(text::searchKey(given)));
    }

    // Esc clears; Down goes on to the list, the households follow the chosen clan.
    key(Qt::Key_Escape);
    QCOMPARE(page.clanModel()->rowCount(), total);
    key(Qt::Key_Down);
    QVERIFY(page.clanTable()->hasFocus());
    key(Qt::Key_Home, Qt::ControlModifier);
    key(Qt::Key_Down);
    const qint64 second = page.clanModel()->clanIdAt(1);
    QCOMPARE(page.currentClanId(), second);
    QList<ClanHouseholdSummary> members;
    SHT_VERIFY_OK(ClanRepository(db).householdSummaries(second, &members));
    QCOMPARE(column(page.householdsModel(), ClanHouseholdsModel::CodeColumn).size(), members.size());
    QCOMPARE(page.householdsModel()->index(0, ClanHouseholdsModel::CodeColumn).data().toString(),
             members.constFirst().code);
    QVERIFY(child<QLabel>(&page, "householdsLabel")->text().contains(page.clanModel()->clanAt(1).name));
}

void TestClansGui::loadsLazilyAndClearsWhenClosed()
{
    Commune c;
    c.clan(QStringLiteral("Họ Lê"));
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    QCOMPARE(page.clanModel()->rowCount(), 0); // not shown yet: nothing read
    showActive(&page);
    QCOMPARE(page.clanModel()->rowCount(), 1);

    // An edit elsewhere (another page, Edit > Undo) shows here through the notifier.
    Clan other;
    other.name = QStringLiteral("Họ Bùi");
    SHT_VERIFY_OK(c.clans.createClan(other));
    QCOMPARE(page.clanModel()->rowCount(), 2);
    QCOMPARE(page.clanModel()->clanAt(0).name, QStringLiteral("Họ Bùi"));
    c.stack.undo();
    QCOMPARE(page.clanModel()->rowCount(), 1);

    page.setSession(nullptr, nullptr, nullptr);
    QCOMPARE(page.clanModel()->rowCount(), 0);
    QCOMPARE(page.householdsModel()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&page, "newClanButton")->isEnabled());
    QTest::keyClick(page.clanTable(), Qt::Key_Insert); // nothing to do, nothing shown
    QVERIFY(MessageBox::records().isEmpty());
    c.stack.redo(); // the closed page no longer listens
    QCOMPARE(page.clanModel()->rowCount(), 0);
}

void TestClansGui::newClanWithHeadByKeyboard()
{
    Commune c;
    qint64 headId = 0;
    c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn Thưởng"), &headId);
    c.household(QStringLiteral("01.002"), QStringLiteral("Trần Văn Cường"));
    c.clan(QStringLiteral("Họ Trần"));
    c.stack.clear();
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    showActive(&page);
    page.clanTable()->setFocus();

    QVERIFY(whileModal<ClanDialog>([&] { key(Qt::Key_Insert); },
                                   [&](ClanDialog *d) {
                                       QVERIFY(child<QLineEdit>(d, "nameEdit")->hasFocus());
                                       type(QStringLiteral("Họ Nguyễn Văn"));
                                       key(Qt::Key_Tab); // to the head's find field
                                       type(QStringLiteral("thuong"));
                                       QCOMPARE(d->headPersonId(), headId);
                                       QCOMPARE(child<QLabel>(d, "headValue")->text(),
                                                QStringLiteral("Nguyễn Văn Thưởng"));
                                       key(Qt::Key_Return);
                                   }));
    QCOMPARE(c.stack.count(), 1);
    QCOMPARE(c.stack.text(0), QStringLiteral("New clan Họ Nguyễn Văn"));
    const qint64 created = page.currentClanId();
    const auto stored = ClanRepository(c.db).find(created);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Họ Nguyễn Văn"));
    QCOMPARE(stored->headPersonId, headId);
    QCOMPARE(page.clanModel()->rowCount(), 2);
    const int row = page.clanModel()->rowOfClan(created);
    QCOMPARE(page.clanModel()->index(row, ClanTableModel::HeadColumn).data().toString(),
             QStringLiteral("Nguyễn Văn Thưởng"));
    QVERIFY(page.clanTable()->hasFocus());

    // Ctrl+N works from the filter too (File > New is not triggered), and Esc leaves nothing.
    page.focusFilter();
    QVERIFY(whileModal<ClanDialog>([&] { key(Qt::Key_N, Qt::ControlModifier); },
                                   [&](ClanDialog *) {
                                       type(QStringLiteral("Họ Lý"));
                                       key(Qt::Key_Escape);
                                   }));
    QCOMPARE(c.stack.count(), 1);
    QCOMPARE(ClanRepository(c.db).all().size(), 2);

    c.stack.undo();
    QCOMPARE(page.clanModel()->rowCount(), 1);
    c.stack.redo();
    QCOMPARE(page.clanModel()->rowCount(), 2);
}

void TestClansGui::nameIsExplainedNextToTheField()
{
    Commune c;
    c.clan(QStringLiteral("Họ Phạm"));
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    showActive(&page);
    const int steps = c.stack.count();
    QVERIFY(whileModal<ClanDialog>(
        [&] { key(Qt::Key_Insert); },
        [&](ClanDialog *d) {
            auto *error = child<QLabel>(d, "nameError");
            QVERIFY(error->isHidden()); // nothing to say before anything is typed
            key(Qt::Key_Return);
            QVERIFY(d->isVisible());
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("Type the name")), qPrintable(error->text()));
            type(QStringLiteral("HO PHAM"));
            QVERIFY2(error->text().contains(QStringLiteral("\"Họ Phạm\" already exists")),
                     qPrintable(error->text()));
            key(Qt::Key_Return);
            QVERIFY(d->isVisible());
            key(Qt::Key_End); // the refused name was selected, to be retyped
            type(QStringLiteral(" Văn"));
            QVERIFY(error->isHidden());
            key(Qt::Key_Return);
            QVERIFY(!d->isVisible());
        }));
    QCOMPARE(c.stack.count(), steps + 1);
    QCOMPARE(page.clanModel()->clanAt(page.clanModel()->rowOfClan(page.currentClanId())).name,
             QStringLiteral("HO PHAM Văn"));
}

void TestClansGui::editClanWithF2()
{
    Commune c;
    qint64 headId = 0;
    c.household(QStringLiteral("01.001"), QStringLiteral("Đặng Văn Lâm"), &headId);
    const qint64 clan = c.clan(QStringLiteral("Họ Đặng"), {}, headId);
    c.stack.clear();
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    showActive(&page);
    page.clanTable()->setFocus();
    QCOMPARE(page.currentClanId(), clan);

    QVERIFY(whileModal<ClanDialog>(
        [&] { key(Qt::Key_F2); },
        [&](ClanDialog *d) {
            QCOMPARE(child<QLineEdit>(d, "nameEdit")->text(), QStringLiteral("Họ Đặng"));
            QCOMPARE(child<QLabel>(d, "headValue")->text(), QStringLiteral("Đặng Văn Lâm"));
            key(Qt::Key_L, Qt::AltModifier); // Clear head (a mnemonic clicks after a moment)
            QTRY_COMPARE(d->headPersonId(), 0);
            key(Qt::Key_O, Qt::AltModifier); // Notes
            type(QStringLiteral("Giỗ tổ 10/3"));
            key(Qt::Key_N, Qt::AltModifier); // back to the name
            key(Qt::Key_Return);
        }));
    const auto stored = ClanRepository(c.db).find(clan);
    QCOMPARE(stored->headPersonId, 0);
    QCOMPARE(stored->notes, QStringLiteral("Giỗ tổ 10/3"));
    QCOMPARE(c.stack.count(), 1);
    QCOMPARE(page.clanModel()->index(0, ClanTableModel::HeadColumn).data().toString(),
             QStringLiteral("(no head recorded)"));
    // Enter on a clan edits it too; Esc changes nothing.
    QVERIFY(whileModal<ClanDialog>([&] { key(Qt::Key_Return); }, [&](ClanDialog *) { key(Qt::Key_Escape); }));
    QCOMPARE(c.stack.count(), 1);
    c.stack.undo();
    QCOMPARE(ClanRepository(c.db).find(clan)->headPersonId, headId);
    QCOMPARE(page.clanModel()->index(0, ClanTableModel::HeadColumn).data().toString(),
             QStringLiteral("Đặng Văn Lâm"));
}

void TestClansGui::deleteClanAsksAndSaysWhatItReleases()
{
    Commune c;
    QList<qint64> households;
    for (int i = 1; i <= 3; ++i)
        households << c.household(QStringLiteral("01.00%1").arg(i),
                                  QStringLiteral("Bùi Văn %1").arg(QChar(u'A' + i)));
    const qint64 bui = c.clan(QStringLiteral("Họ Bùi"), households);
    const qint64 empty = c.clan(QStringLiteral("Họ Cao"));
    c.stack.clear();
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    showActive(&page);
    page.clanTable()->setFocus();
    QCOMPARE(page.currentClanId(), bui);
    QCOMPARE(page.householdsModel()->rowCount(), 3);

    MessageBox::setNextAnswer(QMessageBox::No);
    key(Qt::Key_Delete);
    QCOMPARE(MessageBox::records().size(), 1);
    const QString text = MessageBox::records().constFirst().text;
    QVERIFY2(text.contains(QStringLiteral("Họ Bùi")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 member household")), qPrintable(text));
    QVERIFY(ClanRepository(c.db).find(bui));
    QCOMPARE(c.stack.count(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    key(Qt::Key_Delete);
    QVERIFY(!ClanRepository(c.db).find(bui));
    for (qint64 h : households)
        QVERIFY(HouseholdRepository(c.db).find(h));
    QCOMPARE(page.clanModel()->rowCount(), 1);
    QCOMPARE(page.currentClanId(), empty);
    QCOMPARE(page.householdsModel()->rowCount(), 0);
    QCOMPARE(c.stack.count(), 1);
    QCOMPARE(c.stack.text(0), QStringLiteral("Delete clan Họ Bùi"));

    // A clan without households says so.
    MessageBox::clearRecords();
    MessageBox::setNextAnswer(QMessageBox::No);
    key(Qt::Key_Delete);
    QVERIFY(MessageBox::records().constFirst().text.contains(QStringLiteral("no member households")));

    c.stack.undo();
    QCOMPARE(page.clanModel()->rowCount(), 2);
    QCOMPARE(ClanRepository(c.db).households(bui), households);
    page.selectClan(bui);
    QCOMPARE(page.householdsModel()->rowCount(), 3);
}

void TestClansGui::addHouseholdMovesFromAnotherClanAfterAsking()
{
    Commune c;
    const qint64 h1 = c.household(QStringLiteral("01.001"), QStringLiteral("Ngô Văn Một"));
    const qint64 h2 = c.household(QStringLiteral("01.002"), QStringLiteral("Ngô Văn Hai"));
    const qint64 h3 = c.household(QStringLiteral("01.003"), QStringLiteral("Ngô Thị Ba"));
    const qint64 ngo = c.clan(QStringLiteral("Họ Ngô"), {h1});
    const qint64 other = c.clan(QStringLiteral("Họ Ngô Văn"), {h2});
    c.stack.clear();
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    showActive(&page);
    page.clanTable()->setFocus();
    QCOMPARE(page.currentClanId(), ngo);

    QVERIFY(whileModal<ClanHouseholdDialog>(
        [&] { key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); },
        [&](ClanHouseholdDialog *d) {
            auto *list = d->finder()->resultList();
            type(QStringLiteral("ngo"));
            QCOMPARE(list->count(), 2); // 01.001 is a member already and not offered
            // A household of another clan: said at once, asked before moving.
            key(Qt::Key_Backspace, Qt::ControlModifier);
            type(QStringLiteral("01.002"));
            QCOMPARE(list->count(), 1);
            auto *note = child<QLabel>(d, "moveNote");
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().contains(QStringLiteral("Họ Ngô Văn")), qPrintable(note->text()));
            MessageBox::setNextAnswer(QMessageBox::No);
            key(Qt::Key_Return);
            QCOMPARE(MessageBox::records().size(), 1);
            QVERIFY(MessageBox::records().constFirst().text.contains(
                QStringLiteral("Move it from Họ Ngô Văn to Họ Ngô")));
            QCOMPARE(ClanRepository(c.db).clanOfHousehold(h2), other);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            key(Qt::Key_Return);
            QCOMPARE(ClanRepository(c.db).clanOfHousehold(h2), ngo);
            // Ready for the next one: a household in no clan is added without a question.
            QVERIFY(d->finder()->findEdit()->hasFocus());
            QVERIFY(d->finder()->findEdit()->text().isEmpty());
            type(QStringLiteral("ba"));
            QVERIFY(note->isHidden());
            key(Qt::Key_Return);
            QCOMPARE(MessageBox::records().size(), 2);
            QVERIFY(child<QLabel>(d, "addedLabel")->text().contains(QStringLiteral("01.002, 01.003")));
            key(Qt::Key_Escape);
        }));
    QCOMPARE(c.stack.count(), 2);
    QCOMPARE(c.stack.text(0), QStringLiteral("Move household 01.002 from Họ Ngô Văn to Họ Ngô"));
    QCOMPARE(c.stack.text(1), QStringLiteral("Add household 01.003 to Họ Ngô"));
    QCOMPARE(ClanRepository(c.db).households(ngo), (QList<qint64>{h1, h2, h3}));
    QCOMPARE(column(page.householdsModel(), ClanHouseholdsModel::CodeColumn),
             (QStringList{QStringLiteral("01.001"), QStringLiteral("01.002"), QStringLiteral("01.003")}));
    QCOMPARE(page.currentHouseholdId(), h3);
    QVERIFY(page.householdsTable()->hasFocus());
    const int row = page.clanModel()->rowOfClan(other);
    QCOMPARE(page.clanModel()->index(row, ClanTableModel::HouseholdsColumn).data().toString(),
             QStringLiteral("0"));

    // Insert in the households list adds too; undo puts the moved household back in its clan.
    QVERIFY(whileModal<ClanHouseholdDialog>([&] { key(Qt::Key_Insert); },
                                            [&](ClanHouseholdDialog *) { key(Qt::Key_Escape); }));
    c.stack.undo();
    c.stack.undo();
    QCOMPARE(ClanRepository(c.db).clanOfHousehold(h2), other);
    QCOMPARE(page.householdsModel()->rowCount(), 1);
}

void TestClansGui::removeAndOpenHouseholdByKeyboard()
{
    Commune c;
    const qint64 h1 = c.household(QStringLiteral("01.001"), QStringLiteral("Lý Văn Một"));
    const qint64 h2 = c.household(QStringLiteral("01.002"), QStringLiteral("Lý Văn Hai"));
    const qint64 ly = c.clan(QStringLiteral("Họ Lý"), {h1, h2});
    c.stack.clear();
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    showActive(&page);
    QSignalSpy opened(&page, &ClanRegisterWidget::householdActivated);

    key(Qt::Key_S, Qt::AltModifier); // to the member households
    QVERIFY(page.householdsTable()->hasFocus());
    key(Qt::Key_Down);
    QCOMPARE(page.currentHouseholdId(), h2);
    key(Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), h2);

    MessageBox::setNextAnswer(QMessageBox::No);
    key(Qt::Key_Delete);
    QVERIFY2(
        MessageBox::records().constFirst().text.contains(QStringLiteral("01.002 (Lý Văn Hai) from Họ Lý")),
        qPrintable(MessageBox::records().constFirst().text));
    QCOMPARE(ClanRepository(c.db).households(ly).size(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    key(Qt::Key_Delete);
    QCOMPARE(ClanRepository(c.db).households(ly), QList<qint64>{h1});
    QVERIFY(HouseholdRepository(c.db).find(h2));
    QCOMPARE(page.householdsModel()->rowCount(), 1);
    QCOMPARE(page.clanModel()->clanAt(0).households, 1);
    QCOMPARE(c.stack.text(0), QStringLiteral("Remove household 01.002 from Họ Lý"));
    QVERIFY(page.householdsTable()->hasFocus());
    c.stack.undo();
    QCOMPARE(page.householdsModel()->rowCount(), 2);
    QCOMPARE(page.clanModel()->clanAt(0).households, 2);
}

void TestClansGui::mnemonicsDoNotClash()
{
    Commune c;
    const qint64 clan = c.clan(QStringLiteral("Họ Lê"));
    ClanRegisterWidget page;
    page.setSession(&c.db, &c.edits, &c.notifier);
    showActive(&page);
    ClanDialog dialog(c.db, c.clans, clan);
    ClanHouseholdDialog households(c.db, c.clans, clan);
    QStringList clashes;
    for (QWidget *w : {static_cast<QWidget *>(&page), static_cast<QWidget *>(&dialog),
                       static_cast<QWidget *>(&households)})
        for (const QString &clash : mnemonicClashes(w))
            clashes << w->metaObject()->className() + QStringLiteral(": ") + clash;
    // The page lives under the window's menus: File, Edit, View, Help.
    for (QAbstractButton *b : page.findChildren<QAbstractButton *>())
        for (const char *menu : {"&f", "&e", "&v", "&h"})
            if (b->text().toLower().contains(QLatin1String(menu)))
                clashes << QStringLiteral("page button %1 takes a menu's letter").arg(b->text());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

// Renders the page and its dialogs on a demo commune into SHT_CLANS_SCREENSHOTS (a folder), in Vietnamese
// where translated.
void TestClansGui::screenshot()
{
    const QString out = qEnvironmentVariable("SHT_CLANS_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set SHT_CLANS_SCREENSHOTS=folder to render the clans register");
    test::TempCommune temp;
    const QString path = temp.demo(6450, 7);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(db, stack, notifier);
    ClanCommands clans(edits);
    ClanRegisterWidget page;
    page.setSession(&db, &edits, &notifier);
    showActive(&page);
    page.clanTable()->setFocus();
    QTest::qWait(100);
    QVERIFY(page.grab().save(out + QStringLiteral("/clans.png")));
    ClanDialog dialog(db, clans, page.currentClanId(), &page);
    dialog.show();
    dialog.findChild<PeopleFinder *>()->findEdit()->setText(QStringLiteral("nguyen van"));
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(out + QStringLiteral("/clan-dialog.png")));
    dialog.hide();
    ClanHouseholdDialog households(db, clans, page.currentClanId(), &page);
    households.show();
    households.finder()->findEdit()->setText(QStringLiteral("tran"));
    QTest::qWait(100);
    QVERIFY(households.grab().save(out + QStringLiteral("/clan-households.png")));
}

QTEST_MAIN(TestClansGui)
#include "tst_clans_gui.moc"
