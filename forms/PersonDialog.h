#pragma once

#include "Person.h"
#include "Relation.h"
#include "ResidenceStatus.h"
#include "Status.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace sht {

class Database;
class PersonForm;

// A PersonForm with OK and Cancel. OK is enabled only while every field reads; it calls the saver (for
// example EditCommands::updatePerson or addMember) and closes only when that succeeds: a refusal from core
// is shown in the form and nothing is saved. Enter is OK, Esc is Cancel.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(Person &)>;

    PersonDialog(Database &db, const QString &title, QWidget *parent = nullptr);

    void setPerson(const Person &person);
    // Called with the typed person on OK; the person it leaves (with its new id) is person() afterwards.
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // Adds "relation to the head", "residence" and "joined on" under the person's fields (a new member).
    void showMembershipFields(Relation relation = Relation::Child);

    PersonForm *form() const { return m_form; }
    Person person() const { return m_saved; }
    Relation relation() const;
    ResidenceStatus residence() const;
    QDate since() const;

    void accept() override;

private:
    void updateOk();

    PersonForm *m_form = nullptr;
    QFormLayout *m_membershipLayout = nullptr;
    QComboBox *m_relationCombo = nullptr;
    QComboBox *m_residenceCombo = nullptr;
    QDateEdit *m_sinceEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Saver m_saver;
    Person m_saved;
};

} // namespace sht
