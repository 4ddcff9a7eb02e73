#pragma once

#include "MergePlan.h"
#include "PackageExporter.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht::exchange {

// Reads a returned package and plans the merge (nothing written), then applies a plan whose conflicts are
// all decided, in one transaction, audited with the source "merge" and the package's uuid. The GUI applies
// through MergeCommands (one undo step); the CLI and tests may call apply() directly.
// plan() refuses, with a message that says what to do: a file that is not a package, a damaged package
// (integrity check), a package of another commune, a package whose base was altered (signature), a package
// whose base is newer than the clerk's file.
class PackageMerger
{
    Q_DECLARE_TR_FUNCTIONS(PackageMerger)

public:
    explicit PackageMerger(Database &clerkDb);
    Status plan(const QString &packagePath, MergePlan &plan, const ExchangeProgress &progress = {});
    Status apply(const MergePlan &plan, const ExchangeProgress &progress = {});

private:
    Database &m_db;
};

} // namespace sht::exchange
