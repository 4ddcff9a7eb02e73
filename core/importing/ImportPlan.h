#pragma once

#include "AdminUnit.h"
#include "ParsedRegister.h"
#include "Person.h"
#include "Relation.h"
#include "ResidenceStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sht::importing {

// One value a re-import would change on a person already in the file, shown to the clerk to confirm.
struct FieldChange
{
    QString column; // storage column ("birth_date"; "relation"/"residence_status" are the membership's)
    QString label;  // translated ("Birth date")
    QString before; // as the clerk reads it ("1956")
    QString after;  // ("05/03/1956")
};

// What a plan keeps of the register row it came from (the values themselves are in PlannedPerson::person):
// 100,000 people are planned at once, so the rest of the ParsedPerson is not copied (~20 MB).
struct PlannedSource
{
    SourceRef where;
    QString fullName;
    QString relation; // the relation storage code as read
    QString notes;    // what the row's notes columns said (and values kept because not understood)

    PlannedSource() = default;
    // Implicit: a plan is made from the parsed rows.
    PlannedSource(const ParsedPerson &parsed)
        : where(parsed.where)
        , fullName(parsed.fullName)
        , relation(parsed.relation)
        , notes(parsed.notes)
    {}
};

// What the import does with one person row of the register.
struct PlannedPerson
{
    enum class Action {
        Insert,    // a new person (and a new membership in the household)
        Update,    // a person already in the file whose values changed: `changes` lists them
        Unchanged, // a person already in the file, nothing new: skipped
    };
    Action action = Action::Insert;
    PlannedSource source;
    Person person; // Insert: what is written; Update/Unchanged: the existing person with the new values
    Relation relation = Relation::Other;
    ResidenceStatus residence = ResidenceStatus::Permanent;
    qint64 membershipId = 0; // Update/Unchanged: the current membership in the matched household
    QList<FieldChange> changes;
};

struct PlannedHousehold
{
    qint64 existingId = 0; // 0: a new household
    QString code;          // the register's code, or one made up for a household that has none
    QString address;
    SourceRef where;
    int clanIndex = -1;      // into ImportPlan::clans; -1: no clan written
    bool clanChange = false; // an existing household gets (or changes) its clan
    QList<PlannedPerson> members;

    bool isNew() const { return existingId == 0; }
};

// One village of the commune and what goes into it; sheets (and files) naming the same village are merged.
struct PlannedVillage
{
    qint64 existingId = 0; // 0: created by the import
    QString name;          // the existing village's current name, or the new one
    AdminUnit::Kind kind = AdminUnit::Kind::Village;
    QStringList sources; // "file › sheet" it comes from
    QList<PlannedHousehold> households;

    bool isNew() const { return existingId == 0; }
};

struct PlannedClan
{
    qint64 existingId = 0; // 0: created by the import
    QString name;
};

// The same person seen twice (within the input, or in the input and in the file), or one ID carried by two
// different people. Reported with both places; never merged by the import.
struct PossibleDuplicate
{
    enum class Reason {
        SameNameAndBirth, // same folded name and compatible birth dates
        SameId,           // same citizen ID and the same name
        SharedId,         // same citizen ID, different names: two people, one ID (a typo somewhere)
    };
    Reason reason = Reason::SameNameAndBirth;
    QString name;
    QString citizenId;           // the ID, for SameId and SharedId
    SourceRef first;             // the register row
    QString firstPlace;          // in words: "ho-so.xlsx › Thôn Đông, row 12 (household 15)"
    SourceRef second;            // the other register row (file empty when the other is in the database)
    qint64 existingPersonId = 0; // the other is a person already in the file
    QString secondPlace;         // in words: "already in the file: Thôn Đoài, household 07.012"
};

// An input file, for its import_batch row.
struct ImportFile
{
    QString path;
    QString name;     // file name without folder (matches SourceRef::file)
    QString sha256;   // of its bytes, hex
    QString encoding; // textEncodingKey() or "" for xlsx

    // Reads the file to hash it; name from the path.
    static ImportFile describe(const QString &path, const QString &encoding);
};

// What an import will do, computed before anything is written (the dry run shows it; ImportApplier
// writes it in one transaction).
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    QList<PlannedVillage> villages;
    QList<PlannedClan> clans;
    QList<ImportProblem> problems; // the layout step's and the planner's
    QList<PossibleDuplicate> duplicates;
    QList<ImportFile> files;

    struct Counts
    {
        int villagesNew = 0;
        int householdsNew = 0;
        int householdsExisting = 0;
        int peopleNew = 0;
        int peopleUpdated = 0;
        int peopleUnchanged = 0;
        int clansNew = 0;
    };
    Counts counts() const;
    Counts countsFor(const PlannedVillage &village) const;
    bool changesNothing() const;
    // "3 villages (1 new), 120 households to add, 430 people to add, 5 to update, 0 unchanged".
    QString summaryText() const;
    static QString reasonText(PossibleDuplicate::Reason reason);
};

} // namespace sht::importing
