#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewHouseholdDialog;
}

namespace sht {

class Database;
class EditCommands;
class PersonForm;

// A new household: its village, code (the next free one of the village is proposed), address, the date it
// was formed and its head (a new person). OK creates it through EditCommands::createHousehold, one undo
// step; a refusal from core is shown in the dialog, which stays open.
class NewHouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    // villageId: the village to start with (0: the first one).
    NewHouseholdDialog(Database &db, EditCommands &edits, qint64 villageId = 0, QWidget *parent = nullptr);
    ~NewHouseholdDialog() override;

    PersonForm *headForm() const { return m_headForm; }
    // The new household, after OK.
    qint64 householdId() const { return m_householdId; }

    // The code after the village's highest one, in the same pattern ("03.214" -> "03.215"); "<village
    // code>.001" for a village without households. Never a code already used.
    static QString suggestCode(Database &db, qint64 villageId);

    void accept() override;

private:
    void villageChanged();
    void revalidate();

    std::unique_ptr<Ui::NewHouseholdDialog> m_ui;
    Database &m_db;
    EditCommands &m_edits;
    PersonForm *m_headForm = nullptr;
    bool m_codeTyped = false; // the clerk typed a code: stop proposing one
    qint64 m_householdId = 0;
};

} // namespace sht
