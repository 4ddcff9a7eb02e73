#include "ImportDialog.h"

#include "AdminUnitRepository.h"
#include "ColumnMapping.h"
#include "Database.h"
#include "DuplicateReviewDialog.h"
#include "DuplicateService.h"
#include "EditCommands.h"
#include "FileDialog.h"
#include "ImportApplier.h"
#include "ImportCommands.h"
#include "ImportPlanner.h"
#include "ImportReportWriter.h"
#include "ImportRepository.h"
#include "LayoutDetector.h"
#include "MessageBox.h"
#include "ReadLimits.h"
#include "WorkbookReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sht {

using namespace importing;

namespace {
// The preview shows the top of a sheet: enough to judge the layout, cheap on a 10,000-row sheet.
constexpr int PreviewRows = 300;
// Above this many people written, an import is not recorded for undo (see runImport).
constexpr int UndoableImportLimit = 2000;
// Preview columns before the sheet's own: the row number as Excel shows it, and why a row is skipped.
constexpr int RowNumberColumn = 0;
constexpr int SkipReasonColumn = 1;
constexpr int FirstSheetColumn = 2;
// Roles on the sheet tree's items.
constexpr int FileRole = Qt::UserRole + 1;
constexpr int SheetRole = Qt::UserRole + 2;

QString cellText(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Empty:
        return QString();
    case Cell::Type::Date:
        return QLocale().toString(cell.date, QStringLiteral("dd/MM/yyyy"));
    case Cell::Type::Number:
        return cell.text.isEmpty() ? QString::number(cell.number, 'g', 15) : cell.text;
    default:
        return cell.text;
    }
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    // A long text is cut by its column's width: the whole of it on hover.
    if (text.size() > 40)
        item->setToolTip(text);
    return item;
}

// Fitted to their contents, but no column so wide that the next ones ("What the import does") leave the view.
void fitColumns(QTableWidget *table, int maxWidth)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), maxWidth));
}

void setUpReportTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(headers.size());
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}
} // namespace

