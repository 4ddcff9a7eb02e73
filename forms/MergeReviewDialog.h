#pragma once

#include "MergePlan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace sht {

class Database;
class EditCommands;
class MergeChangesModel;
class MergeConflictModel;

// The review of a returned volunteer package before it is merged (File > Merge volunteer package…). load()
// plans the merge with progress and Cancel; a refused package (another commune's, damaged, altered, newer
// base) is explained in an error box and nothing happens; a package merged before, or one with nothing
// new, is said plainly. Otherwise the dialog shows a summary by village (added / changed / deleted /
// conflicts), the conflicts side by side (as exported | your file | the volunteer's package) and the changes
// that apply as they are (filterable, by village).
// Keys in the conflicts: Up / Down move between conflicts and fields, Left keeps yours, Right takes the
// volunteer's, B keeps both (the same new person), Ctrl+Left / Ctrl+Right decide every remaining field of
// the conflict. Apply (Ctrl+Enter) is enabled once every conflict is decided and merges in one transaction,
// one undoable step through MergeCommands (straight through PackageMerger when commands is null).
class MergeReviewDialog : public QDialog
{
    Q_OBJECT

public:
    MergeReviewDialog(Database &db, EditCommands *commands, QWidget *parent = nullptr);

    // false when there is nothing to review (the reason was shown): then do not exec() the dialog.
    bool load(const QString &packagePath);
    void setPlan(const exchange::MergePlan &plan);
    // The plan with the clerk's decisions so far.
    exchange::MergePlan decidedPlan() const;
    bool applied() const { return m_applied; }

    // Decides the current conflict row or field (wholeConflict: its remaining fields); false if not allowed.
    bool decide(exchange::Resolution resolution, bool wholeConflict = false);
    void apply();

    MergeConflictModel *conflictModel() const { return m_conflictModel; }
    MergeChangesModel *changesModel() const { return m_changesModel; }
    QTreeView *conflictView() const { return m_conflictView; }
    QTreeView *changesView() const { return m_changesView; }
    QTableWidget *summaryTable() const { return m_summary; }
    QLineEdit *changesFilter() const { return m_filter; }
    QPushButton *applyButton() const { return m_applyButton; }
    QLabel *undecidedLabel() const { return m_undecided; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillSummary();
    void layOutConflicts();
    void updateState();
    QWidget *messageParent();

    Database &m_db;
    EditCommands *m_commands = nullptr;
    exchange::MergePlan m_plan;
    bool m_applied = false;

    MergeConflictModel *m_conflictModel = nullptr;
    MergeChangesModel *m_changesModel = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_notices = nullptr;
    QTableWidget *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_conflictView = nullptr;
    QTreeView *m_changesView = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_undecided = nullptr;
    QPushButton *m_oursButton = nullptr;
    QPushButton *m_theirsButton = nullptr;
    QPushButton *m_bothButton = nullptr;
    QPushButton *m_applyButton = nullptr;
};

} // namespace sht
