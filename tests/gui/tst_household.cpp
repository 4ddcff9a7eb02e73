// The household editor, the person form and the new-household dialog, driven with the keyboard only: every
// edit goes through EditCommands (one undo step), wrong values are explained next to their field, and the
// editor follows undo and redo. What the widgets show is checked against the repositories.
#include "AdminUnitRepository.h"
#include "ChangeHeadDialog.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "GuiTestSupport.h"
#include "HouseholdDialog.h"
#include "HouseholdEditor.h"
#include "HouseholdMembersModel.h"
#include "HouseholdRepository.h"
#include "LearningCentreRepository.h"
#include "MemberTransferDialog.h"
#include "MessageBox.h"
#include "NewHouseholdDialog.h"
#include "PartialDateDialog.h"
#include "PersonDialog.h"
#include "PersonForm.h"
#include "PersonRepository.h"
#include "SplitHouseholdDialog.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace sht;
using namespace sht::test;

namespace {

// A commune with one village ("01"), the undo stack and the one door for edits, as the window has them.
struct Commune
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    qint64 villageId = 0;

    Commune()
        : db(temp.create())
        , edits(db, stack, notifier)
    {
        AdminUnit village;
        village.name = QStringLiteral("Thôn Đông");
        village.code = QStringLiteral("01");
        const Status s = edits.createVillage(village);
        if (!s)
            qFatal("%s", qPrintable(s.message()));
        villageId = village.id;
        stack.clear();
    }

    qint64 household(const QString &code, const QString &headName, Sex sex = Sex::Male)
    {
        Household h;
        h.code = code;
        h.villageId = villageId;
        Person head;
        head.name = PersonName(headName);
        head.sex = sex;
        head.birthDate = PartialDate::fromYear(1960);
        const Status s = edits.createHousehold(h, head, QDate(2000, 1, 1));
        if (!s)
            qFatal("%s", qPrintable(s.message()));
        return h.id;
    }

    qint64 member(qint64 householdId, const QString &name, Relation relation, Sex sex = Sex::Female,
                  int born = 1965)
    {
        Person p;
        p.name = PersonName(name);
        p.sex = sex;
        p.birthDate = PartialDate::fromYear(born);
        const Status s =
            edits.addMember(householdId, p, relation, ResidenceStatus::Permanent, QDate(2000, 1, 1));
        if (!s)
            qFatal("%s", qPrintable(s.message()));
        return p.id;
    }

    std::optional<Membership> current(qint64 personId)
    {
        return HouseholdRepository(db).currentMembership(personId);
    }
};

QLabel *label(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<QLabel *>(QLatin1String(name));
    if (!found)
        qFatal("no label %s", name);
    return found;
}

bool okEnabled(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestHousehold : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void membersModelIsSound();
    void newHouseholdProposesTheNextCode();
    void newHouseholdAndTwoMembersByKeyboardOnly();
    void validationMessagesNextToTheField_data();
    void validationMessagesNextToTheField();
    void refusalFromCoreIsShownInTheForm();
    void editPersonIsOneUndoStep();
    void moveMemberUndoRedo();
    void addExistingPersonFromAnotherHouseholdMovesThem();
    void makeHead();
    void markDeceasedKeepsHistory();
    void deleteAsksAndSaysWhatGoes();
    void splitHouseholdByKeyboard();
    void refusedEditChangesNothing();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
    void screenshot();

private:
    QTranslator m_english;
};

