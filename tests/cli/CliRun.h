#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sht::test {

// What `sohoctap-cli` did when run as a user runs it: its exit code (-2 when it crashed), standard output
// and standard error.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI that CTest names in SHT_CLI, with no terminal on standard input (it must never ask).
inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(qEnvironmentVariable("SHT_CLI"), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace sht::test
