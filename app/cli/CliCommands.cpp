#include "CliCommands.h"

#include "AdminUnitRepository.h"
#include "BackupCommand.h"
#include "Database.h"
#include "DemoCommuneGenerator.h"
#include "Education.h"
#include "EvaluateCommand.h"
#include "ImportCommand.h"
#include "PackageCommand.h"
#include "PartialDate.h"
#include "Relation.h"
#include "ReportCommand.h"
#include "Sex.h"
#include "StatisticsRepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sht::cli {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString exitCodesHelp()
{
    return CliCommands::tr(
        "Exit codes: 0 success, 1 wrong usage, 2 the file cannot be opened (missing, damaged, "
        "not a commune file, or from a newer version), 3 check found problems, 4 the "
        "command failed.");
}

// Each command parses its own options, so `sohoctap-cli COMMAND --help` explains that command.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &err,
           int *exitCode)
{
    parser.addHelpOption();
    QStringList full = arguments;
    full.prepend(QStringLiteral("sohoctap-cli %1").arg(command));
    if (!parser.parse(full)) {
        err << parser.errorText() << Qt::endl
            << CliCommands::tr("Try: sohoctap-cli %1 --help").arg(command) << Qt::endl;
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText() << Qt::endl << exitCodesHelp() << Qt::endl;
        *exitCode = Success;
        return false;
    }
    return true;
}

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int CliCommands::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl << Qt::endl;
    (problem.isEmpty() ? m_out : m_err)
        << tr("Usage: sohoctap-cli COMMAND [options]\n\n"
              "Commands:\n"
              "  demo --out FILE [--people N] [--seed S] [--lived-years Y,Y]\n"
              "                                            create a demo commune file (with years lived)\n"
              "  info FILE [--json]                        households and people per village, clans, units\n"
              "  people FILE [--village V] [--csv]         the household register (UTF-8)\n"
              "  import FILE... --db DB [--dry-run]        import household registers (xlsx, xls, csv)\n"
              "  evaluate FILE --year Y [--title T] [--json] evaluate the learning titles, explain each "
              "verdict\n"
              "  report list | report NAME --db DB --year Y [--village V] --out FILE.xlsx|.pdf\n"
              "                                            reports, lists, minutes and certificates\n"
              "  package export --db DB --village V... --out FILE | package merge --db DB FILE [--dry-run]\n"
              "                                            volunteer packages and their merge\n"
              "  backup list [--db FILE] | backup create --db FILE | backup restore BACKUP --out NEW\n"
              "                                            rotating backups (File > Backups… in the window)\n"
              "  check FILE                                integrity and data version of a file\n\n"
              "Run 'sohoctap-cli COMMAND --help' for a command's options.")
        << Qt::endl
        << exitCodesHelp() << Qt::endl;
    return problem.isEmpty() ? Success : UsageError;
}

int CliCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(tr("No command given."));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help"))
        return usage(QString());
    if (command == QLatin1String("--version")) {
        m_out << "sohoctap-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("people"))
        return people(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("import"))
        return runImport(rest, m_out, m_err);
    if (command == QLatin1String("evaluate"))
        return runEvaluate(rest, m_out, m_err);
    if (command == QLatin1String("report"))
        return runReport(rest, m_out, m_err);
    if (command == QLatin1String("package"))
        return runPackage(rest, m_out, m_err);
    if (command == QLatin1String("backup"))
        return runBackup(rest, m_out, m_err);
    return usage(tr("Unknown command: %1").arg(command));
}

