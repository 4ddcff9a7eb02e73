#include "BackupCommand.h"

#include "BackupName.h"
#include "BackupStore.h"
#include "CliCommands.h"
#include "Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sht::cli {

namespace {

class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int list(const QStringList &arguments);
    int create(const QStringList &arguments);
    int restore(const QStringList &arguments);

    static QString usage()
    {
        return tr(
            "Usage:\n"
            "  sohoctap-cli backup list [--db FILE] [--check] [--json] [--folder DIR]\n"
            "      the backups in the backup folder, newest first (only FILE's with --db); --check reads "
            "each one\n"
            "  sohoctap-cli backup create --db FILE [--folder DIR]\n"
            "      takes a backup of FILE now (the oldest beyond the number to keep are deleted)\n"
            "  sohoctap-cli backup restore BACKUP --out NEW\n"
            "      checks BACKUP and copies it into the new file NEW (never over an existing file)\n"
            "The folder and the number kept are the window's (File > Backups…).\n");
    }

private:
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
               int *exitCode);
    BackupSettings settings(const QCommandLineParser &parser) const;

    QTextStream &m_out;
    QTextStream &m_err;
};

const QString FolderOption = QStringLiteral("folder");

bool BackupCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                          int *exitCode)
{
    parser.addHelpOption();
    QStringList full = arguments;
    full.prepend(QStringLiteral("sohoctap-cli backup ") + command);
    if (!parser.parse(full)) {
        m_err << parser.errorText() << Qt::endl
              << tr("Try: sohoctap-cli backup %1 --help").arg(command) << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText() << Qt::endl;
        *exitCode = Success;
        return false;
    }
    return true;
}

BackupSettings BackupCommand::settings(const QCommandLineParser &parser) const
{
    BackupSettings s = BackupSettings::load();
    if (parser.isSet(FolderOption))
        s.folder = QDir(parser.value(FolderOption)).absolutePath();
    return s;
}

int BackupCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the backups, newest first."));
    parser.addOption({QStringLiteral("db"), tr("Only the backups of this commune file."), tr("FILE")});
    parser.addOption({QStringLiteral("check"), tr("Check each backup and count its records (slower).")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({FolderOption, tr("The backup folder (default: the window's setting)."), tr("DIR")});
    int exitCode = Success;
    if (!parse(parser, arguments, QStringLiteral("list"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("backup list takes no FILE; use --db FILE.") << Qt::endl;
        return UsageError;
    }
    QString uuid;
    if (parser.isSet(QStringLiteral("db"))) {
        Database db;
        if (Status s = db.open(parser.value(QStringLiteral("db")), Database::Mode::Inspect); !s) {
            m_err << s.message() << Qt::endl;
            return CannotOpen;
        }
        uuid = BackupStore::databaseUuid(db);
    }
    const BackupStore store(settings(parser));
    const QList<BackupEntry> entries = store.list(uuid);
    const bool check = parser.isSet(QStringLiteral("check"));
    bool allIntact = true;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BackupEntry &e : entries) {
            QJsonObject o{{QStringLiteral("path"), QDir::toNativeSeparators(e.path)},
                          {QStringLiteral("taken_at"), e.takenAt.toString(Qt::ISODate)},
                          {QStringLiteral("reason"), BackupName::reasonToken(e.reason)},
                          {QStringLiteral("commune"), e.communeName},
                          {QStringLiteral("database_uuid"), e.databaseUuid},
                          {QStringLiteral("bytes"), e.bytes}};
            if (check) {
                const BackupSummary s = BackupStore::inspect(e.path);
                allIntact = allIntact && s.intact;
                o.insert(QStringLiteral("intact"), s.intact);
                if (!s.intact)
                    o.insert(QStringLiteral("problem"), s.problem);
                o.insert(QStringLiteral("villages"), s.villages);
                o.insert(QStringLiteral("households"), s.households);
                o.insert(QStringLiteral("people"), s.people);
                o.insert(QStringLiteral("audit_entries"), s.auditEntries);
            }
            array.append(o);
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("folder"),
                                            QDir::toNativeSeparators(store.settings().effectiveFolder())},
                                           {QStringLiteral("keep"), store.settings().keep},
                                           {QStringLiteral("backups"), array}})
                     .toJson(QJsonDocument::Indented);
        return allIntact ? Success : CheckFailed;
    }
    m_out << tr("Backups in %1 (keeping %n per commune file):", nullptr, store.settings().keep)
                 .arg(QDir::toNativeSeparators(store.settings().effectiveFolder()))
          << Qt::endl;
    if (entries.isEmpty())
        m_out << tr("none") << Qt::endl;
    const QLocale locale;
    for (const BackupEntry &e : entries) {
        QString line =
            QStringLiteral("%1  %2  %3  %4")
                .arg(e.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     BackupStore::reasonText(e.reason).leftJustified(20),
                     (e.communeName.isEmpty() ? tr("(unreadable)") : e.communeName).leftJustified(20),
                     locale.formattedDataSize(e.bytes).rightJustified(10));
        if (check) {
            const BackupSummary s = BackupStore::inspect(e.path);
            allIntact = allIntact && s.intact;
            line += QStringLiteral("  ") + (s.intact ? tr("ok: %1 villages, %2 households, %3 people")
                                                           .arg(s.villages)
                                                           .arg(s.households)
                                                           .arg(s.people)
                                                     : tr("PROBLEM: %1").arg(s.problem));
        }
        m_out << line << Qt::endl << QStringLiteral("    ") << QDir::toNativeSeparators(e.path) << Qt::endl;
    }
    return allIntact ? Success : CheckFailed;
}

