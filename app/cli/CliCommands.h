#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sht::cli {

// Exit codes scripts can rely on (also listed by --help).
enum ExitCode {
    Success = 0,
    UsageError = 1,  // unknown command or option, missing argument
    CannotOpen = 2,  // file missing, damaged, foreign or from a newer version
    CheckFailed = 3, // `check` found problems
    Failed = 4,      // the command ran and could not finish
};

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int demo(const QStringList &arguments);
    int info(const QStringList &arguments);
    int people(const QStringList &arguments);
    int check(const QStringList &arguments);
    int usage(const QString &problem);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace sht::cli
