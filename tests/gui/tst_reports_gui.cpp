// The Reports page driven by the keyboard on a demo commune with registrations, an evaluation and
// recognitions: the report list, only the parameters a report needs, the preview holding core's figures,
// Excel export read back by openpyxl, PDF checked by poppler, the print preview, and the signers dialog
// whose issuing body the next build prints.
#include "AdminUnitRepository.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "DocumentSettings.h"
#include "DocumentSettingsDialog.h"
#include "EditCommands.h"
#include "EvaluationRepository.h"
#include "EvaluationService.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "JudgementService.h"
#include "LocalUnitRepository.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecognitionService.h"
#include "RegistrationService.h"
#include "ReportCatalogue.h"
#include "ReportPreviewModel.h"
#include "ReportsWidget.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sht;
using namespace sht::criteria;
using namespace sht::reporting;
using namespace sht::test;

namespace {

constexpr int Year = 2025;

// A demo commune of 300 people with every village registered for the household, citizen and village titles,
// evaluated, and what was met recognised: the yearly statistics have figures in every part.
struct Commune
{
    TempCommune temp;
    Database db;
    QUndoStack stack;
    ChangeNotifier notifier;
    std::unique_ptr<EditCommands> edits;
    QString error;

    Commune()
    {
        const QString path = temp.demo(300, 23);
        error = prepare(path).message();
        edits = std::make_unique<EditCommands>(db, stack, notifier);
    }

    Status prepare(const QString &path)
    {
        if (Status s = db.open(path); !s)
            return s;
        RegistrationService registrations(db);
        for (const AdminUnit &v : AdminUnitRepository(db).villages())
            for (Title t :
                 {Title::LearningFamily, Title::LearningCitizen, Title::LearningVillage, Title::LearningClan})
                if (Status s = registrations.registerVillage(Year, t, v.id); !s)
                    return s;
        QStringList units;
        for (const LocalUnit &u : LocalUnitRepository(db).all())
            units << u.uuid;
        if (Status s =
                registrations.registerSubjects(Year, Title::LearningUnit, SubjectKind::LocalUnit, units);
            !s)
            return s;
        EvaluationService evaluation(db);
        EvaluationRun run;
        if (Status s = evaluation.evaluateYear(Year, {}, &run); !s)
            return s;
        // The council's meeting: every judged indicator of the first households and citizens waiting for it
        // is met, so some are recognised and the reports have names and shares to show.
        JudgementService judgements(db);
        for (const Title title : {Title::LearningFamily, Title::LearningCitizen}) {
            int judged = 0;
            for (const SubjectEvaluation &e : EvaluationRepository(db).results(Year, title)) {
                if (e.verdict != Verdict::Pending || ++judged > 15)
                    continue;
                const std::optional<Catalogue> catalogue = evaluation.catalogueOf(e);
                if (!catalogue)
                    return Status::failure(QStringLiteral("no catalogue for ") + e.subjectName);
                for (const Indicator *i : catalogue->indicators())
                    if (i->kind == IndicatorKind::Judged)
                        if (Status s = judgements.setJudgement(
                                Year, title, e.subjectUuid, i->code,
                                i->points > 0 ? std::nullopt : std::optional<bool>(true),
                                i->points > 0 ? std::optional<double>(i->points) : std::nullopt,
                                QStringLiteral("Biên bản họp xét"));
                            !s)
                            return s;
            }
        }
        if (Status s = evaluation.evaluateYear(Year, {}, &run); !s)
            return s;
        QMap<Title, QStringList> met;
        for (const SubjectEvaluation &e : EvaluationRepository(db).results(Year))
            if (e.verdict == Verdict::Met && e.title != Title::LearningCommune &&
                e.title != Title::CentreRating)
                met[e.title] << e.subjectUuid;
        for (auto it = met.cbegin(); it != met.cend(); ++it)
            if (Status s =
                    RecognitionService(db).recognise(Year, it.key(), it.value(), QStringLiteral("12/QĐ-UBND"),
                                                     QDate(Year, 12, 20), QStringLiteral("Trần Văn Bình"));
                !s)
                return s;
        return Status::success();
    }
};

Commune &commune()
{
    static Commune c;
    return c;
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

ReportColumn column(const QString &figure, const QString &header)
{
    ReportColumn c;
    c.figure = figure;
    c.header = header;
    return c;
}

// The page on the commune, shown and active, the report list focused.
struct Page
{
    ReportsWidget widget;

    Page()
    {
        Commune &c = commune();
        widget.setSession(&c.db, c.edits.get(), &c.notifier);
        widget.resize(1280, 800);
        showActive(&widget);
        widget.reportList()->setFocus();
    }
};

// Runs a program (Debian's python3 for openpyxl: another python3 may come first on PATH) and returns its
// standard output; fails the calling test (through *ok) when it does not run.
QString run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    if (!*ok)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutoAnswer(true);
        QVERIFY2(commune().error.isEmpty(), qPrintable(commune().error));
    }