void TestHousehold::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English as an English user sees it (plural forms come from the English translation).
    QVERIFY(m_english.load(QStringLiteral(":/i18n/sohoctap_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestHousehold::init()
{
    MessageBox::clearRecords();
    MessageBox::setAutoAnswer(true);
}

void TestHousehold::membersModelIsSound()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 wife = c.member(h, QStringLiteral("Lê Thị Bình"), Relation::Spouse);
    c.member(h, QStringLiteral("Nguyễn Văn Cường"), Relation::Child, Sex::Male, 1990);
    HouseholdMembersModel model(c.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHousehold(h);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(HouseholdMembersModel::ColumnCount));
    QCOMPARE(model.index(0, HouseholdMembersModel::RelationColumn).data().toString(),
             QStringLiteral("Chủ hộ"));
    QCOMPARE(model.index(1, HouseholdMembersModel::RelationColumn).data().toString(), QStringLiteral("Vợ"));
    QCOMPARE(model.index(2, HouseholdMembersModel::NameColumn).data().toString(),
             QStringLiteral("Nguyễn Văn Cường"));
    QCOMPARE(model.index(1, 0).data(HouseholdMembersModel::PersonIdRole).toLongLong(), wife);
    SHT_VERIFY_OK(c.edits.markDeceased(wife, PartialDate::fromYear(2020)));
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    model.setShowHistory(true);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.currentCount(), 2);
    QVERIFY(!model.index(2, 0).data(HouseholdMembersModel::IsCurrentRole).toBool());
    QCOMPARE(model.index(2, HouseholdMembersModel::EndReasonColumn).data().toString(),
             QStringLiteral("Died"));
    QCOMPARE(model.index(2, HouseholdMembersModel::ToColumn).data().toString(), QStringLiteral("31/12/2020"));
    model.setHousehold(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestHousehold::newHouseholdProposesTheNextCode()
{
    Commune c;
    QCOMPARE(NewHouseholdDialog::suggestCode(c.db, c.villageId), QStringLiteral("01.001"));
    c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    c.household(QStringLiteral("01.214"), QStringLiteral("Trần Văn Bảo"));
    QCOMPARE(NewHouseholdDialog::suggestCode(c.db, c.villageId), QStringLiteral("01.215"));
}

void TestHousehold::newHouseholdAndTwoMembersByKeyboardOnly()
{
    Commune c;
    c.household(QStringLiteral("01.001"), QStringLiteral("Phạm Văn Đức"));
    c.stack.clear();

    // The household and its head.
    NewHouseholdDialog dialog(c.db, c.edits);
    showActive(&dialog);
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    QCOMPARE(code->text(), QStringLiteral("01.002"));
    QCOMPARE(focused()->objectName(), QStringLiteral("villageCombo"));
    tab(2); // code (kept as proposed), address
    type(QStringLiteral("Xóm 2, Thôn Đông"));
    tab(2); // date formed (today), full name
    QCOMPARE(focused()->objectName(), QStringLiteral("nameEdit"));
    QVERIFY(!okEnabled(&dialog));
    type(QStringLiteral("Nguyễn Văn An"));
    tab();
    key(Qt::Key_Down); // sex: Male
    tab();
    type(QStringLiteral("5/3/1970"));
    tab();
    type(QStringLiteral("001070012345"));
    QVERIFY(okEnabled(&dialog));
    key(Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const qint64 h = dialog.householdId();
    QVERIFY(h != 0);
    QCOMPARE(c.stack.count(), 1);
    const auto household = HouseholdRepository(c.db).find(h);
    QCOMPARE(household->code, QStringLiteral("01.002"));
    QCOMPARE(household->address, QStringLiteral("Xóm 2, Thôn Đông"));
    const auto head = HouseholdRepository(c.db).currentHead(h);
    QVERIFY(head);
    const auto headPerson = PersonRepository(c.db).find(head->personId);
    QCOMPARE(headPerson->name.full(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(headPerson->sex, Sex::Male);
    QCOMPARE(headPerson->birthDate, PartialDate::fromDate(QDate(1970, 3, 5)));
    QCOMPARE(headPerson->citizenId.digits(), QStringLiteral("001070012345"));

    // Two members, each through Insert and the person dialog.
    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h);
    showActive(&editor);
    auto *view = editor.findChild<QTableView *>(QStringLiteral("membersView"));
    QCOMPARE(view->model()->rowCount(), 1);
    const auto addMember = [&](const QString &name, int sexDowns, const QString &birth,
                               const QString &education, int relationUps) {
        return whileModal<PersonDialog>([&] { key(Qt::Key_Insert); },
                                        [&](PersonDialog *d) {
                                            QCOMPARE(focused()->objectName(), QStringLiteral("nameEdit"));
                                            type(name);
                                            tab();
                                            for (int i = 0; i < sexDowns; ++i)
                                                key(Qt::Key_Down);
                                            tab();
                                            type(birth);
                                            tab(4); // ID, ethnicity, religion, education
                                            type(education);
                                            tab(4); // occupation, phone, notes, relation
                                            for (int i = 0; i < relationUps; ++i)
                                                key(Qt::Key_Up);
                                            QVERIFY(okEnabled(d));
                                            key(Qt::Key_Return);
                                        });
    };
    // Relation starts at "Child"; one Up is "Spouse".
    QVERIFY(addMember(QStringLiteral("Lê Thị Bình"), 2, QStringLiteral("1972"), QStringLiteral("9/12"), 1));
    QVERIFY(
        addMember(QStringLiteral("Nguyễn Thị Cúc"), 2, QStringLiteral("03/2001"), QStringLiteral("ĐH"), 0));
    QCOMPARE(c.stack.count(), 3);
    QCOMPARE(view->model()->rowCount(), 3);
    const QList<Membership> members = HouseholdRepository(c.db).members(h);
    QCOMPARE(members.size(), 3);
    QHash<QString, Membership> byName;
    for (const Membership &m : members)
        byName.insert(PersonRepository(c.db).find(m.personId)->name.full(), m);
    QCOMPARE(byName.value(QStringLiteral("Lê Thị Bình")).relation, Relation::Spouse);
    QCOMPARE(byName.value(QStringLiteral("Nguyễn Thị Cúc")).relation, Relation::Child);
    QCOMPARE(byName.value(QStringLiteral("Nguyễn Thị Cúc")).validFrom, QDate::currentDate());
    const auto cuc = PersonRepository(c.db).find(byName.value(QStringLiteral("Nguyễn Thị Cúc")).personId);
    QCOMPARE(cuc->education, Education::ofLevel(Education::Level::University));
    QCOMPARE(cuc->sex, Sex::Female);
    QCOMPARE(view->model()->index(1, HouseholdMembersModel::RelationColumn).data().toString(),
             QStringLiteral("Vợ"));
}

void TestHousehold::validationMessagesNextToTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("fixed");
    // The person is a man born in 1990 (sex and birth date typed first).
    QTest::addRow("CCCD says female") << "citizenIdEdit"
                                      << "001190012345"
                                      << "citizenIdError"
                                      << "001090012345";
    QTest::addRow("CCCD with 11 digits") << "citizenIdEdit"
                                         << "01090012345"
                                         << "citizenIdError"
                                         << "001090012345";
    QTest::addRow("CCCD born another year") << "citizenIdEdit"
                                            << "001085012345"
                                            << "citizenIdError"
                                            << "";
    QTest::addRow("impossible date") << "birthDateEdit"
                                     << "31/02/1990"
                                     << "birthDateError"
                                     << "28/02/1990";
    QTest::addRow("future date") << "birthDateEdit" << QString::number(QDate::currentDate().year() + 1)
                                 << "birthDateError"
                                 << "1990";
    QTest::addRow("grade 13 of 12") << "educationEdit"
                                    << "13/12"
                                    << "educationError"
                                    << "12/12";
    QTest::addRow("phone with letters") << "phoneEdit"
                                        << "09x2"
                                        << "phoneError"
                                        << "0912 345 678";
}

void TestHousehold::validationMessagesNextToTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, fixed);
    Commune c;
    const qint64 before = PersonRepository(c.db).count();
    int saves = 0;
    PersonDialog dialog(c.db, QStringLiteral("test"));
    dialog.setSaver([&](Person &) {
        ++saves;
        return Status::success();
    });
    showActive(&dialog);
    type(QStringLiteral("Trần Văn Bình"));
    tab();
    key(Qt::Key_Down); // Male
    tab();
    type(QStringLiteral("1990"));
    QVERIFY(okEnabled(&dialog));

    auto *edit = dialog.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setFocus(); // (the mnemonics are checked in mnemonicsDoNotClash)
    edit->selectAll();
    type(text);
    QLabel *error = label(&dialog, qPrintable(errorLabel));
    QVERIFY2(error->isVisible(), qPrintable(field + QStringLiteral(": no message")));
    QVERIFY(!error->text().isEmpty());
    // Next to its field: right under it, in the same column.
    const QRect fieldRect(edit->mapTo(&dialog, QPoint(0, 0)), edit->size());
    const QRect errorRect(error->mapTo(&dialog, QPoint(0, 0)), error->size());
    QVERIFY2(
        errorRect.top() >= fieldRect.bottom() && errorRect.top() - fieldRect.bottom() < 12,
        qPrintable(
            QStringLiteral("message at %1, field ends at %2").arg(errorRect.top()).arg(fieldRect.bottom())));
    QVERIFY(qAbs(errorRect.left() - fieldRect.left()) < 4);
    QVERIFY(!okEnabled(&dialog));
    key(Qt::Key_Return); // Enter does nothing while a value is wrong
    QVERIFY(dialog.isVisible());
    QCOMPARE(saves, 0);
    QCOMPARE(PersonRepository(c.db).count(), before);

    if (!fixed.isEmpty()) {
        edit->selectAll();
        type(fixed);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QVERIFY(okEnabled(&dialog));
        key(Qt::Key_Return);
        QCOMPARE(saves, 1);
        QVERIFY(!dialog.isVisible());
    }
}

void TestHousehold::refusalFromCoreIsShownInTheForm()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 son = c.member(h, QStringLiteral("Nguyễn Văn Bảo"), Relation::Child, Sex::Male, 1990);
    Person sonRecord = *PersonRepository(c.db).find(son);
    sonRecord.citizenId = CitizenId::parse(QStringLiteral("001090012345"));
    SHT_VERIFY_OK(c.edits.updatePerson(sonRecord));

    // A duplicate ID is explained as soon as it is typed.
    PersonDialog dialog(c.db, QStringLiteral("test"));
    showActive(&dialog);
    type(QStringLiteral("Trần Văn Cường"));
    tab(3);
    type(QStringLiteral("001090012345"));
    QVERIFY(label(&dialog, "citizenIdError")->text().contains(QStringLiteral("Nguyễn Văn Bảo")));
    QVERIFY(!okEnabled(&dialog));

    // What core refuses on saving stays in the dialog, which stays open, and nothing is saved.
    QLineEdit *id = dialog.findChild<QLineEdit *>(QStringLiteral("citizenIdEdit"));
    id->selectAll();
    key(Qt::Key_Delete);
    const int steps = c.stack.count();
    dialog.setSaver([&](Person &p) {
        return c.edits.addMember(987654, p, Relation::Child, ResidenceStatus::Permanent,
                                 QDate::currentDate());
    });
    QVERIFY(okEnabled(&dialog));
    key(Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(label(&dialog, "formError")->isVisible());
    QVERIFY(!label(&dialog, "formError")->text().isEmpty());
    QCOMPARE(c.stack.count(), steps);
    QCOMPARE(PersonRepository(c.db).count(), 2);
    key(Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestHousehold::editPersonIsOneUndoStep()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 wife = c.member(h, QStringLiteral("Lê Thị Bình"), Relation::Spouse);
    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h);
    showActive(&editor);
    key(Qt::Key_Down);
    QCOMPARE(editor.selectedPersonId(), wife);
    const int steps = c.stack.count();
    QVERIFY(whileModal<PersonDialog>([&] { key(Qt::Key_F2); },
                                     [&](PersonDialog *) {
                                         tab(6); // sex, birth, ID, ethnicity, religion, education
                                         QCOMPARE(focused()->objectName(), QStringLiteral("educationEdit"));
                                         type(QStringLiteral("7/10"));
                                         QCOMPARE(label(focused()->window(), "educationInfo")->text(),
                                                  Education::general(7, 10).label());
                                         key(Qt::Key_Return);
                                     }));
    QCOMPARE(c.stack.count(), steps + 1);
    QCOMPARE(PersonRepository(c.db).find(wife)->education, Education::general(7, 10));
    c.stack.undo();
    QCOMPARE(PersonRepository(c.db).find(wife)->education, Education());

    // Esc cancels and saves nothing.
    QVERIFY(whileModal<PersonDialog>([&] { key(Qt::Key_Return); },
                                     [&](PersonDialog *) {
                                         type(QStringLiteral(" Hoa"));
                                         key(Qt::Key_Escape);
                                     }));
    QCOMPARE(PersonRepository(c.db).find(wife)->name.full(), QStringLiteral("Lê Thị Bình"));
    QCOMPARE(c.stack.index(), steps);
}

void TestHousehold::moveMemberUndoRedo()
{
    Commune c;
    const qint64 h1 = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 son = c.member(h1, QStringLiteral("Nguyễn Văn Bảo"), Relation::Child, Sex::Male, 1990);
    const qint64 h2 = c.household(QStringLiteral("01.002"), QStringLiteral("Trần Văn Cường"));
    c.household(QStringLiteral("01.003"), QStringLiteral("Trần Thị Dung"), Sex::Female);

    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h1);
    showActive(&editor);
    auto *model = editor.model();
    QCOMPARE(model->rowCount(), 2);
    key(Qt::Key_Down);
    QCOMPARE(editor.selectedPersonId(), son);
    const int steps = c.stack.count();
    QVERIFY(whileModal<MemberTransferDialog>([&] { key(Qt::Key_M, Qt::ControlModifier); },
                                             [&](MemberTransferDialog *d) {
                                                 QVERIFY(!okEnabled(d));
                                                 type(QStringLiteral("tran")); // two households match
                                                 auto *list = d->findChild<QListWidget *>();
                                                 QCOMPARE(list->count(), 2);
                                                 type(QStringLiteral(" cuong"));
                                                 QCOMPARE(list->count(), 1);
                                                 QVERIFY(list->item(0)->text().contains(
                                                     QStringLiteral("01.002")));
                                                 tab(2);          // the list, the relation
                                                 key(Qt::Key_Up); // Other -> Sibling
                                                 key(Qt::Key_Return);
                                             }));
    QCOMPARE(c.stack.count(), steps + 1);
    QCOMPARE(c.current(son)->householdId, h2);
    QCOMPARE(c.current(son)->relation, Relation::Sibling);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOfPerson(son), -1);

    c.stack.undo();
    QCOMPARE(c.current(son)->householdId, h1);
    QCOMPARE(c.current(son)->relation, Relation::Child);
    QCOMPARE(HouseholdRepository(c.db).members(h2).size(), 1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOfPerson(son), 1);

    c.stack.redo();
    QCOMPARE(c.current(son)->householdId, h2);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(HouseholdRepository(c.db).members(h2).size(), 2);
    // The history remembers where the son lived.
    QCOMPARE(HouseholdRepository(c.db).membershipHistory(son).size(), 2);
    editor.findChild<QCheckBox *>(QStringLiteral("showHistoryCheck"))->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, HouseholdMembersModel::EndReasonColumn).data().toString(),
             QStringLiteral("Moved to another household"));
}

