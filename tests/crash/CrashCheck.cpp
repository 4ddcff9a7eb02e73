#include "CrashCheck.h"

#include "BackupStore.h"
#include "Database.h"
#include "InterruptedOperation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sht::crash {

namespace {

// Derived data, written without audit entries by design (ARCHITECTURE.md: results are recomputed by F5).
const QSet<QString> kDerivedTables{QStringLiteral("evaluation"), QStringLiteral("indicator_result")};

qint64 number(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList auditedTables(const Database &db)
{
    QStringList tables;
    QSqlQuery q(db.connection());
    if (q.exec(
            QStringLiteral("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                           "(SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'uuid') ORDER BY m.name")))
        while (q.next())
            if (!kDerivedTables.contains(q.value(0).toString()))
                tables << q.value(0).toString();
    return tables;
}

// Every row has its audit insert, and the rows the audit log says are alive (inserted last, not deleted
// since) are as many as the table holds.
void checkAudit(const Database &db, QStringList &failures)
{
    for (const QString &table : auditedTables(db)) {
        const qint64 rows = number(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        const qint64 unaudited = number(
            db,
            QStringLiteral("SELECT count(*) FROM %1 x WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                           "a.entity_uuid = x.uuid AND a.entity = ? AND a.action = 'insert')")
                .arg(table),
            {table});
        const qint64 alive = number(
            db,
            QStringLiteral("SELECT count(*) FROM (SELECT max(CASE action WHEN 'insert' THEN id END) AS i, "
                           "max(CASE action WHEN 'delete' THEN id END) AS d FROM audit_log WHERE entity = ? "
                           "GROUP BY entity_uuid) WHERE i IS NOT NULL AND (d IS NULL OR i > d)"),
            {table});
        if (unaudited != 0)
            failures << QStringLiteral("audit: %1 rows of %2 have no audit insert").arg(unaudited).arg(table);
        if (alive != rows)
            failures << QStringLiteral("audit: %1 holds %2 rows, the audit log accounts for %3")
                            .arg(table)
                            .arg(rows)
                            .arg(alive);
    }
}

struct PrintedEdit
{
    QString table;
    QString uuid;
    QString field;
    QString value;
};

QList<PrintedEdit> printedEdits(const QString &path, QStringList &failures)
{
    QList<PrintedEdit> edits;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return edits;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList parts = QString::fromUtf8(lines.at(i)).split(QLatin1Char(' '));
        if (parts.size() == 5 && parts.at(0) == QLatin1String("EDIT"))
            edits << PrintedEdit{parts.at(1), parts.at(2), parts.at(3), parts.at(4)};
        else if (!lines.at(i).isEmpty() && i + 1 < lines.size())
            failures << QStringLiteral("worker printed an unexpected line: ") +
                            QString::fromUtf8(lines.at(i));
        // The last line may be cut by the kill only if write(2) was interrupted, which a SIGKILL after a
        // complete write() never does: a cut line would show up here as a failure above.
    }
    return edits;
}

void checkEdits(const Database &db, const QString &output, bool killed, TrialCheck &check)
{
    const QList<PrintedEdit> edits = printedEdits(output, check.failures);
    check.editsPrinted = int(edits.size());
    for (const PrintedEdit &edit : edits) {
        if (edit.table != QLatin1String("person") && edit.table != QLatin1String("household")) {
            check.failures << QStringLiteral("worker printed an unknown table ") + edit.table;
            continue;
        }
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(edit.field, edit.table));
        q.addBindValue(edit.uuid);
        if (!q.exec() || !q.next()) {
            check.failures << QStringLiteral("committed edit lost: %1 %2 is gone").arg(edit.table, edit.uuid);
            continue;
        }
        if (q.value(0).toString() != edit.value)
            check.failures << QStringLiteral("committed edit lost: %1 %2 %3 is '%4', the worker wrote '%5'")
                                  .arg(edit.table, edit.uuid, edit.field, q.value(0).toString(), edit.value);
        const qint64 audited = number(
            db,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ? AND entity_uuid = ? AND "
                           "((action = 'update' AND field = ? AND new_value = ?) OR action = 'insert')"),
            {edit.table, edit.uuid, edit.field, edit.value});
        if (audited < 1)
            check.failures
                << QStringLiteral("committed edit without its audit entry: %1 %2").arg(edit.table, edit.uuid);
    }
    // Each row is edited once per run, so the rows carrying the run's values are the committed edits: those
    // printed, and at most one more that committed in the instant between its COMMIT and its line.
    const qint64 person =
        number(db, QStringLiteral("SELECT count(*) FROM person WHERE notes LIKE 'crash-edit-%'"));
    const qint64 household =
        number(db, QStringLiteral("SELECT count(*) FROM household WHERE address LIKE 'crash-edit-%'"));
    check.editsCommitted = int(person + household);
    const int allowed = killed ? check.editsPrinted + 1 : check.editsPrinted;
    if (check.editsCommitted < check.editsPrinted || check.editsCommitted > allowed)
        check.failures << QStringLiteral("the file holds %1 edits, the worker committed %2%3")
                              .arg(check.editsCommitted)
                              .arg(check.editsPrinted)
                              .arg(killed ? QStringLiteral(" (+1 in flight)") : QString());
}

void checkWholeAction(const CrashWorkspace &workspace, const Scenario &scenario, const Database &db,
                      const FileState &state, TrialCheck &check)
{
    const FileState &before = workspace.before();
    if (state == before)
        check.landed = TrialCheck::Landed::Before;
    else if (state == scenario.after)
        check.landed = TrialCheck::Landed::After;
    else
        check.failures << QStringLiteral("half-done %1: neither before (%2) nor after (%3)")
                              .arg(scenarioName(scenario.kind), state.differenceFrom(before),
                                   state.differenceFrom(scenario.after));
    if (scenario.kind == ScenarioKind::Import) {
        // No partial import: all the workbook's people or none, and its import_batch row with them.
        const qint64 people = state.rows(QStringLiteral("person"));
        const qint64 batches = state.rows(QStringLiteral("import_batch"));
        const bool none = people == before.rows(QStringLiteral("person"));
        const bool all = people == scenario.after.rows(QStringLiteral("person"));
        if (!none && !all)
            check.failures << QStringLiteral("partial import: %1 people, before %2, after %3")
                                  .arg(people)
                                  .arg(before.rows(QStringLiteral("person")))
                                  .arg(scenario.after.rows(QStringLiteral("person")));
        if ((batches > before.rows(QStringLiteral("import_batch"))) != all)
            check.failures << QStringLiteral("import_batch (%1 rows) disagrees with the people (%2)")
                                  .arg(batches)
                                  .arg(people);
    } else {
        const qint64 merged =
            number(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE source LIKE 'merge:%'"));
        if (merged != 0 && merged != scenario.mergeAuditEntries)
            check.failures << QStringLiteral("partial merge: %1 of %2 audit entries")
                                  .arg(merged)
                                  .arg(scenario.mergeAuditEntries);
    }
}

// A kill during the backup must not leave a damaged file where the restore list looks.
void checkNewBackups(const Database &db, const QSet<QString> &oldBackups, TrialCheck &check)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'")) || !q.next())
        return;
    for (const BackupEntry &backup : BackupStore().list(q.value(0).toString())) {
        if (oldBackups.contains(QFileInfo(backup.path).fileName()))
            continue;
        const BackupSummary summary = BackupStore::inspect(backup.path);
        if (!summary.intact) {
            check.damagedBackup = true;
            check.failures
                << QStringLiteral("a damaged backup was left: %1: %2").arg(backup.path, summary.problem);
        }
    }
}

} // namespace

QSet<QString> backupNames()
{
    // The folder itself, not BackupStore::list(): a file the list does not show must not hide a new one.
    QSet<QString> names;
    const QDir folder(BackupStore().settings().effectiveFolder());
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden))
        names.insert(name);
    return names;
}