    // The shared commune is a function-local static, destroyed after QApplication: its connection must be
    // closed while Qt's SQL driver is still loaded, or SQLite's connection leaks (LeakSanitizer).
    void cleanupTestCase()
    {
        commune().edits.reset();
        commune().db.close();
    }

    void init() { MessageBox::clearRecords(); }

    // The totals row, percentages from their numerator and denominator, an empty share of nothing, the
    // target beside the header, bold sub-headings; checked by QAbstractItemModelTester through a reset.
    void previewModel()
    {
        ReportTable table;
        table.caption = QStringLiteral("I. Gia đình học tập");
        table.totalsRow = true;
        ReportColumn village = column(QStringLiteral("village"), QStringLiteral("Thôn"));
        ReportColumn households = column(QStringLiteral("households"), QStringLiteral("Tổng số hộ"));
        households.group = QStringLiteral("Hộ");
        households.kind = CellKind::Integer;
        households.summed = true;
        ReportColumn recognised = households;
        recognised.figure = QStringLiteral("recognised");
        recognised.header = QStringLiteral("Công nhận");
        ReportColumn share = column(QStringLiteral("share"), QStringLiteral("Tỷ lệ"));
        share.kind = CellKind::Percent;
        share.numerator = QStringLiteral("recognised");
        share.denominator = QStringLiteral("households");
        share.target = QStringLiteral("≥ 80%");
        table.columns = {village, households, recognised, share};
        const auto row = [](const QString &name, qint64 h, qint64 r) {
            ReportRow out;
            out.values = {{QStringLiteral("village"), name},
                          {QStringLiteral("households"), h},
                          {QStringLiteral("recognised"), r}};
            return out;
        };
        table.rows = {row(QStringLiteral("Thôn Đông"), 10, 7), row(QStringLiteral("Thôn Tây"), 0, 0),
                      row(QStringLiteral("Thôn Nam"), 5, 2)};
        table.rows[2].emphasised = true;

        ReportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.totalsRow(), 3);
        const int h = model.columnOf(QStringLiteral("households"));
        const int s = model.columnOf(QStringLiteral("share"));
        QCOMPARE(model.index(0, s).data().toString(), QStringLiteral("70.0%"));
        QVERIFY(model.index(1, s).data().toString().isEmpty()); // no share of no households
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Tổng cộng"));
        QCOMPARE(model.index(3, h).data(ReportPreviewModel::ValueRole).toLongLong(), 15);
        QCOMPARE(model.index(3, s).data().toString(), QStringLiteral("60.0%"));
        QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.headerData(s, Qt::Horizontal).toString().contains(QStringLiteral("≥ 80%")));
        QCOMPARE(model.index(0, s).data(Qt::ToolTipRole).toString(), QStringLiteral("Target: ≥ 80%"));
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).isValid()); // a short name needs none
        QVERIFY(model.headerData(h, Qt::Horizontal).toString().startsWith(QStringLiteral("Hộ\nTổng số hộ")));
        QCOMPARE(model.headerData(h, Qt::Horizontal).toString().section(QLatin1Char('\n'), -1),
                 QStringLiteral("(2)"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    // The parameters shown are the ones the report needs: the village combo only for reports that take one.
    // A streamed list longer than the preview holds: the first rows, in the keyed form, and a note that says
    // how many there are.
    void streamedPreviewShowsFirstRows()
    {
        ReportTable table;
        ReportColumn name;
        name.figure = QStringLiteral("name");
        name.header = QStringLiteral("Họ và tên");
        table.columns << name;
        table.streamedRowCount = 1500;
        int given = 0;
        table.rowStream = [&given](const ReportRowSink &sink) {
            ReportRow row;
            row.cells = QVariantList(1);
            for (int i = 0; i < 1500; ++i) {
                row.cells[0] = QStringLiteral("Người %1").arg(i);
                ++given;
                if (!sink(row))
                    return false;
            }
            return true;
        };
        ReportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        QCOMPARE(model.rowCount(), ReportPreviewModel::PreviewRows);
        QVERIFY(given <= ReportPreviewModel::PreviewRows + 2); // stopped, not read to the end
        QCOMPARE(model.data(model.index(999, 0)).toString(), QStringLiteral("Người 999"));
        const QLocale locale;
        QCOMPARE(
            model.truncationNote(),
            QStringLiteral("first %1 of %2 rows shown").arg(locale.toString(1000), locale.toString(1500)));
        table.streamedRowCount = 10;
        table.rowStream = [](const ReportRowSink &sink) {
            ReportRow row;
            row.cells = {QStringLiteral("Một")};
            return sink(row);
        };
        model.setTable(table);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.truncationNote().isEmpty());
    }

    void parametersFollowNeeds_data()
    {
        QTest::addColumn<QString>("report");
        const ReportCatalogue catalogue;
        for (const ReportInfo &info : catalogue.reports())
            QTest::newRow(qPrintable(info.name)) << info.name;
    }

    void parametersFollowNeeds()
    {
        QFETCH(QString, report);
        Page page;
        QVERIFY(page.widget.selectReport(report));
        const ReportNeeds needs = ReportCatalogue().find(report)->info().needs;
        const bool village =
            needs.testFlag(ReportNeed::Village) || needs.testFlag(ReportNeed::VillageRequired);
        auto *combo = child<QComboBox>(&page.widget, "reportVillageCombo");
        QCOMPARE(page.widget.isParameterShown(ReportNeed::Village), village);
        QCOMPARE(combo->isVisible(), village);
        QCOMPARE(child<QSpinBox>(&page.widget, "reportYearSpin")->isVisible(),
                 needs.testFlag(ReportNeed::Year));
        QCOMPARE(child<QComboBox>(&page.widget, "reportUnitCombo")->isVisible(),
                 needs.testFlag(ReportNeed::LocalUnit));
        QCOMPARE(child<QComboBox>(&page.widget, "reportCourseCombo")->isVisible(),
                 needs.testFlag(ReportNeed::Course));
        QCOMPARE(child<QComboBox>(&page.widget, "reportTitleCombo")->isVisible(),
                 needs.testFlag(ReportNeed::Title));
        QCOMPARE(child<QComboBox>(&page.widget, "reportPageSizeCombo")->isVisible(),
                 needs.testFlag(ReportNeed::PageSize));
        if (village) {
            // "Whole commune" only where the commune may be chosen.
            const bool whole = combo->itemData(0).toString().isEmpty();
            QCOMPARE(whole, !needs.testFlag(ReportNeed::VillageRequired));
            QCOMPARE(combo->count(),
                     int(AdminUnitRepository(commune().db).villages().size()) + (whole ? 1 : 0));
        }
        QCOMPARE(mnemonicClashes(&page.widget), QStringList());

        // Tab and Enter both go from the list to the report's first parameter.
        QWidget *first = nullptr;
        for (const char *name :
             {"reportYearSpin", "reportVillageCombo", "reportUnitCombo", "reportCourseCombo",
              "reportTitleCombo", "reportPageSizeCombo", "reportDateEdit"}) {
            auto *field = child<QWidget>(&page.widget, name);
            if (field->isVisible()) {
                first = field;
                break;
            }
        }
        QVERIFY(first);
        for (const Qt::Key k : {Qt::Key_Tab, Qt::Key_Return}) {
            page.widget.reportList()->setFocus();
            QCOMPARE(focused(), static_cast<QWidget *>(page.widget.reportList()));
            key(k);
            QCOMPARE(focused(), first);
        }
    }

    // Every report previews on the demo commune with the defaults the page chooses.
    void everyReportPreviews_data() { parametersFollowNeeds_data(); }

    void everyReportPreviews()
    {
        QFETCH(QString, report);
        Page page;
        ReportsWidget &w = page.widget;
        QVERIFY(w.selectReport(report));
        QVERIFY2(w.refreshPreview(), qPrintable(w.previewMessage()));
        QVERIFY(w.hasDocument());
        {
            const ReportDocument &d = w.document();
            QCOMPARE(d.name, report);
            QCOMPARE(w.previewModels().size(), d.tables.size());
            // A streamed table (the register) previews its first rows only.
            for (int t = 0; t < d.tables.size(); ++t)
                QCOMPARE(w.previewModels().at(t)->rowCount(),
                         int(qMin<qint64>(d.tables.at(t).rowCount(), d.tables.at(t).isStreamed()
                                                                         ? ReportPreviewModel::PreviewRows
                                                                         : d.tables.at(t).rowCount())) +
                             (d.tables.at(t).totalsRow ? 1 : 0));
            QVERIFY(w.headingLabel()->text().contains(d.heading.issuingBody.toHtmlEscaped()));
        }
        QVERIFY(MessageBox::records().isEmpty());
        // The text above the tables is shown exactly when the document has more than a note of prose.
        const QWidget *text = child<QWidget>(&w, "reportText");
        qsizetype prose = 0;
        for (const QString &p : w.document().paragraphs + w.document().closingParagraphs)
            prose += p.size();
        QCOMPARE(text->isVisible(), prose > 400);
        QTest::qWait(50); // the splitter lays the text out
        QVERIFY(!text->isVisible() || text->height() > 40);
        if (qEnvironmentVariableIsSet("SHT_REPORTS_SCREENSHOT_DIR"))
            w.grab().save(QDir(qEnvironmentVariable("SHT_REPORTS_SCREENSHOT_DIR"))
                              .filePath(QStringLiteral("reports-%1.png").arg(report)));
    }

    // "yearly" chosen by keys, the year typed: every cell of the preview is core's figure.
    void yearlyPreviewHoldsCoreFigures()
    {
        Page page;
        ReportsWidget &w = page.widget;
        // The year defaults to the last one evaluated.
        QCOMPARE(w.year(), Year);
        key(Qt::Key_End);
        QVERIFY(w.currentReport() != QStringLiteral("yearly"));
        key(Qt::Key_Home);
        QCOMPARE(w.currentReport(), QStringLiteral("yearly"));
        key(Qt::Key_Return); // on to the parameters
        auto *year = child<QSpinBox>(&w, "reportYearSpin");
        QCOMPARE(focused(), static_cast<QWidget *>(year));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("2024"));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.parameters().year == 2024 && (w.hasDocument() || !w.previewMessage().isEmpty()), 20000);
        key(Qt::Key_A, Qt::ControlModifier);
        type(QString::number(Year));
        QTRY_VERIFY_WITH_TIMEOUT(w.hasDocument(), 20000);
        QCOMPARE(w.parameters().year, Year);
        QVERIFY(w.parameters().villageUuid.isEmpty()); // the whole commune

        ReportDocument expected;
        SHT_VERIFY_OK(ReportCatalogue()
                          .find(QStringLiteral("yearly"))
                          ->build(commune().db, w.parameters(), expected, {}));
        QVERIFY(expected.subtitle.contains(QString::number(Year)));
        QCOMPARE(w.document().subtitle, expected.subtitle);
        QVERIFY(w.headingLabel()->text().contains(expected.heading.issuingBody.toHtmlEscaped()));
        const QList<ReportPreviewModel *> models = w.previewModels();
        QCOMPARE(models.size(), expected.tables.size());
        QVERIFY(!models.isEmpty());
        qint64 figures = 0;
        for (int t = 0; t < models.size(); ++t) {
            ReportPreviewModel *model = models.at(t);
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            const ReportTable &table = expected.tables.at(t);
            QCOMPARE(model->columnCount(), int(table.columns.size()));
            QCOMPARE(model->rowCount(), int(table.rows.size()) + (table.totalsRow ? 1 : 0));
            for (int r = 0; r < table.rows.size(); ++r)
                for (int c = 0; c < table.columns.size(); ++c) {
                    const ReportColumn &column = table.columns.at(c);
                    const QVariant want = table.rows.at(r).values.value(column.figure);
                    if (!want.isValid())
                        continue;
                    const QModelIndex index = model->index(r, c);
                    QCOMPARE(index.data(ReportPreviewModel::ValueRole), want);
                    QCOMPARE(index.data().toString().trimmed(),
                             ReportPreviewModel::format(want, column.kind));
                    if (column.kind == CellKind::Integer)
                        figures += want.toLongLong();
                }
            // The totals row sums what core counted.
            if (table.totalsRow)
                for (int c = 0; c < table.columns.size(); ++c) {
                    const ReportColumn &column = table.columns.at(c);
                    if (!column.summed || column.kind != CellKind::Integer)
                        continue;
                    qint64 sum = 0;
                    for (const ReportRow &row : table.rows)
                        sum += row.values.value(column.figure).toLongLong();
                    QCOMPARE(
                        model->index(model->totalsRow(), c).data(ReportPreviewModel::ValueRole).toLongLong(),
                        sum);
                }
        }
        QVERIFY2(figures > 0, "the yearly report of an evaluated year has figures");
        QCOMPARE(w.suggestedFileName(QStringLiteral("xlsx")), QStringLiteral("thong-ke-%1.xlsx").arg(Year));

        if (qEnvironmentVariableIsSet("SHT_REPORTS_SCREENSHOT")) {
            // The picture for the docs, with the signers filled in as a commune would.
            DocumentSettings settings = DocumentSettings::load(commune().db);
            const DocumentSettings saved = settings;
            settings.preparerName = QStringLiteral("Lê Thị Mai");
            settings.chairmanName = QStringLiteral("Trần Văn Bình");
            SHT_VERIFY_OK(settings.save(commune().db));
            QVERIFY(w.refreshPreview());
            w.grab().save(qEnvironmentVariable("SHT_REPORTS_SCREENSHOT"));
            SHT_VERIFY_OK(saved.save(commune().db));
        }
    }

    // The shown preview follows an edit and its undo (ChangeNotifier): a new household in a village counts at
    // once in the yearly statistics.
    void previewFollowsEdits()
    {
        Page page;
        ReportsWidget &w = page.widget;
        QVERIFY(w.selectReport(QStringLiteral("yearly")));
        QVERIFY(w.refreshPreview());
        const AdminUnit village = AdminUnitRepository(commune().db).villages().constFirst();
        ReportPreviewModel *model = w.previewModels().constFirst();
        const auto householdsOf = [&]() -> qint64 {
            const int c = model->columnOf(model->table().columns.at(1).figure);
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data().toString().trimmed() == village.name)
                    return model->index(r, c).data(ReportPreviewModel::ValueRole).toLongLong();
            return -1;
        };
        const qint64 before = householdsOf();
        QVERIFY2(before > 0, qPrintable(village.name));
        Household household;
        household.code = QStringLiteral("99.001");
        household.villageId = village.id;
        Person head;
        head.name = PersonName(QStringLiteral("Phạm Văn Mới"));
        head.sex = Sex::Male;
        head.birthDate = PartialDate::fromYear(1980);
        SHT_VERIFY_OK(commune().edits->createHousehold(household, head, QDate(2020, 1, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(householdsOf(), before + 1, 10000);
        commune().stack.undo();
        QTRY_COMPARE_WITH_TIMEOUT(householdsOf(), before, 10000);
    }

    // Ctrl+Shift+E writes the workbook where the save dialog says; openpyxl opens it and finds the figures.
    void exportExcel()
    {
        Page page;
        ReportsWidget &w = page.widget;
        QVERIFY(w.selectReport(QStringLiteral("yearly")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thong-ke.xlsx"));
        FileDialog::setNextFileName(path);
        key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QFileInfo::exists(path), qPrintable(w.statusText()));
        QVERIFY(MessageBox::records().isEmpty());
        QVERIFY(w.statusText().contains(QDir::toNativeSeparators(path)));
        bool ok = false;
        const QString script = QStringLiteral("import openpyxl, sys\n"
                                              "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                              "for ws in wb.worksheets:\n"
                                              "    for row in ws.iter_rows():\n"
                                              "        for c in row:\n"
                                              "            if c.value is not None: print(c.value)\n");
        const QStringList cells =
            run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}, &ok)
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(ok);
        QVERIFY(cells.contains(w.document().heading.issuingBody));
        // Every village row of the first table is in the workbook with its count of households.
        const ReportTable &first = w.document().tables.constFirst();
        for (const ReportColumn &column : first.columns) {
            if (column.kind != CellKind::Integer)
                continue;
            for (const ReportRow &row : first.rows)
                if (row.values.contains(column.figure))
                    QVERIFY2(cells.contains(QString::number(row.values.value(column.figure).toLongLong())),
                             qPrintable(column.figure));
        }
        QVERIFY(std::any_of(cells.cbegin(), cells.cend(),
                            [](const QString &cell) { return cell.startsWith(QStringLiteral("=SUM(")); }));

        // The same name again: the clerk is asked, and "No" leaves the file as it was.
        const QByteArray before = fileHash(path);
        MessageBox::setAutoAnswer(false);
        MessageBox::setNextAnswer(QMessageBox::No);
        FileDialog::setNextFileName(path);
        key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        MessageBox::setAutoAnswer(true);
        QCOMPARE(MessageBox::records().size(), 1);
        QCOMPARE(MessageBox::records().constFirst().icon, QMessageBox::Question);
        QCOMPARE(fileHash(path), before);
    }

    // Ctrl+Shift+S saves a PDF with the heading in it, Vietnamese letters intact.
    void savePdf()
    {
        Page page;
        ReportsWidget &w = page.widget;
        QVERIFY(w.selectReport(QStringLiteral("yearly")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thong-ke.pdf"));
        FileDialog::setNextFileName(path);
        key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QFileInfo::exists(path),
                 qPrintable(MessageBox::records().isEmpty() ? w.statusText()
                                                            : MessageBox::records().constFirst().text));
        bool ok = false;
        const QString info = run(QStringLiteral("pdfinfo"), {path}, &ok);
        QVERIFY(ok);
        const QRegularExpressionMatch pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() >= 1);
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &ok);
        QVERIFY(ok);
        QVERIFY2(text.contains(w.document().heading.issuingBody), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    }

    // Ctrl+P opens the print preview with the report's pages painted by the PDF writer.
    void printPreview_data()
    {
        QTest::addColumn<QString>("report");
        QTest::newRow("yearly") << QStringLiteral("yearly");
        QTest::newRow("certificates") << QStringLiteral("certificates");
    }

    void printPreview()
    {
        QFETCH(QString, report);
        Page page;
        QVERIFY(page.widget.selectReport(report));
        int pages = 0;
        QVERIFY(whileModal<QPrintPreviewDialog>([&] { key(Qt::Key_P, Qt::ControlModifier); },
                                                [&](QPrintPreviewDialog *dialog) {
                                                    auto *preview =
                                                        dialog->findChild<QPrintPreviewWidget *>();
                                                    QVERIFY(preview);
                                                    QTRY_VERIFY(preview->pageCount() >= 1);
                                                    pages = preview->pageCount();
                                                    QTest::keyClick(dialog, Qt::Key_Escape);
                                                }));
        QVERIFY(page.widget.hasDocument());
        // Certificates: one page each (after the list of recipients, if the writer prints it).
        QVERIFY2(pages >= qMax<qsizetype>(1, page.widget.document().certificates.size()),
                 qPrintable(QString::number(pages)));
        QVERIFY(MessageBox::records().isEmpty());
    }

    // Signers and heading (Alt+G): Esc changes nothing; a new issuing body, Enter, is saved and the next
    // build prints it; undo takes it back.
    void documentSettings()
    {
        Page page;
        ReportsWidget &w = page.widget;
        QVERIFY(w.selectReport(QStringLiteral("yearly")));
        QVERIFY(w.refreshPreview());
        Database &db = commune().db;
        const QString before = DocumentSettings::load(db).issuingBody;
        QVERIFY(!before.isEmpty());
        const QString renamed = QStringLiteral("UBND XÃ THỬ NGHIỆM");

        QVERIFY(whileModal<DocumentSettingsDialog>([&] { key(Qt::Key_G, Qt::AltModifier); },
                                                   [&](DocumentSettingsDialog *dialog) {
                                                       QCOMPARE(mnemonicClashes(dialog), QStringList());
                                                       key(Qt::Key_A, Qt::ControlModifier);
                                                       type(QStringLiteral("UBND XA KHAC"));
                                                       key(Qt::Key_Escape);
                                                   }));
        QCOMPARE(DocumentSettings::load(db).issuingBody, before);

        const int steps = commune().stack.count();
        QVERIFY(whileModal<DocumentSettingsDialog>([&] { key(Qt::Key_G, Qt::AltModifier); },
                                                   [&](DocumentSettingsDialog *dialog) {
                                                       auto *issuing =
                                                           child<QLineEdit>(dialog, "issuingBodyEdit");
                                                       QCOMPARE(focused(), static_cast<QWidget *>(issuing));
                                                       QCOMPARE(issuing->text(), before);
                                                       key(Qt::Key_A, Qt::ControlModifier);
                                                       type(renamed);
                                                       key(Qt::Key_Return);
                                                       QVERIFY(!dialog->isVisible());
                                                   }));
        QCOMPARE(DocumentSettings::load(db).issuingBody, renamed);
        QTRY_VERIFY(w.hasDocument());
        QCOMPARE(w.document().heading.issuingBody, renamed);
        QVERIFY(w.headingLabel()->text().contains(renamed));

        // Back as it was, for the other tests (through undo when the save was one undoable step).
        if (commune().stack.count() > steps) {
            commune().stack.undo();
        } else {
            DocumentSettings s = DocumentSettings::load(db);
            s.issuingBody = before;
            SHT_VERIFY_OK(s.save(db));
            QVERIFY(w.refreshPreview()); // a save behind the page's back: nothing told it
        }
        QCOMPARE(DocumentSettings::load(db).issuingBody, before);
        QTRY_VERIFY(w.hasDocument() && w.document().heading.issuingBody == before);
    }

    // View > Reports (Ctrl+Shift+R) in the window: the page with its list focused, marked in the navigation
    // pane; View > Document signers… opens the signers.
    void mainWindowShowsReports()
    {
        TempCommune temp;
        const QString path = temp.demo(60, 3);
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.resize(1280, 800);
        showActive(&window);
        auto *reports = window.findChild<ReportsWidget *>(QStringLiteral("reports"));
        QVERIFY(reports);
        QVERIFY(!reports->isVisible());
        auto *action = window.findChild<QAction *>(QStringLiteral("actionReports"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(reports->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(reports->reportList()));
        QCOMPARE(reports->currentReport(), QStringLiteral("yearly"));
        auto *tree = window.findChild<QAbstractItemView *>(QStringLiteral("navigationTree"));
        QVERIFY(tree);
        QCOMPARE(NavigationModel::targetOf(tree->currentIndex()), NavigationModel::Target::Reports);
        auto *signers = window.findChild<QAction *>(QStringLiteral("actionDocumentSigners"));
        QVERIFY(signers && signers->isEnabled());
        QVERIFY(whileModal<DocumentSettingsDialog>([&] { signers->trigger(); },
                                                   [](DocumentSettingsDialog *dialog) { dialog->reject(); }));
        window.closeFile();
        QVERIFY(!action->isEnabled());
        QVERIFY(!signers->isEnabled());
    }

    // A report that needs a village it was not given, or one that cannot be built, says why in the preview
    // and, when asked to export, in a message box; nothing is written.
    void unbuildableReportSaysWhy()
    {
        Page page;
        ReportsWidget &w = page.widget;
        QVERIFY(w.selectReport(QStringLiteral("yearly")));
        w.setYear(1995); // long before the commune's registers
        QTRY_VERIFY_WITH_TIMEOUT(!w.previewMessage().isEmpty() || w.hasDocument(), 20000);
        if (w.hasDocument())
            QSKIP("the yearly report builds an empty year: nothing to refuse");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.xlsx"));
        FileDialog::setNextFileName(path);
        // Refused before the save dialog (the answer set above stays unused: this is the last test).
        key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(MessageBox::records().size(), 1);
        QCOMPARE(MessageBox::records().constFirst().text, w.previewMessage());
    }
};

QTEST_MAIN(TestReportsGui)
#include "tst_reports_gui.moc"