int CliCommands::demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a fictional but realistic commune file, the same for the same "
           "seed."));
    parser.addOption({QStringLiteral("out"), tr("The new file (must not exist)."), tr("FILE")});
    parser.addOption({QStringLiteral("people"), tr("About how many people (default 6450)."), tr("N")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed (default 2025)."), tr("S")});
    parser.addOption({QStringLiteral("lived-years"),
                      tr("Years the commune has lived, comma-separated (e.g. 2024,2025): registrations, "
                         "evaluation, the council's judgements and recognitions, and signers on the papers. "
                         "Default: none (registers only)."),
                      tr("Y,Y")});
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("demo"), arguments, m_err, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("out")) || !parser.positionalArguments().isEmpty()) {
        m_err << tr("demo needs --out FILE and nothing else.") << Qt::endl;
        return UsageError;
    }
    DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("people"))) {
        options.people = parser.value(QStringLiteral("people")).toInt(&ok);
        if (!ok || options.people < 1 || options.people > 2000000) {
            m_err << tr("--people must be a whole number from 1 to 2000000.") << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            m_err << tr("--seed must be a whole number.") << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("lived-years"))) {
        const int last = QDate::currentDate().year() + 1;
        for (const QString &part : parser.value(QStringLiteral("lived-years")).split(QLatin1Char(','))) {
            const int year = part.trimmed().toInt(&ok);
            if (!ok || year < 2000 || year > last || options.livedYears.contains(year)) {
                m_err << tr("--lived-years must list different years from 2000 to %1, e.g. 2024,2025.")
                             .arg(last)
                      << Qt::endl;
                return UsageError;
            }
            options.livedYears << year;
        }
    }
    QElapsedTimer timer;
    timer.start();
    DemoReport report;
    const Status status =
        DemoCommuneGenerator::createFile(parser.value(QStringLiteral("out")), options, &report);
    if (!status) {
        m_err << status.message() << Qt::endl;
        return Failed;
    }
    m_out << tr("Created %1: %2 villages, %3 households, %4 people, %5 clans, %6 units, %7 courses (%8 s).")
                 .arg(parser.value(QStringLiteral("out")))
                 .arg(report.villages)
                 .arg(report.households)
                 .arg(report.people)
                 .arg(report.clans)
                 .arg(report.localUnits)
                 .arg(report.courses)
                 .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
          << Qt::endl;
    for (const demo::DemoYearReport &year : report.livedYears)
        m_out << tr("Lived %1: %2 registrations, %3 met, %4 not met, %5 waiting for the council, %6 "
                    "recognised.")
                     .arg(year.year)
                     .arg(year.registered)
                     .arg(year.met)
                     .arg(year.notMet)
                     .arg(year.waiting)
                     .arg(year.recognised)
              << Qt::endl;
    return Success;
}

int CliCommands::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the commune: households and people per village, clans, units."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The commune file."));
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("info"), arguments, m_err, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("info needs exactly one FILE.") << Qt::endl;
        return UsageError;
    }
    Database db;
    if (Status s = db.open(parser.positionalArguments().constFirst(), Database::Mode::ReadOnly); !s) {
        m_err << s.message() << Qt::endl;
        return CannotOpen;
    }
    CommuneSummary summary;
    if (Status s = StatisticsRepository(db).summary(&summary); !s) {
        m_err << s.message() << Qt::endl;
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray villages;
        for (const VillageSummary &v : summary.villages)
            villages.append(QJsonObject{{QStringLiteral("name"), v.name},
                                        {QStringLiteral("kind"), v.kind},
                                        {QStringLiteral("uuid"), v.uuid},
                                        {QStringLiteral("households"), v.households},
                                        {QStringLiteral("people"), v.people}});
        const QJsonObject root{{QStringLiteral("commune"), summary.communeName},
                               {QStringLiteral("schema_version"), db.schemaVersion()},
                               {QStringLiteral("villages"), villages},
                               {QStringLiteral("households"), summary.households},
                               {QStringLiteral("people"), summary.people},
                               {QStringLiteral("clans"), summary.clans},
                               {QStringLiteral("local_units"), summary.localUnits},
                               {QStringLiteral("courses"), summary.courses},
                               {QStringLiteral("learning_centre"), summary.learningCentre}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }
    m_out << summary.communeName << Qt::endl;
    int width = 10;
    for (const VillageSummary &v : summary.villages)
        width = qMax(width, int(v.name.size()));
    m_out << tr("Village").leftJustified(width + 2) << tr("Households").rightJustified(11)
          << tr("People").rightJustified(9) << Qt::endl;
    for (const VillageSummary &v : summary.villages)
        m_out << v.name.leftJustified(width + 2) << QString::number(v.households).rightJustified(11)
              << QString::number(v.people).rightJustified(9) << Qt::endl;
    m_out << tr("Total").leftJustified(width + 2) << QString::number(summary.households).rightJustified(11)
          << QString::number(summary.people).rightJustified(9) << Qt::endl;
    m_out << tr("Clans: %1. Local units: %2. Learning centre: %3 (%4 courses).")
                 .arg(summary.clans)
                 .arg(summary.localUnits)
                 .arg(summary.learningCentre.isEmpty() ? tr("none") : summary.learningCentre)
                 .arg(summary.courses)
          << Qt::endl;
    return Success;
}

