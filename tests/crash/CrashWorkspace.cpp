#include "CrashWorkspace.h"

#include "AdminUnitRepository.h"
#include "Database.h"
#include "HouseholdService.h"
#include "PackageExporter.h"
#include "PersonRepository.h"
#include "PersonService.h"
#include "RegisterFixtures.h"
#include "TrialProcess.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>

namespace sht::crash {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString scenarioName(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::Import:
        return QStringLiteral("import");
    case ScenarioKind::Merge:
        return QStringLiteral("merge");
    case ScenarioKind::Edits:
        break;
    }
    return QStringLiteral("edits");
}

CrashWorkspace::CrashWorkspace(WorkspaceOptions options)
    : m_options(std::move(options))
{
    const QDir dir(m_options.folder);
    m_base = dir.filePath(QStringLiteral("base.sqlite"));
    m_register = dir.filePath(QStringLiteral("register.xlsx"));
    m_package = dir.filePath(QStringLiteral("package.sqlite"));
}

QString CrashWorkspace::stage(const QString &folder) const
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QDir dir(folder);
    QFile::copy(m_base, dir.filePath(QStringLiteral("commune.sqlite")));
    QFile::copy(m_package, dir.filePath(QStringLiteral("package.sqlite")));
    return dir.filePath(QStringLiteral("commune.sqlite"));
}

QString CrashWorkspace::program(ScenarioKind kind) const
{
    return kind == ScenarioKind::Edits ? m_options.editsProgram : m_options.cli;
}

QStringList CrashWorkspace::arguments(ScenarioKind kind, const QString &database, const QString &folder,
                                      quint64 seed) const
{
    switch (kind) {
    case ScenarioKind::Import:
        return {QStringLiteral("import"), m_register, QStringLiteral("--db"), database,
                QStringLiteral("--yes")};
    case ScenarioKind::Merge:
        return {QStringLiteral("package"), QStringLiteral("merge"), QStringLiteral("--db"), database,
                QDir(folder).filePath(QStringLiteral("package.sqlite"))};
    case ScenarioKind::Edits:
        break;
    }
    return {database, QStringLiteral("--count"), QString::number(m_options.edits), QStringLiteral("--seed"),
            QString::number(seed)};
}

bool CrashWorkspace::prepare(QString *error)
{
    QDir(m_options.folder).removeRecursively();
    if (!QDir().mkpath(m_options.folder))
        return failWith(error, QStringLiteral("cannot make ") + m_options.folder);
    if (!makeBase(error) || !makePackage(error))
        return false;
    const auto large = test::RegisterFixtures::writeLargeXlsx(m_register, m_options.importPeople, 11);
    if (!large.ok)
        return failWith(error, QStringLiteral("cannot write the register workbook"));
    {
        Database db;
        if (Status s = db.open(m_base); !s)
            return failWith(error, s.message());
        QString problem;
        m_before = FileState::read(db, &problem);
        if (!problem.isEmpty())
            return failWith(error, problem);
    }
    for (ScenarioKind kind : {ScenarioKind::Import, ScenarioKind::Merge, ScenarioKind::Edits})
        if (!calibrate(kind, error))
            return false;
    return true;
}

bool CrashWorkspace::makeBase(QString *error)
{
    const QString folder = QDir(m_options.folder).filePath(QStringLiteral("demo"));
    QDir().mkpath(folder);
    const TrialRun run =
        runTrial(m_options.cli,
                 {QStringLiteral("demo"), QStringLiteral("--out"), m_base, QStringLiteral("--people"),
                  QString::number(m_options.people), QStringLiteral("--seed"), QStringLiteral("7")},
                 folder, -1);
    if (!run.started || run.exitCode != 0)
        return failWith(error, QStringLiteral("sohoctap-cli demo failed: ") +
                                   readText(QDir(folder).filePath(QStringLiteral("stderr.txt"))));
    return true;
}