void TestHousehold::addExistingPersonFromAnotherHouseholdMovesThem()
{
    Commune c;
    const qint64 h1 = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 h2 = c.household(QStringLiteral("01.002"), QStringLiteral("Trần Văn Cường"));
    const qint64 daughter = c.member(h2, QStringLiteral("Trần Thị Hoa"), Relation::Child, Sex::Female, 1995);
    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h1);
    showActive(&editor);
    QVERIFY(whileModal<MemberTransferDialog>([&] { key(Qt::Key_E, Qt::ControlModifier); },
                                             [&](MemberTransferDialog *d) {
                                                 type(QStringLiteral("hoa"));
                                                 auto *list = d->findChild<QListWidget *>();
                                                 QCOMPARE(list->count(), 1);
                                                 QVERIFY(list->item(0)->text().contains(
                                                     QStringLiteral("01.002")));
                                                 tab(2);
                                                 for (int i = 0; i < 4; ++i)
                                                     key(Qt::Key_Up); // Other -> ChildInLaw
                                                 key(Qt::Key_Return);
                                             }));
    QCOMPARE(c.current(daughter)->householdId, h1);
    QCOMPARE(c.current(daughter)->relation, Relation::ChildInLaw);
    QCOMPARE(HouseholdRepository(c.db).membershipHistory(daughter).size(), 2);
    QCOMPARE(editor.selectedPersonId(), daughter);
    QCOMPARE(editor.model()->index(editor.model()->rowOfPerson(daughter), 0).data().toString(),
             QStringLiteral("Con dâu"));
}

