// The targets dashboard driven by the keyboard: the year and scope choose what is counted, the table says
// reached / not reached in words and colour, both charts hold the table's values, and Ctrl+T opens the
// targets, where Insert adds a commune target, Enter changes it, Del deletes it (after asking) and national
// rows stay read-only; the page follows every edit, undo and redo.
#include "AdminUnitService.h"
#include "AuditedWriter.h"
#include "ChangeNotifier.h"
#include "DashboardTableModel.h"
#include "DashboardWidget.h"
#include "EditCommands.h"
#include "GuiTestSupport.h"
#include "HouseholdService.h"
#include "MessageBox.h"
#include "TargetEditDialog.h"
#include "TargetRepository.h"
#include "TargetTableModel.h"
#include "TargetsDialog.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace sht;
using namespace sht::criteria;
using namespace sht::test;

namespace {

void check(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.message()));
}

// Thôn Đông: 10 households, 7 recognised GĐHT in 2025 and 3 in 2024; Thôn Tây: 2 households, none.
struct Commune
{
    test::TempCommune temp;
    Database &db;
    QUndoStack stack;
    ChangeNotifier notifier;
    EditCommands edits;
    AdminUnit east;
    AdminUnit west;

    Commune()
        : db(temp.create())
        , edits(db, stack, notifier)
    {
        east = village(QStringLiteral("Thôn Đông"));
        west = village(QStringLiteral("Thôn Tây"));
        for (int i = 0; i < 10; ++i) {
            const QString uuid = household(east, QStringLiteral("01.%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            if (i < 7)
                recognise(uuid, 2025);
            if (i < 3)
                recognise(uuid, 2024);
        }
        for (int i = 0; i < 2; ++i)
            household(west, QStringLiteral("02.%1").arg(i + 1, 3, 10, QLatin1Char('0')));
    }

    AdminUnit village(const QString &name)
    {
        AdminUnit v;
        v.name = name;
        v.validFrom = QDate(2000, 1, 1);
        check(AdminUnitService(db).createVillage(v));
        return v;
    }

    QString household(const AdminUnit &v, const QString &code)
    {
        Household h;
        h.code = code;
        h.villageId = v.id;
        Person head;
        head.name = PersonName(QStringLiteral("Nguyễn Văn ") + code);
        head.sex = Sex::Male;
        head.birthDate = PartialDate::fromYear(1970);
        check(HouseholdService(db).createHousehold(h, head, QDate(2000, 1, 1)));
        return h.uuid;
    }

    void recognise(const QString &uuid, int year)
    {
        Status s;
        AuditedWriter(db).insert(QStringLiteral("recognition"),
                                 {{QStringLiteral("year"), year},
                                  {QStringLiteral("title"), QStringLiteral("learning_family")},
                                  {QStringLiteral("subject_kind"), QStringLiteral("household")},
                                  {QStringLiteral("subject_uuid"), uuid}},
                                 &s);
        check(s);
    }
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString cell(QAbstractItemModel *model, TargetIndicator indicator, int column, int role = Qt::DisplayRole)
{
    const int row = measuredTargetIndicators().indexOf(indicator);
    return model->index(row, column).data(role).toString();
}

QBarSet *barSet(QChartView *view, int set)
{
    const auto series = view->chart()->series();
    auto *bars = series.isEmpty() ? nullptr : qobject_cast<QHorizontalBarSeries *>(series.first());
    return bars && bars->count() > set ? bars->barSets().at(set) : nullptr;
}

// The bar of an indicator (the chart lists them bottom up, so the first indicator is on top).
double bar(QChartView *view, int set, TargetIndicator indicator)
{
    QBarSet *bars = barSet(view, set);
    const auto indicators = measuredTargetIndicators();
    return bars ? bars->at(int(indicators.size() - 1 - indicators.indexOf(indicator))) : -1;
}

QLineSeries *line(QChartView *view, TargetIndicator indicator)
{
    for (QAbstractSeries *series : view->chart()->series())
        if (series->objectName() == targetIndicatorKey(indicator))
            return qobject_cast<QLineSeries *>(series);
    return nullptr;
}

struct Page
{
    DashboardWidget widget;
    QTableView *table;
    QComboBox *years;
    QComboBox *scope;
    QLabel *summary;

    explicit Page(Commune &c)
        : table(child<QTableView>(&widget, "dashboardTable"))
        , years(child<QComboBox>(&widget, "dashboardYearCombo"))
        , scope(child<QComboBox>(&widget, "dashboardScopeCombo"))
        , summary(child<QLabel>(&widget, "dashboardSummary"))
    {
        widget.resize(1200, 800);
        widget.setSession(&c.db, &c.edits, &c.notifier);
        widget.setYear(2025);
        showActive(&widget);
    }

    QString family(int column, int role = Qt::DisplayRole)
    {
        return cell(table->model(), TargetIndicator::FamilyHouseholds, column, role);
    }
};

} // namespace

class TestDashboardGui : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        MessageBox::clearRecords();
        MessageBox::setAutoAnswer(true);
    }