ImportDialog::ImportDialog(Database &db, EditCommands *commands, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_commands(commands)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import registers"));
    setAcceptDrops(true);
    resize(1100, 680);

    // Files.
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setToolTip(tr("The files to import. Del removes the chosen one; files can be dropped here."));
    auto *addButton = new QPushButton(tr("&Add file…"), this);
    addButton->setObjectName(QStringLiteral("importAddFile"));
    addButton->setToolTip(tr("Add an Excel workbook (.xlsx, .xls) or a CSV file (Ctrl+O)"));
    connect(addButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    connect(addShortcut, &QShortcut::activated, this, &ImportDialog::chooseFiles);
    auto *removeShortcut =
        new QShortcut(QKeySequence::Delete, m_fileList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &ImportDialog::removeCurrentFile);

    // Sheets of every file; unticking one leaves it out.
    m_sheets = new QTreeWidget(this);
    m_sheets->setObjectName(QStringLiteral("importSheets"));
    m_sheets->setHeaderLabels({tr("Sheet"), tr("Goes to")});
    m_sheets->setRootIsDecorated(true);
    m_sheets->setToolTip(tr("Space ticks or unticks a sheet: unticked sheets are not imported"));
    connect(m_sheets, &QTreeWidget::currentItemChanged, this, [this] { showSheet(); });
    connect(m_sheets, &QTreeWidget::itemChanged, this, &ImportDialog::sheetToggled);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filesLabel = new QLabel(tr("&Files:"), left);
    filesLabel->setBuddy(m_fileList);
    leftLayout->addWidget(filesLabel);
    leftLayout->addWidget(m_fileList, 1);
    leftLayout->addWidget(addButton);
    auto *sheetsLabel = new QLabel(tr("S&heets:"), left);
    sheetsLabel->setBuddy(m_sheets);
    leftLayout->addWidget(sheetsLabel);
    leftLayout->addWidget(m_sheets, 2);

    // The chosen sheet.
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (TextEncoding encoding : allTextEncodings())
        m_encoding->addItem(textEncodingLabel(encoding), textEncodingKey(encoding));
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::encodingChosen);
    m_encodingInfo = new QLabel(this);
    m_encodingInfo->setObjectName(QStringLiteral("importEncodingInfo"));
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("importVillage"));
    m_village->setEditable(true);
    m_village->setInsertPolicy(QComboBox::NoInsert);
    m_village->setToolTip(tr("The village or residential group this sheet's households go to: an existing "
                             "one, or a new name"));
    for (const AdminUnit &village : AdminUnitRepository(m_db).villages())
        m_village->addItem(village.name);
    connect(m_village, &QComboBox::currentTextChanged, this, &ImportDialog::villageEdited);
    m_layoutInfo = new QLabel(this);
    m_layoutInfo->setObjectName(QStringLiteral("importLayoutInfo"));
    m_layoutInfo->setWordWrap(true);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setToolTip(tr("The first row chooses what each column holds; grey rows are skipped"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_encodingInfo);
    form->addRow(tr("&Village:"), m_village);
    form->addRow(QString(), m_layoutInfo);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    auto *previewLabel = new QLabel(tr("&Preview (columns and rows):"), right);
    previewLabel->setBuddy(m_preview);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);

    auto *previewSplitter = new QSplitter(Qt::Horizontal, this);
    previewSplitter->addWidget(left);
    previewSplitter->addWidget(right);
    previewSplitter->setStretchFactor(1, 1);
    previewSplitter->setSizes({300, 800});
    previewSplitter->setChildrenCollapsible(false);

    // The dry run's report.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QTableWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    setUpReportTable(m_problems, {tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("Problem"),
                                  tr("What the import does")});
    m_duplicates = new QTableWidget(this);
    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    setUpReportTable(m_duplicates, {tr("Name"), tr("Why"), tr("Here"), tr("And there")});
    m_updates = new QTreeWidget(this);
    m_updates->setObjectName(QStringLiteral("importUpdates"));
    m_updates->setHeaderLabels({tr("Person / value"), tr("Now"), tr("In the register")});
    m_updates->setToolTip(tr("Only ticked people are updated (Space ticks or unticks)"));
    auto *reportTabs = new QTabWidget(this);
    reportTabs->setObjectName(QStringLiteral("importReportTabs"));
    reportTabs->addTab(m_problems, tr("Problems"));
    reportTabs->addTab(m_duplicates, tr("Possible duplicates"));
    reportTabs->addTab(m_updates, tr("Updates to confirm"));
    auto *report = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(reportTabs, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->addTab(previewSplitter, tr("1. Preview"));
    m_tabs->addTab(report, tr("2. Dry run"));

    m_dryRunButton = new QPushButton(tr("&Dry run"), this);
    m_dryRunButton->setObjectName(QStringLiteral("importDryRun"));
    m_dryRunButton->setToolTip(tr("Show what the import would do, without changing anything (Alt+D)"));
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] {
        if (computePlan())
            showReport();
    });
    m_saveReportButton = new QPushButton(tr("Save &report…"), this);
    m_saveReportButton->setObjectName(QStringLiteral("importSaveReport"));
    m_saveReportButton->setToolTip(tr("Save the dry run's report as an Excel workbook (Alt+R)"));
    connect(m_saveReportButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(QStringLiteral("importRun"));
    m_importButton->setToolTip(tr("Import everything, or nothing if anything fails (Ctrl+Enter)"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *importShortcut = new QShortcut(keys, this);
        connect(importShortcut, &QShortcut::activated, this, &ImportDialog::runImport);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dryRunButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveReportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a list must not import: only Ctrl+Enter does.
    m_importButton->setAutoDefault(false);
    m_dryRunButton->setAutoDefault(false);
    m_saveReportButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    planIsStale();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addFiles(paths);
    event->acceptProposedAction();
}

void ImportDialog::chooseFiles()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Add a register to import"), tr("Registers (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        addFiles({path});
}

void ImportDialog::addFiles(const QStringList &paths)
{
    QStringList refused;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool known = std::any_of(m_files.cbegin(), m_files.cend(),
                                       [&](const FileEntry &f) { return f.path == absolute; });
        if (known)
            continue;
        FileEntry entry;
        entry.path = absolute;
        if (!readFile(&entry)) {
            refused << entry.error;
            continue;
        }
        m_files << entry;
        m_fileList->addItem(QFileInfo(absolute).fileName());
    }
    rebuildSheetTree();
    planIsStale();
    if (!refused.isEmpty())
        MessageBox::warning(this, tr("Cannot import"), refused.join(QStringLiteral("\n\n")));
}

bool ImportDialog::readFile(FileEntry *entry)
{
    Status status;
    entry->workbook = readWorkbook(entry->path, entry->forced, ReadLimits(), &status);
    if (!status) {
        entry->error = status.message();
        return false;
    }
    entry->plans = RegisterParser::detect(entry->workbook);
    // A mapping the clerk confirmed for the same header comes back.
    const ImportRepository imports(m_db);
    for (SheetPlan &plan : entry->plans) {
        if (plan.skip)
            continue;
        const QString json = imports.mapping(plan.mapping.headerSignature());
        ColumnMapping remembered;
        if (!json.isEmpty() &&
            ColumnMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &remembered))
            plan.mapping = remembered;
    }
    return true;
}

