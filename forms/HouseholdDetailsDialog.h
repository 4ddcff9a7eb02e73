#pragma once

#include "Household.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sht {

class EditCommands;

// Edits a household's code, address and notes (one undoable step). A wrong value is explained under its
// field and nothing is saved until it is right.
class HouseholdDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    HouseholdDetailsDialog(EditCommands &edits, const Household &household, QWidget *parent = nullptr);

    void accept() override;

private:
    void validate();

    EditCommands &m_edits;
    Household m_household;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeError = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sht
