// The catalogue browser driven with the keyboard only: the list shows every built-in catalogue with its
// provisional items, a built-in cannot be edited, Alt+C clones it, Enter edits an indicator, Ctrl+S saves
// a new version, Del deletes a clone (after asking) unless a result uses it, Esc with unsaved edits asks.
// What the widgets show is checked against the library and the file.
#include "CatalogueBrowserDialog.h"
#include "CatalogueCloneDialog.h"
#include "CatalogueIndicatorDialog.h"
#include "CatalogueLibrary.h"
#include "CatalogueListModel.h"
#include "CataloguePassRuleDialog.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace sht;
using namespace sht::test;
using namespace sht::criteria;

namespace {

struct Commune
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;

    Commune()
        : db(temp.create())
        , edits(db, stack, notifier)
    {}

    int clones()
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM criteria_catalogue")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
};

// Moves the tree's current row to the indicator with that code.
bool goToIndicator(QTreeView *tree, const QString &code)
{
    const QAbstractItemModel *model = tree->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex criterion = model->index(i, 0);
        for (int j = 0; j < model->rowCount(criterion); ++j)
            if (model->index(j, 0, criterion).data().toString() == code) {
                tree->setCurrentIndex(model->index(j, 0, criterion));
                return true;
            }
    }
    return false;
}

// The text of the current row's column.
QString cell(QTreeView *tree, int column)
{
    return tree->currentIndex().siblingAtColumn(column).data().toString();
}

QLabel *message(CatalogueBrowserDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
}

} // namespace

