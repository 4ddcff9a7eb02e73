#pragma once

#include <QStringList>
#include <QTextStream>

namespace sht::cli {

// `sohoctap-cli evaluate FILE --year Y [--title T] [--json]`: evaluates every title of the year as the
// Evaluate button does (results stored in the file), then prints per title the counts (met / not met /
// waiting for the council) and each subject's verdict with its failed or waiting indicators and the
// evidence behind them — the explanations the evaluation page shows. --title only narrows what is printed
// (titles depend on the ones below them, so all are evaluated). --json prints the same, machine-readable.
// Returns a cli::ExitCode.
int runEvaluate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sht::cli
