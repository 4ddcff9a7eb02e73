#pragma once

#include <QStringList>
#include <QTextStream>

namespace sht::cli {

// `sohoctap-cli report …`: see docs/CLI usage in --help. Returns a cli::ExitCode.
int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sht::cli
