#pragma once

#include <QStringList>
#include <QTextStream>

namespace sht::cli {

// `sohoctap-cli backup list|create|restore`: the rotating backups the window takes, for scripts. Uses the
// same settings (folder, how many to keep) as the window. Returns a cli::ExitCode.
int runBackup(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sht::cli
