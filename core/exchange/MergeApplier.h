#pragma once

#include "MergePlan.h"
#include "PackageExporter.h"

#include <QCoreApplication>

namespace sht::exchange {

// Applies a decided merge plan in one transaction: deletes (children first), updates, then inserts (parents
// first), every row through AuditedWriter with the audit source "merge:<package uuid>", foreign keys mapped
// by uuid. Applying is idempotent: a row already there (same uuid or same natural key) is not added twice,
// a row already gone is not deleted twice. Cancelling rolls everything back.
class MergeApplier
{
    Q_DECLARE_TR_FUNCTIONS(MergeApplier)

public:
    explicit MergeApplier(Database &db);
    Status apply(const MergePlan &plan, const ExchangeProgress &progress = {});

private:
    Database &m_db;
};

} // namespace sht::exchange
