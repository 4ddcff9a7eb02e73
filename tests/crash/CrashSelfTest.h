#pragma once

#include <QStringList>

namespace sht::crash {

class CrashWorkspace;

// A check that cannot fail proves nothing: files doctored the way a broken app would leave them (half an
// import, a row without its audit entry, a lost edit, a marker that lies, damaged pages) must each fail the
// trial checks. Returns the cases that slipped through (empty: the checks work); *log gets one line a case.
QStringList selfTest(const CrashWorkspace &workspace, const QString &folder, QStringList *log);

} // namespace sht::crash
