// The Evaluation page driven by the keyboard, as at the commune's evaluation meeting: register a village
// (whole, and people one by one with Space), evaluate (F5), read the counts, open a household whose child is
// out of school and find that child in the explanation, score a citizen's ten indicators by typing digits
// and Enter, watch the verdict change, undo a judgement, recognise with a decision number. Every model of
// the page runs under QAbstractItemModelTester.
#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "CatalogueLibrary.h"
#include "CatalogueRepository.h"
#include "ChangeNotifier.h"
#include "ClanService.h"
#include "EditCommands.h"
#include "EvaluationChangesDialog.h"
#include "EvaluationDetailWidget.h"
#include "EvaluationIndicatorModel.h"
#include "EvaluationTableModel.h"
#include "EvaluationWidget.h"
#include "GuiTestSupport.h"
#include "HouseholdService.h"
#include "MessageBox.h"
#include "RecognitionDialog.h"
#include "RegistrationCandidateModel.h"
#include "RegistrationCommands.h"
#include "RegistrationDialog.h"
#include "RegistrationRepository.h"
#include "RegistrationService.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

using namespace sht;
using namespace sht::test;
using criteria::Title;
using criteria::Verdict;

namespace {

constexpr int Year = 2025;

void check(const Status &status)
{
    if (!status)
        qFatal("%s", qPrintable(status.message()));
}

// Thôn Đông: household D1 (Lê Văn Hùng, born 1975; his son Lê Văn Nam, born 2013, is not at school) and
// household D2 (Trần Thị Mai, born 1980; her son at school). Thôn Tây: household T1 (Đỗ Văn Long).
struct Commune
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    AdminUnit east;
    AdminUnit west;
    Household d1;
    Household d2;

    Commune()
        : db(temp.create())
        , edits(db, stack, notifier)
    {
        east = village(QStringLiteral("Thôn Đông"));
        west = village(QStringLiteral("Thôn Tây"));
        d1 = household(east, QStringLiteral("D1"), QStringLiteral("Lê Văn Hùng"), 1975);
        child(d1, QStringLiteral("Lê Văn Nam"), 2013, SchoolStatus::NotEnrolled);
        d2 = household(east, QStringLiteral("D2"), QStringLiteral("Trần Thị Mai"), 1980);
        child(d2, QStringLiteral("Trần Văn Bảo"), 2014, SchoolStatus::Enrolled);
        household(west, QStringLiteral("T1"), QStringLiteral("Đỗ Văn Long"), 1970);
    }

    AdminUnit village(const QString &name)
    {
        AdminUnit v;
        v.name = name;
        v.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(v));
        return v;
    }

    Household household(const AdminUnit &in, const QString &code, const QString &head, int born)
    {
        Household h;
        h.code = code;
        h.villageId = in.id;
        Person p;
        p.name = PersonName(head);
        p.birthDate = PartialDate::fromYear(born);
        check(HouseholdService(db).createHousehold(h, p, QDate(2010, 1, 1)));
        return h;
    }

    void child(const Household &h, const QString &name, int born, SchoolStatus status)
    {
        Person p;
        p.name = PersonName(name);
        p.birthDate = PartialDate::fromYear(born);
        p.schoolStatus = status;
        check(HouseholdService(db).addMember(h.id, p, Relation::Child, ResidenceStatus::Permanent,
                                             QDate(2013, 1, 1)));
    }
};

