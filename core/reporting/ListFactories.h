#pragma once

#include "ReportSource.h"

namespace sht::reporting {

// The printed lists (issue 7, step 4), one file each; ListSources.cpp registers them in this order.
std::unique_ptr<ReportSource> makeRecognisedHouseholdsList(); // ListRecognisedHouseholds.cpp
std::unique_ptr<ReportSource> makeRecognisedCitizensList();   // ListRecognisedCitizens.cpp
std::unique_ptr<ReportSource> makeRegisterList();             // ListRegister.cpp
std::unique_ptr<ReportSource> makeAttendanceList();           // ListAttendance.cpp
std::unique_ptr<ReportSource> makeFollowUpList();             // ListFollowUp.cpp

} // namespace sht::reporting
