#pragma once

#include "MergePlan.h"
#include "PackageExporter.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {

class EditCommands;

// A volunteer package's merge as the GUI runs it: one undoable step ("Merge package of Thôn 1, Thôn 2"),
// undone as a whole.
class MergeCommands
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommands)

public:
    explicit MergeCommands(EditCommands &edits);
    Status apply(const exchange::MergePlan &plan, const exchange::ExchangeProgress &progress = {});

private:
    EditCommands &m_edits;
};

} // namespace sht
