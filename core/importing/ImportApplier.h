#pragma once

#include "ImportPlan.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace sht {
class Database;
}

namespace sht::importing {

// Writes an ImportPlan into the commune file, all or nothing: one transaction, every row through
// AuditedWriter with the source "import" (uuid, revision, audit entry), an import_batch row per file with
// its counts. A failure or a cancel rolls everything back: the file is as it was.
class ImportApplier
{
    Q_DECLARE_TR_FUNCTIONS(ImportApplier)

public:
    struct Outcome
    {
        int villagesCreated = 0;
        int clansCreated = 0;
        int householdsAdded = 0;
        int peopleAdded = 0;
        int peopleUpdated = 0;
        QList<qint64> batchIds;
    };

    explicit ImportApplier(Database &db);
    // Called now and then with the people written so far and the total; return false to cancel.
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }
    Status apply(const ImportPlan &plan, Outcome *outcome = nullptr);

private:
    Database &m_db;
    std::function<bool(int, int)> m_progress;
};

} // namespace sht::importing
