#include "RegistrationService.h"

#include "AdminUnitRepository.h"
#include "Database.h"
#include "RegistrationRepository.h"
#include "Transaction.h"

#include <QDate>
#include <QSet>

namespace sht {

using criteria::SubjectKind;
using criteria::Title;

RegistrationService::RegistrationService(Database &db)
    : m_db(db)
{}

bool RegistrationService::needsRegistration(Title title)
{
    return title != Title::LearningCommune && title != Title::CentreRating;
}

QString RegistrationService::titleLabel(Title title)
{
    switch (title) {
    case Title::LearningFamily:
        return tr("Learning household (Gia đình học tập)");
    case Title::LearningClan:
        return tr("Learning clan (Dòng họ học tập)");
    case Title::LearningVillage:
        return tr("Learning village (Cộng đồng học tập cấp thôn)");
    case Title::LearningUnit:
        return tr("Learning unit (Đơn vị học tập)");
    case Title::LearningCitizen:
        return tr("Learning citizen (Công dân học tập)");
    case Title::LearningCommune:
        return tr("Learning commune (Cộng đồng học tập cấp xã)");
    case Title::CentreRating:
        return tr("Learning centre rating (TTHTCĐ)");
    }
    return QString();
}

QString RegistrationService::subjectsLabel(Title title, int count)
{
    switch (criteria::subjectKindOf(title)) {
    case SubjectKind::Household:
        return tr("%n household(s)", nullptr, count);
    case SubjectKind::Person:
        return tr("%n citizen(s)", nullptr, count);
    case SubjectKind::Clan:
        return tr("%n clan(s)", nullptr, count);
    case SubjectKind::Village:
        return tr("%n village(s)", nullptr, count);
    case SubjectKind::LocalUnit:
        return tr("%n unit(s)", nullptr, count);
    case SubjectKind::Commune:
    case SubjectKind::LearningCentre:
        break;
    }
    return QString::number(count);
}

Status RegistrationService::checkYearAndTitle(int year, Title title) const
{
    // The movement's registers start with QĐ 281 (2014); a year far outside is a typing slip.
    if (year < 2000 || year > QDate::currentDate().year() + 1)
        return Status::failure(
            tr("%1 is not a year registrations can be made for. Choose a year between 2000 "
               "and next year.")
                .arg(year));
    if (!needsRegistration(title))
        return Status::failure(
            tr("%1 needs no registration: it is evaluated every year.").arg(titleLabel(title)));
    return Status::success();
}

Status RegistrationService::registerSubjects(int year, Title title, SubjectKind kind,
                                             const QStringList &uuids, int *added)
{
    if (added)
        *added = 0;
    if (Status s = checkYearAndTitle(year, title); !s)
        return s;
    if (kind != criteria::subjectKindOf(title))
        return Status::failure(
            tr("%1 is given to other subjects than the ones chosen; nothing was registered.")
                .arg(titleLabel(title)));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    RegistrationRepository registrations(m_db);
    QSet<QString> known;
    for (const QString &uuid : registrations.subjectUuids(year, title))
        known.insert(uuid);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    int count = 0;
    for (const QString &uuid : uuids) {
        if (known.contains(uuid))
            continue;
        if (!registrations.subjectExists(kind, uuid))
            return Status::failure(tr("One of the chosen subjects is no longer in the registers; nothing was "
                                      "registered. Choose again."));
        if (Status s = registrations.insert(year, title, uuid, today); !s)
            return s;
        known.insert(uuid);
        ++count;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    if (added)
        *added = count;
    return Status::success();
}

QStringList RegistrationService::unregisteredInVillage(int year, Title title, qint64 villageId,
                                                       Status *status) const
{
    QStringList result;
    *status = checkYearAndTitle(year, title);
    if (!*status)
        return result;
    const auto village = AdminUnitRepository(m_db).find(villageId);
    if (!village || !village->isVillageLevel()) {
        *status = Status::failure(tr("The village is no longer in the registers. Choose another."));
        return result;
    }
    if (!village->isCurrent()) {
        *status = Status::failure(tr("%1 no longer exists (merged or split); register the subjects of the "
                                     "village it became part of.")
                                      .arg(village->name));
        return result;
    }
    RegistrationRepository registrations(m_db);
    QList<RegistrationCandidate> candidates;
    *status = registrations.candidates(year, title, villageId, registrations.citizenMinAge(), &candidates);
    for (const RegistrationCandidate &c : candidates)
        if (!c.registered)
            result << c.uuid;
    return result;
}

Status RegistrationService::registerVillage(int year, Title title, qint64 villageId, int *added)
{
    if (added)
        *added = 0;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Status status;
    const QStringList uuids = unregisteredInVillage(year, title, villageId, &status);
    if (!status)
        return status;
    RegistrationRepository registrations(m_db);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // The candidates were read from the registers in this transaction: no need to look each one up again.
    for (const QString &uuid : uuids)
        if (Status s = registrations.insert(year, title, uuid, today); !s)
            return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (added)
        *added = int(uuids.size());
    return Status::success();
}

Status RegistrationService::registerVillages(int year, Title title, const QList<qint64> &villageIds,
                                             int *added)
{
    if (added)
        *added = 0;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    int total = 0;
    for (qint64 villageId : villageIds) {
        int count = 0;
        if (Status s = registerVillage(year, title, villageId, &count); !s)
            return s;
        total += count;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    if (added)
        *added = total;
    return Status::success();
}

Status RegistrationService::unregister(int year, Title title, const QStringList &uuids, int *removed)
{
    if (removed)
        *removed = 0;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    RegistrationRepository registrations(m_db);
    QSet<QString> known;
    for (const QString &uuid : registrations.subjectUuids(year, title))
        known.insert(uuid);
    int count = 0;
    for (const QString &uuid : uuids) {
        if (!known.remove(uuid))
            continue;
        if (Status s = registrations.remove(year, title, uuid); !s)
            return s;
        ++count;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    if (removed)
        *removed = count;
    return Status::success();
}

} // namespace sht
