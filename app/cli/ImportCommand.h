#pragma once

#include <QStringList>
#include <QTextStream>

namespace sht::cli {

// `sohoctap-cli import FILE... --db DB [--commune NAME] [--dry-run] [--encoding auto|utf8|cp1258|tcvn3|vni]
// [--report OUT.xlsx] [--yes]`: reads the registers, takes the detected layout (a column mapping the clerk
// confirmed in the window for the same header is used instead), prints the plan, its problems and the
// possible duplicates, writes the dry-run report when asked, and imports all or nothing. A DB that does not
// exist is created for the commune named. On a terminal it asks before writing unless --yes; without one it
// goes ahead (scripts cannot answer). Duplicates are reported, never merged. Returns a cli::ExitCode.
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sht::cli