int BackupCommand::create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Takes a backup of a commune file now."));
    parser.addOption({QStringLiteral("db"), tr("The commune file."), tr("FILE")});
    parser.addOption({FolderOption, tr("The backup folder (default: the window's setting)."), tr("DIR")});
    int exitCode = Success;
    if (!parse(parser, arguments, QStringLiteral("create"), &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("db")) || !parser.positionalArguments().isEmpty()) {
        m_err << tr("backup create needs --db FILE.") << Qt::endl;
        return UsageError;
    }
    // Read-only: taking a backup never changes the file (and works while the window has it open).
    Database db;
    if (Status s = db.open(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly); !s) {
        m_err << s.message() << Qt::endl;
        return CannotOpen;
    }
    QElapsedTimer timer;
    timer.start();
    QString path;
    if (Status s = BackupStore(settings(parser)).take(db, BackupReason::Manual, &path); !s) {
        m_err << s.message() << Qt::endl;
        return Failed;
    }
    m_out << tr("Backup taken in %1 s: %2")
                 .arg(QString::number(timer.elapsed() / 1000.0, 'f', 2), QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int BackupCommand::restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a backup and copies it into a new commune file (never over an existing file)."));
    parser.addPositionalArgument(QStringLiteral("BACKUP"), tr("The backup file."));
    parser.addOption({QStringLiteral("out"), tr("The new commune file to write."), tr("NEW")});
    int exitCode = Success;
    if (!parse(parser, arguments, QStringLiteral("restore"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        m_err << tr("backup restore needs one BACKUP and --out NEW.") << Qt::endl;
        return UsageError;
    }
    const QString backup = parser.positionalArguments().constFirst();
    const BackupSummary summary = BackupStore::inspect(backup);
    if (!summary.intact) {
        m_err
            << tr("The backup %1 cannot be restored: %2. Choose an older backup (sohoctap-cli backup list).")
                   .arg(QDir::toNativeSeparators(backup), summary.problem)
            << Qt::endl;
        return CannotOpen;
    }
    QElapsedTimer timer;
    timer.start();
    const QString target = parser.value(QStringLiteral("out"));
    if (Status s = BackupStore::restore(backup, target); !s) {
        m_err << s.message() << Qt::endl;
        return Failed;
    }
    m_out << tr("Restored %1 (%2 villages, %3 households, %4 people) into %5 in %6 s.")
                 .arg(summary.communeName)
                 .arg(summary.villages)
                 .arg(summary.households)
                 .arg(summary.people)
                 .arg(QDir::toNativeSeparators(target), QString::number(timer.elapsed() / 1000.0, 'f', 2))
          << Qt::endl;
    return Success;
}

} // namespace

int runBackup(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    BackupCommand command(out, err);
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return command.list(rest);
    if (sub == QLatin1String("create"))
        return command.create(rest);
    if (sub == QLatin1String("restore"))
        return command.restore(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        out << BackupCommand::usage();
        return Success;
    }
    err << BackupCommand::usage();
    return UsageError;
}

} // namespace sht::cli
