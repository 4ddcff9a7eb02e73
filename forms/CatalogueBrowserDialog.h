#pragma once

#include "Catalogue.h"
#include "CatalogueLibrary.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QStandardItemModel;
class QTreeView;

namespace sht {

class CatalogueListModel;
class Database;
class EditCommands;

// The criteria catalogues of the commune file: every built-in and cloned version in a list, the chosen
// one's criteria → indicators in a tree (text, source, kind, points, level thresholds, and a plain mark on
// what still waits for the province's wording). A clone can be edited (Enter: the indicator; Alt+R: the
// pass rule) and saved as a new version (Ctrl+S); Alt+C clones, Del deletes a clone no result uses.
// Edits go through EditCommands when given (one undoable step each), else straight to CatalogueService.
class CatalogueBrowserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogueBrowserDialog(Database &db, EditCommands *commands, QWidget *parent = nullptr);

    QTableView *catalogueList() const { return m_list; }
    QTreeView *criteriaTree() const { return m_tree; }
    CatalogueListModel *catalogueModel() const { return m_model; }
    // The catalogue shown, with the edits not saved yet.
    const criteria::Catalogue &current() const { return m_working; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // Selects the catalogue version in the list; false when it is not there.
    bool select(const QString &code, const QString &version);

    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload(const QString &code, const QString &version);
    void rowChanged();
    void showCatalogue();
    void fillTree();
    void showDetails();
    void updateButtons();
    void cloneCurrent();
    void editIndicator();
    void editPassRule();
    void saveVersion();
    void deleteClone();
    // Whether unsaved edits may be dropped (asks when there are some).
    bool confirmDiscard();
    // After an edit: criteria and total follow their indicators' points; problems are shown at once.
    void applyEdit(const criteria::Catalogue &edited);
    bool currentIndicator(int *criterion, int *indicator) const;
    void showMessage(const QString &message);

    Database &m_db;
    EditCommands *m_commands = nullptr;
    criteria::CatalogueLibrary m_library;
    criteria::Catalogue m_working;
    bool m_dirty = false;
    int m_row = -1;
    CatalogueListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QStandardItemModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cloneButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_passRuleButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace sht
