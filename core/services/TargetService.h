#pragma once

#include "Status.h"
#include "Target.h"

#include <QCoreApplication>

namespace sht {

class Database;

// The province's and the commune's own targets: add, change, remove. Each call is one transaction, every
// row audited; a refusal says why and changes nothing. National targets are data and cannot be edited.
class TargetService
{
    Q_DECLARE_TR_FUNCTIONS(TargetService)

public:
    static constexpr int FirstYear = 2000;
    static constexpr int LastYear = 2100;

    explicit TargetService(Database &db);

    // What is wrong with a value, "" when nothing. The dialog shows the same words beside the field.
    static QString yearProblem(int year);
    static QString shareProblem(double share);
    static QString scopeProblem(criteria::TargetScope scope);

    Status add(criteria::Target &target);
    Status update(const criteria::Target &target);
    Status remove(qint64 targetId);

private:
    Status check(const criteria::Target &target) const;

    Database &m_db;
};

} // namespace sht