int CliCommands::people(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the household register: village, household code, relation to "
           "the head, full name, birth date, sex, ID, ethnicity, education, clan."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The commune file."));
    parser.addOption({QStringLiteral("village"), tr("Only this village (name or code)."), tr("V")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (UTF-8, comma-separated, with a header row).")});
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("people"), arguments, m_err, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("people needs exactly one FILE.") << Qt::endl;
        return UsageError;
    }
    Database db;
    if (Status s = db.open(parser.positionalArguments().constFirst(), Database::Mode::ReadOnly); !s) {
        m_err << s.message() << Qt::endl;
        return CannotOpen;
    }
    qint64 villageId = 0;
    if (parser.isSet(QStringLiteral("village"))) {
        const QString wanted = parser.value(QStringLiteral("village")).trimmed();
        QStringList known;
        for (const AdminUnit &v : AdminUnitRepository(db).villages()) {
            known << v.name;
            if (v.name.compare(wanted, Qt::CaseInsensitive) == 0 || v.code == wanted)
                villageId = v.id;
        }
        if (villageId == 0) {
            m_err << tr("No village named %1. Villages: %2.").arg(wanted, known.join(QStringLiteral(", ")))
                  << Qt::endl;
            return UsageError;
        }
    }
    const bool csv = parser.isSet(QStringLiteral("csv"));
    // CSV is for scripts and spreadsheets: its header is the register's own, whatever the user's language.
    static const QStringList registerHeader{QStringLiteral("Thôn/TDP"),           QStringLiteral("Mã hộ"),
                                            QStringLiteral("Quan hệ với chủ hộ"), QStringLiteral("Họ và tên"),
                                            QStringLiteral("Ngày sinh"),          QStringLiteral("Giới tính"),
                                            QStringLiteral("Số CCCD/CMND"),       QStringLiteral("Dân tộc"),
                                            QStringLiteral("Trình độ văn hóa"),   QStringLiteral("Dòng họ")};
    const QStringList header =
        csv ? registerHeader
            : QStringList{tr("Village"), tr("Household"), tr("Relation"),  tr("Full name"), tr("Born"),
                          tr("Sex"),     tr("ID"),        tr("Ethnicity"), tr("Education"), tr("Clan")};
    const QString separator = csv ? QStringLiteral(",") : QStringLiteral("\t");
    m_out << header.join(separator) << '\n';
    const bool ok = StatisticsRepository(db).forEachRegisterRow(villageId, [&](const RegisterRow &row) {
        const Sex sex = sexFromStorage(row.sex);
        QStringList fields{row.village,
                           row.householdCode,
                           relationRegisterWord(relationFromStorage(row.relation), sex),
                           row.fullName,
                           PartialDate::fromStorage(row.birthDate).toString(),
                           sexRegisterWord(sex),
                           row.citizenId,
                           row.ethnicity,
                           Education::fromStorage(row.education).toString(),
                           row.clan};
        if (csv)
            for (QString &field : fields)
                field = csvField(field);
        m_out << fields.join(separator) << '\n';
    });
    m_out.flush();
    if (!ok) {
        m_err << tr("The register could not be read.") << Qt::endl;
        return Failed;
    }
    return Success;
}

int CliCommands::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a commune file: full integrity check, foreign keys, data version."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The commune file."));
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("check"), arguments, m_err, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("check needs exactly one FILE.") << Qt::endl;
        return UsageError;
    }
    Database db;
    if (Status s = db.open(parser.positionalArguments().constFirst(), Database::Mode::Inspect); !s) {
        m_err << s.message() << Qt::endl;
        return CannotOpen;
    }
    m_out << tr("Data version: %1 (this app: %2)").arg(db.schemaVersion()).arg(Database::CurrentSchemaVersion)
          << Qt::endl;
    if (Status s = db.checkIntegrity(true); !s) {
        m_out << tr("Problems found:") << Qt::endl << s.message() << Qt::endl;
        return CheckFailed;
    }
    m_out << tr("Integrity: ok") << Qt::endl;
    return Success;
}

} // namespace sht::cli
