#include "TargetService.h"

#include "Database.h"
#include "TargetRepository.h"
#include "Transaction.h"

namespace sht {

using namespace criteria;

TargetService::TargetService(Database &db)
    : m_db(db)
{}

QString TargetService::yearProblem(int year)
{
    if (year < FirstYear || year > LastYear)
        return tr("The target year must be between %1 and %2.").arg(FirstYear).arg(LastYear);
    return QString();
}

QString TargetService::shareProblem(double share)
{
    if (share < 0 || share > 1)
        return tr("A target is a share from 0% to 100%.");
    return QString();
}

QString TargetService::scopeProblem(TargetScope scope)
{
    if (scope == TargetScope::National)
        return tr("National targets come with the program and cannot be changed; add a province or commune "
                  "target instead.");
    return QString();
}

Status TargetService::check(const Target &target) const
{
    for (const QString &problem :
         {scopeProblem(target.scope), yearProblem(target.year), shareProblem(target.share)})
        if (!problem.isEmpty())
            return Status::failure(problem);
    const qint64 same = TargetRepository(m_db).idOf(target.indicator, target.year, target.scope);
    if (same != 0 && same != target.id)
        return Status::failure(
            tr("There is already a %1 target for \"%2\" in %3: change that one instead.")
                .arg(targetScopeName(target.scope).toLower(), targetIndicatorName(target.indicator))
                .arg(target.year));
    return Status::success();
}

Status TargetService::add(Target &target)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    target.id = 0;
    if (Status s = check(target); !s)
        return s;
    if (Status s = TargetRepository(m_db).insert(target); !s)
        return s;
    return transaction.commit();
}

Status TargetService::update(const Target &target)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (!TargetRepository(m_db).find(target.id))
        return Status::failure(tr("This target no longer exists."));
    if (Status s = check(target); !s)
        return s;
    if (Status s = TargetRepository(m_db).update(target); !s)
        return s;
    return transaction.commit();
}

Status TargetService::remove(qint64 targetId)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (!TargetRepository(m_db).find(targetId))
        return Status::failure(tr("This target no longer exists."));
    if (Status s = TargetRepository(m_db).remove(targetId); !s)
        return s;
    return transaction.commit();
}

} // namespace sht
