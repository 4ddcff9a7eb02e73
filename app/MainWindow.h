#pragma once

#include "AdminUnit.h"
#include "NavigationModel.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QDockWidget;
class QUndoStack;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace sht {

class ChangeNotifier;
class DailyBackup;
class ClanRegisterWidget;
class DashboardWidget;
class EvaluationWidget;
class LearningCentreWidget;
class LocalUnitRegisterWidget;
class CommuneOverviewWidget;
class EditCommands;
class HouseholdRegisterWidget;
class Database;
class NavigationPane;
class PeopleRegisterWidget;
class ReportsWidget;
class RecentFiles;
class StartPageWidget;
class VolunteerModeBar;

// Assembles the window: menus, the start page, and for an open file the navigation pane beside the pages
// (the commune overview, the People register), and the status bar. It owns the open Database and hands it to
// the widgets; the widgets talk to core, never to SQL.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path (the file chosen by File > Open, a recent file or the command line). On failure a warning
    // shows core's message and whatever was open stays open.
    bool openFile(const QString &path);
    // Creates a commune file at path with one commune, and opens it.
    bool createCommuneFile(const QString &path, const QString &communeName, AdminUnit::Kind kind);
    // At start without a file argument: reopens the last file when it still exists.
    void reopenLastFile();
    void closeFile();

    bool isFileOpen() const;
    Database *database() const { return m_db.get(); }
    // Every edit of the open file goes through these (one undoable step each); null with no file open.
    EditCommands *commands() const { return m_commands.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The open file is a volunteer package (PackageInfo::read): the clerk-only actions are off.
    bool isVolunteerMode() const { return m_volunteerMode; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void newFile();
    void openFileFromDialog();
    void openRecentFile(const QString &path);
    void updateRecentFiles();
    void setLanguage(const QString &code);
    void about();
    void adopt(std::unique_ptr<Database> db);
    void updateWindow();
    void showOverview();
    void showPeople(qint64 villageId, const QString &villageName);
    void focusNavigation();
    void focusPage();
    void focusFilter();
    void showRegister(NavigationModel::Target target);
    void setRegistersSession(bool open);
    void refreshAfterEdit(const QSet<QString> &tables);
    void markCurrentPage();
    qint64 currentVillage() const;
    void openHousehold(qint64 householdId);
    void openHouseholdOf(qint64 personId);
    void newHousehold();
    void changeVillage(bool merge);
    void splitVillage();
    // File > Import…, or registers dropped on the window.
    void importRegisters(const QStringList &paths = QStringList());
    void openCatalogues();
    // Volunteer packages (issue 8): File > Export volunteer package…, Merge volunteer package…, Export
    // Excel entry template….
    void exportPackage();
    void mergePackage();
    void exportEntryTemplate();
    // Backups (issue 9): Help > Restore from backup…, File > Backups…, and the daily backup at first open.
    void restoreFromBackup();
    void backupSettings();
    void takeDailyBackup();
    DailyBackup *m_dailyBackup = nullptr; // made at the first daily backup

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack = nullptr;
    ChangeNotifier *m_notifier = nullptr;
    std::unique_ptr<EditCommands> m_commands;
    QDockWidget *m_historyDock = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartPageWidget *m_startPage = nullptr;
    QSplitter *m_workspace = nullptr;
    NavigationPane *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    CommuneOverviewWidget *m_overview = nullptr;
    PeopleRegisterWidget *m_people = nullptr;
    HouseholdRegisterWidget *m_households = nullptr;
    ClanRegisterWidget *m_clans = nullptr;
    LocalUnitRegisterWidget *m_localUnits = nullptr;
    LearningCentreWidget *m_learningCentre = nullptr;
    EvaluationWidget *m_evaluation = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    ReportsWidget *m_reports = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_focusNavigationAction = nullptr;
    QAction *m_focusPageAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newHouseholdAction = nullptr;
    QAction *m_renameVillageAction = nullptr;
    QAction *m_mergeVillagesAction = nullptr;
    QAction *m_splitVillageAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_evaluationAction = nullptr;
    QAction *m_targetsAction = nullptr;
    QAction *m_cataloguesAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_documentSignersAction = nullptr;
    QAction *m_exportPackageAction = nullptr;
    QAction *m_mergePackageAction = nullptr;
    QAction *m_entryTemplateAction = nullptr;
    QAction *m_restoreBackupAction = nullptr;
    QAction *m_backupSettingsAction = nullptr;
    VolunteerModeBar *m_volunteerBar = nullptr;
    bool m_volunteerMode = false;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace sht