void ImportDialog::removeCurrentFile()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    delete m_fileList->takeItem(row);
    rebuildSheetTree();
    planIsStale();
}

void ImportDialog::rebuildSheetTree()
{
    m_filling = true;
    m_sheets->clear();
    QTreeWidgetItem *firstUsed = nullptr;
    for (int f = 0; f < m_files.size(); ++f) {
        const FileEntry &file = m_files.at(f);
        auto *fileItem = new QTreeWidgetItem(m_sheets, {QFileInfo(file.path).fileName()});
        fileItem->setData(0, FileRole, f);
        fileItem->setData(0, SheetRole, -1);
        for (int s = 0; s < file.plans.size(); ++s) {
            const SheetPlan &plan = file.plans.at(s);
            const QString where = plan.skip ? tr("skipped: %1").arg(plan.skipReason) : plan.villageName;
            auto *item = new QTreeWidgetItem(fileItem, {plan.sheet, where});
            item->setToolTip(1, where);
            item->setData(0, FileRole, f);
            item->setData(0, SheetRole, s);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, plan.skip ? Qt::Unchecked : Qt::Checked);
            if (!plan.skip && !firstUsed)
                firstUsed = item;
        }
        fileItem->setExpanded(true);
    }
    m_sheets->resizeColumnToContents(0);
    m_filling = false;
    if (firstUsed)
        m_sheets->setCurrentItem(firstUsed);
    else if (m_sheets->topLevelItemCount() > 0)
        m_sheets->setCurrentItem(m_sheets->topLevelItem(0));
    showSheet();
}

ImportDialog::FileEntry *ImportDialog::currentFile(int *sheetIndex)
{
    const QTreeWidgetItem *item = m_sheets->currentItem();
    if (!item)
        return nullptr;
    const int f = item->data(0, FileRole).toInt();
    if (f < 0 || f >= m_files.size())
        return nullptr;
    if (sheetIndex)
        *sheetIndex = item->data(0, SheetRole).toInt();
    return &m_files[f];
}