void TestHousehold::makeHead()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 head = HouseholdRepository(c.db).currentHead(h)->personId;
    const qint64 wife = c.member(h, QStringLiteral("Lê Thị Bình"), Relation::Spouse);
    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h);
    showActive(&editor);
    key(Qt::Key_Down);
    QVERIFY(whileModal<ChangeHeadDialog>([&] { key(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier); },
                                         [&](ChangeHeadDialog *d) {
                                             QCOMPARE(d->formerHeadRelation(), Relation::Spouse);
                                             key(Qt::Key_Return);
                                         }));
    QCOMPARE(HouseholdRepository(c.db).currentHead(h)->personId, wife);
    QCOMPARE(c.current(head)->relation, Relation::Spouse);
    QCOMPARE(editor.model()->index(0, HouseholdMembersModel::NameColumn).data().toString(),
             QStringLiteral("Lê Thị Bình"));
    QCOMPARE(editor.model()->index(1, HouseholdMembersModel::RelationColumn).data().toString(),
             QStringLiteral("Chồng"));
    QCOMPARE(label(&editor, "headValue")->text(), QStringLiteral("Lê Thị Bình"));
    // The head cannot be made head again.
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("makeHeadButton"))->isEnabled() ||
            editor.selectedPersonId() != wife);
    c.stack.undo();
    QCOMPARE(HouseholdRepository(c.db).currentHead(h)->personId, head);
    QCOMPARE(label(&editor, "headValue")->text(), QStringLiteral("Nguyễn Văn An"));
}

