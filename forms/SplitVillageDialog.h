#pragma once

#include "HouseholdList.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace sht {

class Database;
class EditCommands;

// Splits a village: a new village takes the households the clerk ticks, from a date. The first village and
// its history stay, so reports of earlier years still count those households where they were. The list of
// households narrows as the clerk types (code, head's name or address); Space ticks the current one.
class SplitVillageDialog : public QDialog
{
    Q_OBJECT

public:
    SplitVillageDialog(Database &db, EditCommands &edits, qint64 villageId, QWidget *parent = nullptr);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadHouseholds();
    void refilter();
    void validate();
    int checkedCount() const;

    Database &m_db;
    EditCommands &m_edits;
    HouseholdList m_list; // the village's households, for the filter
    QComboBox *m_village = nullptr;
    QLineEdit *m_newName = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_households = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
