#pragma once

#include "ImportApplier.h"
#include "ImportPlan.h"
#include "Status.h"

#include <QCoreApplication>

#include <functional>

namespace sht {

class EditCommands;

// The import and the duplicate review as the GUI runs them.
// - merge() is one undoable step (Edit > History: "Merge Nguyễn Văn An into Nguyễn Văn An").
// - apply() runs the import as one undoable step too: undo removes everything it added and restores what
//   it updated. Recording costs time and memory (every inserted row is kept for the undo, see
//   docs/IMPORT.md for the numbers); apply(..., undoable = false) writes without recording, for imports too
//   large to undo, and the undo history then cannot reach back past it.
// - keepApart() is a decision, not an edit of the registers: it is not on the undo stack.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    explicit ImportCommands(EditCommands &edits);

    Status merge(qint64 keepId, qint64 dropId);
    Status keepApart(qint64 firstId, qint64 secondId);
    Status apply(const importing::ImportPlan &plan, std::function<bool(int, int)> progress,
                 importing::ImportApplier::Outcome *outcome = nullptr, bool undoable = true);

private:
    EditCommands &m_edits;
};

} // namespace sht