    void tableAndChartsForTheCommuneAndAVillage()
    {
        Commune c;
        Page p(c);
        QAbstractItemModelTester tester(p.widget.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(p.years->currentText(), QStringLiteral("2025"));
        QCOMPARE(p.scope->count(), 3); // the commune and its two villages
        QCOMPARE(p.table->model()->rowCount(), measuredTargetIndicators().size());

        // The commune: 7 of 12 households = 58.3% against 387's 70%: not reached, said in words.
        QCOMPARE(p.family(DashboardTableModel::InScopeColumn), QStringLiteral("12"));
        QCOMPARE(p.family(DashboardTableModel::RecognisedColumn), QStringLiteral("7"));
        QCOMPARE(p.family(DashboardTableModel::ShareColumn), QStringLiteral("58.3%"));
        QVERIFY(
            p.family(DashboardTableModel::NationalColumn).startsWith(QStringLiteral("70% · QĐ 387/QĐ-TTg")));
        QCOMPARE(p.family(DashboardTableModel::LocalColumn), QStringLiteral("–"));
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("−11.7 points: not reached"));
        QCOMPARE(p.table->model()
                     ->index(0, DashboardTableModel::GapColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xb0, 0x1c, 0x1c));
        QVERIFY(p.summary->text().contains(QStringLiteral("Whole commune, 2025: 0 of 4 targets reached")));

        QBarSet *actual = barSet(p.widget.barChartView(), 0);
        QBarSet *target = barSet(p.widget.barChartView(), 1);
        QVERIFY(actual && target);
        QCOMPARE(actual->count(), measuredTargetIndicators().size());
        QCOMPARE(qRound(bar(p.widget.barChartView(), 0, TargetIndicator::FamilyHouseholds) * 10), 583);
        QCOMPARE(bar(p.widget.barChartView(), 1, TargetIndicator::FamilyHouseholds), 70.0);
        QCOMPARE(bar(p.widget.barChartView(), 1, TargetIndicator::VillageCommunities), 65.0);
        auto *names =
            qobject_cast<QBarCategoryAxis *>(p.widget.barChartView()->chart()->axes(Qt::Vertical).first());
        QVERIFY(names);
        QCOMPARE(names->categories().last(), QStringLiteral("GĐHT"));
        QLineSeries *trend = line(p.widget.trendChartView(), TargetIndicator::FamilyHouseholds);
        QVERIFY(trend);
        QCOMPARE(trend->count(), 2); // 2024 and 2025
        QCOMPARE(trend->at(0), QPointF(2024, 25.0));
        QCOMPARE(qRound(trend->at(1).y() * 10), 583);

        // Thôn Đông by the keyboard: 7 of 10 = 70%, exactly the target: reached.
        p.scope->setFocus();
        key(Qt::Key_Down);
        QCOMPARE(p.widget.village(), std::optional<qint64>(c.east.id));
        QCOMPARE(p.family(DashboardTableModel::ShareColumn), QStringLiteral("70.0%"));
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("+0.0 points: reached"));
        QCOMPARE(p.table->model()
                     ->index(0, DashboardTableModel::GapColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0x1b, 0x6e, 0x20));
        QCOMPARE(bar(p.widget.barChartView(), 0, TargetIndicator::FamilyHouseholds), 70.0);
        QCOMPARE(line(p.widget.trendChartView(), TargetIndicator::FamilyHouseholds)->at(0),
                 QPointF(2024, 30.0));
        QVERIFY(p.summary->text().contains(QStringLiteral("Thôn Đông, 2025: 1 of 4 targets reached")));