// A volunteer's package of the first village, with what a volunteer records in a few weeks: new households
// and corrections of people's occupations.
bool CrashWorkspace::makePackage(QString *error)
{
    {
        Database clerk;
        if (Status s = clerk.open(m_base); !s)
            return failWith(error, s.message());
        const QList<AdminUnit> villages = AdminUnitRepository(clerk).villages();
        if (villages.isEmpty())
            return failWith(error, QStringLiteral("the demo commune has no village"));
        if (Status s = exchange::PackageExporter(clerk).exportVillages({villages.first().uuid}, m_package);
            !s)
            return failWith(error, s.message());
    }
    Database volunteer;
    volunteer.setActor(AuditActor{QStringLiteral("volunteer"), QStringLiteral("gui")});
    if (Status s = volunteer.open(m_package); !s)
        return failWith(error, s.message());
    QSqlQuery q(volunteer.connection());
    QList<qint64> people;
    qint64 villageId = 0;
    if (q.exec(QStringLiteral("SELECT person_id FROM membership WHERE valid_to IS NULL ORDER BY person_id")))
        while (q.next())
            people << q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT village_id FROM household LIMIT 1")) && q.next())
        villageId = q.value(0).toLongLong();
    if (people.isEmpty() || villageId == 0)
        return failWith(error, QStringLiteral("the package holds no people"));
    for (int i = 0; i < 40; ++i) {
        Household household;
        household.code = QStringLiteral("TN-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        household.villageId = villageId;
        household.address = QStringLiteral("Xóm Mới, số %1").arg(i + 1);
        Person head;
        head.name = PersonName(QStringLiteral("Trần Văn Mới %1").arg(i + 1));
        head.sex = Sex::Male;
        head.birthDate = PartialDate::fromYear(1985);
        if (Status s = HouseholdService(volunteer).createHousehold(household, head, QDate(2025, 3, 1)); !s)
            return failWith(error, s.message());
    }
    PersonRepository repository(volunteer);
    for (int i = 0; i < people.size() && i < 150; ++i) {
        auto person = repository.find(people.at(i));
        if (!person)
            continue;
        person->occupation = QStringLiteral("Thợ may %1").arg(i);
        if (Status s = PersonService(volunteer).updatePerson(*person); !s)
            return failWith(error, s.message());
    }
    return true;
}

bool CrashWorkspace::calibrate(ScenarioKind kind, QString *error)
{
    const QString folder = QDir(m_options.folder).filePath(QStringLiteral("calibrate-") + scenarioName(kind));
    // The median of three runs (one for the long edit burst): on a shared machine one run may be slowed, and
    // kill delays drawn over a too long run would mostly find it finished.
    QList<qint64> durations;
    QString database;
    for (int i = 0; i < (kind == ScenarioKind::Edits ? 1 : 3); ++i) {
        database = stage(folder);
        const TrialRun run = runTrial(program(kind), arguments(kind, database, folder, 1), folder, -1);
        if (!run.started || run.exitCode != 0)
            return failWith(error, QStringLiteral("the %1 scenario does not run to its end (exit %2): %3")
                                       .arg(scenarioName(kind))
                                       .arg(run.exitCode)
                                       .arg(readText(QDir(folder).filePath(QStringLiteral("stderr.txt")))));
        durations << run.elapsedUs;
    }
    std::sort(durations.begin(), durations.end());
    Scenario scenario;
    scenario.kind = kind;
    scenario.durationUs = durations.at(durations.size() / 2);
    Database db;
    if (Status s = db.open(database); !s)
        return failWith(error, s.message());
    QString problem;
    scenario.after = FileState::read(db, &problem);
    if (!problem.isEmpty())
        return failWith(error, problem);
    if (kind != ScenarioKind::Edits && scenario.after == m_before)
        return failWith(error, QStringLiteral("the %1 scenario changes nothing").arg(scenarioName(kind)));
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE source LIKE 'merge:%'")) && q.next())
        scenario.mergeAuditEntries = q.value(0).toLongLong();
    m_scenarios << scenario;
    return true;
}

} // namespace sht::crash
