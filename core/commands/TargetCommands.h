#pragma once

#include "Status.h"
#include "Target.h"

#include <QCoreApplication>

namespace sht {

class EditCommands;

// The local targets' edits as undoable steps (Edit > History: "New commune target: Learning families 2025,
// 80%"), each one TargetService call through EditCommands::record.
class TargetCommands
{
    Q_DECLARE_TR_FUNCTIONS(TargetCommands)

public:
    explicit TargetCommands(EditCommands &edits);

    Status add(criteria::Target &target);
    Status update(const criteria::Target &target);
    Status remove(qint64 targetId);

private:
    static QString describe(const criteria::Target &target);

    EditCommands &m_edits;
};

} // namespace sht
