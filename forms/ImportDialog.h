#pragma once

#include "ImportPlan.h"
#include "RegisterParser.h"
#include "SheetGrid.h"
#include "TextEncoding.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sht {

class Database;
class EditCommands;

// File > Import: the registers the commune already has (.xlsx, .xls, .csv) into the open file.
// 1. Files are added (Ctrl+O, or dropped on the dialog or the main window) and read at once.
// 2. Preview: per file the encoding with its confidence (changeable: the file is read again), per sheet the
//    village, the header found, every column's meaning (changeable, remembered for the same header next
//    time) and the rows skipped with their reason. A sheet can be left out (Space on it).
// 3. Dry run (Alt+D): what will be added and updated per village, every problem with its place, the
//    possible duplicates with both places; the report can be saved as .xlsx. Updates of people already in
//    the file are listed field by field and applied only when ticked.
// 4. Import (Ctrl+Enter): one transaction with progress and Cancel (cancel changes nothing), one undo step;
//    then the possible duplicates of the whole file can be reviewed.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Database &db, EditCommands *commands, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList &paths);

    // For tests and the caller: the plan of the last dry run or import, and whether the import ran.
    const importing::ImportPlan &plan() const { return m_plan; }
    bool imported() const { return m_imported; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct FileEntry
    {
        QString path;
        std::optional<importing::TextEncoding> forced;
        importing::Workbook workbook;
        QList<importing::SheetPlan> plans;
        QString error; // the file could not be read: why
    };

    void chooseFiles();
    void removeCurrentFile();
    bool readFile(FileEntry *entry);
    void rebuildSheetTree();
    void showSheet();
    void fillPreview(const FileEntry &file, int sheetIndex);
    void encodingChosen(int comboIndex);
    void villageEdited(const QString &name);
    void columnFieldChosen(int column, importing::Field field);
    void sheetToggled(QTreeWidgetItem *item, int column);
    bool computePlan();
    void showReport();
    void saveReport();
    void runImport();
    void applyUncheckedUpdates();
    void rememberMappings();
    void reviewDuplicates();
    void planIsStale();
    QList<QPair<int, int>> sheetKeys() const;
    FileEntry *currentFile(int *sheetIndex = nullptr);

    Database &m_db;
    EditCommands *m_commands = nullptr;
    QList<FileEntry> m_files;
    importing::ImportPlan m_plan;
    bool m_planFresh = false;
    bool m_imported = false;
    bool m_filling = false;

    QTabWidget *m_tabs = nullptr;
    QListWidget *m_fileList = nullptr;
    QTreeWidget *m_sheets = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_encodingInfo = nullptr;
    QComboBox *m_village = nullptr;
    QLabel *m_layoutInfo = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QTableWidget *m_duplicates = nullptr;
    QTreeWidget *m_updates = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QPushButton *m_saveReportButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace sht
