#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sht {

class Database;
class EditCommands;

// Renames a village or merges it into another (the 2025 reorganisation), from a date. Old names and the
// merged village stay in the history, so reports of earlier years keep them. One undoable step each.
class VillageDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Rename, Merge };

    // villageId preselects the village (0: the first one).
    VillageDialog(Database &db, EditCommands &edits, Action action, qint64 villageId,
                  QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();
    qint64 selectedVillage() const;

    Database &m_db;
    EditCommands &m_edits;
    Action m_action;
    QComboBox *m_village = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_target = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
