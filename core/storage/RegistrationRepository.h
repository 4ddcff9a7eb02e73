#pragma once

#include "AuditedWriter.h"
#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace sht {

class Database;

// A subject that may register (đăng ký) for a title in a year, as the registration dialog lists it.
struct RegistrationCandidate
{
    QString uuid;   // the subject row's uuid (household, person, clan, village or local unit)
    QString name;   // household: code and head; person: full name; clan, unit, village: its name
    QString detail; // household: members; person: birth year and household code; unit: its kind
    qint64 villageId = 0;
    QString villageName; // empty for subjects of no one village (a clan spread over several)
    QString sortKey;     // Vietnamese order of name (people: given name first)
    bool registered = false;
};

// The registrations of a year: which households, citizens, clans, villages and units signed up for which
// title. The evaluator reads them (subjectUuids); the registration dialog and the evaluation page count and
// list them. Inserts and deletes go through the audited writer, so undo, redo and volunteer merge work.
class RegistrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRepository)

public:
    explicit RegistrationRepository(Database &db);

    // The registered subjects of a title in a year, in the order they were registered.
    QStringList subjectUuids(int year, criteria::Title title) const;
    bool isRegistered(int year, criteria::Title title, const QString &subjectUuid) const;
    int count(int year, criteria::Title title) const;
    // Registered subjects per title for the year (titles without any are absent).
    QMap<criteria::Title, int> counts(int year) const;
    // Years with at least one registration, ascending.
    QList<int> years() const;

    // Subjects that may register for title in year, with whether they did: villageId 0 = the whole
    // commune. Households with a living current member; living current residents aged at least minAge on
    // 31/12 of the year (age = year − birth year; unknown birth years are left out); current villages;
    // clans (villageId narrows to clans with a member household there); local units (of that village).
    Status candidates(int year, criteria::Title title, qint64 villageId, int minAge,
                      QList<RegistrationCandidate> *out) const;
    // Whether uuid is a row of the subject kind's table.
    bool subjectExists(criteria::SubjectKind kind, const QString &uuid) const;
    // The commune setting "commune.citizen_min_age" (meta), 15 when not set: who counts as an adult citizen.
    int citizenMinAge() const;

    Status insert(int year, criteria::Title title, const QString &subjectUuid, const QString &registeredOn);
    Status remove(int year, criteria::Title title, const QString &subjectUuid);

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
