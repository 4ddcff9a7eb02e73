#pragma once

#include "Relation.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sht {

class Database;
class EditCommands;

// Tách hộ: some members of a household leave it together to form a new household of the same village. The
// clerk ticks who goes (the head stays), says how each one is related to the new head, chooses that head
// among them, and gives the new household's code (the next free one of the village is proposed), address and
// date. OK stays disabled, with the reason shown, until that is complete; OK runs
// EditCommands::splitHousehold, one undo step, and a refusal from core is shown in the dialog, which stays
// open.
class SplitHouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    SplitHouseholdDialog(Database &db, EditCommands &edits, qint64 householdId, QWidget *parent = nullptr);

    // The new household, after OK.
    qint64 newHouseholdId() const { return m_newHouseholdId; }

    void accept() override;

private:
    struct Row
    {
        qint64 personId = 0;
        QString name;
        QCheckBox *check = nullptr;
        QComboBox *relation = nullptr;
        Relation chosen = Relation::Other; // the relation before the row became the head's
    };

    void updateHeads();
    void revalidate();
    qint64 newHeadId() const;

    Database &m_db;
    EditCommands &m_edits;
    qint64 m_householdId = 0;
    qint64 m_villageId = 0;
    QList<Row> m_rows;
    QComboBox *m_headCombo = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_newHouseholdId = 0;
};

} // namespace sht
