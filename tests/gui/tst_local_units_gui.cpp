// The Local units register page and its dialogs, driven with the keyboard as a clerk would: the list and its
// filter over a demo commune, new / edit / delete unit, add staff through the finder, the date a staff
// member left, removing a mistaken row; each edit one undo step, and the page follows undo and redo.
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "GuiTestSupport.h"
#include "LocalUnitCommands.h"
#include "LocalUnitDialog.h"
#include "LocalUnitKind.h"
#include "LocalUnitRegisterWidget.h"
#include "LocalUnitRepository.h"
#include "LocalUnitStaffModel.h"
#include "LocalUnitTableModel.h"
#include "MessageBox.h"
#include "PeopleFinder.h"
#include "PersonRepository.h"
#include "StaffDialog.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace sht;
using namespace sht::test;

namespace {

// A demo commune opened as the window opens it, with the undo stack and the one door for edits.
struct Session
{
    test::TempCommune temp;
    Database db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;

    Session()
        : edits(db, stack, notifier)
    {
        const Status s = db.open(temp.demo(800, 7));
        if (!s)
            qFatal("%s", qPrintable(s.message()));
    }

    QList<LocalUnitRepository::Summary> units() { return LocalUnitRepository(db).summaries(); }
    LocalUnitRepository::Summary unitNamed(const QString &start)
    {
        for (const auto &s : units())
            if (s.unit.name.startsWith(start))
                return s;
        qFatal("no unit %s", qPrintable(start));
    }
};

// A key that opens a modal dialog, which `drive` then works through.
template <typename T>
bool keyOpens(Qt::Key k, Qt::KeyboardModifiers modifiers, const std::function<void(T *)> &drive)
{
    QWidget *target = focused();
    return whileModal<T>([&] { QTest::keyClick(target, k, modifiers); }, drive);
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

bool okEnabled(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

class TestLocalUnitsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English as an English user sees it (plural forms come from the English translation).
        QVERIFY(m_english.load(QStringLiteral(":/i18n/sohoctap_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }
    void init()
    {
        MessageBox::clearRecords();
        MessageBox::setAutoAnswer(true);
    }

    void modelsAreSound()
    {
        Session s;
        const auto units = s.units();
        QCOMPARE(units.size(), 8);
        LocalUnitTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &LocalUnitTableModel::countsChanged);
        model.setUnits(units);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(counts.constLast().at(1).toInt(), 8);
        const QStringList names = column(&model, LocalUnitTableModel::NameColumn);
        for (int i = 1; i < names.size(); ++i)
            QVERIFY2(text::sortKey(names.at(i - 1)) <= text::sortKey(names.at(i)),
                     qPrintable(names.join(u',')));
        model.sort(LocalUnitTableModel::StaffCountColumn, Qt::DescendingOrder);
        for (int i = 1; i < model.rowCount(); ++i)
            QVERIFY(model.summaryAt(i - 1).unit.staffCount >= model.summaryAt(i).unit.staffCount);
        model.sort(LocalUnitTableModel::NameColumn);
        model.setFilterText(QStringLiteral("zzzz"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counts.constLast().at(0).toInt(), 0);
        model.setFilterText(QString());
        QCOMPARE(model.index(0, 0).data(LocalUnitTableModel::UnitIdRole).toLongLong(), model.unitIdAt(0));

        LocalUnitStaffModel staff;
        QAbstractItemModelTester staffTester(&staff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto school = s.unitNamed(QStringLiteral("Trường Tiểu học"));
        QVERIFY(school.currentStaff > 1);
        auto rows = LocalUnitRepository(s.db).staffRows(school.unit.id);
        rows[0].validTo = QDate(2024, 1, 1); // one former member
        staff.setRows(rows);
        QCOMPARE(staff.rowCount(), rows.size() - 1);
        QCOMPARE(staff.formerCount(), 1);
        staff.setShowFormer(true);
        QCOMPARE(staff.rowCount(), rows.size());
        const int former = staff.rowOfStaff(rows[0].id);
        QVERIFY(former >= 0);
        QVERIFY(!staff.index(former, 0).data(LocalUnitStaffModel::IsCurrentRole).toBool());
        QVERIFY(staff.index(former, 0).data(Qt::ForegroundRole).isValid()); // greyed
        QCOMPARE(staff.index(former, LocalUnitStaffModel::UntilColumn).data().toString(),
                 QStringLiteral("01/01/2024"));
        staff.setRows({});
        QCOMPARE(staff.rowCount(), 0);
    }

    void listAndFilterAsTheClerkTypes()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        QCOMPARE(page.unitModel()->rowCount(), 0); // lazily: nothing read before it is shown
        showActive(&page);
        QCOMPARE(page.unitModel()->rowCount(), 8);
        auto *count = child<QLabel>(&page, "unitCount");
        QCOMPARE(count->text(), QStringLiteral("8 / 8 shown"));
        // The first unit is chosen at once, so its staff show without a click.
        QCOMPARE(page.selectedUnitId(), page.unitModel()->unitIdAt(0));

        // What each column says, against the repository.
        const auto committee = s.unitNamed(QStringLiteral("Ủy ban"));
        const int row = page.unitModel()->rowOfUnit(committee.unit.id);
        const auto cell = [&](int c) { return page.unitModel()->index(row, c).data().toString(); };
        QCOMPARE(cell(LocalUnitTableModel::KindColumn), QStringLiteral("Commune People's Committee"));
        QCOMPARE(cell(LocalUnitTableModel::LevelColumn), QStringLiteral("Commune"));
        QCOMPARE(cell(LocalUnitTableModel::CriteriaColumn), QStringLiteral("TT 24/2023"));
        QCOMPARE(cell(LocalUnitTableModel::StaffCountColumn), QString::number(committee.unit.staffCount));
        QCOMPARE(cell(LocalUnitTableModel::InRegisterColumn),
                 QString::number(LocalUnitRepository(s.db).staff(committee.unit.id).size()));
        const auto coop = s.unitNamed(QStringLiteral("Hợp tác xã"));
        QCOMPARE(page.unitModel()
                     ->index(page.unitModel()->rowOfUnit(coop.unit.id), LocalUnitTableModel::CriteriaColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Association (448-D)"));

        page.focusFilter();
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&page, "unitFilter"));
        type(QStringLiteral("truong"));
        QCOMPARE(count->text(), QStringLiteral("3 / 8 shown"));
        type(QStringLiteral(" tieu"));
        QCOMPARE(count->text(), QStringLiteral("1 / 8 shown"));
        key(Qt::Key_Escape);
        QCOMPARE(count->text(), QStringLiteral("8 / 8 shown"));
        type(QStringLiteral("Trạm y"));
        QCOMPARE(page.unitModel()->rowCount(), 1);
        // Down goes on to the list; the staff of the unit show underneath.
        key(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), page.unitTable());
        const auto station = s.unitNamed(QStringLiteral("Trạm Y tế"));
        QCOMPARE(page.selectedUnitId(), station.unit.id);
        QCOMPARE(page.staffModel()->rowCount(), station.currentStaff);
        QVERIFY(child<QLabel>(&page, "staffHeading")->text().contains(station.unit.name));

        page.setSession(nullptr, nullptr, nullptr);
        QCOMPARE(page.unitModel()->rowCount(), 0);
        QCOMPARE(page.staffModel()->rowCount(), 0);
        QVERIFY(child<QLineEdit>(&page, "unitFilter")->text().isEmpty());
    }

    void newUnitByKeyboardIsOneUndoStep()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        showActive(&page);
        page.unitTable()->setFocus();
        const bool seen = keyOpens<LocalUnitDialog>(Qt::Key_Insert, Qt::NoModifier, [](LocalUnitDialog *d) {
            auto *criteria = child<QLabel>(d, "criteriaLabel");
            QVERIFY(criteria->text().contains(QStringLiteral("TT 24/2023"))); // a primary school to start
            // Enter with no name: explained beside the field, nothing saved.
            key(Qt::Key_Return);
            QVERIFY(d->isVisible());
            auto *nameError = child<QLabel>(d, "nameError");
            QVERIFY(nameError->isVisibleTo(d));
            QVERIFY(nameError->text().contains(QStringLiteral("Enter the unit's name")));
            // A name another unit has (typed without accents) is refused as the clerk types.
            type(QStringLiteral("hop tac xa nong nghiep hoa an"));
            QVERIFY2(nameError->text().contains(QStringLiteral("already a unit named")),
                     qPrintable(nameError->text()));
            child<QLineEdit>(d, "nameEdit")->clear();
            type(QStringLiteral("Cơ sở May Tiến Thành"));
            QVERIFY(!nameError->isVisibleTo(d));
            key(Qt::Key_Tab); // kind
            QCOMPARE(QApplication::focusWidget(), child<QComboBox>(d, "kindCombo"));
            key(Qt::Key_End); // Other
            key(Qt::Key_Up);  // Cooperative
            QCOMPARE(child<QComboBox>(d, "kindCombo")->currentData().toString(),
                     QStringLiteral("cooperative"));
            QVERIFY2(criteria->text().contains(QStringLiteral("448")), qPrintable(criteria->text()));
            key(Qt::Key_Tab);  // managed by
            key(Qt::Key_Down); // District: TT 24 applies again
            QVERIFY2(criteria->text().contains(QStringLiteral("above the commune")),
                     qPrintable(criteria->text()));
            key(Qt::Key_Up);  // back to the commune
            key(Qt::Key_Tab); // village
            key(Qt::Key_Down);
            key(Qt::Key_Tab); // total staff
            QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(d, "staffSpin"));
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("35"));
            key(Qt::Key_Tab); // notes
            type(QStringLiteral("Xưởng may"));
            key(Qt::Key_Return); // OK
            QVERIFY(!d->isVisible());
        });
        QVERIFY(seen);
        const auto unit = s.unitNamed(QStringLiteral("Cơ sở May"));
        QCOMPARE(unit.unit.kind, QStringLiteral("cooperative"));
        QCOMPARE(unit.unit.managingLevel, QStringLiteral("commune"));
        QCOMPARE(unit.unit.instrument, QStringLiteral("448d"));
        QCOMPARE(unit.unit.staffCount, 35);
        QCOMPARE(unit.unit.notes, QStringLiteral("Xưởng may"));
        QVERIFY(unit.unit.villageId != 0);
        QCOMPARE(s.stack.count(), 1);
        QCOMPARE(s.stack.text(0), QStringLiteral("New unit Cơ sở May Tiến Thành"));
        QCOMPARE(page.unitModel()->rowCount(), 9);
        QCOMPARE(page.selectedUnitId(), unit.unit.id);

        s.stack.undo(); // the page follows through the notifier
        QCOMPARE(page.unitModel()->rowCount(), 8);
        QCOMPARE(child<QLabel>(&page, "unitCount")->text(), QStringLiteral("8 / 8 shown"));
        s.stack.redo();
        QCOMPARE(page.unitModel()->rowOfUnit(unit.unit.id) >= 0, true);
    }

    void ctrlNOnThePageBeatsTheWindowsNew()
    {
        Session s;
        QMainWindow window;
        auto *fileNew = new QAction(QStringLiteral("New commune"), &window);
        fileNew->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        window.addAction(fileNew);
        QSignalSpy newCommune(fileNew, &QAction::triggered);
        auto *page = new LocalUnitRegisterWidget;
        window.setCentralWidget(page);
        page->setSession(&s.db, &s.edits, &s.notifier);
        showActive(&window);
        page->unitTable()->setFocus();
        bool seen = whileModal<LocalUnitDialog>([&] { key(Qt::Key_N, Qt::ControlModifier); },
                                                [](LocalUnitDialog *d) { d->reject(); });
        QVERIFY(seen);
        QCOMPARE(newCommune.count(), 0);
        // Out of the page, Ctrl+N is the window's again.
        page->setSession(nullptr, nullptr, nullptr);
        key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(newCommune.count(), 1);
    }

    void editWithF2FollowsTheCriteriaRule()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        showActive(&page);
        const auto station = s.unitNamed(QStringLiteral("Trạm Y tế"));
        QCOMPARE(station.unit.instrument, QStringLiteral("448d"));
        page.selectUnit(station.unit.id);
        page.unitTable()->setFocus();
        QVERIFY(keyOpens<LocalUnitDialog>(Qt::Key_F2, Qt::NoModifier, [&](LocalUnitDialog *d) {
            QCOMPARE(child<QLineEdit>(d, "nameEdit")->text(), station.unit.name);
            key(Qt::Key_Tab);
            key(Qt::Key_Tab); // managed by
            key(Qt::Key_End); // province
            QVERIFY(child<QLabel>(d, "criteriaLabel")->text().contains(QStringLiteral("TT 24/2023")));
            key(Qt::Key_Return);
            QVERIFY(!d->isVisible());
        }));
        const int row = page.unitModel()->rowOfUnit(station.unit.id);
        QCOMPARE(page.unitModel()->index(row, LocalUnitTableModel::LevelColumn).data().toString(),
                 QStringLiteral("Province"));
        QCOMPARE(page.unitModel()->index(row, LocalUnitTableModel::CriteriaColumn).data().toString(),
                 QStringLiteral("TT 24/2023"));
        QCOMPARE(s.stack.count(), 1);
        // Enter on the list edits too; Esc cancels without a change.
        page.unitTable()->setFocus();
        QVERIFY(keyOpens<LocalUnitDialog>(Qt::Key_Return, Qt::NoModifier,
                                          [](LocalUnitDialog *) { key(Qt::Key_Escape); }));
        QCOMPARE(s.stack.count(), 1);
        s.stack.undo();
        QCOMPARE(page.unitModel()->index(row, LocalUnitTableModel::CriteriaColumn).data().toString(),
                 QStringLiteral("Association (448-D)"));
    }

