#pragma once

#include "Status.h"
#include "Target.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace sht {

class Database;
class EditCommands;
class TargetCommands;
class TargetTableModel;

// The targets: the national defaults (read-only) and the province's and commune's own, which the clerk adds
// (Insert), changes (Enter or F2) and deletes (Del, after asking). Each edit is one undoable step.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(Database &db, EditCommands &commands, QWidget *parent = nullptr);
    ~TargetsDialog() override;

    void addTarget();
    void editTarget();
    void deleteTarget();
    void selectLocal(qint64 targetId);
    TargetTableModel *model() const { return m_model; }

private:
    void reload(qint64 selectId);
    void updateButtons();
    int currentRow() const;

    Database &m_db;
    std::unique_ptr<TargetCommands> m_commands;
    QList<criteria::Target> m_national;
    TargetTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace sht