void ImportDialog::showSheet()
{
    int sheetIndex = -1;
    const FileEntry *file = currentFile(&sheetIndex);
    m_filling = true;
    m_encoding->setEnabled(file != nullptr);
    if (file) {
        const int forcedIndex = file->forced ? m_encoding->findData(textEncodingKey(*file->forced)) : 0;
        m_encoding->setCurrentIndex(qMax(0, forcedIndex));
        const auto used = textEncodingFromKey(file->workbook.encoding);
        m_encodingInfo->setText(tr("Text read as %1 (confidence %2%)")
                                    .arg(used ? textEncodingLabel(*used) : tr("Unicode"))
                                    .arg(qRound(file->workbook.encodingConfidence * 100)));
    } else {
        m_encodingInfo->clear();
    }
    const bool sheetChosen = file && sheetIndex >= 0 && sheetIndex < file->plans.size();
    m_village->setEnabled(sheetChosen && !file->plans.at(sheetIndex).skip);
    if (sheetChosen) {
        const SheetPlan &plan = file->plans.at(sheetIndex);
        m_village->setCurrentText(plan.villageName);
        if (plan.skip) {
            m_layoutInfo->setText(
                tr("This sheet is skipped: %1. Tick it to import it anyway.").arg(plan.skipReason));
        } else {
            const QString header =
                plan.headerFirstRow == plan.headerLastRow
                    ? tr("Header on row %1").arg(plan.headerFirstRow + 1)
                    : tr("Header on rows %1–%2").arg(plan.headerFirstRow + 1).arg(plan.headerLastRow + 1);
            m_layoutInfo->setText(
                tr("%1, data from row %2; %n column(s) recognised.", nullptr, plan.mapping.mappedCount())
                    .arg(header)
                    .arg(plan.dataFirstRow + 1));
        }
        fillPreview(*file, sheetIndex);
    } else {
        m_village->setCurrentText(QString());
        m_layoutInfo->setText(file ? tr("Choose a sheet of this file.")
                                   : tr("Add a file to import (Ctrl+O)."));
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
    }
    m_filling = false;
}

void ImportDialog::fillPreview(const FileEntry &file, int sheetIndex)
{
    const SheetPlan &plan = file.plans.at(sheetIndex);
    const SheetGrid *grid = nullptr;
    for (const SheetGrid &g : file.workbook.sheets)
        if (g.name == plan.sheet)
            grid = &g;
    m_preview->clear();
    if (!grid) {
        m_preview->setRowCount(0);
        return;
    }
    const int columns = grid->columnCount();
    const int rows = qMin(grid->rowCount(), PreviewRows);
    m_preview->setColumnCount(FirstSheetColumn + columns);
    m_preview->setRowCount(rows + 1);
    QStringList headers{tr("Row"), tr("Skipped because")};
    for (int c = 0; c < columns; ++c)
        headers << ColumnMapping::columnLetter(c);
    m_preview->setHorizontalHeaderLabels(headers);

    // Row 0: what each column holds, chosen from the fields.
    m_preview->setItem(0, RowNumberColumn, readOnlyItem(QString()));
    m_preview->setItem(0, SkipReasonColumn, readOnlyItem(tr("Column holds:")));
    for (int c = 0; c < columns; ++c) {
        auto *chooser = new QComboBox(m_preview);
        chooser->setObjectName(QStringLiteral("importColumn_%1").arg(c));
        chooser->addItem(tr("(not imported)"), int(Field::None));
        for (Field field : allFields())
            chooser->addItem(fieldLabel(field), int(field));
        chooser->setCurrentIndex(qMax(0, chooser->findData(int(plan.mapping.fieldAt(c)))));
        chooser->setEnabled(!plan.skip);
        connect(chooser, &QComboBox::activated, this,
                [this, chooser, c] { columnFieldChosen(c, Field(chooser->currentData().toInt())); });
        m_preview->setCellWidget(0, FirstSheetColumn + c, chooser);
    }

    const QColor skipped = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < rows; ++r) {
        QString reason;
        if (plan.skip)
            reason = plan.skipReason;
        else if (r < plan.dataFirstRow)
            reason = r >= plan.headerFirstRow && r <= plan.headerLastRow ? tr("header")
                     : r == plan.columnNumberRow                         ? tr("column numbers")
                                                                         : tr("above the header");
        else
            LayoutDetector::classifyRow(*grid, r, plan.mapping, &reason);
        m_preview->setItem(r + 1, RowNumberColumn, readOnlyItem(QString::number(grid->fileRowNumber(r))));
        m_preview->setItem(r + 1, SkipReasonColumn, readOnlyItem(reason));
        for (int c = 0; c < columns; ++c) {
            QTableWidgetItem *item = readOnlyItem(cellText(grid->at(r, c)));
            if (!reason.isEmpty())
                item->setForeground(skipped);
            m_preview->setItem(r + 1, FirstSheetColumn + c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = FirstSheetColumn; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 220));
}