    void deleteAsksAndSaysHowManyStaffRowsGo()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        showActive(&page);
        const auto school = s.unitNamed(QStringLiteral("Trường Tiểu học"));
        QVERIFY(school.staffRows > 0);
        page.selectUnit(school.unit.id);
        page.unitTable()->setFocus();
        MessageBox::setNextAnswer(QMessageBox::No);
        key(Qt::Key_Delete);
        QCOMPARE(MessageBox::records().size(), 1);
        const QString text = MessageBox::records().constFirst().text;
        QVERIFY2(text.contains(QStringLiteral("its %1 staff record").arg(school.staffRows)),
                 qPrintable(text));
        QCOMPARE(s.units().size(), 8); // No: nothing happened
        MessageBox::setNextAnswer(QMessageBox::Yes);
        key(Qt::Key_Delete);
        QCOMPARE(s.units().size(), 7);
        QCOMPARE(page.unitModel()->rowCount(), 7);
        QVERIFY(LocalUnitRepository(s.db).staffRows(school.unit.id).isEmpty());
        s.stack.undo();
        QCOMPARE(page.unitModel()->rowCount(), 8);
        QCOMPARE(LocalUnitRepository(s.db).staffRows(school.unit.id).size(), school.staffRows);
    }

    void addStaffThroughTheFinder()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        showActive(&page);
        const auto station = s.unitNamed(QStringLiteral("Trạm Y tế"));
        page.selectUnit(station.unit.id);
        page.unitTable()->setFocus();
        const int before = page.staffModel()->rowCount();
        // Someone living who is not on this unit's staff.
        const auto onStaff = LocalUnitRepository(s.db).staff(station.unit.id);
        QVERIFY(!onStaff.isEmpty());
        qint64 newcomer = 0;
        for (qint64 id = 1; newcomer == 0; ++id) {
            const auto p = PersonRepository(s.db).find(id);
            if (p && p->isAlive() && !onStaff.contains(id) && p->name.full().size() > 8)
                newcomer = id;
        }
        const QString name = PersonRepository(s.db).find(newcomer)->name.full();
        QVERIFY(
            keyOpens<StaffDialog>(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier, [&](StaffDialog *d) {
                QVERIFY(!okEnabled(d));
                // An existing staff member: refused beside the list, with the reason.
                const QString existing = PersonRepository(s.db).find(onStaff.constFirst())->name.full();
                type(existing);
                QVERIFY(d->finder()->personId() != 0);
                if (d->finder()->personId() == onStaff.constFirst()) {
                    QVERIFY(!okEnabled(d));
                    QVERIFY(child<QLabel>(d, "choiceError")
                                ->text()
                                .contains(QStringLiteral("already on the staff")));
                }
                d->finder()->findEdit()->clear();
                type(name);
                while (d->finder()->personId() != newcomer &&
                       d->finder()->resultList()->currentRow() < d->finder()->resultList()->count() - 1)
                    key(Qt::Key_Down);
                QCOMPARE(d->finder()->personId(), newcomer);
                QVERIFY(okEnabled(d));
                key(Qt::Key_Tab); // the list
                key(Qt::Key_Tab); // role
                QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(d, "roleEdit"));
                type(QStringLiteral("Trạm trưởng"));
                key(Qt::Key_Return);
                QVERIFY(!d->isVisible());
            }));
        QCOMPARE(page.staffModel()->rowCount(), before + 1);
        const int row = page.staffModel()->rowOfStaff(page.selectedStaffId());
        QCOMPARE(page.staffModel()->rowAt(row).personId, newcomer);
        QCOMPARE(page.staffModel()->rowAt(row).role, QStringLiteral("Trạm trưởng"));
        QCOMPARE(page.staffModel()->rowAt(row).validFrom, QDate::currentDate());
        QCOMPARE(QApplication::focusWidget(), page.staffTable());
        const int inRegister =
            page.unitModel()
                ->index(page.unitModel()->rowOfUnit(station.unit.id), LocalUnitTableModel::InRegisterColumn)
                .data()
                .toInt();
        QCOMPARE(inRegister, before + 1);
        QCOMPARE(s.stack.count(), 1);

        // Insert in the staff list adds staff too (and not a unit).
        QVERIFY(keyOpens<StaffDialog>(Qt::Key_Insert, Qt::NoModifier,
                                      [](StaffDialog *) { key(Qt::Key_Escape); }));
        s.stack.undo();
        QCOMPARE(page.staffModel()->rowCount(), before);
    }

    void leftOnKeepsTheRowAndRemoveAsks()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        showActive(&page);
        const auto school = s.unitNamed(QStringLiteral("Trường Tiểu học"));
        QVERIFY(school.currentStaff >= 2);
        page.selectUnit(school.unit.id);
        page.staffTable()->setFocus();
        page.staffTable()->selectRow(0);
        const auto leaving = page.staffModel()->rowAt(0);
        QCOMPARE(leaving.validFrom, QDate(2018, 9, 1));
        QVERIFY(
            keyOpens<StaffDialog>(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier, [&](StaffDialog *d) {
                QVERIFY(child<QLabel>(d, "promptLabel")->text().contains(leaving.personName));
                auto *date = child<QDateEdit>(d, "dateEdit");
                QCOMPARE(QApplication::focusWidget(), date);
                QCOMPARE(date->minimumDate(), QDate(2018, 9, 1)); // never before they started
                date->setDate(QDate(2024, 6, 30));
                key(Qt::Key_Return);
                QVERIFY(!d->isVisible());
            }));
        QCOMPARE(LocalUnitRepository(s.db).findStaff(leaving.id)->validTo, QDate(2024, 6, 30));
        QCOMPARE(page.staffModel()->rowOfStaff(leaving.id), -1); // former staff are hidden
        QCOMPARE(page.staffModel()->formerCount(), 1);
        QVERIFY(child<QLabel>(&page, "staffHeading")->text().contains(QStringLiteral("1 former")));
        auto *former = child<QCheckBox>(&page, "formerStaffCheck");
        former->setFocus();
        key(Qt::Key_Space);
        QVERIFY(former->isChecked());
        const int row = page.staffModel()->rowOfStaff(leaving.id);
        QVERIFY(row >= 0);
        QCOMPARE(page.staffModel()->index(row, LocalUnitStaffModel::UntilColumn).data().toString(),
                 QStringLiteral("30/06/2024"));
        QCOMPARE(s.stack.count(), 1);

        // Del in the staff list asks; No keeps, Yes removes the row (not the person).
        page.staffTable()->setFocus();
        page.staffTable()->selectRow(row);
        MessageBox::setNextAnswer(QMessageBox::No);
        key(Qt::Key_Delete);
        QCOMPARE(MessageBox::records().size(), 1);
        QVERIFY(MessageBox::records().constFirst().text.contains(leaving.personName));
        QVERIFY(LocalUnitRepository(s.db).findStaff(leaving.id));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        key(Qt::Key_Delete);
        QVERIFY(!LocalUnitRepository(s.db).findStaff(leaving.id));
        QVERIFY(PersonRepository(s.db).find(leaving.personId));
        QCOMPARE(s.units().size(), 8); // Delete in the staff list never deletes the unit
        QCOMPARE(s.stack.count(), 2);
        s.stack.undo();
        s.stack.undo();
        QVERIFY(LocalUnitRepository(s.db).findStaff(leaving.id)->isCurrent());
        QVERIFY(page.staffModel()->rowOfStaff(leaving.id) >= 0);
    }

    void leavingBeforeStartingIsExplained()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        showActive(&page);
        page.selectUnit(s.unitNamed(QStringLiteral("Trường Tiểu học")).unit.id);
        page.staffTable()->setFocus();
        page.staffTable()->selectRow(0);
        const qint64 staffId = page.selectedStaffId();
        QVERIFY(staffId != 0);
        // The dialog's date field stops at the start date; core refuses too, and the dialog shows why.
        StaffDialog dialog(s.db, StaffDialog::Mode::End, QStringLiteral("Trường Tiểu học"));
        LocalUnitCommands commands(s.edits);
        dialog.setSaver([&](qint64, const QString &, const QDate &) {
            return commands.endStaff(staffId, QDate(2018, 8, 31));
        });
        dialog.accept();
        QVERIFY(child<QLabel>(&dialog, "coreError")->text().contains(QStringLiteral("before they started")));
        QVERIFY(LocalUnitRepository(s.db).findStaff(staffId)->isCurrent());
        QCOMPARE(s.stack.count(), 0);
    }

    void mnemonicsDoNotClash()
    {
        Session s;
        LocalUnitRegisterWidget page;
        page.setSession(&s.db, &s.edits, &s.notifier);
        QCOMPARE(mnemonicClashes(&page), QStringList());
        LocalUnitDialog unit(s.db, QStringLiteral("New"));
        QCOMPARE(mnemonicClashes(&unit), QStringList());
        StaffDialog add(s.db, StaffDialog::Mode::Add, QStringLiteral("X"));
        QCOMPARE(mnemonicClashes(&add), QStringList());
        // Every button says its keys.
        for (QPushButton *b : page.findChildren<QPushButton *>())
            QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->objectName()));
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("SHT_UNITS_SCREENSHOT");
        if (out.isEmpty())
            QSKIP("set SHT_UNITS_SCREENSHOT=path.png to render the page");
        Session s;
        LocalUnitRegisterWidget page;
        page.resize(1000, 640);
        page.setSession(&s.db, &s.edits, &s.notifier);
        showActive(&page);
        page.selectUnit(s.unitNamed(QStringLiteral("Trường Tiểu học")).unit.id);
        page.unitTable()->setFocus();
        QTest::qWait(50); // let the layouts settle
        QVERIFY(page.grab().save(out));
        LocalUnitDialog dialog(s.db, QStringLiteral("Edit"));
        dialog.setUnit(s.unitNamed(QStringLiteral("Trạm Y tế")).unit);
        dialog.show();
        QVERIFY(
            dialog.grab().save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-dialog.png"))));
        StaffDialog staff(s.db, StaffDialog::Mode::Add, QStringLiteral("Trạm Y tế"));
        staff.show();
        staff.finder()->findEdit()->setText(QStringLiteral("nguyen thi"));
        QTest::qWait(50);
        QVERIFY(
            staff.grab().save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-staff.png"))));
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(TestLocalUnitsGui)
#include "tst_local_units_gui.moc"