TrialCheck checkTrial(const CrashWorkspace &workspace, const Scenario &scenario, const QString &database,
                      const QString &workerOutput, bool killed, const QSet<QString> &oldBackups)
{
    TrialCheck check;
    Database db;
    db.setActor(AuditActor{QStringLiteral("crash-check"), QStringLiteral("test")});
    if (Status s = db.open(database); !s) {
        check.failures << QStringLiteral("the app cannot open the file: ") + s.message();
        return check;
    }
    if (db.isReadOnly())
        check.failures << QStringLiteral("the file opens read-only after the kill");
    const auto marker = OperationMarker::takeInterrupted(db);
    if (Status s = db.checkIntegrity(true); !s)
        check.failures << QStringLiteral("integrity_check: ") + s.message();
    QString problem;
    const FileState state = FileState::read(db, &problem);
    if (!problem.isEmpty())
        check.failures << QStringLiteral("cannot read the file: ") + problem;
    checkAudit(db, check.failures);

    if (scenario.kind == ScenarioKind::Edits) {
        checkEdits(db, workerOutput, killed, check);
    } else {
        checkWholeAction(workspace, scenario, db, state, check);
        if (!killed && check.landed == TrialCheck::Landed::Before)
            check.failures << QStringLiteral("the %1 ended on its own and changed nothing")
                                  .arg(scenarioName(scenario.kind));
        checkNewBackups(db, oldBackups, check);
    }

    check.marker = marker.has_value();
    check.markerCommitted = marker && marker->committed;
    if (marker) {
        if (scenario.kind == ScenarioKind::Edits)
            check.failures << QStringLiteral("a marker was reported after an edit burst: ") +
                                  marker->message();
        else if (!killed)
            check.failures << QStringLiteral("a marker was left by a run that ended: ") + marker->message();
        else if (check.landed != TrialCheck::Landed::Neither &&
                 marker->committed != (check.landed == TrialCheck::Landed::After))
            check.failures << QStringLiteral("the marker says committed=%1 but the file is %2: %3")
                                  .arg(marker->committed ? QStringLiteral("yes") : QStringLiteral("no"),
                                       check.landed == TrialCheck::Landed::After ? QStringLiteral("after")
                                                                                 : QStringLiteral("before"),
                                       marker->message());
    }
    if (QFile::exists(OperationMarker::markerPath(database)))
        check.failures << QStringLiteral("the marker is still there after it was reported");
    return check;
}

} // namespace sht::crash