void TestHousehold::markDeceasedKeepsHistory()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 mother = c.member(h, QStringLiteral("Phạm Thị Lành"), Relation::Parent, Sex::Female, 1930);
    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h);
    showActive(&editor);
    key(Qt::Key_Down);
    QCOMPARE(editor.selectedPersonId(), mother);
    // A date in the future is refused next to the field; a year alone is enough.
    QVERIFY(whileModal<PartialDateDialog>([&] { key(Qt::Key_D, Qt::ControlModifier); },
                                          [&](PartialDateDialog *d) {
                                              QVERIFY(okEnabled(d)); // today
                                              type(QString::number(QDate::currentDate().year() + 1));
                                              QVERIFY(label(d, "dateError")->isVisible());
                                              QVERIFY(!okEnabled(d));
                                              key(Qt::Key_A, Qt::ControlModifier);
                                              type(QStringLiteral("2021"));
                                              QVERIFY(!label(d, "dateError")->isVisible());
                                              key(Qt::Key_Return);
                                          }));
    QCOMPARE(PersonRepository(c.db).find(mother)->deathDate, PartialDate::fromYear(2021));
    QVERIFY(!c.current(mother));
    QCOMPARE(editor.model()->rowCount(), 1);
    key(Qt::Key_P, Qt::AltModifier); // Show past members (a mnemonic clicks after a short animation)
    QTRY_COMPARE(editor.model()->rowCount(), 2);
    QCOMPARE(editor.model()->index(1, HouseholdMembersModel::EndReasonColumn).data().toString(),
             QStringLiteral("Died"));
}

