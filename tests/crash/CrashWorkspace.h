#pragma once

#include "FileState.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sht::crash {

// The three actions the driver kills: the CLI's import of a register workbook, the CLI's merge of a
// volunteer package, and a burst of GUI-style edits (crash_edits).
enum class ScenarioKind { Import, Merge, Edits };
QString scenarioName(ScenarioKind kind);

struct Scenario
{
    ScenarioKind kind = ScenarioKind::Import;
    qint64 durationUs = 0; // a whole run, measured once (the kill delay is drawn over it and a bit more)
    FileState after;       // the file after a whole run (Import, Merge); a kill leaves this or `before`
    qint64 mergeAuditEntries = 0; // audit entries a whole merge writes (source merge:<package>)
};

struct WorkspaceOptions
{
    QString folder;          // everything goes here
    QString cli;             // sohoctap-cli
    QString editsProgram;    // crash_edits
    int people = 2000;       // the demo commune
    int importPeople = 1500; // the register workbook
    int edits = 200;         // one burst
};

// The files every trial starts from (a demo commune, a register workbook, a volunteer package with a
// volunteer's edits), and each scenario run once to the end to know its duration and its result.
class CrashWorkspace
{
public:
    explicit CrashWorkspace(WorkspaceOptions options);

    bool prepare(QString *error);

    const WorkspaceOptions &options() const { return m_options; }
    const FileState &before() const { return m_before; }
    const QList<Scenario> &scenarios() const { return m_scenarios; }

    // Copies the commune file (and the package) into an empty folder; returns the commune file's path.
    QString stage(const QString &folder) const;
    // The program and arguments that run a scenario on a staged folder.
    QString program(ScenarioKind kind) const;
    QStringList arguments(ScenarioKind kind, const QString &database, const QString &folder,
                          quint64 seed) const;

private:
    bool makeBase(QString *error);
    bool makePackage(QString *error);
    bool calibrate(ScenarioKind kind, QString *error);

    WorkspaceOptions m_options;
    QString m_base;
    QString m_register;
    QString m_package;
    FileState m_before;
    QList<Scenario> m_scenarios;
};

} // namespace sht::crash
