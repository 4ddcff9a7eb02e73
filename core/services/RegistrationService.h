#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace sht {

class Database;

// Registrations (đăng ký) for the learning titles of a year: households, citizens, clans, villages and
// local units sign up each year, and only registered subjects are evaluated. Each call is one transaction
// through the audited writer; registering a subject twice keeps its one row (the call is idempotent), and
// taking back a registration that is not there changes nothing. The commune (TT 25) and the learning centre
// need no registration: they are evaluated every year.
class RegistrationService
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationService)

public:
    explicit RegistrationService(Database &db);

    // Registers every subject of uuids (rows of the title's subject kind) for title in year; *added (when
    // given) says how many were new. Fails, changing nothing, when one is not in the registers.
    Status registerSubjects(int year, criteria::Title title, criteria::SubjectKind kind,
                            const QStringList &uuids, int *added = nullptr);
    // Registers the whole village: every current household (learning_family), every living current resident
    // of at least the commune's citizen age (learning_citizen), the village itself (learning_village), the
    // clans with a member household there (learning_clan), the units located there (learning_unit).
    Status registerVillage(int year, criteria::Title title, qint64 villageId, int *added = nullptr);
    // The same for several villages (the whole commune) in one transaction: all or nothing, one commit
    // (at 100,000 people, one commit per village and title cost more than the inserts).
    Status registerVillages(int year, criteria::Title title, const QList<qint64> &villageIds,
                            int *added = nullptr);
    // Takes the registrations back; *removed says how many there were.
    Status unregister(int year, criteria::Title title, const QStringList &uuids, int *removed = nullptr);

    // The uuids registerVillage would add (not registered yet), for the undo step's name and the dialog.
    QStringList unregisteredInVillage(int year, criteria::Title title, qint64 villageId,
                                      Status *status) const;

    // Whether subjects register for the title (not the commune and the centre).
    static bool needsRegistration(criteria::Title title);
    // The title as the clerk reads it, e.g. "Learning household (Gia đình học tập)".
    static QString titleLabel(criteria::Title title);
    // What the title is given to, in the plural: "households", "citizens", ...
    static QString subjectsLabel(criteria::Title title, int count);

private:
    Status checkYearAndTitle(int year, criteria::Title title) const;

    Database &m_db;
};

} // namespace sht