void TestHousehold::deleteAsksAndSaysWhatGoes()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 son = c.member(h, QStringLiteral("Nguyễn Văn Bảo"), Relation::Child, Sex::Male, 1990);
    LearningCentreRepository centres(c.db);
    LearningCentre centre;
    centre.name = QStringLiteral("TTHTCĐ xã Thử Nghiệm");
    SHT_VERIFY_OK(centres.insertCentre(centre));
    Course course;
    course.centreId = centre.id;
    course.title = QStringLiteral("Kỹ thuật trồng lúa");
    SHT_VERIFY_OK(centres.insertCourse(course));
    for (int day : {3, 10}) {
        CourseSession session;
        session.courseId = course.id;
        session.heldOn = QDate(2024, 3, day);
        SHT_VERIFY_OK(centres.insertSession(session));
        SHT_VERIFY_OK(centres.addAttendance(session.id, son));
    }

    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h);
    showActive(&editor);
    key(Qt::Key_Down);
    QCOMPARE(editor.selectedPersonId(), son);

    MessageBox::setNextAnswer(QMessageBox::No);
    key(Qt::Key_Delete);
    QCOMPARE(MessageBox::records().size(), 1);
    const QString text = MessageBox::records().constFirst().text;
    QVERIFY2(text.contains(QStringLiteral("Nguyễn Văn Bảo")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 household membership record")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 attendance records")), qPrintable(text));
    QVERIFY(PersonRepository(c.db).find(son));
    QCOMPARE(editor.model()->rowCount(), 2);

    const int steps = c.stack.count();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    key(Qt::Key_Delete);
    QVERIFY(!PersonRepository(c.db).find(son));
    QCOMPARE(editor.model()->rowCount(), 1);
    QCOMPARE(c.stack.count(), steps + 1);
    c.stack.undo();
    QVERIFY(PersonRepository(c.db).find(son));
    QCOMPARE(editor.model()->rowCount(), 2);
    QCOMPARE(centres.attendees(centres.sessions(course.id).constFirst().id), QList<qint64>{son});
}

