#pragma once

#include "ReportDocument.h"
#include "ReportParameters.h"
#include "Status.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sht {
class Database;
}

namespace sht::reporting {

// Reports progress (done of total) and returns false when the user cancelled.
using ReportProgress = std::function<bool(int done, int total)>;

// One report: knows what it needs and builds the document from the database (through core/storage
// repositories: no SQL here) and its layout (resources/reports/<name>.json, ReportLayout).
class ReportSource
{
public:
    virtual ~ReportSource() = default;
    virtual ReportInfo info() const = 0;
    // Fills document (heading, signatures, tables) or returns why it cannot (no village chosen, year with no
    // evaluation yet: the message says what to do). A cancelled build returns a failure with an empty
    // message.
    virtual Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                         const ReportProgress &progress) const = 0;
};

using ReportSources = std::vector<std::unique_ptr<ReportSource>>;

// Each family of reports lives in its own files and registers here (ReportCatalogue lists them in this
// order).
ReportSources makeStatisticsSources(); // yearly, tt25-dossier, tt24-summary          (StatisticsSources.cpp)
ReportSources makeListSources();       // recognised-households, recognised-citizens, register, attendance,
                                       // follow-up                                     (ListSources.cpp)
ReportSources makeDocumentSources();   // minutes, certificates                         (DocumentSources.cpp)

} // namespace sht::reporting
