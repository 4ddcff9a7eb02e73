#include "MainWindow.h"

#include "AdminUnitService.h"
#include "AuditActor.h"
#include "BackupSettingsDialog.h"
#include "BackupStore.h"
#include "CatalogueBrowserDialog.h"
#include "ChangeNotifier.h"
#include "ClanRegisterWidget.h"
#include "CommuneOverviewWidget.h"
#include "DailyBackup.h"
#include "DashboardWidget.h"
#include "Database.h"
#include "DocumentSettingsDialog.h"
#include "EditCommands.h"
#include "EvaluationWidget.h"
#include "FileDialog.h"
#include "HouseholdDialog.h"
#include "HouseholdRegisterWidget.h"
#include "HouseholdRepository.h"
#include "ImportDialog.h"
#include "InterruptedOperation.h"
#include "Language.h"
#include "LearningCentreWidget.h"
#include "LocalUnitRegisterWidget.h"
#include "MergeReviewDialog.h"
#include "MessageBox.h"
#include "NavigationPane.h"
#include "NewCommuneDialog.h"
#include "NewHouseholdDialog.h"
#include "PackageExportDialog.h"
#include "PackageInfo.h"
#include "PeopleRegisterWidget.h"
#include "PersonDialog.h"
#include "PersonRepository.h"
#include "RecentFiles.h"
#include "ReportsWidget.h"
#include "RestoreBackupDialog.h"
#include "SplitVillageDialog.h"
#include "StartPageWidget.h"
#include "VillageDialog.h"
#include "VolunteerModeBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace sht {

namespace {
const QString AppName = QStringLiteral("Sổ Học Tập");
const QString GeometryKey = QStringLiteral("ui/geometry");
const QString StateKey = QStringLiteral("ui/state");
const QString SplitterKey = QStringLiteral("ui/navigationSplitter");

enum Page { StartPage, WorkspacePage };
enum WorkspaceTab {
    OverviewPage,
    PeoplePage,
    HouseholdsPage,
    ClansPage,
    LocalUnitsPage,
    LearningCentrePage,
    EvaluationPage,
    TargetsPage,
    ReportsPage,
};

QAction *makeAction(QObject *parent, const QString &name, const QString &text)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    return action;
}