void TestHousehold::splitHouseholdByKeyboard()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    const qint64 son = c.member(h, QStringLiteral("Nguyễn Văn Cường"), Relation::Child, Sex::Male, 1990);
    const qint64 wife = c.member(h, QStringLiteral("Lê Thị Dung"), Relation::ChildInLaw, Sex::Female, 1992);
    c.household(QStringLiteral("01.002"), QStringLiteral("Trần Văn Bảo"));

    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h);
    showActive(&editor);
    QCOMPARE(editor.model()->rowCount(), 3);
    const int steps = c.stack.count();
    QVERIFY(whileModal<SplitHouseholdDialog>(
        [&] { key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier); },
        [&](SplitHouseholdDialog *d) {
            QVERIFY(!okEnabled(d)); // nobody ticked yet, and the dialog says so
            QVERIFY(label(d, "errorLabel")->isVisibleTo(d));
            QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->text(), QStringLiteral("01.003"));
            key(Qt::Key_Space); // the son: the new head
            QCOMPARE(d->findChild<QComboBox *>(QStringLiteral("headCombo"))->currentData().toLongLong(), son);
            QVERIFY(okEnabled(d));
            tab(); // his relation is Head, not editable: on to his wife
            key(Qt::Key_Space);
            tab();
            key(Qt::Key_Home); // Head: refused next to the field
            QVERIFY(!okEnabled(d));
            QVERIFY(label(d, "errorLabel")->text().contains(QStringLiteral("Lê Thị Dung")));
            key(Qt::Key_Down); // Spouse
            QVERIFY(okEnabled(d));
            key(Qt::Key_C, Qt::AltModifier);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("01.002")); // taken
            QVERIFY(!okEnabled(d));
            QVERIFY(label(d, "errorLabel")->text().contains(QStringLiteral("01.003")));
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("01.010"));
            key(Qt::Key_Return);
        }));
    QCOMPARE(c.stack.count(), steps + 1);
    const auto created = HouseholdRepository(c.db).findByCode(c.villageId, QStringLiteral("01.010"));
    QVERIFY(created);
    QCOMPARE(c.current(son)->householdId, created->id);
    QCOMPARE(c.current(son)->relation, Relation::Head);
    QCOMPARE(c.current(wife)->householdId, created->id);
    QCOMPARE(c.current(wife)->relation, Relation::Spouse);
    QCOMPARE(editor.model()->rowCount(), 1); // the editor follows: only the head is left
    QCOMPARE(HouseholdRepository(c.db).membershipHistory(son).at(0).endReason, QStringLiteral("split"));

    c.stack.undo();
    QVERIFY(!HouseholdRepository(c.db).findByCode(c.villageId, QStringLiteral("01.010")));
    QCOMPARE(c.current(son)->householdId, h);
    QCOMPARE(c.current(wife)->relation, Relation::ChildInLaw);
    QCOMPARE(HouseholdRepository(c.db).membershipHistory(son).size(), 1);
    QCOMPARE(editor.model()->rowCount(), 3);
}

void TestHousehold::refusedEditChangesNothing()
{
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    c.member(h, QStringLiteral("Lê Thị Bình"), Relation::Spouse);
    HouseholdEditor editor(c.db, c.edits, c.notifier);
    editor.setHousehold(h);
    showActive(&editor);
    const int steps = c.stack.count();
    // The head of a household with other members may not leave: core says why, nothing changes.
    QVERIFY(whileModal<PartialDateDialog>([&] { key(Qt::Key_D, Qt::ControlModifier); },
                                          [&](PartialDateDialog *) { key(Qt::Key_Return); }));
    QCOMPARE(MessageBox::records().size(), 1);
    QCOMPARE(MessageBox::records().constFirst().icon, QMessageBox::Warning);
    QVERIFY(PersonRepository(c.db).find(HouseholdRepository(c.db).currentHead(h)->personId)->isAlive());
    QCOMPARE(c.stack.count(), steps);
    QCOMPARE(editor.model()->rowCount(), 2);
}

