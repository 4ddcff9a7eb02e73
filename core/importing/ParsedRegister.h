#pragma once

#include "PartialDate.h"

#include <QList>
#include <QString>

namespace sht::importing {

// Where in the input something came from: every problem and every imported person can be traced back to
// the file, the sheet, the row (1-based, as the clerk sees it in Excel) and the column letter.
struct SourceRef
{
    QString file;   // file name as the user picked it (no folder)
    QString sheet;  // sheet name; empty for CSV
    int row = 0;    // 1-based row in the file
    QString column; // "C", or empty when the whole row is concerned
};

// Something the import noticed, and what it will do about it.
struct ImportProblem
{
    enum class Kind {
        SkippedRow,        // title, column-number row, total row, signature block, empty row
        SkippedSheet,      // summary sheet (Tổng hợp), empty or hidden sheet without data
        ImpossibleDate,    // 31/02/1990: left empty
        FutureDate,        // after today: left empty
        IdRestored,        // a CCCD stored as a number lost its leading zero(s): restored
        IdInvalid,         // not 9 or 12 digits after cleaning: kept in notes, ID left empty
        SharedId,          // two different people with one ID (within the file or with the database)
        PossibleDuplicate, // the same person twice (same folded name + birth date, or same ID)
        MissingName,       // a row with data but no name: skipped
        UnknownRelation,   // kept as written in notes, relation "other"
        UnknownValue,      // any other value not understood (sex, education…): kept in notes
        UnknownIdentity,   // an entry template's row or sheet names a uuid this commune file does not have
        NoHead,            // a household without a head row: the first member becomes head
        EncodingGuess,     // low confidence in the detected encoding
        Unreadable,        // the file or sheet cannot be read (message says why)
    };
    Kind kind = Kind::SkippedRow;
    SourceRef where;
    QString message;    // translated, says what was found: "31/02/1990 is not a date"
    QString action;     // translated, says what the import does: "birth date left empty"
    QString otherPlace; // for duplicates and shared IDs: the other row or the database record, in words
};

// One person row as the register gives it, values already normalised (NFC, proper case, PartialDate,
// digits-only ID, relation storage code). Values that could not be understood are empty here and
// reported as problems; the raw text is kept in notes so nothing the clerk typed is lost.
struct ParsedPerson
{
    SourceRef where;
    QString fullName;
    QString sex; // "male", "female" or ""
    PartialDate birthDate;
    QString citizenId; // digits only, leading zeros restored; "" when none or invalid
    QString relation;  // Relation storage code ("head", "spouse", "child", …)
    QString residence; // ResidenceStatus storage code ("permanent", "temporary", "absent"): "permanent"
                       // unless noted
    QString ethnicity;
    QString education; // Education storage text
    QString occupation;
    QString notes;
    QString
        clanName; // the clan cell of this row when it has one (the household's clan is on ParsedHousehold)
    QString uuid = {}; // the person's identity from an entry template's hidden column; "" for a register row
};

struct ParsedHousehold
{
    SourceRef where; // the head's row
    QString code;    // the register's household number (STT / Số hộ) when it has one
    QString address;
    QString clanName;            // NFC; "Họ Nguyễn Văn"
    QList<ParsedPerson> members; // the head first
    QString uuid = {};           // the household's identity from an entry template; "" otherwise
};

struct ParsedVillage
{
    QString file;
    QString sheet;
    QString villageName; // from the sheet name (expanded: "TDP Bắc Sơn" → "Tổ dân phố Bắc Sơn") or chosen
    QList<ParsedHousehold> households;
    // An entry template's hidden "_sohoctap" sheet: the village and commune it was written for ("" for a
    // register). The planner matches the village by this uuid before any name.
    QString villageUuid = {};
    QString communeUuid = {};
};

// A whole import input (one or more files) as understood, before anything touches the database.
struct ParsedRegister
{
    QList<ParsedVillage> villages;
    QList<ImportProblem> problems;

    // Several files make one import: their villages and problems side by side, in the order given.
    void append(const ParsedRegister &other)
    {
        villages += other.villages;
        problems += other.problems;
    }

    int householdCount() const
    {
        int n = 0;
        for (const auto &v : villages)
            n += v.households.size();
        return n;
    }
    int personCount() const
    {
        int n = 0;
        for (const auto &v : villages)
            for (const auto &h : v.households)
                n += h.members.size();
        return n;
    }
};

} // namespace sht::importing