void ImportDialog::encodingChosen(int comboIndex)
{
    int sheetIndex = -1;
    FileEntry *file = currentFile(&sheetIndex);
    if (!file || m_filling)
        return;
    const QString key = m_encoding->itemData(comboIndex).toString();
    FileEntry reread = *file;
    reread.forced = key.isEmpty() ? std::nullopt : textEncodingFromKey(key);
    if (!readFile(&reread)) {
        MessageBox::warning(this, tr("Cannot read the file this way"), reread.error);
        showSheet();
        return;
    }
    // The clerk's choices of villages survive the re-read when the sheets are the same.
    for (int s = 0; s < reread.plans.size() && s < file->plans.size(); ++s)
        if (reread.plans[s].sheet == file->plans[s].sheet)
            reread.plans[s].villageName = file->plans[s].villageName;
    *file = reread;
    rebuildSheetTree();
    planIsStale();
}

void ImportDialog::villageEdited(const QString &name)
{
    int sheetIndex = -1;
    FileEntry *file = currentFile(&sheetIndex);
    if (m_filling || !file || sheetIndex < 0 || name.trimmed().isEmpty())
        return;
    file->plans[sheetIndex].villageName = name.trimmed();
    if (QTreeWidgetItem *item = m_sheets->currentItem()) {
        m_filling = true;
        item->setText(1, name.trimmed());
        m_filling = false;
    }
    planIsStale();
}

void ImportDialog::columnFieldChosen(int column, Field field)
{
    int sheetIndex = -1;
    FileEntry *file = currentFile(&sheetIndex);
    if (!file || sheetIndex < 0)
        return;
    file->plans[sheetIndex].mapping.assign(column, field);
    planIsStale();
    // Another column may have lost the field: show the mapping as it now is.
    m_filling = true;
    fillPreview(*file, sheetIndex);
    m_filling = false;
    if (QWidget *chooser = m_preview->cellWidget(0, FirstSheetColumn + column))
        chooser->setFocus();
}

void ImportDialog::sheetToggled(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != 0)
        return;
    const int f = item->data(0, FileRole).toInt();
    const int s = item->data(0, SheetRole).toInt();
    if (f < 0 || f >= m_files.size() || s < 0 || s >= m_files[f].plans.size())
        return;
    SheetPlan &plan = m_files[f].plans[s];
    const bool wanted = item->checkState(0) == Qt::Checked;
    if (wanted && plan.skip && !plan.mapping.hasName()) {
        MessageBox::information(this, tr("No names in this sheet"),
                                tr("No column of this sheet holds names, so it cannot be imported. Choose "
                                   "the name column in the preview's first row, then tick the sheet again."));
        m_filling = true;
        item->setCheckState(0, Qt::Unchecked);
        m_filling = false;
        return;
    }
    plan.skip = !wanted;
    if (wanted && plan.villageName.isEmpty())
        plan.villageName = plan.sheet;
    m_filling = true;
    item->setText(1, plan.skip ? tr("left out") : plan.villageName);
    m_filling = false;
    planIsStale();
    showSheet();
}

void ImportDialog::planIsStale()
{
    m_planFresh = false;
    m_imported = false;
    const bool any = !m_files.isEmpty();
    m_dryRunButton->setEnabled(any);
    m_importButton->setEnabled(any);
    m_saveReportButton->setEnabled(false);
}

