#pragma once

#include "ParsedRegister.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sht::importing {

// One data row, read, before it belongs to a household.
struct RegisterRow
{
    ParsedPerson person;   // person.fullName empty = a row with data but no name (MissingName, not imported)
    QString stt;           // the STT cell as shown ("" when blank)
    QString householdCode; // the household-number cell (merged cells: the merge's value on every row)
    QString address;
    QString clan;                // the clan cell (merged cells: the merge's value on every row)
    bool sttMergedStart = false; // the STT cell starts a vertical merge over several rows (one household)
    QString householdUuid = {};  // an entry template's hidden household identity; "" otherwise
};

// Makes households of consecutive rows. How a register marks a new household varies (REGISTERS.md), so the
// rule is chosen from the sheet's own rows:
// - a household-number column: a new household when the number changes;
// - STT repeated on every member's row: when the STT changes;
// - STT on every row, all different, with members' relations: the STT counts people, the head starts one;
// - STT only on the head's row (or a formula like =A12+1, or a cell merged over the household): at each STT;
// - no STT: at each head.
// In the last three, a second head also starts a new household. An entry template (rows with household
// identities) groups by identity, then by household number, wherever the row is: a volunteer adds a member
// below the last row with the household's number, or inserts a row without one inside the household. A
// household without a head gets its first member as head (NoHead); the head is listed first.
class HouseholdGrouper
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdGrouper)

public:
    enum class Rule { HouseholdCode, SttRepeated, SttPerPerson, SttOnHead, HeadOnly, Identity };

    static Rule chooseRule(const QList<RegisterRow> &rows);
    // `problems` gets NoHead for each household that had no head.
    static QList<ParsedHousehold> group(const QList<RegisterRow> &rows, QList<ImportProblem> *problems);
};

} // namespace sht::importing