        // 2024 by the keyboard: 3 of 10, measured against 2025's target.
        p.years->setFocus();
        key(Qt::Key_Down);
        QCOMPARE(p.widget.year(), 2024);
        QCOMPARE(p.widget.village(), std::optional<qint64>(c.east.id));
        QCOMPARE(p.family(DashboardTableModel::ShareColumn), QStringLiteral("30.0%"));
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("−40.0 points: not reached"));

        // A year between target years is measured against the next one, with its marks shown.
        p.widget.setYear(2027);
        QCOMPARE(p.years->currentText(), QStringLiteral("2027"));
        QCOMPARE(p.family(DashboardTableModel::NationalColumn),
                 QStringLiteral("80% by 2030 (theo kế hoạch tỉnh) [provisional] · QĐ 387/QĐ-TTg"));
        QVERIFY(p.family(DashboardTableModel::NationalColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("Provisional")));

        if (const QByteArray png = qgetenv("SHT_DASHBOARD_PNG"); !png.isEmpty()) {
            p.widget.setYear(2025);
            p.widget.grab().save(QString::fromLocal8Bit(png));
        }
    }

    void targetsDialogAddsChangesAndDeletesLocalTargets()
    {
        Commune c;
        Page p(c);
        p.scope->setFocus();
        key(Qt::Key_Down); // Thôn Đông: 70%
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("+0.0 points: reached"));

        // In the new-target dialog: 80% by the commune, from "NQ 07"; Enter saves.
        bool added = false;
        const auto addEighty = [&](TargetEditDialog *edit) {
            QCOMPARE(edit->target().indicator, TargetIndicator::FamilyHouseholds);
            QCOMPARE(edit->target().year, 2025);
            QCOMPARE(edit->target().scope, TargetScope::Commune);
            tab(2); // indicator → year → target
            QCOMPARE(focused(), child<QDoubleSpinBox>(edit, "shareSpin"));
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("80"));
            tab(2); // → set by → source
            type(QStringLiteral("NQ 07"));
            key(Qt::Key_Return);
            added = !edit->isVisible();
        };
        // Enter on it: change it to 100%.
        const auto changeToHundred = [&](TargetEditDialog *edit) {
            QCOMPARE(edit->target().share, 0.8);
            tab(2);
            key(Qt::Key_A, Qt::ControlModifier);
            type(QStringLiteral("100"));
            key(Qt::Key_Return);
            QVERIFY(!edit->isVisible());
        };
        // The same indicator, year and scope again: refused in the dialog, which stays open.
        const auto addTheSameAgain = [&](TargetEditDialog *edit) {
            key(Qt::Key_Return);
            QVERIFY(edit->isVisible());
            QVERIFY(child<QLabel>(edit, "errorLabel")
                        ->text()
                        .contains(QStringLiteral("already a commune target")));
            key(Qt::Key_Escape);
        };
        const auto driveTargets = [&](TargetsDialog *dialog) {
            auto *table = child<QTableView>(dialog, "targetTable");
            auto *message = child<QLabel>(dialog, "targetsMessage");
            QAbstractItemModelTester tester(table->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(focused(), table);
            QCOMPARE(table->model()->rowCount(), 32);
            QCOMPARE(table->currentIndex().row(), 0); // no local target yet: the first national one
            // A national row cannot be changed or deleted: Enter and Del say so.
            key(Qt::Key_Return);
            QVERIFY(message->text().contains(QStringLiteral("cannot be changed")));
            key(Qt::Key_Delete);
            QVERIFY(message->text().contains(QStringLiteral("cannot be deleted")));
            QVERIFY(MessageBox::records().isEmpty());

            QVERIFY(whileModal<TargetEditDialog>([] { key(Qt::Key_Insert); }, addEighty));
            QVERIFY(added);
            QCOMPARE(table->model()->rowCount(), 33);
            const auto *model = qobject_cast<TargetTableModel *>(table->model());
            QVERIFY(model->isLocal(table->currentIndex().row())); // the new row is selected
            QVERIFY(whileModal<TargetEditDialog>([] { key(Qt::Key_Return); }, changeToHundred));
            QCOMPARE(TargetRepository(c.db).all().first().share, 1.0);
            QVERIFY(whileModal<TargetEditDialog>([] { key(Qt::Key_Insert); }, addTheSameAgain));
            QCOMPARE(TargetRepository(c.db).all().size(), 1);
        };
        QVERIFY(whileModal<TargetsDialog>([] { key(Qt::Key_T, Qt::ControlModifier); }, driveTargets));
        QCOMPARE(c.stack.count(), 2);
        // The page followed: 70% against the commune's 100%.
        QVERIFY(p.family(DashboardTableModel::LocalColumn).startsWith(QStringLiteral("100% · NQ 07")));
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("−30.0 points: not reached"));
        QCOMPARE(bar(p.widget.barChartView(), 1, TargetIndicator::FamilyHouseholds), 100.0);

        // Undo the change: back to 80%, and the page follows.
        c.stack.undo();
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("−10.0 points: not reached"));

        // Del asks; "No" keeps it, "Yes" deletes it.
        const auto deleteLocal = [&](QMessageBox::StandardButton answer) {
            MessageBox::setNextAnswer(answer);
            const auto pressDelete = [&](TargetsDialog *dialog) {
                QCOMPARE(child<QTableView>(dialog, "targetTable")->currentIndex().row(), 32); // the local one
                key(Qt::Key_Delete);
            };
            QVERIFY(whileModal<TargetsDialog>([&] { p.widget.openTargets(); }, pressDelete));
        };
        deleteLocal(QMessageBox::No);
        QCOMPARE(TargetRepository(c.db).all().size(), 1);
        QCOMPARE(MessageBox::records().size(), 1);
        QVERIFY(MessageBox::records().first().text.contains(QStringLiteral("Learning families")));
        deleteLocal(QMessageBox::Yes);
        QCOMPARE(TargetRepository(c.db).all().size(), 0);
        QCOMPARE(p.family(DashboardTableModel::LocalColumn), QStringLiteral("–"));
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("+0.0 points: reached"));
        c.stack.undo();
        QCOMPARE(TargetRepository(c.db).all().size(), 1);
        QCOMPARE(p.family(DashboardTableModel::GapColumn), QStringLiteral("−10.0 points: not reached"));
    }

    void followsRecognitionsAndClosingTheFile()
    {
        Commune c;
        Page p(c);
        QCOMPARE(p.family(DashboardTableModel::RecognisedColumn), QStringLiteral("7"));
        // An edit announced by the notifier (here a recognition recorded through the edit commands).
        SHT_VERIFY_OK(c.edits.record(QStringLiteral("recognise"), [&] {
            Status s;
            AuditedWriter(c.db).insert(
                QStringLiteral("recognition"),
                {{QStringLiteral("year"), 2025},
                 {QStringLiteral("title"), QStringLiteral("learning_family")},
                 {QStringLiteral("subject_kind"), QStringLiteral("household")},
                 {QStringLiteral("subject_uuid"), c.household(c.west, QStringLiteral("02.009"))}},
                &s);
            return s;
        }));
        QCOMPARE(p.family(DashboardTableModel::InScopeColumn), QStringLiteral("13"));
        QCOMPARE(p.family(DashboardTableModel::RecognisedColumn), QStringLiteral("8"));
        c.stack.undo();
        QCOMPARE(p.family(DashboardTableModel::RecognisedColumn), QStringLiteral("7"));

        // Replaced charts are deleted: QChartView::setChart only releases the previous one (LeakSanitizer).
        const QPointer<QChart> shownBars = p.widget.barChartView()->chart();
        const QPointer<QChart> shownTrend = p.widget.trendChartView()->chart();
        p.widget.setSession(nullptr, nullptr, nullptr);
        QVERIFY(shownBars.isNull());
        QVERIFY(shownTrend.isNull());
        QCOMPARE(p.table->model()->rowCount(), 0);
        QCOMPARE(p.years->count(), 0);
        QVERIFY(p.widget.barChartView()->chart()->series().isEmpty());
        QVERIFY(!child<QPushButton>(&p.widget, "targetsButton")->isEnabled());
    }

    // Opened without a year, the page shows the latest year that has data (here 2025), not the current
    // year with nothing in it yet; the current year is still offered.
    void opensOnTheLatestYearWithData()
    {
        Commune c;
        DashboardWidget widget;
        widget.resize(1200, 800);
        widget.setSession(&c.db, &c.edits, &c.notifier);
        showActive(&widget);
        auto *years = child<QComboBox>(&widget, "dashboardYearCombo");
        QCOMPARE(years->currentText(), QStringLiteral("2025"));
        QVERIFY(years->findText(QString::number(QDate::currentDate().year())) >= 0);
    }

    void mnemonicsDoNotClash()
    {
        Commune c;
        Page p(c);
        QCOMPARE(mnemonicClashes(&p.widget), QStringList());
        TargetsDialog dialog(c.db, c.edits);
        QCOMPARE(mnemonicClashes(&dialog), QStringList());
        if (const QByteArray png = qgetenv("SHT_DASHBOARD_PNG"); !png.isEmpty()) {
            dialog.show();
            dialog.grab().save(QString::fromLocal8Bit(png) + QStringLiteral("-targets.png"));
        }
        TargetEditDialog edit(Target{}, {});
        QCOMPARE(mnemonicClashes(&edit), QStringList());
    }
};

QTEST_MAIN(TestDashboardGui)
#include "tst_dashboard_gui.moc"
