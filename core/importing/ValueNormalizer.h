#pragma once

#include "ParsedRegister.h"
#include "Relation.h"
#include "ResidenceStatus.h"
#include "Sex.h"
#include "SheetGrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sht::importing {

// Something a value did not say clearly. The parser adds where it was (sheet, row, column).
struct ValueIssue
{
    ImportProblem::Kind kind = ImportProblem::Kind::UnknownValue;
    QString message; // translated: what was found
    QString action;  // translated: what the import does
    QString note;    // the text to keep in the person's notes ("" = nothing), so nothing typed is lost
};

// Turns one register cell into a value of the domain, through the domain's own parsers (PersonName,
// PartialDate, CitizenId, parseRelation, parseResidence, parseSex, Education): the rules live there once.
// What the register adds is the cell's type: a CCCD stored as a number, a year stored as a number, a date
// cell. Every function appends to `issues` what it could not read; the value is then empty.
class ValueNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(ValueNormalizer)

public:
    // The cell as the clerk sees it, normalised: text as typed, a whole number without ".0" (12 digits
    // printed in full, never "1.2E+11"), a date cell as dd/MM/yyyy.
    static QString cellText(const Cell &cell);
    // text::normalized(), returning the text itself (no copy, no allocation) when it is already normalised:
    // printable ASCII and precomposed Latin/Vietnamese letters with single inner spaces, the usual cell.
    static QString normalized(const QString &text);

    // "  NGUYỄN  VĂN AN" -> "Nguyễn Văn An" (PersonName's rules: NFC, spaces, tone placement, case).
    static QString name(const QString &raw);
    // "Họ và đệm" + "Tên" columns joined.
    static QString nameFromParts(const QString &familyAndMiddle, const QString &given);

    // Date cells; a number 1850..today's year is a year (not a serial: 1956 is not 08/05/1905); a larger
    // number up to today's serial is an unformatted date serial (1900 system); 7–8 digit numbers or texts are
    // ddmmyyyy; texts in every format PartialDate::parse reads. Impossible -> ImpossibleDate, after
    // `today` -> FutureDate, anything else unreadable -> UnknownValue; all three keep the text in a note.
    static PartialDate birthDate(const Cell &cell, const QDate &today, QList<ValueIssue> *issues);

    // Digits only, or "" when empty or unusable (IdInvalid, the text kept in a note). Numbers that lost
    // their leading zeros (10/11 digits, 8 for a CMND) are restored (IdRestored). Scientific notation
    // ("3.80E+10") lost digits for good: IdInvalid.
    static QString citizenId(const Cell &cell, QList<ValueIssue> *issues);

    // parseRelation(); an unknown word -> Relation::Other + UnknownRelation (the word kept in a note);
    // empty -> Relation::Unknown with no issue.
    static Relation relation(const QString &text, Sex *impliedSex, QList<ValueIssue> *issues);

    // parseSex(); an unknown non-empty text -> Unknown + UnknownValue.
    static Sex sex(const QString &text, QList<ValueIssue> *issues);
    // A mark in a "Nam"/"Nữ" column: x, X, ✓, v, 1, or the word itself.
    static bool isMark(const QString &text);

    // One of the 54 ethnic groups by its official name ("kinh", "KINH", "Dân tộc Kinh" -> "Kinh"; "Mèo",
    // "H'Mông" -> "Mông"); other text is kept as typed (normalised, proper case when ALL CAPS).
    static QString ethnicity(const QString &text);
    // The 54 official names, Kinh first (the entry template's drop-down list).
    static QStringList ethnicGroups();

    // Education::parse() storage text; not understood -> "" + UnknownValue, the text kept in a note.
    static QString education(const QString &text, QList<ValueIssue> *issues);

    // Plain text (occupation, address, notes): normalised; ALL CAPS becomes proper case.
    static QString plainText(const QString &text);
    // A clan name: normalised and proper case ("HỌ NGUYỄN" -> "Họ Nguyễn").
    static QString clanName(const QString &text);
};

} // namespace sht::importing