bool ImportDialog::computePlan()
{
    if (m_planFresh)
        return true;
    ParsedRegister all;
    for (const FileEntry &file : std::as_const(m_files)) {
        const ParsedRegister one = RegisterParser::parse(file.workbook, file.plans, QDate::currentDate());
        all.villages += one.villages;
        all.problems += one.problems;
    }
    if (all.personCount() == 0) {
        MessageBox::information(this, tr("Nothing to import"),
                                tr("No person was found in the sheets chosen. Check that a column holds the "
                                   "names (the preview's first row) and that the sheet is ticked."));
        return false;
    }
    ImportPlan plan;
    if (Status s = ImportPlanner(m_db).plan(all, &plan); !s) {
        MessageBox::warning(this, tr("Cannot prepare the import"), s.message());
        return false;
    }
    for (const FileEntry &file : std::as_const(m_files))
        plan.files << ImportFile::describe(file.path, file.workbook.encoding);
    m_plan = plan;
    m_planFresh = true;
    m_saveReportButton->setEnabled(true);
    return true;
}

void ImportDialog::showReport()
{
    m_summary->setText(m_plan.summaryText());
    m_problems->setRowCount(m_plan.problems.size());
    for (int i = 0; i < m_plan.problems.size(); ++i) {
        const ImportProblem &p = m_plan.problems.at(i);
        const QStringList cells{
            p.where.file,   p.where.sheet, p.where.row > 0 ? QString::number(p.where.row) : QString(),
            p.where.column, p.message,     p.action};
        for (int c = 0; c < cells.size(); ++c)
            m_problems->setItem(i, c, readOnlyItem(cells.at(c)));
    }
    fitColumns(m_problems, 420);
    m_duplicates->setRowCount(m_plan.duplicates.size());
    for (int i = 0; i < m_plan.duplicates.size(); ++i) {
        const PossibleDuplicate &d = m_plan.duplicates.at(i);
        const QStringList cells{d.name, ImportPlan::reasonText(d.reason), d.firstPlace, d.secondPlace};
        for (int c = 0; c < cells.size(); ++c)
            m_duplicates->setItem(i, c, readOnlyItem(cells.at(c)));
    }
    fitColumns(m_duplicates, 420);

    // Updates of people already in the file: ticked by default, each changed value listed under its person.
    m_updates->clear();
    for (int v = 0; v < m_plan.villages.size(); ++v) {
        const PlannedVillage &village = m_plan.villages.at(v);
        for (int h = 0; h < village.households.size(); ++h) {
            const PlannedHousehold &household = village.households.at(h);
            for (int m = 0; m < household.members.size(); ++m) {
                const PlannedPerson &person = household.members.at(m);
                if (person.action != PlannedPerson::Action::Update)
                    continue;
                auto *personItem = new QTreeWidgetItem(
                    m_updates,
                    {tr("%1 (%2, household %3)").arg(person.source.fullName, village.name, household.code)});
                personItem->setFlags(personItem->flags() | Qt::ItemIsUserCheckable);
                personItem->setCheckState(0, Qt::Checked);
                personItem->setData(0, Qt::UserRole, QList<QVariant>{v, h, m});
                for (const FieldChange &change : person.changes)
                    new QTreeWidgetItem(personItem, {change.label, change.before, change.after});
                personItem->setExpanded(true);
            }
        }
    }
    m_updates->resizeColumnToContents(0);
    m_tabs->setCurrentIndex(1);
}

void ImportDialog::saveReport()
{
    if (!computePlan())
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save the dry run's report"),
                                                     tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"));
    if (path.isEmpty())
        return;
    if (Status s = ImportReportWriter::write(m_plan, path); !s)
        MessageBox::warning(this, tr("Cannot save the report"), s.message());
}

// A person the clerk unticked keeps what the file holds: the update becomes "unchanged".
void ImportDialog::applyUncheckedUpdates()
{
    for (int i = 0; i < m_updates->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *personItem = m_updates->topLevelItem(i);
        if (personItem->checkState(0) == Qt::Checked)
            continue;
        const QList<QVariant> key = personItem->data(0, Qt::UserRole).toList();
        PlannedPerson &person =
            m_plan.villages[key.at(0).toInt()].households[key.at(1).toInt()].members[key.at(2).toInt()];
        person.action = PlannedPerson::Action::Unchanged;
        person.changes.clear();
    }
}