struct Page
{
    explicit Page(Commune &commune)
    {
        widget.setSession(&commune.db, &commune.edits, &commune.notifier);
        widget.resize(1400, 860);
        showActive(&widget);
        widget.setYear(Year);
    }
    EvaluationWidget widget;
    QAbstractItemModelTester resultsTester{widget.resultsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester indicatorsTester{widget.detail()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// The model row of the subject whose name contains `name` for a title, -1 when none is shown.
int rowOf(const EvaluationTableModel *model, Title title, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->resultAt(row).title == title && model->resultAt(row).subjectName.contains(name))
            return row;
    return -1;
}

// Registers Thôn Đông's households whole (Ctrl+Shift+A) and its two adults one by one (type, Down, Space).
void registerByKeys(Commune &commune, Page &page)
{
    const bool seen = whileModal<RegistrationDialog>(
        [&] {
            QTest::mouseClick(page.widget.findChild<QPushButton *>(QStringLiteral("registerButton")),
                              Qt::LeftButton);
        },
        [&](RegistrationDialog *dialog) {
            QAbstractItemModelTester tester(dialog->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            dialog->setTitle(Title::LearningFamily);
            dialog->setVillage(commune.east.id);
            QCOMPARE(dialog->model()->totalCount(), 2);
            key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(dialog->model()->registeredCount(), 2);

            dialog->setTitle(Title::LearningCitizen);
            dialog->setVillage(0); // all villages: three adults, no children
            QCOMPARE(dialog->model()->totalCount(), 3);
            for (const QString &name : {QStringLiteral("mai"), QStringLiteral("le van hung")}) {
                dialog->filterEdit()->setFocus();
                dialog->filterEdit()->clear();
                type(name);
                QCOMPARE(dialog->model()->matchCount(), 1);
                key(Qt::Key_Down);
                QCOMPARE(focused(), dialog->table());
                key(Qt::Key_Space);
            }
            dialog->filterEdit()->clear();
            QCOMPARE(dialog->model()->registeredCount(), 2);
            const QLabel *count = dialog->findChild<QLabel *>(QStringLiteral("registrationCount"));
            QVERIFY2(count->text().startsWith(QStringLiteral("2 registered of 3")),
                     qPrintable(count->text()));
            key(Qt::Key_Escape);
        });
    QVERIFY(seen);
}

// Presses F5 on the page; answers a "What changed" dialog if one comes.
void evaluateByKey(Page &page)
{
    page.widget.resultsTable()->setFocus();
    whileModal<EvaluationChangesDialog>([&] { key(Qt::Key_F5); }, [](EvaluationChangesDialog *) {});
}

} // namespace

class TestEvaluationGui : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        MessageBox::setAutoAnswer(true);
        MessageBox::clearRecords();
    }