class TestCataloguesGui : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearRecords(); }

    void listShowsEveryCatalogue()
    {
        Commune c;
        CatalogueBrowserDialog dialog(c.db, &c.edits);
        QAbstractItemModelTester listTester(dialog.catalogueModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(dialog.criteriaTree()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        showActive(&dialog);
        const CatalogueLibrary library = CatalogueLibrary::builtins();
        QCOMPARE(dialog.catalogueModel()->rowCount(), library.size());
        const int family =
            dialog.catalogueModel()->rowOf(QStringLiteral("learning_family.448"), QStringLiteral("2015.1"));
        QVERIFY(family >= 0);
        const QAbstractItemModel *model = dialog.catalogueModel();
        QCOMPARE(model->index(family, CatalogueListModel::TitleColumn).data().toString(),
                 QStringLiteral("Gia đình học tập"));
        QCOMPARE(model->index(family, CatalogueListModel::OriginColumn).data().toString(),
                 QStringLiteral("built-in"));
        QCOMPARE(model->index(family, CatalogueListModel::ProvisionalColumn).data().toString(),
                 QStringLiteral("6 provisional item(s)"));
        QVERIFY(dialog.select(QStringLiteral("learning_family.448"), QStringLiteral("2015.1")));
        QTreeView *tree = dialog.criteriaTree();
        QCOMPARE(tree->model()->rowCount(), 4);
        QVERIFY(goToIndicator(tree, QStringLiteral("3")));
        QCOMPARE(cell(tree, 5), QStringLiteral("provisional: needs provincial wording"));
        QVERIFY(goToIndicator(tree, QStringLiteral("2a")));
        QCOMPARE(cell(tree, 2), QStringLiteral("fact household.adults_literate"));
        QCOMPARE(cell(tree, 4), QStringLiteral("min_age 19, max_age 60"));
        QCOMPARE(cell(tree, 3), QStringLiteral("10"));
        const QString details = dialog.findChild<QLabel *>(QStringLiteral("detailsLabel"))->text();
        QVERIFY2(details.contains(QStringLiteral("QĐ 448/QĐ-KHVN, mục A, tiêu chí 2a")), qPrintable(details));

        // The commune's ladder shows its level-2 thresholds as percentages.
        QVERIFY(dialog.select(QStringLiteral("learning_commune.tt25"), QStringLiteral("2023.1")));
        QVERIFY(goToIndicator(tree, QStringLiteral("TC5.CT1")));
        QCOMPARE(cell(tree, 4), QStringLiteral("min_age 15, min_share 60%; level 2: min_share 80%"));
        // Judged with a prefill fact says both.
        QVERIFY(dialog.select(QStringLiteral("learning_citizen.324"), QStringLiteral("2023.1")));
        QVERIFY(goToIndicator(tree, QStringLiteral("1")));
        QCOMPARE(cell(tree, 2), QStringLiteral("judged (prefilled by citizen.centre_attendance)"));
        QVERIFY(mnemonicClashes(&dialog).isEmpty());
    }

    void builtinIsReadOnly()
    {
        Commune c;
        CatalogueBrowserDialog dialog(c.db, &c.edits);
        showActive(&dialog);
        QVERIFY(dialog.select(QStringLiteral("learning_family.448"), QStringLiteral("2015.1")));
        dialog.catalogueList()->setFocus();
        key(Qt::Key_Return); // Enter on a catalogue goes into its criteria
        QCOMPARE(focused(), static_cast<QWidget *>(dialog.criteriaTree()));
        QVERIFY(goToIndicator(dialog.criteriaTree(), QStringLiteral("1a")));
        bool opened = whileModal<CatalogueIndicatorDialog>([] { key(Qt::Key_Return); },
                                                           [](CatalogueIndicatorDialog *) {});
        QVERIFY(!opened);
        QVERIFY2(message(dialog)->text().contains(QStringLiteral("built into the app")),
                 qPrintable(message(dialog)->text()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
        key(Qt::Key_Delete);
        QVERIFY(MessageBox::records().isEmpty()); // nothing to ask: a built-in is never deleted
        QCOMPARE(c.clones(), 0);
    }

    void cloneEditSaveDelete()
    {
        Commune c;
        CatalogueBrowserDialog dialog(c.db, &c.edits);
        QAbstractItemModelTester listTester(dialog.catalogueModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        showActive(&dialog);
        QVERIFY(dialog.select(QStringLiteral("learning_village.448"), QStringLiteral("2015.1")));
        dialog.catalogueList()->setFocus();

        // Alt+C: the province suggests the version label.
        const bool cloned = whileModal<CatalogueCloneDialog>(
            [] { key(Qt::Key_C, Qt::AltModifier); },
            [](CatalogueCloneDialog *clone) {
                type(QStringLiteral("Quảng Nam"));
                QCOMPARE(clone->version(), QStringLiteral("2015.1-quang-nam.1"));
                key(Qt::Key_Return);
            });
        QVERIFY(cloned);
        QCOMPARE(c.clones(), 1);
        QCOMPARE(c.stack.count(), 1);
        QCOMPARE(dialog.current().version, QStringLiteral("2015.1-quang-nam.1"));
        QCOMPARE(dialog.current().province, QStringLiteral("Quảng Nam"));
        QVERIFY(!dialog.current().builtin);
        QCOMPARE(dialog.catalogueModel()->rowCount(), CatalogueLibrary::builtins().size() + 1);

        // Enter on indicator 1a: the province's wording and a 75% threshold.
        QTreeView *tree = dialog.criteriaTree();
        tree->setFocus();
        QVERIFY(goToIndicator(tree, QStringLiteral("1a")));
        const bool edited = whileModal<CatalogueIndicatorDialog>(
            [] { key(Qt::Key_Return); },
            [](CatalogueIndicatorDialog *d) {
                auto *text = d->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
                QCOMPARE(QApplication::focusWidget(), text);
                key(Qt::Key_A, Qt::ControlModifier);
                type(QStringLiteral("Ty le ho dat GDHT tu 75 phan tram"));
                auto *parameters = d->findChild<QPlainTextEdit *>(QStringLiteral("parametersEdit"));
                parameters->setFocus();
                key(Qt::Key_A, Qt::ControlModifier);
                type(QStringLiteral("min_share=0.75"));
                d->findChild<QCheckBox *>(QStringLiteral("provisionalCheck"))->setFocus();
                key(Qt::Key_Space); // no longer provisional: the province's text is in
                key(Qt::Key_Return, Qt::ControlModifier);
            });
        QVERIFY(edited);
        QVERIFY(dialog.hasUnsavedChanges());
        const Indicator *ind = dialog.current().indicator(QStringLiteral("1a"));
        QCOMPARE(ind->text, QStringLiteral("Ty le ho dat GDHT tu 75 phan tram"));
        QCOMPARE(ind->parameters.value(QLatin1String("min_share")).toDouble(), 0.75);
        QVERIFY(!ind->provisional);
        QCOMPARE(cell(tree, 0), QStringLiteral("1a")); // the place is kept
        QCOMPARE(cell(tree, 4), QStringLiteral("min_share 75%"));
        QCOMPARE(cell(tree, 5), QStringLiteral("provincial wording"));
        QCOMPARE(c.clones(), 1); // nothing stored before Ctrl+S

        key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!dialog.hasUnsavedChanges());
        QCOMPARE(c.clones(), 2);
        QCOMPARE(c.stack.count(), 2);
        QCOMPARE(dialog.current().version, QStringLiteral("2015.1-quang-nam.2"));
        const CatalogueLibrary library = CatalogueLibrary::load(c.db);
        QCOMPARE(library.catalogueFor(Title::LearningVillage, 2025)->version,
                 QStringLiteral("2015.1-quang-nam.2"));
        QCOMPARE(library.find(QStringLiteral("learning_village.448"), QStringLiteral("2015.1-quang-nam.1"))
                     ->indicator(QStringLiteral("1a"))
                     ->parameters.value(QLatin1String("min_share"))
                     .toDouble(),
                 0.7);

        // Del asks; No keeps it, Yes deletes it and shows the version it came from.
        MessageBox::setNextAnswer(QMessageBox::No);
        key(Qt::Key_Delete);
        QCOMPARE(c.clones(), 2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        key(Qt::Key_Delete);
        QCOMPARE(c.clones(), 1);
        QCOMPARE(dialog.current().version, QStringLiteral("2015.1-quang-nam.1"));
        QCOMPARE(MessageBox::records().size(), 2);
        QVERIFY(MessageBox::records().last().text.contains(QStringLiteral("2015.1-quang-nam.2")));

        // A version that judged a result is kept, and the dialog says why.
        QSqlQuery q(c.db.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO evaluation (uuid, year, title, subject_kind, subject_uuid, "
                           "catalogue_code, catalogue_version, verdict, evaluated_at) VALUES ('e1', 2025, "
                           "'learning_village', 'village', 'v1', 'learning_village.448', "
                           "'2015.1-quang-nam.1', 'met', '2025-12-31')")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        key(Qt::Key_Delete);
        QCOMPARE(c.clones(), 1);
        QVERIFY2(message(dialog)->text().contains(QStringLiteral("cannot be deleted")),
                 qPrintable(message(dialog)->text()));
    }

    void pointsFollowAndInvalidEditsAreShown()
    {
        Commune c;
        CatalogueBrowserDialog dialog(c.db, &c.edits);
        showActive(&dialog);
        QVERIFY(dialog.select(QStringLiteral("learning_family.448"), QStringLiteral("2015.1")));
        dialog.catalogueList()->setFocus();
        QVERIFY(whileModal<CatalogueCloneDialog>([] { key(Qt::Key_C, Qt::AltModifier); },
                                                 [](CatalogueCloneDialog *) { key(Qt::Key_Return); }));
        QCOMPARE(dialog.current().version, QStringLiteral("2015.1-local.1"));
        dialog.criteriaTree()->setFocus();
        QVERIFY(goToIndicator(dialog.criteriaTree(), QStringLiteral("1b")));
        QVERIFY(whileModal<CatalogueIndicatorDialog>(
            [] { key(Qt::Key_Return); },
            [](CatalogueIndicatorDialog *d) {
                d->findChild<QDoubleSpinBox *>(QStringLiteral("pointsSpin"))->setFocus();
                key(Qt::Key_A, Qt::ControlModifier);
                type(QStringLiteral("15"));
                key(Qt::Key_Return, Qt::ControlModifier);
            }));
        QCOMPARE(dialog.current().criteria.at(0).points, 35.0);
        QCOMPARE(dialog.current().totalPoints, 105.0);
        QVERIFY(!message(dialog)->isVisible());

        // Alt+R: a total above the maximum is shown at once and refused by Ctrl+S.
        QVERIFY(whileModal<CataloguePassRuleDialog>([] { key(Qt::Key_R, Qt::AltModifier); },
                                                    [](CataloguePassRuleDialog *) {
                                                        key(Qt::Key_A, Qt::ControlModifier);
                                                        type(QStringLiteral("200"));
                                                        key(Qt::Key_Return);
                                                    }));
        QCOMPARE(dialog.current().passRule.minTotal, 200.0);
        QVERIFY(message(dialog)->isVisible());
        QVERIFY2(message(dialog)->text().contains(QStringLiteral("pass_rule.min_total: 200 is out of range")),
                 qPrintable(message(dialog)->text()));
        key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(c.clones(), 1);
        QVERIFY(dialog.hasUnsavedChanges());

        // Esc with unsaved edits asks; Cancel stays, Discard closes.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        key(Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        key(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(c.clones(), 1);
    }

    void badParameterLineIsExplained()
    {
        Indicator ind;
        ind.code = QStringLiteral("1a");
        ind.parameters.insert(QStringLiteral("min_share"), 0.5);
        ind.levelParameters.insert(2, QJsonObject{{QStringLiteral("min_share"), 0.8}});
        QCOMPARE(CatalogueIndicatorDialog::parametersText(ind),
                 QStringLiteral("min_share=0.5\nlevel2.min_share=0.8"));
        QJsonObject parameters;
        QMap<int, QJsonObject> levels;
        QString error;
        QVERIFY(CatalogueIndicatorDialog::parseParameters(
            QStringLiteral("min_share=0.5\n\nlevel2.min_share=0.8\ntitle=learning_family"), &parameters,
            &levels, &error));
        QCOMPARE(parameters.value(QLatin1String("title")).toString(), QStringLiteral("learning_family"));
        QCOMPARE(levels.value(2).value(QLatin1String("min_share")).toDouble(), 0.8);
        QVERIFY(!CatalogueIndicatorDialog::parseParameters(QStringLiteral("min_share 0.5"), &parameters,
                                                           &levels, &error));
        QVERIFY2(error.contains(QStringLiteral("Line 1 (\"min_share 0.5\") is not a parameter")),
                 qPrintable(error));
    }

    // Renders the browser for a look (not a check): /tmp/catalogues.png.
    void screenshot()
    {
        Commune c;
        CatalogueBrowserDialog dialog(c.db, &c.edits);
        showActive(&dialog);
        QVERIFY(dialog.select(QStringLiteral("learning_family.448"), QStringLiteral("2015.1")));
        QVERIFY(goToIndicator(dialog.criteriaTree(), QStringLiteral("1a")));
        dialog.grab().save(QStringLiteral("/tmp/catalogues.png"));
    }
};

QTEST_MAIN(TestCataloguesGui)
#include "tst_catalogues_gui.moc"