void ImportDialog::rememberMappings()
{
    ImportRepository imports(m_db);
    for (const FileEntry &file : std::as_const(m_files))
        for (const SheetPlan &plan : file.plans)
            if (!plan.skip)
                imports.saveMapping(
                    plan.mapping.headerSignature(),
                    QString::fromUtf8(QJsonDocument(plan.mapping.toJson()).toJson(QJsonDocument::Compact)));
}

void ImportDialog::runImport()
{
    if (m_files.isEmpty() || m_imported)
        return;
    const bool hadReport = m_planFresh;
    if (!computePlan())
        return;
    if (!hadReport)
        showReport();
    applyUncheckedUpdates();
    if (m_plan.changesNothing()) {
        MessageBox::information(this, tr("Nothing to import"),
                                tr("Everything in these files is already in the commune file."));
        return;
    }
    // Recording an import for undo costs time and memory that grow faster than its size (docs/IMPORT.md):
    // a large import is written without it, after the clerk agreed.
    const ImportPlan::Counts counts = m_plan.counts();
    const int written = counts.peopleNew + counts.peopleUpdated;
    const bool undoable = m_commands && written <= UndoableImportLimit;
    if (m_commands && !undoable &&
        MessageBox::question(this, tr("Large import"),
                             tr("This import writes %n person(s). An import this large cannot be taken back "
                                "with Edit > Undo. Import now?",
                                nullptr, written),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    // Reaching the maximum must not reset the dialog: a reset forgets a Cancel pressed during the last step
    // (the import would then be committed after the clerk cancelled it).
    progress.setAutoReset(false);
    // A short import shows no progress at all. Tests set the dynamic property "progressDelayMs" (0: at once)
    // so that a small import can be cancelled from its progress dialog.
    const QVariant delay = property("progressDelayMs");
    progress.setMinimumDuration(delay.isValid() ? delay.toInt() : 300);
    const auto step = [&progress](int done, int total) {
        progress.setMaximum(qMax(1, total));
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    ImportApplier::Outcome outcome;
    Status status;
    if (m_commands) {
        status = ImportCommands(*m_commands).apply(m_plan, step, &outcome, undoable);
    } else {
        ImportApplier applier(m_db);
        applier.setProgress(step);
        status = applier.apply(m_plan, &outcome);
    }
    // reset() clears wasCanceled(): read it first.
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!status) {
        MessageBox::warning(this, cancelled ? tr("Import cancelled") : tr("Import failed"),
                            tr("%1\n\nNothing was changed in the commune file.").arg(status.message()));
        m_planFresh = false;
        return;
    }
    m_imported = true;
    m_importButton->setEnabled(false);
    rememberMappings();
    MessageBox::information(
        this, tr("Import finished"),
        tr("%1 household(s) and %2 person(s) added, %3 person(s) updated, %4 village(s) created. "
           "%5")
            .arg(outcome.householdsAdded)
            .arg(outcome.peopleAdded)
            .arg(outcome.peopleUpdated)
            .arg(outcome.villagesCreated)
            .arg(undoable ? tr("Edit > Undo takes the whole import back.") : QString()));
    reviewDuplicates();
}

void ImportDialog::reviewDuplicates()
{
    QList<DuplicatePair> pairs;
    if (Status s = DuplicateService(m_db).candidates(&pairs); !s) {
        MessageBox::warning(this, tr("Cannot look for duplicates"), s.message());
        return;
    }
    if (pairs.isEmpty())
        return;
    if (MessageBox::question(
            this, tr("Possible duplicates"),
            tr("%n pair(s) of people may be the same person. Review them now?", nullptr, int(pairs.size())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    DuplicateReviewDialog review(m_db, m_commands, pairs, this);
    review.exec();
}

} // namespace sht