    void registerEvaluateAndExplain()
    {
        Commune commune;
        Page page(commune);
        QCOMPARE(page.widget.year(), Year);
        QVERIFY2(page.widget.countsLabel()->text().contains(QStringLiteral("Nothing registered")),
                 qPrintable(page.widget.countsLabel()->text()));

        registerByKeys(commune, page);
        QCOMPARE(RegistrationRepository(commune.db).count(Year, Title::LearningFamily), 2);
        QCOMPARE(RegistrationRepository(commune.db).count(Year, Title::LearningCitizen), 2);
        QCOMPARE(commune.stack.count(), 3); // the village, then each citizen
        QVERIFY2(page.widget.countsLabel()->text().contains(QStringLiteral("not evaluated yet")),
                 qPrintable(page.widget.countsLabel()->text()));

        evaluateByKey(page);
        EvaluationTableModel *results = page.widget.resultsModel();
        QCOMPARE(results->totalCount(), 4 + 1); // and the commune, evaluated every year (it has no centre)
        const QList<int> counts = results->verdictCounts();
        QCOMPARE(counts.at(0) + counts.at(1) + counts.at(2), 5);
        QCOMPARE(page.widget.countsLabel()->text(),
                 QStringLiteral("Met %1 · Not met %2 · Waiting %3 (of 5 registered)")
                     .arg(counts.at(0))
                     .arg(counts.at(1))
                     .arg(counts.at(2)));

        // Only the households: the counts follow the title.
        page.widget.setTitleFilter(Title::LearningFamily);
        QCOMPARE(results->rowCount(), 2);
        QVERIFY2(page.widget.countsLabel()->text().endsWith(QStringLiteral("(of 2 registered)")),
                 qPrintable(page.widget.countsLabel()->text()));

        // Type to filter (accent-free), Down to the list: D1 is current and the pane says why.
        page.widget.focusFilter();
        type(QStringLiteral("le van hung"));
        QCOMPARE(results->rowCount(), 1);
        key(Qt::Key_Down);
        QCOMPARE(focused(), page.widget.resultsTable());
        QVERIFY(results->resultAt(0).verdict != Verdict::Met);
        EvaluationDetailWidget *detail = page.widget.detail();
        QVERIFY(detail->hasResult());
        QCOMPARE(detail->result().subjectUuid, commune.d1.uuid);
        // The first failed indicator is shown at once: 1a, with the child out of school against the rule.
        QCOMPARE(detail->currentIndicator(), QStringLiteral("1a"));
        const QString why = detail->explanation()->toPlainText();
        QVERIFY2(why.contains(QStringLiteral("Lê Văn Nam")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("against the rule")), qPrintable(why));
        QVERIFY(detail->explanation()->toHtml().contains(QStringLiteral("Lê Văn Nam")));
        const auto *outcome = detail->model()->outcomeAt(detail->model()->rowOf(QStringLiteral("1a")));
        QVERIFY(outcome && outcome->met == false);
        QVERIFY(detail->heading()->text().contains(QStringLiteral("Lê Văn Hùng")));
        // Provisional wording is said plainly (QĐ 448's criteria 3 and 4 wait for the province).
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("provisionalNote"))->isVisibleTo(detail));
        QVERIFY(detail->selectIndicator(QStringLiteral("3")));
        QVERIFY2(detail->explanation()->toPlainText().contains(QStringLiteral("Provisional")),
                 qPrintable(detail->explanation()->toPlainText()));

        // Esc clears the filter: both households again.
        page.widget.focusFilter();
        key(Qt::Key_Escape);
        QCOMPARE(results->rowCount(), 2);

        if (qEnvironmentVariableIsSet("SHT_EVALUATION_SCREENSHOTS"))
            page.widget.grab().save(QStringLiteral("/tmp/evaluation-household.png"));
    }

    void judgeByKeysUndoAndRecognise()
    {
        Commune commune;
        Page page(commune);
        registerByKeys(commune, page);
        evaluateByKey(page);
        const int stepsBefore = commune.stack.count();
        EvaluationTableModel *results = page.widget.resultsModel();

        page.widget.setTitleFilter(Title::LearningCitizen);
        page.widget.focusFilter();
        type(QStringLiteral("mai"));
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->resultAt(0).verdict, Verdict::Pending); // ten indicators wait for the council
        key(Qt::Key_Down);
        key(Qt::Key_Return); // to the indicators
        EvaluationDetailWidget *detail = page.widget.detail();
        QCOMPARE(focused(), detail->indicatorTable());
        QCOMPARE(detail->currentIndicator(), QStringLiteral("1"));

        // 9 points each: a digit that leaves no room for another is committed at once; Enter goes on.
        for (int i = 1; i <= 10; ++i) {
            QCOMPARE(detail->currentIndicator(), QString::number(i));
            type(QStringLiteral("9"));
            key(Qt::Key_Return);
        }
        QCOMPARE(commune.stack.count(), stepsBefore + 10);
        QCOMPARE(results->resultAt(0).verdict, Verdict::Met);
        QCOMPARE(results->data(results->index(0, EvaluationTableModel::VerdictColumn)).toString(),
                 QStringLiteral("Met"));
        QCOMPARE(results->resultAt(0).totalPoints.value_or(0), 90.0);

        // "1" may become 10: it waits; Backspace takes it back; "4" is below the minimum of 5.
        QVERIFY(detail->selectIndicator(QStringLiteral("5")));
        detail->indicatorTable()->setFocus();
        type(QStringLiteral("1"));
        QCOMPARE(commune.stack.count(), stepsBefore + 10);
        QVERIFY(detail->findChild<QLabel *>(QStringLiteral("judgementHint"))
                    ->text()
                    .contains(QStringLiteral("1…")));
        key(Qt::Key_Backspace);
        type(QStringLiteral("4"));
        QCOMPARE(commune.stack.count(), stepsBefore + 11);
        QCOMPARE(results->resultAt(0).verdict, Verdict::NotMet);
        QCOMPARE(detail->result().verdict, Verdict::NotMet);
        QVERIFY(page.widget.messageLabel()->text().contains(QStringLiteral("Not met")));

        // A note by keys: F2, type, Enter; the judgement keeps its points.
        key(Qt::Key_F2);
        QCOMPARE(focused(), detail->noteEdit());
        type(QStringLiteral("bien ban 12 01"));
        key(Qt::Key_Return);
        QCOMPARE(focused(), detail->indicatorTable());
        QCOMPARE(commune.stack.count(), stepsBefore + 12);
        const auto *five = detail->model()->outcomeAt(detail->model()->rowOf(QStringLiteral("5")));
        QVERIFY(five);
        QCOMPARE(five->note, QStringLiteral("bien ban 12 01"));
        QCOMPARE(five->points.value_or(-1), 4.0);

        // Undo the note and the 4: the page follows (the subject is evaluated again), back to Met.
        commune.stack.undo();
        commune.stack.undo();
        QCOMPARE(results->resultAt(0).verdict, Verdict::Met);
        QCOMPARE(detail->result().verdict, Verdict::Met);
        commune.stack.redo();
        QCOMPARE(results->resultAt(0).verdict, Verdict::NotMet);
        commune.stack.undo();
        QCOMPARE(results->resultAt(0).verdict, Verdict::Met);

        // Ctrl+Down (or Up) to the other subject keeps the indicator: Lê Văn Hùng's indicator 5.
        const QString mai = detail->result().subjectUuid;
        page.widget.focusFilter();
        key(Qt::Key_Escape);
        QCOMPARE(results->rowCount(), 2);
        QVERIFY(page.widget.selectSubject(Title::LearningCitizen, mai));
        const int maiRow = page.widget.resultsTable()->currentIndex().row();
        detail->selectIndicator(QStringLiteral("5"));
        detail->indicatorTable()->setFocus();
        key(maiRow == 0 ? Qt::Key_Down : Qt::Key_Up, Qt::ControlModifier);
        QVERIFY(detail->result().subjectName.contains(QStringLiteral("Hùng")));
        QCOMPARE(detail->currentIndicator(), QStringLiteral("5"));
        QCOMPARE(focused(), detail->indicatorTable());
        type(QStringLiteral("7"));
        QCOMPARE(detail->model()->outcomeAt(detail->model()->rowOf(QStringLiteral("5")))->points.value_or(-1),
                 7.0);

        // Recognise Mai (met) with a decision number: Ctrl+R, type, Tab to the signer, Enter.
        QVERIFY(page.widget.selectSubject(
            Title::LearningCitizen,
            results->resultAt(rowOf(results, Title::LearningCitizen, QStringLiteral("Mai"))).subjectUuid));
        page.widget.resultsTable()->setFocus();
        QString validity;
        const bool seen = whileModal<RecognitionDialog>([&] { key(Qt::Key_R, Qt::ControlModifier); },
                                                        [&](RecognitionDialog *dialog) {
                                                            QCOMPARE(focused(), dialog->numberEdit());
                                                            // Enter without a number is refused in the
                                                            // dialog.
                                                            key(Qt::Key_Return);
                                                            QVERIFY(dialog->isVisible());
                                                            type(QStringLiteral("12/QD-UBND"));
                                                            tab(2);
                                                            QCOMPARE(focused(), dialog->signerEdit());
                                                            type(QStringLiteral("Nguyen Van Chu Tich"));
                                                            validity = dialog->validityLabel()->text();
                                                            key(Qt::Key_Return);
                                                            QVERIFY(!dialog->isVisible());
                                                        });
        QVERIFY(seen);
        QVERIFY2(validity.contains(QStringLiteral("month")), qPrintable(validity));
        const int maiAt = rowOf(results, Title::LearningCitizen, QStringLiteral("Mai"));
        QCOMPARE(results->data(results->index(maiAt, EvaluationTableModel::RecognisedColumn)).toString(),
                 QStringLiteral("12/QD-UBND"));
        QVERIFY(page.widget.detail()->heading()->text().contains(QStringLiteral("12/QD-UBND")));
        // Undo takes the decision back, and the table follows.
        commune.stack.undo();
        QCOMPARE(results->data(results->index(maiAt, EvaluationTableModel::RecognisedColumn)).toString(),
                 QString());

        if (qEnvironmentVariableIsSet("SHT_EVALUATION_SCREENSHOTS"))
            page.widget.grab().save(QStringLiteral("/tmp/evaluation-citizen.png"));
    }

    // The council judges a household by keys (M): its clan's row follows at once, without F5. Catalogues cut
    // down so the verdicts are plain: a household passes on 1a and the judged 1b, a clan when all its
    // households pass.
    void judgementUpdatesTheClanWithoutF5()
    {
        Commune commune;
        using namespace criteria;
        const CatalogueLibrary builtins = CatalogueLibrary::builtins();
        Catalogue family = *builtins.find(QStringLiteral("learning_family.448"), QStringLiteral("2015.1"));
        family.code = QStringLiteral("family.gui");
        family.builtin = false;
        family.passRule = PassRule();
        family.totalPoints = 0;
        family.criteria = {family.criteria.constFirst()};
        family.criteria[0].points = 0;
        QList<Indicator> kept;
        for (Indicator indicator : family.criteria[0].indicators)
            if (indicator.code == QLatin1String("1a") || indicator.code == QLatin1String("1b")) {
                indicator.points = 0;
                indicator.minPoints = 0;
                kept << indicator;
            }
        family.criteria[0].indicators = kept;
        Catalogue clan = *builtins.find(QStringLiteral("learning_clan.448"), QStringLiteral("2015.1"));
        clan.code = QStringLiteral("clan.gui");
        clan.builtin = false;
        clan.criteria = {clan.criteria.constFirst()};
        clan.criteria[0].indicators = {clan.criteria[0].indicators.constFirst()};
        clan.criteria[0].indicators[0].parameters.insert(QStringLiteral("min_share"), 1.0);
        SHT_VERIFY_OK(CatalogueRepository(commune.db).insert(family));
        SHT_VERIFY_OK(CatalogueRepository(commune.db).insert(clan));
        Clan tran;
        tran.name = QStringLiteral("Họ Trần");
        SHT_VERIFY_OK(ClanService(commune.db).createClan(tran));
        SHT_VERIFY_OK(ClanService(commune.db).addHousehold(tran.id, commune.d2.id));
        for (Title title : {Title::LearningFamily, Title::LearningClan})
            SHT_VERIFY_OK(RegistrationService(commune.db).registerVillage(Year, title, commune.east.id));

        Page page(commune);
        evaluateByKey(page);
        EvaluationTableModel *results = page.widget.resultsModel();
        QCOMPARE(results->resultAt(rowOf(results, Title::LearningClan, QStringLiteral("Họ Trần"))).verdict,
                 Verdict::NotMet);

        page.widget.setTitleFilter(Title::LearningFamily);
        page.widget.focusFilter();
        type(QStringLiteral("d2"));
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->resultAt(0).verdict, Verdict::Pending);
        key(Qt::Key_Down);
        key(Qt::Key_Return); // to the indicators
        EvaluationDetailWidget *detail = page.widget.detail();
        QVERIFY(detail->selectIndicator(QStringLiteral("1b")));
        detail->indicatorTable()->setFocus();
        key(Qt::Key_M);
        QCOMPARE(results->resultAt(0).verdict, Verdict::Met);
        QVERIFY2(page.widget.messageLabel()->text().contains(QStringLiteral("Họ Trần")),
                 qPrintable(page.widget.messageLabel()->text()));

        // The clan's row in the list, without F5.
        page.widget.focusFilter();
        key(Qt::Key_Escape);
        page.widget.setTitleFilter(Title::LearningClan);
        const int row = rowOf(results, Title::LearningClan, QStringLiteral("Họ Trần"));
        QVERIFY(row >= 0);
        QCOMPARE(results->resultAt(row).verdict, Verdict::Met);
    }

    void recognisingANotMetSubjectIsRefused()
    {
        Commune commune;
        Page page(commune);
        registerByKeys(commune, page);
        evaluateByKey(page);
        page.widget.setTitleFilter(Title::LearningFamily);
        page.widget.resultsTable()->setFocus();
        page.widget.resultsTable()->selectAll();
        key(Qt::Key_R, Qt::ControlModifier);
        QVERIFY2(page.widget.messageLabel()->text().contains(QStringLiteral("met")),
                 qPrintable(page.widget.messageLabel()->text()));
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }

    void fileClosedClearsThePage()
    {
        Commune commune;
        Page page(commune);
        registerByKeys(commune, page);
        evaluateByKey(page);
        QVERIFY(page.widget.resultsModel()->rowCount() > 0);
        page.widget.setSession(nullptr, nullptr, nullptr);
        QCOMPARE(page.widget.resultsModel()->rowCount(), 0);
        QVERIFY(!page.widget.detail()->hasResult());
        QVERIFY(!page.widget.findChild<QPushButton *>(QStringLiteral("evaluateButton"))->isEnabled());
    }

    void mnemonicsDoNotClash()
    {
        Commune commune;
        Page page(commune);
        QCOMPARE(mnemonicClashes(&page.widget), QStringList());
    }

    // "Register every village" (Ctrl+Shift+E, or Alt+E): every village's households at once, whatever village
    // the dialog shows, as one undo step; undoing it takes them all back.
    void registerEveryVillageByKeys()
    {
        Commune commune;
        RegistrationCommands commands(commune.edits);
        RegistrationDialog dialog(commune.db, commands, Year, Title::LearningFamily, commune.west.id);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        showActive(&dialog);
        QCOMPARE(mnemonicClashes(&dialog), QStringList());
        QCOMPARE(dialog.model()->totalCount(), 1); // Thôn Tây only
        QCOMPARE(dialog.model()->registeredCount(), 0);
        const int steps = commune.stack.count();

        key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(dialog.model()->registeredCount(), 1);
        QCOMPARE(commune.stack.count(), steps + 1); // one step for the three households
        QCOMPARE(dialog.changes(), 3);
        const auto registered = [&] {
            return RegistrationRepository(commune.db).subjectUuids(Year, Title::LearningFamily).size();
        };
        QCOMPARE(registered(), 3);
        const QLabel *count = dialog.findChild<QLabel *>(QStringLiteral("registrationCount"));
        QVERIFY2(count->text().contains(QStringLiteral(" · 3 ")) &&
                     count->text().endsWith(QStringLiteral(" newly registered in every village")),
                 qPrintable(count->text()));
        dialog.setVillage(0);
        QCOMPARE(dialog.model()->registeredCount(), 3);

        // Again: nothing new, no further step.
        key(Qt::Key_E, Qt::AltModifier);
        QCOMPARE(commune.stack.count(), steps + 1);
        QCOMPARE(dialog.changes(), 3);

        commune.stack.undo();
        QCOMPARE(registered(), 0);
    }

    // The page on a demo commune: whole villages registered, evaluated, the list filtered fast.
    void demoCommune()
    {
        test::TempCommune temp;
        const QString path = temp.demo(800, 11);
        Database db;
        SHT_VERIFY_OK(db.open(path));
        QUndoStack stack;
        ChangeNotifier notifier;
        EditCommands edits(db, stack, notifier);
        for (const AdminUnit &v : AdminUnitRepository(db).villages())
            for (Title t : {Title::LearningFamily, Title::LearningCitizen, Title::LearningVillage})
                SHT_VERIFY_OK(RegistrationService(db).registerVillage(Year, t, v.id));
        EvaluationWidget widget;
        QAbstractItemModelTester tester(widget.resultsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        widget.setSession(&db, &edits, &notifier);
        widget.resize(1400, 860);
        showActive(&widget);
        widget.setYear(Year);
        widget.resultsTable()->setFocus();
        whileModal<EvaluationChangesDialog>([&] { key(Qt::Key_F5); }, [](EvaluationChangesDialog *) {});
        const int total = widget.resultsModel()->totalCount();
        QVERIFY2(total > 300, qPrintable(widget.countsLabel()->text()));
        widget.focusFilter();
        QElapsedTimer timer;
        timer.start();
        type(QStringLiteral("thon"));
        QVERIFY(widget.resultsModel()->rowCount() > 0);
        QVERIFY(timer.elapsed() < 2000);
        key(Qt::Key_Escape);
        widget.setVerdictFilter(Verdict::NotMet);
        QVERIFY(widget.resultsModel()->rowCount() > 0);
        QVERIFY(widget.detail()->hasResult());
        QVERIFY(!widget.detail()->explanation()->toPlainText().isEmpty());
        if (qEnvironmentVariableIsSet("SHT_EVALUATION_SCREENSHOTS"))
            widget.grab().save(QStringLiteral("/tmp/evaluation-demo.png"));
    }
};

QTEST_MAIN(TestEvaluationGui)
#include "tst_evaluation_gui.moc"
