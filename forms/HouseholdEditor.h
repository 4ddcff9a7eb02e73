#pragma once

#include "Household.h"
#include "Person.h"
#include "Status.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;

namespace Ui {
class HouseholdEditor;
}

namespace sht {

class ChangeNotifier;
class Database;
class EditCommands;
class HouseholdMembersModel;

// One household: its code, village and address, its members (head first; past members too when asked),
// and every change of its membership, each one EditCommands call (one undo step) or a message saying why
// nothing changed. Refreshes whenever ChangeNotifier reports a change, so Edit > Undo elsewhere shows here.
//
// Keys (while the editor has focus): Insert add a new member, Ctrl+E add an existing person, F2 or Enter edit
// the person, Ctrl+Shift+H make head (Ctrl+H is Edit > History), Ctrl+M move to another household, Ctrl+D
// mark deceased, Ctrl+Shift+M mark moved away, Ctrl+Shift+S split the household, Delete delete the person
// (after a confirmation saying what goes with them). Every button also has a mnemonic.
class HouseholdEditor : public QWidget
{
    Q_OBJECT

public:
    HouseholdEditor(Database &db, EditCommands &edits, ChangeNotifier &notifier, QWidget *parent = nullptr);
    ~HouseholdEditor() override;

    void setHousehold(qint64 householdId);
    qint64 householdId() const { return m_householdId; }
    QString householdCode() const { return m_household ? m_household->code : QString(); }
    HouseholdMembersModel *model() const { return m_model; }

    // The selected member's person id, 0 when none; selects a current member.
    qint64 selectedPersonId() const;
    void selectPerson(qint64 personId);

    void addNewMember();
    void addExistingPerson();
    void editPerson();
    void makeHead();
    void moveMember();
    void markDeceased();
    void markMovedAway();
    void deletePerson();
    // Tách hộ: some members leave together to form a new household.
    void splitHousehold();
    void editDetails();

signals:
    // The household is gone (deleted or undone away): whoever shows the editor may close it.
    void householdRemoved();

private:
    void refresh();
    void updateActions();
    bool selectedIsCurrent() const;
    std::optional<Person> selectedPerson() const;
    // Shows a refusal from core; true when the edit was done.
    bool report(const Status &status, const QString &title);
    QString deleteConfirmation(const Person &person) const;

    std::unique_ptr<Ui::HouseholdEditor> m_ui;
    Database &m_db;
    EditCommands &m_edits;
    HouseholdMembersModel *m_model = nullptr;
    qint64 m_householdId = 0;
    std::optional<Household> m_household;
};

} // namespace sht
