#pragma once

#include <QStringList>
#include <QTextStream>

namespace sht::cli {

// `sohoctap-cli package …`: see docs/CLI usage in --help. Returns a cli::ExitCode.
int runPackage(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sht::cli
