#include "ListFactories.h"

namespace sht::reporting {

ReportSources makeListSources()
{
    ReportSources sources;
    sources.push_back(makeRecognisedHouseholdsList());
    sources.push_back(makeRecognisedCitizensList());
    sources.push_back(makeRegisterList());
    sources.push_back(makeAttendanceList());
    sources.push_back(makeFollowUpList());
    return sources;
}

} // namespace sht::reporting
