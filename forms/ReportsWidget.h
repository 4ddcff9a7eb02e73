#pragma once

#include "ReportCatalogue.h"
#include "ReportDocument.h"
#include "ReportParameters.h"

#include <QMetaObject>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListView;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace sht {

class ChangeNotifier;
class Database;
class DateEdit;
class EditCommands;
class ReportPreviewModel;

// The "Reports" page: every report of the ReportCatalogue on the left with its description; on the right
// only the parameters the chosen report needs (ReportInfo::needs: year, village or the whole commune, local
// unit, course, title, page size, the date on the paper), and a preview of the built ReportDocument with the
// real figures (its heading, one read-only table per report table, the signers). The preview follows every
// choice (a moment after the last key) and every edit of the file while shown; long builds show progress
// with Cancel. From here the report is exported to .xlsx, printed through a print preview, or saved as PDF;
// "Signers and heading…" edits the DocumentSettings printed on every paper.
//
// Keys: the report list has the focus first, Enter goes to the first parameter; F5 rebuilds the preview,
// Ctrl+Shift+E exports to Excel, Ctrl+P opens the print preview, Ctrl+Shift+S saves a PDF; Alt+letters on
// every field and button.
class ReportsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsWidget(QWidget *parent = nullptr);
    ~ReportsWidget() override;

    // db null: file closed, clear everything. Loads lazily on first show, or at once when visible.
    void setSession(Database *db, EditCommands *commands, ChangeNotifier *notifier);

    // The chosen report's name ("yearly"), empty when none.
    QString currentReport() const;
    bool selectReport(const QString &name);
    int year() const;
    void setYear(int year);
    // A village by uuid; empty = the whole commune.
    void setVillage(const QString &villageUuid);
    // What the fields say now, as the report source reads it.
    reporting::ReportParameters parameters() const;
    // Whether the field of a need is on the page for the chosen report.
    bool isParameterShown(reporting::ReportNeed need) const;

    // Builds the preview now (progress and Cancel when long). False when the report could not be built: the
    // reason is shown in the preview (previewMessage()).
    bool refreshPreview();
    // The document the preview shows, when it was built for the current choices.
    bool hasDocument() const;
    const reporting::ReportDocument &document() const { return m_document; }
    QString previewMessage() const;
    QString statusText() const;

    void exportExcel();
    void printPreview();
    void savePdf();
    void editDocumentSettings();
    // "thong-ke-2025.xlsx", "dang-ky-ho-thon-1-2025.pdf": what the save dialogs propose, in the last folder.
    QString suggestedFileName(const QString &suffix) const;

    QListView *reportList() const { return m_list; }
    QTabWidget *previewTabs() const { return m_tabs; }
    // One model per table of the document shown, in order.
    QList<ReportPreviewModel *> previewModels() const;
    QLabel *headingLabel() const { return m_heading; }

signals:
    // A preview was built (or failed: hasDocument() says which).
    void previewFinished();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void addShortcut(QPushButton *button, const QKeySequence &key, const std::function<void()> &run);
    void load();
    void reloadChoices();
    void reloadVillages();
    void reloadCourses();
    void reportChanged();
    void parametersChanged();
    void schedulePreview();
    std::optional<reporting::ReportInfo> currentInfo() const;
    QString parametersKey() const;
    // Builds when the preview is stale; on failure says why in a message box. False: nothing to write.
    bool ensureDocument(reporting::ReportOutput output);
    void showDocument();
    void clearPreview(const QString &message);
    void setStatus(const QString &text);
    QString askSavePath(const QString &caption, const QString &filter, const QString &suffix);
    void updateButtons();

    reporting::ReportCatalogue m_catalogue;
    Database *m_db = nullptr;
    EditCommands *m_edits = nullptr;
    QMetaObject::Connection m_notifierConnection;
    bool m_loaded = false;
    bool m_yearChosen = false;
    bool m_building = false;
    bool m_loading = false;

    reporting::ReportDocument m_document;
    QString m_documentKey; // parametersKey() the document was built for; empty = none
    QString m_lastError;

    QStandardItemModel *m_reports = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_form = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_course = nullptr;
    QComboBox *m_title = nullptr;
    QComboBox *m_pageSize = nullptr;
    DateEdit *m_date = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_excelButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_previewSplit = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_signatures = nullptr;
    QLabel *m_status = nullptr;
    QList<ReportPreviewModel *> m_models;
    QList<QTableView *> m_views;
    int m_shownTables = 0;
    QTimer *m_previewTimer = nullptr;
};

} // namespace sht
