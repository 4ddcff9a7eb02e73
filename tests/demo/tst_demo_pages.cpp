// The demo commune with its lived years, opened in the real window: the Evaluation page, the Targets
// dashboard and the Reports page show figures at once (what a user of ./scripts/demo.sh sees first).
// With SHT_DEMO_SCREENSHOTS=<dir> it uses the full demo (about 6,450 people) in Vietnamese and saves
// evaluation.png and reports.png there (docs/screenshots).
#include "DashboardTableModel.h"
#include "DashboardWidget.h"
#include "DemoCommuneGenerator.h"
#include "EvaluationTableModel.h"
#include "EvaluationWidget.h"
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReportsWidget.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QXYSeries>

using namespace sht;

class TestDemoPages : public QObject
{
    Q_OBJECT

private:
    test::TempCommune m_temp;
    QString m_path;
    QString m_screenshots = qEnvironmentVariable("SHT_DEMO_SCREENSHOTS");
    const int m_lastYear = QDate::currentDate().year() - 1;

    void save(QWidget &window, const QString &name)
    {
        if (m_screenshots.isEmpty())
            return;
        QTest::qWait(300); // layouts, the preview's tables and the style settle
        const QString path = QDir(m_screenshots).filePath(name);
        QVERIFY2(window.grab().save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

    static void show(MainWindow &window, const char *action)
    {
        auto *a = window.findChild<QAction *>(QLatin1String(action));
        QVERIFY2(a && a->isEnabled(), action);
        a->trigger();
    }

private slots:
    void initTestCase()
    {
        if (!m_screenshots.isEmpty())
            QVERIFY(language::install(qApp, QStringLiteral("vi")));
        m_path = m_temp.path(QStringLiteral("Xã Hòa An.sqlite"));
        DemoOptions options;
        if (m_screenshots.isEmpty())
            options.people = 1200; // the full demo takes ~15 s to live two years
        options.livedYears = {m_lastYear - 1, m_lastYear};
        SHT_VERIFY_OK(DemoCommuneGenerator::createFile(m_path, options));
    }

    void pagesShowTheLivedYears()
    {
        MainWindow window;
        QVERIFY(window.openFile(m_path));
        window.resize(1240, 760);
        test::showActive(&window);

        // Evaluation: the last lived year, its verdicts listed and counted.
        show(window, "actionEvaluation");
        auto *evaluation = window.findChild<EvaluationWidget *>(QStringLiteral("evaluation"));
        QVERIFY(evaluation && evaluation->isVisible());
        QTRY_COMPARE(evaluation->year(), m_lastYear);
        QAbstractItemModelTester results(evaluation->resultsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(evaluation->resultsModel()->rowCount() > 100);
        QVERIFY(!evaluation->countsLabel()->text().isEmpty());
        // The households, as a clerk mostly reads them: met, not met and waiting side by side.
        evaluation->setTitleFilter(criteria::Title::LearningFamily);
        QTRY_VERIFY(evaluation->resultsTable()->model()->rowCount() > 100);
        evaluation->resultsTable()->setCurrentIndex(evaluation->resultsTable()->model()->index(0, 0));
        save(window, QStringLiteral("evaluation.png"));

        // Targets: the last lived year achieved, and a trend of both years.
        show(window, "actionTargets");
        auto *dashboard = window.findChild<DashboardWidget *>(QStringLiteral("targetsDashboard"));
        QVERIFY(dashboard && dashboard->isVisible());
        // (It opens on the current year, which the demo has not lived: the trend shows the lived ones.)
        dashboard->setYear(m_lastYear);
        QTRY_COMPARE(dashboard->year(), m_lastYear);
        QAbstractItemModelTester targets(dashboard->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(dashboard->model()->rowCount() > 0);
        int trendPoints = 0;
        for (QAbstractSeries *series : dashboard->trendChartView()->chart()->series())
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                trendPoints = qMax(trendPoints, int(xy->count()));
        QVERIFY2(trendPoints >= 2, qPrintable(QString::number(trendPoints)));
        save(window, QStringLiteral("targets.png"));

        // Reports: the yearly report of the last lived year, with figures and the signers' names.
        show(window, "actionReports");
        auto *reports = window.findChild<ReportsWidget *>(QStringLiteral("reports"));
        QVERIFY(reports && reports->isVisible());
        QVERIFY(reports->selectReport(QStringLiteral("yearly")));
        reports->setYear(m_lastYear);
        QTRY_VERIFY_WITH_TIMEOUT(reports->hasDocument() && reports->year() == m_lastYear &&
                                     reports->document().subtitle.contains(QString::number(m_lastYear)),
                                 30000);
        const reporting::ReportDocument &document = reports->document();
        QVERIFY(!document.tables.isEmpty());
        bool named = false;
        for (const reporting::SignatureBlock &signature : document.signatures)
            named |= signature.name == QStringLiteral("Nguyễn Văn Thành");
        QVERIFY(named);
        save(window, QStringLiteral("reports.png"));
        window.closeFile();
    }
};

QTEST_MAIN(TestDemoPages)
#include "tst_demo_pages.moc"
