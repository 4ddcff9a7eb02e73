#include "DuplicateService.h"

#include "AuditedWriter.h"
#include "Database.h"
#include "HouseholdRepository.h"
#include "ImportRepository.h"
#include "PersonMatcher.h"
#include "PersonRepository.h"
#include "Transaction.h"

#include <QSet>

namespace sht {

using importing::PersonMatcher;

namespace {

QString placeOf(const ImportRepository::PersonRow &row)
{
    if (row.householdCode.isEmpty())
        return DuplicateService::tr("in no household");
    return DuplicateService::tr("%1, household %2").arg(row.village, row.householdCode);
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

} // namespace

DuplicateService::DuplicateService(Database &db)
    : m_db(db)
{}

Status DuplicateService::candidates(QList<DuplicatePair> *out) const
{
    out->clear();
    ImportRepository repository(m_db);
    QList<ImportRepository::PersonRow> rows;
    if (Status s = repository.livingPeople(&rows); !s)
        return s;
    QSet<QString> apart;
    for (const KeptApartPair &pair : repository.keptApart())
        apart.insert(pairKey(pair.firstUuid, pair.secondUuid));

    PersonMatcher matcher;
    matcher.reserve(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ImportRepository::PersonRow &row = rows.at(i);
        const QString key = PersonMatcher::nameKey(row.fullName);
        const PartialDate birth = PartialDate::fromStorage(row.birthDate);
        QSet<qint64> found;
        auto propose = [&](qint64 other, bool sameId) {
            if (found.contains(other))
                return;
            found.insert(other);
            const ImportRepository::PersonRow &first = rows.at(int(other));
            if (apart.contains(pairKey(first.uuid, row.uuid)))
                return;
            DuplicatePair pair;
            pair.firstId = first.id;
            pair.secondId = row.id;
            pair.firstName = first.fullName;
            pair.secondName = row.fullName;
            pair.firstPlace = placeOf(first);
            pair.secondPlace = placeOf(row);
            pair.birthDate = PartialDate::fromStorage(first.birthDate).toString();
            pair.sameId = sameId;
            if (sameId || first.citizenId == row.citizenId)
                pair.citizenId = row.citizenId;
            *out << pair;
        };
        for (qint64 other : matcher.sameIdentity(key, birth))
            propose(other, false);
        for (qint64 other : matcher.sameCitizenId(row.citizenId))
            if (matcher.nameKeyOf(other) == key)
                propose(other, true);
        matcher.add(i, key, birth, row.citizenId);
    }
    std::stable_sort(out->begin(), out->end(),
                     [](const DuplicatePair &a, const DuplicatePair &b) { return a.firstId < b.firstId; });
    return Status::success();
}

Status DuplicateService::merge(qint64 keepId, qint64 dropId)
{
    if (keepId == dropId)
        return Status::failure(tr("Choose two different people to merge."));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    PersonRepository people(m_db);
    HouseholdRepository households(m_db);
    ImportRepository lookups(m_db);
    AuditedWriter writer(m_db);
    const auto keep = people.find(keepId);
    const auto drop = people.find(dropId);
    if (!keep || !drop)
        return Status::failure(tr("One of the two people is no longer in the file; nothing was merged."));

    const auto keepCurrent = households.currentMembership(keepId);
    const auto dropCurrent = households.currentMembership(dropId);
    if (keepCurrent && dropCurrent) {
        if (dropCurrent->relation == Relation::Head && dropCurrent->householdId != keepCurrent->householdId &&
            households.members(dropCurrent->householdId).size() > 1)
            return Status::failure(
                tr("%1 is recorded as the head of another household with members. Make someone else head of "
                   "that household first, or keep that record and merge the other into it.")
                    .arg(drop->name.full()));
        // One person lives in one household: the other record's place becomes history.
        if (Status s =
                households.endMembership(dropCurrent->id, QDate::currentDate(), QStringLiteral("merged"));
            !s)
            return s;
    }

    auto repoint = [&](const QString &table, const QString &column, const QVariant &from,
                       const QVariant &to) -> Status {
        QList<qint64> ids;
        if (Status s = lookups.idsWhere(table, column, from, &ids); !s)
            return s;
        for (qint64 id : ids)
            if (Status s = writer.update(table, id, {{column, to}}); !s)
                return s;
        return Status::success();
    };
    for (const char *table : {"membership", "local_unit_staff"})
        if (Status s = repoint(QLatin1String(table), QStringLiteral("person_id"), dropId, keepId); !s)
            return s;
    if (Status s = repoint(QStringLiteral("clan"), QStringLiteral("head_person_id"), dropId, keepId); !s)
        return s;
    if (Status s =
            repoint(QStringLiteral("learning_centre"), QStringLiteral("director_person_id"), dropId, keepId);
        !s)
        return s;

    // One attendance per person and session: the kept person's stays.
    QList<QPair<qint64, qint64>> keptSessions;
    QList<QPair<qint64, qint64>> droppedSessions;
    if (Status s = lookups.attendanceSessions(keepId, &keptSessions); !s)
        return s;
    if (Status s = lookups.attendanceSessions(dropId, &droppedSessions); !s)
        return s;
    QSet<qint64> attended;
    for (const auto &row : keptSessions)
        attended.insert(row.second);
    for (const auto &row : droppedSessions) {
        const Status s = attended.contains(row.second)
                             ? writer.remove(QStringLiteral("attendance"), row.first)
                             : writer.update(QStringLiteral("attendance"), row.first,
                                             {{QStringLiteral("person_id"), keepId}});
        if (!s)
            return s;
    }

    // Evaluations are computed: the dropped person's go, the next evaluation recomputes the kept one's.
    QList<qint64> evaluations;
    if (Status s = lookups.idsWhere(QStringLiteral("evaluation"), QStringLiteral("subject_uuid"), drop->uuid,
                                    &evaluations);
        !s)
        return s;
    for (qint64 id : evaluations) {
        if (Status s =
                writer.removeWhere(QStringLiteral("indicator_result"), QStringLiteral("evaluation_id"), id);
            !s)
            return s;
        if (Status s = writer.remove(QStringLiteral("evaluation"), id); !s)
            return s;
    }
    for (const char *table : {"registration", "recognition", "judgement"})
        if (Status s = repoint(QLatin1String(table), QStringLiteral("subject_uuid"), drop->uuid, keep->uuid);
            !s)
            return Status::failure(
                tr("Both records have the same registration, recognition or judgement for a year; remove one "
                   "of them first. (%1)")
                    .arg(s.message()));

    // What the kept record lacks, the other may know.
    Person merged = *keep;
    if (merged.sex == Sex::Unknown)
        merged.sex = drop->sex;
    if (merged.birthDate.isNull() || (drop->birthDate.overlaps(merged.birthDate) &&
                                      drop->birthDate.precision() > merged.birthDate.precision()))
        merged.birthDate = drop->birthDate.isNull() ? merged.birthDate : drop->birthDate;
    if (merged.citizenId.isNull())
        merged.citizenId = drop->citizenId;
    if (merged.ethnicity.isEmpty())
        merged.ethnicity = drop->ethnicity;
    if (merged.religion.isEmpty())
        merged.religion = drop->religion;
    if (merged.education.isNull())
        merged.education = drop->education;
    if (merged.occupation.isEmpty())
        merged.occupation = drop->occupation;
    if (merged.phone.isEmpty())
        merged.phone = drop->phone;
    if (!drop->notes.isEmpty() && !merged.notes.contains(drop->notes))
        merged.notes =
            merged.notes.isEmpty() ? drop->notes : merged.notes + QStringLiteral("; ") + drop->notes;
    if (Status s = people.update(merged); !s)
        return s;
    if (Status s = people.remove(dropId); !s)
        return s;
    return transaction.commit();
}

Status DuplicateService::keepApart(qint64 firstId, qint64 secondId)
{
    PersonRepository people(m_db);
    const auto first = people.find(firstId);
    const auto second = people.find(secondId);
    if (!first || !second || firstId == secondId)
        return Status::failure(tr("One of the two people is no longer in the file."));
    ImportRepository repository(m_db);
    QList<KeptApartPair> pairs = repository.keptApart();
    for (const KeptApartPair &pair : pairs)
        if (pairKey(pair.firstUuid, pair.secondUuid) == pairKey(first->uuid, second->uuid))
            return Status::success();
    pairs << KeptApartPair{first->uuid, second->uuid};
    return repository.setKeptApart(pairs);
}

} // namespace sht