void TestHousehold::mnemonicsDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << "en";
    QTest::addRow("vi") << "vi";
}

void TestHousehold::mnemonicsDoNotClash()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/sohoctap_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    Commune c;
    const qint64 h = c.household(QStringLiteral("01.001"), QStringLiteral("Nguyễn Văn An"));
    std::vector<std::unique_ptr<QWidget>> windows;
    auto person = std::make_unique<PersonDialog>(c.db, QStringLiteral("test"));
    person->showMembershipFields();
    windows.push_back(std::move(person));
    windows.push_back(std::make_unique<NewHouseholdDialog>(c.db, c.edits));
    auto household = std::make_unique<HouseholdDialog>(c.db, c.edits, c.notifier, h);
    windows.push_back(std::move(household));
    windows.push_back(
        std::make_unique<MemberTransferDialog>(c.db, MemberTransferDialog::Mode::AddExistingPerson, h));
    windows.push_back(std::make_unique<MemberTransferDialog>(
        c.db, MemberTransferDialog::Mode::MoveToHousehold, h, QStringLiteral("X")));
    c.member(h, QStringLiteral("Lê Thị Bình"), Relation::Spouse);
    windows.push_back(std::make_unique<SplitHouseholdDialog>(c.db, c.edits, h));
    windows.push_back(
        std::make_unique<ChangeHeadDialog>(QStringLiteral("A"), QStringLiteral("B"), Relation::Spouse));
    windows.push_back(std::make_unique<PartialDateDialog>(QStringLiteral("t"), QStringLiteral("p"),
                                                          QStringLiteral("&Date of death:")));
    QStringList clashes;
    for (const auto &w : windows) {
        for (const QString &clash : mnemonicClashes(w.get()))
            clashes << w->metaObject()->className() + QStringLiteral(": ") + clash;
        // Every labelled field can be reached with Alt+letter.
        for (QLabel *l : w->findChildren<QLabel *>())
            if (l->buddy() && !l->text().contains(QLatin1Char('&')))
                clashes << w->metaObject()->className() + QStringLiteral(": no mnemonic on ") + l->text();
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

// Renders the editor on a demo household into SHT_HOUSEHOLD_SCREENSHOT (a .png path), in Vietnamese. Run
// under xvfb-run with QT_QPA_PLATFORM=xcb for the real fonts.
void TestHousehold::screenshot()
{
    const QString out = qEnvironmentVariable("SHT_HOUSEHOLD_SCREENSHOT");
    if (out.isEmpty())
        QSKIP("set SHT_HOUSEHOLD_SCREENSHOT=path.png to render the household editor");
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/sohoctap_vi.qm")));
    QCoreApplication::installTranslator(&translator);
    test::TempCommune temp;
    const QString path = temp.demo(400, 7);
    Database db;
    SHT_VERIFY_OK(db.open(path));
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits(db, stack, notifier);
    // The first household with five or more members; one of them moved away in 2023, for the history.
    HouseholdRepository households(db);
    qint64 chosen = 0;
    for (const AdminUnit &village : AdminUnitRepository(db).villages()) {
        for (const Household &household : households.inVillage(village.id))
            if (households.members(household.id).size() >= 5) {
                chosen = household.id;
                break;
            }
        if (chosen)
            break;
    }
    QVERIFY(chosen);
    SHT_VERIFY_OK(
        edits.markMovedAway(households.members(chosen).constLast().personId, PartialDate::fromYear(2023)));
    HouseholdDialog dialog(db, edits, notifier, chosen);
    dialog.editor()->findChild<QCheckBox *>(QStringLiteral("showHistoryCheck"))->setChecked(true);
    showActive(&dialog);
    QTest::qWait(200);
    QVERIFY(dialog.grab().save(out));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestHousehold)
#include "tst_household.moc"
