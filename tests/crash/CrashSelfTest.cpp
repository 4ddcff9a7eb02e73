#include "CrashSelfTest.h"

#include "CrashCheck.h"
#include "Database.h"
#include "InterruptedOperation.h"
#include "TrialProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace sht::crash {

namespace {

const Scenario *scenarioOf(const CrashWorkspace &workspace, ScenarioKind kind)
{
    for (const Scenario &scenario : workspace.scenarios())
        if (scenario.kind == kind)
            return &scenario;
    return nullptr;
}

bool execAll(const QString &database, const QStringList &statements)
{
    Database db;
    if (!db.open(database))
        return false;
    QSqlQuery q(db.connection());
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return false;
    return true;
}

QString someUuid(const QString &database, const QString &table)
{
    Database db;
    if (!db.open(database))
        return {};
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY id LIMIT 1").arg(table)) && q.next())
        return q.value(0).toString();
    return {};
}

qint64 auditMark(const QString &database)
{
    Database db;
    if (!db.open(database))
        return -1;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool writeFile(const QString &path, const QByteArray &bytes, qint64 offset = -1)
{
    QFile file(path);
    if (!file.open(offset < 0 ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::ReadWrite))
        return false;
    if (offset >= 0 && !file.seek(offset))
        return false;
    return file.write(bytes) == bytes.size();
}

struct Case
{
    QString name;
    ScenarioKind kind;
    bool runToEnd; // the action runs whole before the file is doctored
    QString expected;
    std::function<bool(const QString &database, const QString &folder)> doctor;
};

} // namespace

QStringList selfTest(const CrashWorkspace &workspace, const QString &folder, QStringList *log)
{
    const QList<Case> cases{
        {QStringLiteral("half an import"), ScenarioKind::Import, true, QStringLiteral("half-done import"),
         [](const QString &db, const QString &) {
             return execAll(db,
                            {QStringLiteral("DELETE FROM person WHERE id IN (SELECT id FROM person ORDER BY "
                                            "id DESC LIMIT 10)")});
         }},
        {QStringLiteral("a row without its audit entry"), ScenarioKind::Merge, false,
         QStringLiteral("audit:"),
         [](const QString &db, const QString &) {
             return execAll(db, {QStringLiteral("INSERT INTO admin_unit (uuid, kind, name) VALUES "
                                                "('self-test', 'village', 'Thôn Lạ')")});
         }},
        {QStringLiteral("a lost edit"), ScenarioKind::Edits, false, QStringLiteral("committed edit lost"),
         [](const QString &db, const QString &dir) {
             return writeFile(QDir(dir).filePath(QStringLiteral("stdout.txt")),
                              QStringLiteral("EDIT person %1 notes crash-edit-9-0\n")
                                  .arg(someUuid(db, QStringLiteral("person")))
                                  .toUtf8());
         }},
        {QStringLiteral("a marker that says nothing was saved"), ScenarioKind::Import, true,
         QStringLiteral("the marker says committed=no"),
         [](const QString &db, const QString &) {
             const QJsonObject marker{{QStringLiteral("description"), QStringLiteral("the import of a.xlsx")},
                                      {QStringLiteral("started_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                                      {QStringLiteral("audit_mark"), QString::number(auditMark(db))},
                                      {QStringLiteral("pid"), QStringLiteral("0")}};
             return writeFile(OperationMarker::markerPath(db), QJsonDocument(marker).toJson());
         }},
        {QStringLiteral("damaged pages"), ScenarioKind::Merge, false, QString(),
         [](const QString &db, const QString &) { return writeFile(db, QByteArray(8192, '\x5a'), 40960); }},
    };
    QStringList missed;
    for (const Case &c : cases) {
        const Scenario *scenario = scenarioOf(workspace, c.kind);
        const QString dir = QDir(folder).filePath(QStringLiteral("self-test"));
        const QString database = workspace.stage(dir);
        if (c.runToEnd)
            runTrial(workspace.program(c.kind), workspace.arguments(c.kind, database, dir, 1), dir, -1);
        if (!scenario || !c.doctor(database, dir)) {
            missed << c.name + QStringLiteral(": could not be prepared");
            continue;
        }
        const TrialCheck check = checkTrial(workspace, *scenario, database,
                                            QDir(dir).filePath(QStringLiteral("stdout.txt")), true);
        const bool caught =
            !check.failures.isEmpty() &&
            (c.expected.isEmpty() || check.failures.join(QLatin1Char('\n')).contains(c.expected));
        if (log)
            *log << QStringLiteral("self-test %1: %2 (%3)")
                        .arg(c.name, caught ? QStringLiteral("caught") : QStringLiteral("MISSED"),
                             check.failures.value(0, QStringLiteral("no failure")));
        if (!caught)
            missed << c.name;
    }
    return missed;
}

} // namespace sht::crash