// The platform's keys for a standard action, always including the one named in the menus and the manual
// (some platforms list Ctrl+F4 before Ctrl+W, or have no Quit key at all).
void setStandardShortcuts(QAction *action, QKeySequence::StandardKey key, const QKeySequence &documented)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    keys.removeAll(documented);
    keys.prepend(documented);
    action->setShortcuts(keys);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recentFiles(new RecentFiles(this))
    , m_stack(new QStackedWidget(this))
    , m_startPage(new StartPageWidget(m_stack))
    , m_workspace(new QSplitter(Qt::Horizontal, m_stack))
    , m_navigation(new NavigationPane(m_workspace))
    , m_pages(new QStackedWidget(m_workspace))
    , m_overview(new CommuneOverviewWidget(m_pages))
    , m_people(new PeopleRegisterWidget(m_pages))
    , m_households(new HouseholdRegisterWidget(m_pages))
    , m_clans(new ClanRegisterWidget(m_pages))
    , m_localUnits(new LocalUnitRegisterWidget(m_pages))
    , m_learningCentre(new LearningCentreWidget(m_pages))
    , m_evaluation(new EvaluationWidget(m_pages))
    , m_dashboard(new DashboardWidget(m_pages))
    , m_reports(new ReportsWidget(m_pages))
{
    m_undoStack = new QUndoStack(this);
    m_notifier = new ChangeNotifier(this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *historyView = new QUndoView(m_undoStack, m_historyDock);
    historyView->setObjectName(QStringLiteral("historyView"));
    historyView->setEmptyLabel(tr("<opened file>"));
    m_historyDock->setWidget(historyView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sohoctap-128.png")));
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_startPage->setObjectName(QStringLiteral("startPage"));
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_navigation->setObjectName(QStringLiteral("navigationPane"));
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_overview->setObjectName(QStringLiteral("communeOverview"));
    m_people->setObjectName(QStringLiteral("peopleRegister"));
    m_pages->insertWidget(OverviewPage, m_overview);
    m_pages->insertWidget(PeoplePage, m_people);
    m_households->setObjectName(QStringLiteral("householdRegister"));
    m_pages->insertWidget(HouseholdsPage, m_households);
    m_clans->setObjectName(QStringLiteral("clanRegister"));
    m_pages->insertWidget(ClansPage, m_clans);
    m_localUnits->setObjectName(QStringLiteral("localUnitRegister"));
    m_pages->insertWidget(LocalUnitsPage, m_localUnits);
    m_learningCentre->setObjectName(QStringLiteral("learningCentre"));
    m_pages->insertWidget(LearningCentrePage, m_learningCentre);
    m_evaluation->setObjectName(QStringLiteral("evaluation"));
    m_pages->insertWidget(EvaluationPage, m_evaluation);
    m_dashboard->setObjectName(QStringLiteral("targetsDashboard"));
    m_pages->insertWidget(TargetsPage, m_dashboard);
    m_reports->setObjectName(QStringLiteral("reports"));
    m_pages->insertWidget(ReportsPage, m_reports);
    m_reports->setMinimumSize(320, 240);
    // Wide pages must not force the window wider than a small laptop screen: they scroll or squeeze instead.
    m_evaluation->setMinimumSize(320, 240);
    m_dashboard->setMinimumSize(320, 240);
    m_workspace->addWidget(m_navigation);
    m_workspace->addWidget(m_pages);
    m_workspace->setStretchFactor(1, 1);
    m_workspace->setChildrenCollapsible(false);
    m_workspace->setSizes({250, 850});
    // A wide page (the learning centre's three panes) must not squeeze the villages' names out of sight.
    m_navigation->setMinimumWidth(220);
    m_stack->insertWidget(StartPage, m_startPage);
    m_stack->insertWidget(WorkspacePage, m_workspace);
    // In volunteer mode a band above the pages says whose package this is and where it goes back to.
    m_volunteerBar = new VolunteerModeBar(this);
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_volunteerBar);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_startPage, &StartPageWidget::newRequested, this, &MainWindow::newFile);
    connect(m_startPage, &StartPageWidget::openRequested, this, &MainWindow::openFileFromDialog);
    connect(m_startPage, &StartPageWidget::recentFileRequested, this, &MainWindow::openRecentFile);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentFiles);
    connect(m_notifier, &ChangeNotifier::changed, this, &MainWindow::refreshAfterEdit);
    connect(m_people, &PeopleRegisterWidget::personActivated, this, &MainWindow::openHouseholdOf);
    connect(m_households, &HouseholdRegisterWidget::householdActivated, this, &MainWindow::openHousehold);
    connect(m_households, &HouseholdRegisterWidget::newHouseholdRequested, this, &MainWindow::newHousehold);
    connect(m_clans, &ClanRegisterWidget::householdActivated, this, &MainWindow::openHousehold);
    connect(m_evaluation, &EvaluationWidget::cataloguesRequested, this, &MainWindow::openCatalogues);
    connect(m_evaluation, &EvaluationWidget::dashboardRequested, this, [this] {
        showRegister(NavigationModel::Target::Targets);
        focusPage();
    });
    connect(m_notifier, &ChangeNotifier::failed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Cannot undo or redo"), message);
        refreshAfterEdit({});
    });
    connect(m_navigation, &NavigationPane::overviewRequested, this, [this] {
        showOverview();
        focusPage();
    });
    connect(m_navigation, &NavigationPane::peopleRequested, this,
            [this](qint64 villageId, const QString &villageName) {
                showPeople(villageId, villageName);
                focusPage();
            });
    connect(m_navigation, &NavigationPane::registerRequested, this, [this](NavigationModel::Target target) {
        showRegister(target);
        focusPage();
    });

    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(StateKey).toByteArray());
    m_workspace->restoreState(settings.value(SplitterKey).toByteArray());

    updateRecentFiles();
    updateWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // Undo and redo name the step they act on ("Undo Move Lê Văn Nam to household 03.012").
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    setStandardShortcuts(m_undoAction, QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_newHouseholdAction = makeAction(this, QStringLiteral("actionNewHousehold"), tr("New hou&sehold…"));
    m_newHouseholdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newHouseholdAction->setStatusTip(tr("Add a household with its head to a village"));
    connect(m_newHouseholdAction, &QAction::triggered, this, &MainWindow::newHousehold);
    m_renameVillageAction = makeAction(this, QStringLiteral("actionRenameVillage"), tr("Re&name village…"));
    m_renameVillageAction->setStatusTip(
        tr("Give a village a new name from a date; the old name stays in history"));
    connect(m_renameVillageAction, &QAction::triggered, this, [this] { changeVillage(false); });
    m_mergeVillagesAction = makeAction(this, QStringLiteral("actionMergeVillages"), tr("&Merge villages…"));
    m_mergeVillagesAction->setStatusTip(tr("Merge a village into another from a date (the 2025 mergers)"));
    connect(m_mergeVillagesAction, &QAction::triggered, this, [this] { changeVillage(true); });
    m_splitVillageAction = makeAction(this, QStringLiteral("actionSplitVillage"), tr("S&plit village…"));
    m_splitVillageAction->setStatusTip(
        tr("Move some households of a village into a new village from a date"));
    connect(m_splitVillageAction, &QAction::triggered, this, &MainWindow::splitVillage);

    m_newAction = makeAction(this, QStringLiteral("actionNew"), tr("&New…"));
    setStandardShortcuts(m_newAction, QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setStatusTip(tr("Create a new file for a commune or ward"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);

    m_openAction = makeAction(this, QStringLiteral("actionOpen"), tr("&Open…"));
    setStandardShortcuts(m_openAction, QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openAction->setStatusTip(tr("Open a commune file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileFromDialog);

    m_importAction = makeAction(this, QStringLiteral("actionImport"), tr("&Import registers…"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Import household registers from Excel (.xlsx, .xls) or CSV files; files can also be dropped on "
           "the window"));
    connect(m_importAction, &QAction::triggered, this, [this] { importRegisters(); });

    m_exportPackageAction =
        makeAction(this, QStringLiteral("actionExportPackage"), tr("E&xport volunteer package…"));
    m_exportPackageAction->setStatusTip(
        tr("Write some villages into a file a volunteer opens on their own laptop and sends back"));
    connect(m_exportPackageAction, &QAction::triggered, this, &MainWindow::exportPackage);
    m_mergePackageAction =
        makeAction(this, QStringLiteral("actionMergePackage"), tr("Merge &volunteer package…"));
    m_mergePackageAction->setStatusTip(
        tr("Review what a returned volunteer package changes, decide its conflicts and merge it"));
    connect(m_mergePackageAction, &QAction::triggered, this, &MainWindow::mergePackage);
    m_entryTemplateAction =
        makeAction(this, QStringLiteral("actionEntryTemplate"), tr("Export &Excel entry template…"));
    m_entryTemplateAction->setStatusTip(
        tr("An Excel workbook of one village for a volunteer without the app; it comes back through Import"));
    connect(m_entryTemplateAction, &QAction::triggered, this, &MainWindow::exportEntryTemplate);
    m_backupSettingsAction = makeAction(this, QStringLiteral("actionBackupSettings"), tr("&Backups…"));
    m_backupSettingsAction->setStatusTip(
        tr("How many backups to keep and where; take a backup of the open file now"));
    connect(m_backupSettingsAction, &QAction::triggered, this, &MainWindow::backupSettings);
    m_restoreBackupAction =
        makeAction(this, QStringLiteral("actionRestoreBackup"), tr("&Restore from backup…"));
    m_restoreBackupAction->setStatusTip(
        tr("List the backups with their dates and records, and restore one into a new file"));
    connect(m_restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_evaluationAction = makeAction(this, QStringLiteral("actionEvaluation"), tr("&Evaluation"));
    m_evaluationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_evaluationAction->setStatusTip(
        tr("Registrations, verdicts with their reasons, the council's judgements and recognitions"));
    connect(m_evaluationAction, &QAction::triggered, this, [this] {
        showRegister(NavigationModel::Target::Evaluation);
        focusPage();
    });
    m_targetsAction = makeAction(this, QStringLiteral("actionTargets"), tr("&Targets dashboard"));
    m_targetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_targetsAction->setStatusTip(tr("Shares of recognised households, clans, villages, units and citizens "
                                     "against the national and local targets"));
    connect(m_targetsAction, &QAction::triggered, this, [this] {
        showRegister(NavigationModel::Target::Targets);
        focusPage();
    });
    m_reportsAction = makeAction(this, QStringLiteral("actionReports"), tr("&Reports"));
    m_reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportsAction->setStatusTip(tr("Yearly statistics, TT 25 and TT 24 dossiers, lists, minutes and "
                                     "certificates: preview, export to Excel, print or save as PDF"));
    connect(m_reportsAction, &QAction::triggered, this, [this] {
        showRegister(NavigationModel::Target::Reports);
        focusPage();
    });
    m_documentSignersAction =
        makeAction(this, QStringLiteral("actionDocumentSigners"), tr("Document &signers…"));
    m_documentSignersAction->setStatusTip(
        tr("The issuing body, the place and the signers printed on every report, minutes and certificate"));
    connect(m_documentSignersAction, &QAction::triggered, this, [this] {
        if (isFileOpen())
            DocumentSettingsDialog(*m_db, m_commands.get(), this).exec();
    });
    m_cataloguesAction = makeAction(this, QStringLiteral("actionCatalogues"), tr("&Criteria catalogues…"));
    m_cataloguesAction->setStatusTip(tr(
        "The criteria of every title, their sources and what is provisional; adapt a copy to the province"));
    connect(m_cataloguesAction, &QAction::triggered, this, &MainWindow::openCatalogues);

    m_clearRecentAction = makeAction(this, QStringLiteral("actionClearRecent"), tr("&Clear list"));
    connect(m_clearRecentAction, &QAction::triggered, m_recentFiles, &RecentFiles::clear);

    m_closeAction = makeAction(this, QStringLiteral("actionClose"), tr("&Close"));
    setStandardShortcuts(m_closeAction, QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setStatusTip(tr("Close the commune file"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeFile);

    m_quitAction = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"));
    setStandardShortcuts(m_quitAction, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Each language is named in itself, so it can be found whatever the current language is.
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("vi"), QStringLiteral("Tiếng &Việt")},
                                                      {QStringLiteral("en"), QStringLiteral("&English")}};
    const QString current = language::current();
    for (const auto &[code, name] : languages) {
        QAction *action = makeAction(m_languageGroup, QStringLiteral("actionLanguage_") + code, name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    m_aboutAction = makeAction(this, QStringLiteral("actionAbout"), tr("&About Sổ Học Tập"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = makeAction(this, QStringLiteral("actionAboutQt"), tr("About &Qt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Keyboard routes between the pane and the page (Tab also gets there, but through every control).
    m_focusNavigationAction =
        makeAction(this, QStringLiteral("actionFocusNavigation"), tr("&Navigation pane"));
    m_focusNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_focusNavigationAction->setStatusTip(tr("Move to the list of villages and registers"));
    connect(m_focusNavigationAction, &QAction::triggered, this, &MainWindow::focusNavigation);
    m_focusPageAction = makeAction(this, QStringLiteral("actionFocusPage"), tr("Current &page"));
    m_focusPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_focusPageAction->setStatusTip(tr("Move to the page shown beside the navigation pane"));
    connect(m_focusPageAction, &QAction::triggered, this, &MainWindow::focusPage);
    m_findAction = makeAction(this, QStringLiteral("actionFindPeople"), tr("&Find people"));
    setStandardShortcuts(m_findAction, QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setStatusTip(tr("Filter the People register by name, CCCD or household code"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusFilter);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentFiles"));
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportPackageAction);
    file->addAction(m_mergePackageAction);
    file->addAction(m_entryTemplateAction);
    file->addSeparator();
    file->addAction(m_backupSettingsAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newHouseholdAction);
    edit->addAction(m_renameVillageAction);
    edit->addAction(m_mergeVillagesAction);
    edit->addAction(m_splitVillageAction);
    edit->addSeparator();
    QAction *history = m_historyDock->toggleViewAction();
    history->setObjectName(QStringLiteral("actionHistory"));
    history->setText(tr("&History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(tr("Show the list of edits; choose one to go back to it"));
    edit->addAction(history);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_focusNavigationAction);
    view->addAction(m_focusPageAction);
    view->addAction(m_findAction);
    view->addSeparator();
    // The learning titles: pages of their own, and the criteria they are judged by.
    view->addAction(m_evaluationAction);
    view->addAction(m_targetsAction);
    view->addAction(m_cataloguesAction);
    view->addAction(m_reportsAction);
    view->addAction(m_documentSignersAction);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("menuLanguage"));
    language->addActions(m_languageGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_restoreBackupAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("statusPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("statusCountsLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
}

bool MainWindow::isFileOpen() const
{
    return m_db && m_db->isOpen();
}

void MainWindow::newFile()
{
    NewCommuneDialog dialog(FileDialog::lastFolder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createCommuneFile(dialog.filePath(), dialog.communeName(), dialog.kind());
}

bool MainWindow::createCommuneFile(const QString &path, const QString &communeName, AdminUnit::Kind kind)
{
    const QString title = tr("Cannot create the file");
    auto db = std::make_unique<Database>();
    db->setActor(AuditActor::fromEnvironment(QStringLiteral("gui")));
    if (const Status created = db->create(path); !created) {
        MessageBox::warning(this, title, created.message());
        return false;
    }
    AdminUnit commune;
    commune.name = communeName;
    commune.kind = kind;
    if (const Status s = AdminUnitService(*db).createCommune(commune); !s) {
        // The file was made a moment ago and holds nothing of the user's: do not leave it behind half made.
        const QString made = db->path();
        db->close();
        QFile::remove(made);
        MessageBox::warning(this, title, s.message());
        return false;
    }
    adopt(std::move(db));
    return true;
}

void MainWindow::openFileFromDialog()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Open a commune file"), FileDialog::openFileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (isFileOpen() && QFileInfo(m_db->path()) == QFileInfo(absolute))
        return true;
    auto db = std::make_unique<Database>();
    db->setActor(AuditActor::fromEnvironment(QStringLiteral("gui")));
    if (const Status s = db->open(absolute); !s) {
        MessageBox::warning(this, tr("Cannot open the file"), s.message());
        return false;
    }
    const QString backup = db->lastBackupPath();
    const QString readOnlyReason = db->readOnlyReason();
    // Only the copy that writes holds the file's lock, so only it may explain (and clear) what a run that
    // stopped half-way left behind.
    const std::optional<InterruptedOperation> interrupted =
        db->isReadOnly() ? std::nullopt : OperationMarker::takeInterrupted(*db);
    adopt(std::move(db));
    if (!backup.isEmpty())
        MessageBox::information(
            this, tr("File upgraded"),
            tr("The file was made by an older version of Sổ Học Tập and has been upgraded. "
               "A copy of it as it was is kept in:\n%1")
                .arg(QDir::toNativeSeparators(backup)));
    if (interrupted)
        MessageBox::information(this, tr("The last action was interrupted"), interrupted->message());
    // The file stays open for reading; the title says "(read-only)" from now on.
    if (!readOnlyReason.isEmpty())
        MessageBox::information(this, tr("Opened read-only"), readOnlyReason);
    return true;
}

void MainWindow::openRecentFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_recentFiles->remove(path);
        MessageBox::information(
            this, tr("File not found"),
            tr("%1 no longer exists: it may have been moved, renamed or be on a drive that "
               "is not connected. It has been removed from the recent files.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path);
}

void MainWindow::reopenLastFile()
{
    const QStringList files = m_recentFiles->files();
    if (!files.isEmpty() && QFileInfo::exists(files.constFirst()))
        openFile(files.constFirst());
}

void MainWindow::adopt(std::unique_ptr<Database> db)
{
    // The last file's backup, if still under way, stops (and leaves nothing) before that file is closed.
    if (m_dailyBackup)
        m_dailyBackup->cancel();
    m_undoStack->clear();
    m_commands.reset();
    m_overview->setDatabase(nullptr);
    m_people->setDatabase(nullptr);
    setRegistersSession(false);
    m_db = std::move(db);
    const std::optional<exchange::PackageInfo> package = exchange::PackageInfo::read(*m_db);
    m_volunteerMode = package.has_value();
    m_volunteerBar->setPackage(package);
    m_commands = std::make_unique<EditCommands>(*m_db, *m_undoStack, *m_notifier);
    setRegistersSession(true);
    m_recentFiles->add(m_db->path());
    m_overview->setDatabase(m_db.get());
    m_people->setDatabase(m_db.get()); // reads the people when first shown
    m_navigation->setSummary(m_overview->summary());
    m_stack->setCurrentIndex(WorkspacePage);
    showOverview();
    m_overview->setFocus();
    updateWindow();
    // A volunteer's package is backed up on the clerk's side; a read-only file cannot change.
    if (!m_volunteerMode && !m_db->isReadOnly())
        takeDailyBackup();
}

void MainWindow::showOverview()
{
    m_pages->setCurrentIndex(OverviewPage);
    m_navigation->markOverview();
}

void MainWindow::showPeople(qint64 villageId, const QString &villageName)
{
    m_people->ensureLoaded();
    m_people->setVillage(villageId, villageName);
    m_pages->setCurrentIndex(PeoplePage);
    m_navigation->markPeople(villageId);
}

void MainWindow::focusNavigation()
{
    if (isFileOpen())
        m_navigation->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusPage()
{
    if (isFileOpen())
        m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::focusFilter()
{
    if (!isFileOpen())
        return;
    // The register shown filters; from the overview, the People register of the whole commune.
    switch (m_pages->currentIndex()) {
    case HouseholdsPage:
        m_households->focusFilter();
        return;
    case ClansPage:
        m_clans->focusFilter();
        return;
    case LocalUnitsPage:
        m_localUnits->focusFilter();
        return;
    case LearningCentrePage:
        m_learningCentre->focusFilter();
        return;
    case EvaluationPage:
        m_evaluation->focusFilter();
        return;
    case PeoplePage:
        break;
    default:
        showPeople(0, QString());
    }
    m_people->focusFilter();
}

void MainWindow::showRegister(NavigationModel::Target target)
{
    switch (target) {
    case NavigationModel::Target::Households:
        m_pages->setCurrentIndex(HouseholdsPage);
        m_households->ensureLoaded();
        break;
    case NavigationModel::Target::Clans:
        m_pages->setCurrentIndex(ClansPage);
        break;
    case NavigationModel::Target::LocalUnits:
        m_pages->setCurrentIndex(LocalUnitsPage);
        break;
    case NavigationModel::Target::LearningCentre:
        m_pages->setCurrentIndex(LearningCentrePage);
        break;
    case NavigationModel::Target::Evaluation:
        m_pages->setCurrentIndex(EvaluationPage);
        break;
    case NavigationModel::Target::Targets:
        m_pages->setCurrentIndex(TargetsPage);
        break;
    case NavigationModel::Target::Reports:
        m_pages->setCurrentIndex(ReportsPage);
        break;
    default:
        return;
    }
    m_navigation->markRegister(target);
}

void MainWindow::setRegistersSession(bool open)
{
    Database *db = open ? m_db.get() : nullptr;
    EditCommands *commands = open ? m_commands.get() : nullptr;
    ChangeNotifier *notifier = open ? m_notifier : nullptr;
    m_households->setSession(db, commands, notifier);
    m_clans->setSession(db, commands, notifier);
    m_localUnits->setSession(db, commands, notifier);
    m_learningCentre->setSession(db, commands, notifier);
    m_evaluation->setSession(db, commands, notifier);
    m_dashboard->setSession(db, commands, notifier);
    m_reports->setSession(db, commands, notifier);
}

void MainWindow::refreshAfterEdit(const QSet<QString> &tables)
{
    if (!isFileOpen())
        return;
    // What the overview, the pane and the People register show; an empty set (a failed undo) means
    // "anything may have changed". The other registers follow the notifier themselves.
    static const QSet<QString> registerTables{
        QStringLiteral("person"),     QStringLiteral("membership"),      QStringLiteral("household"),
        QStringLiteral("admin_unit"), QStringLiteral("admin_unit_name"), QStringLiteral("household_village")};
    if (!tables.isEmpty() && !tables.intersects(registerTables))
        return;
    m_overview->refresh();
    m_navigation->setSummary(m_overview->summary());
    markCurrentPage();
    // The People index takes ~150 ms to read on 100,000 people: only while it is shown, else on next show.
    if (m_pages->currentIndex() == PeoplePage)
        m_people->refresh();
    else
        m_people->markStale();
    updateWindow();
}

void MainWindow::markCurrentPage()
{
    switch (m_pages->currentIndex()) {
    case PeoplePage:
        m_navigation->markPeople(m_people->village());
        break;
    case HouseholdsPage:
        m_navigation->markRegister(NavigationModel::Target::Households);
        break;
    case ClansPage:
        m_navigation->markRegister(NavigationModel::Target::Clans);
        break;
    case LocalUnitsPage:
        m_navigation->markRegister(NavigationModel::Target::LocalUnits);
        break;
    case LearningCentrePage:
        m_navigation->markRegister(NavigationModel::Target::LearningCentre);
        break;
    case EvaluationPage:
        m_navigation->markRegister(NavigationModel::Target::Evaluation);
        break;
    case TargetsPage:
        m_navigation->markRegister(NavigationModel::Target::Targets);
        break;
    case ReportsPage:
        m_navigation->markRegister(NavigationModel::Target::Reports);
        break;
    default:
        m_navigation->markOverview();
    }
}

qint64 MainWindow::currentVillage() const
{
    return m_pages->currentIndex() == PeoplePage ? m_people->village() : 0;
}

void MainWindow::openHousehold(qint64 householdId)
{
    if (!isFileOpen())
        return;
    HouseholdDialog dialog(*m_db, *m_commands, *m_notifier, householdId, this);
    dialog.exec();
}

void MainWindow::openHouseholdOf(qint64 personId)
{
    if (!isFileOpen())
        return;
    const auto membership = HouseholdRepository(*m_db).currentMembership(personId);
    if (membership) {
        openHousehold(membership->householdId);
        return;
    }
    // A former resident or the deceased: no household to open, but their record can still be corrected.
    const auto person = PersonRepository(*m_db).find(personId);
    if (!person)
        return;
    PersonDialog dialog(*m_db, tr("Edit %1").arg(person->name.full()), this);
    dialog.setPerson(*person);
    dialog.setSaver([this](Person &edited) { return m_commands->updatePerson(edited); });
    dialog.exec();
}

void MainWindow::newHousehold()
{
    if (!isFileOpen())
        return;
    NewHouseholdDialog dialog(*m_db, *m_commands, currentVillage(), this);
    dialog.exec();
}

void MainWindow::changeVillage(bool merge)
{
    if (!isFileOpen())
        return;
    VillageDialog dialog(*m_db, *m_commands,
                         merge ? VillageDialog::Action::Merge : VillageDialog::Action::Rename,
                         currentVillage(), this);
    dialog.exec();
}

void MainWindow::splitVillage()
{
    if (!isFileOpen())
        return;
    SplitVillageDialog dialog(*m_db, *m_commands, currentVillage(), this);
    dialog.exec();
}

void MainWindow::closeFile()
{
    // Today's backup reads the file through a connection of its own: stop it before the file closes.
    if (m_dailyBackup)
        m_dailyBackup->cancel();
    // The steps belong to the file: they cannot be undone in another one.
    m_undoStack->clear();
    m_commands.reset();
    m_overview->setDatabase(nullptr);
    m_people->setDatabase(nullptr);
    setRegistersSession(false);
    m_navigation->setSummary(CommuneSummary());
    m_db.reset(); // Database's destructor closes the connection
    m_volunteerMode = false;
    m_volunteerBar->setPackage(std::nullopt);
    m_stack->setCurrentIndex(StartPage);
    m_startPage->setFocus();
    updateWindow();
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = m_recentFiles->files();
    m_startPage->setRecentFiles(files);
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        QString name = QFileInfo(file).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setStatusTip(QDir::toNativeSeparators(file));
        action->setToolTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openRecentFile(file); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateWindow()
{
    const bool open = isFileOpen();
    m_closeAction->setEnabled(open);
    m_focusNavigationAction->setEnabled(open);
    m_focusPageAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_newHouseholdAction->setEnabled(open);
    m_renameVillageAction->setEnabled(open);
    m_mergeVillagesAction->setEnabled(open);
    m_splitVillageAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_db->isReadOnly());
    m_evaluationAction->setEnabled(open);
    m_targetsAction->setEnabled(open);
    m_reportsAction->setEnabled(open);
    m_documentSignersAction->setEnabled(open && !m_db->isReadOnly());
    m_cataloguesAction->setEnabled(open);
    // A volunteer enters their villages' data; the commune's villages, its criteria and the exchange of
    // packages stay with the clerk.
    const bool clerk = open && !m_volunteerMode;
    for (QAction *action : {m_renameVillageAction, m_mergeVillagesAction, m_splitVillageAction,
                            m_cataloguesAction, m_exportPackageAction, m_entryTemplateAction})
        action->setEnabled(clerk);
    m_mergePackageAction->setEnabled(clerk && !m_db->isReadOnly());
    if (!open) {
        setWindowTitle(AppName);
        m_pathLabel->clear();
        m_countsLabel->clear();
        return;
    }
    const CommuneSummary &summary = m_overview->summary();
    QString fileName = QFileInfo(m_db->path()).fileName();
    if (m_db->isReadOnly())
        fileName = tr("%1 (read-only)").arg(fileName);
    if (m_volunteerMode)
        fileName = tr("%1 (volunteer package)").arg(fileName);
    QStringList parts;
    if (!summary.communeName.isEmpty())
        parts << summary.communeName;
    parts << fileName << AppName;
    setWindowTitle(parts.join(QStringLiteral(" — ")));

    m_pathLabel->setText(QDir::toNativeSeparators(m_db->path()));
    m_countsLabel->setText(QStringList{tr("%Ln village(s)", nullptr, int(summary.villages.size())),
                                       tr("%Ln household(s)", nullptr, summary.households),
                                       tr("%Ln person(s)", nullptr, summary.people)}
                               .join(QStringLiteral(" · ")));
}

void MainWindow::setLanguage(const QString &code)
{
    if (code == language::current())
        return;
    language::setCurrent(code);
    MessageBox::information(this, tr("Language"),
                            tr("The new language will be used the next time you start Sổ Học Tập."));
}

void MainWindow::about()
{
    MessageBox::about(this, tr("About Sổ Học Tập"),
                      tr("<h3>Sổ Học Tập %1</h3><p>The records of a commune's learning society — households, "
                         "citizens, clans, "
                         "local units and the learning centre — kept offline in one file.</p>")
                          .arg(QStringLiteral(SHT_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_workspace->saveState());
    closeFile();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (isFileOpen() && !m_db->isReadOnly() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importRegisters(paths);
}

void MainWindow::importRegisters(const QStringList &paths)
{
    if (!isFileOpen())
        return;
    if (m_db->isReadOnly()) {
        MessageBox::information(this, tr("Read-only file"),
                                tr("This file is open read-only: nothing can be imported into it."));
        return;
    }
    ImportDialog dialog(*m_db, m_commands.get(), this);
    if (!paths.isEmpty())
        dialog.addFiles(paths);
    dialog.exec();
    if (dialog.imported())
        refreshAfterEdit({});
}

void MainWindow::openCatalogues()
{
    if (!isFileOpen())
        return;
    if (m_volunteerMode) {
        MessageBox::information(this, tr("Volunteer package"),
                                tr("The criteria catalogues are kept by the clerk: a volunteer package uses "
                                   "them as they are."));
        return;
    }
    CatalogueBrowserDialog dialog(*m_db, m_commands.get(), this);
    dialog.exec();
}

void MainWindow::exportPackage()
{
    if (!isFileOpen() || m_volunteerMode)
        return;
    PackageExportDialog dialog(*m_db, PackageExportDialog::Mode::Package, this);
    dialog.exec();
}

void MainWindow::mergePackage()
{
    if (!isFileOpen() || m_volunteerMode || m_db->isReadOnly())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Choose the package the volunteer sent back"),
                                                     tr("Volunteer packages (*.shtpkg);;All files (*)"));
    if (path.isEmpty())
        return;
    MergeReviewDialog dialog(*m_db, m_commands.get(), this);
    if (dialog.load(path))
        dialog.exec();
    if (dialog.applied())
        refreshAfterEdit({});
}

void MainWindow::exportEntryTemplate()
{
    if (!isFileOpen() || m_volunteerMode)
        return;
    PackageExportDialog dialog(*m_db, PackageExportDialog::Mode::EntryTemplate, this);
    dialog.exec();
}

void MainWindow::takeDailyBackup()
{
    if (!isFileOpen())
        return;
    // In a worker thread (a large file takes seconds); it never stops the open: the status bar says how it
    // went, and the clerk goes on working meanwhile.
    if (!m_dailyBackup) {
        m_dailyBackup = new DailyBackup(this);
        m_dailyBackup->cancelWhenClosed(this);
        connect(m_dailyBackup, &DailyBackup::taking, this,
                [this] { statusBar()->showMessage(tr("Taking today's backup…")); });
        connect(m_dailyBackup, &DailyBackup::finished, this,
                [this](const QString &, bool taken, const Status &s) {
                    if (!s)
                        statusBar()->showMessage(
                            tr("Warning: today's backup could not be taken. %1").arg(s.message()), 60000);
                    else if (taken)
                        statusBar()->showMessage(
                            tr("Today's backup of this file was taken (File > Backups…)."), 10000);
                });
    }
    m_dailyBackup->start(m_db->path());
}

void MainWindow::backupSettings()
{
    BackupSettingsDialog dialog(isFileOpen() ? m_db.get() : nullptr, this);
    dialog.exec();
}

void MainWindow::restoreFromBackup()
{
    RestoreBackupDialog dialog(BackupSettings::load(), isFileOpen() ? m_db->path() : QString(),
                               isFileOpen() ? BackupStore::databaseUuid(*m_db) : QString(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.fileToOpen().isEmpty())
        openFile(dialog.fileToOpen());
}

} // namespace sht
