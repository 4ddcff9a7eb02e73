#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sht {

class Database;

// Two living people of the commune file who may be one person.
struct DuplicatePair
{
    qint64 firstId = 0;
    qint64 secondId = 0;
    QString firstName;
    QString secondName;
    QString firstPlace; // "Thôn Đông, household 01.015"
    QString secondPlace;
    QString birthDate;   // as shown ("05/03/1956"), the first's
    QString citizenId;   // when the pair shares one
    bool sameId = false; // found by the ID (else by name and birth date)
};

// The review after an import: possible duplicates found in the whole file, merged into one person or kept
// apart by the clerk. Matching uses importing::PersonMatcher's rules (name key with tones, birth date).
class DuplicateService
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateService)

public:
    explicit DuplicateService(Database &db);

    // Every pair of living people with the same name key and compatible birth dates, or the same ID and
    // the same name key; pairs kept apart are left out. Ordered by the first's id.
    Status candidates(QList<DuplicatePair> *out) const;

    // Keeps keepId and folds dropId into it, in one transaction, every row audited (undoable through
    // ImportCommands): memberships, attendance (one per session), staff rows, clan head, centre director,
    // registrations, recognitions and judgements move to the kept person; computed evaluations of the
    // dropped one are deleted (the next evaluation recomputes them); values the kept person lacks are taken
    // from the other; then the other is deleted. When both live in a household, the dropped one's current
    // membership ends ("merged"); it is refused when the dropped one heads a household with other members.
    Status merge(qint64 keepId, qint64 dropId);

    // Records that the two are different people, so candidates() no longer proposes them.
    Status keepApart(qint64 firstId, qint64 secondId);

private:
    Database &m_db;
};

} // namespace sht
