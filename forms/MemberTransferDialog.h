#pragma once

#include "Relation.h"
#include "ResidenceStatus.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;

namespace sht {

class Database;
class PeopleFinder;

// Finds, by typing, who joins a household or where a member goes:
// - AddExistingPerson: a living person of the commune who is not in this household (one who lives in
//   another household is moved here, so their history stays whole);
// - MoveToHousehold: another household, by its code or its head's name.
// Then asks the relation to the head and the date (and, for a new member, the residence). Typing narrows
// the list, Up/Down choose, Enter is OK.
class MemberTransferDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AddExistingPerson, MoveToHousehold };

    // householdId: the household being edited (never offered); personName: who moves (MoveToHousehold).
    MemberTransferDialog(Database &db, Mode mode, qint64 householdId, const QString &personName = QString(),
                         QWidget *parent = nullptr);

    qint64 personId() const;     // AddExistingPerson
    bool livesElsewhere() const; // AddExistingPerson: the chosen person has a current household
    qint64 householdId() const;  // MoveToHousehold: the chosen household
    Relation relation() const;
    ResidenceStatus residence() const;
    QDate date() const;

    void accept() override;

private:
    void updateOk();

    Database &m_db;
    Mode m_mode;
    PeopleFinder *m_finder = nullptr;
    QComboBox *m_relationCombo = nullptr;
    QComboBox *m_residenceCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_chosenHousehold = 0;
};

} // namespace sht
