#include "ImportCommand.h"

#include "AdminUnitRepository.h"
#include "AdminUnitService.h"
#include "BackupStore.h"
#include "CliCommands.h"
#include "Database.h"
#include "ImportApplier.h"
#include "ImportPlanner.h"
#include "ImportReportWriter.h"
#include "ImportRepository.h"
#include "InterruptedOperation.h"
#include "RegisterParser.h"
#include "WorkbookReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace sht::cli {

using namespace importing;

namespace {

// The context of the command's texts in the translations.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

// At most this many problems and duplicates are printed; the report holds them all.
constexpr int kPrintedLines = 200;

QString placeText(const SourceRef &where)
{
    QString place = where.file;
    if (!where.sheet.isEmpty())
        place += QStringLiteral(" › ") + where.sheet;
    if (where.row > 0)
        place += ImportCommand::tr(", row %1").arg(where.row);
    if (!where.column.isEmpty())
        place += ImportCommand::tr(", column %1").arg(where.column);
    return place;
}

bool onTerminal()
{
    return isatty(fileno(stdin)) && isatty(fileno(stdout));
}

// Reads, detects and parses one file; a column mapping remembered for the same header replaces the
// detected one. False with *message when the file cannot be used.
bool readRegister(const QString &path, std::optional<TextEncoding> encoding, Database *db, QTextStream &out,
                  ParsedRegister *register_, ImportFile *file, QString *message)
{
    Status status;
    const Workbook workbook = readWorkbook(path, encoding, ReadLimits(), &status);
    if (!status) {
        *message = status.message();
        return false;
    }
    const auto used = textEncodingFromKey(workbook.encoding);
    out << ImportCommand::tr("%1: %2, text %3 (confidence %4%)")
               .arg(QFileInfo(path).fileName(), workbook.format,
                    used ? textEncodingLabel(*used) : ImportCommand::tr("Unicode"))
               .arg(qRound(workbook.encodingConfidence * 100))
        << Qt::endl;
    QList<SheetPlan> plans = RegisterParser::detect(workbook);
    int used_sheets = 0;
    QStringList reasons;
    for (SheetPlan &plan : plans) {
        if (plan.skip) {
            out << ImportCommand::tr("  sheet %1: skipped (%2)").arg(plan.sheet, plan.skipReason) << Qt::endl;
            reasons << ImportCommand::tr("%1: %2").arg(plan.sheet, plan.skipReason);
            continue;
        }
        ++used_sheets;
        bool remembered = false;
        if (db) {
            const QString json = ImportRepository(*db).mapping(plan.mapping.headerSignature());
            ColumnMapping mapping;
            if (!json.isEmpty() &&
                ColumnMapping::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &mapping)) {
                plan.mapping = mapping;
                remembered = true;
            }
        }
        out << ImportCommand::tr("  sheet %1 → %2: header on row %3, data from row %4, %n column(s) read%5",
                                 nullptr, plan.mapping.mappedCount())
                   .arg(plan.sheet, plan.villageName)
                   .arg(plan.headerFirstRow + 1)
                   .arg(plan.dataFirstRow + 1)
                   .arg(remembered ? ImportCommand::tr(" (the mapping remembered for this header)")
                                   : QString())
            << Qt::endl;
    }
    if (used_sheets == 0) {
        *message =
            ImportCommand::tr(
                "%1: no sheet with a household register was found (%2). Open it in the window to choose "
                "the header rows and columns.")
                .arg(QFileInfo(path).fileName(), reasons.join(QStringLiteral("; ")));
        return false;
    }
    *register_ = RegisterParser::parse(workbook, plans, QDate::currentDate());
    *file = ImportFile::describe(path, workbook.encoding);
    return true;
}

void printPlan(const ImportPlan &plan, QTextStream &out)
{
    out << Qt::endl << plan.summaryText() << Qt::endl;
    int width = 12;
    for (const PlannedVillage &v : plan.villages)
        width = qMax(width, int(v.name.size()) + (v.isNew() ? 6 : 0));
    out << ImportCommand::tr("Village").leftJustified(width + 2)
        << ImportCommand::tr("Households +").rightJustified(13)
        << ImportCommand::tr("People +").rightJustified(10) << ImportCommand::tr("Updated").rightJustified(9)
        << ImportCommand::tr("Unchanged").rightJustified(11) << Qt::endl;
    for (const PlannedVillage &v : plan.villages) {
        const ImportPlan::Counts c = plan.countsFor(v);
        const QString name = v.isNew() ? v.name + ImportCommand::tr(" (new)") : v.name;
        out << name.leftJustified(width + 2) << QString::number(c.householdsNew).rightJustified(13)
            << QString::number(c.peopleNew).rightJustified(10)
            << QString::number(c.peopleUpdated).rightJustified(9)
            << QString::number(c.peopleUnchanged).rightJustified(11) << Qt::endl;
    }
    if (!plan.problems.isEmpty()) {
        out << Qt::endl << ImportCommand::tr("Problems (%1):").arg(plan.problems.size()) << Qt::endl;
        for (int i = 0; i < plan.problems.size() && i < kPrintedLines; ++i) {
            const ImportProblem &p = plan.problems.at(i);
            out << QStringLiteral("  ") << placeText(p.where) << QStringLiteral(": ") << p.message;
            if (!p.action.isEmpty())
                out << QStringLiteral(" → ") << p.action;
            out << Qt::endl;
        }
        if (plan.problems.size() > kPrintedLines)
            out << ImportCommand::tr("  … and %1 more (--report writes them all).")
                       .arg(plan.problems.size() - kPrintedLines)
                << Qt::endl;
    }
    if (!plan.duplicates.isEmpty()) {
        out << Qt::endl
            << ImportCommand::tr(
                   "Possible duplicates (%1), imported as they are: review them after the import.")
                   .arg(plan.duplicates.size())
            << Qt::endl;
        for (int i = 0; i < plan.duplicates.size() && i < kPrintedLines; ++i) {
            const PossibleDuplicate &d = plan.duplicates.at(i);
            out << QStringLiteral("  %1 (%2): %3 ↔ %4")
                       .arg(d.name, ImportPlan::reasonText(d.reason), d.firstPlace, d.secondPlace)
                << Qt::endl;
        }
    }
}

} // namespace

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr(
        "Imports household registers (.xlsx, .xls, .csv) into a commune file, all or nothing. "
        "The same file imported again changes nothing; an updated copy updates what changed. "
        "Possible duplicates are reported, never merged."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ImportCommand::tr("Register files to import."),
                                 ImportCommand::tr("FILE..."));
    parser.addOption({QStringLiteral("db"),
                      ImportCommand::tr("The commune file (created when it does not exist)."),
                      ImportCommand::tr("DB")});
    parser.addOption({QStringLiteral("commune"), ImportCommand::tr("The commune's name, to create DB."),
                      ImportCommand::tr("NAME")});
    parser.addOption(
        {QStringLiteral("dry-run"), ImportCommand::tr("Show what would be imported; write nothing.")});
    parser.addOption(
        {QStringLiteral("encoding"),
         ImportCommand::tr("Text encoding of legacy files: auto (default), utf8, cp1258, tcvn3, vni."),
         ImportCommand::tr("ENC")});
    parser.addOption({QStringLiteral("report"), ImportCommand::tr("Write the dry-run report (.xlsx) to OUT."),
                      ImportCommand::tr("OUT")});
    parser.addOption({QStringLiteral("yes"), ImportCommand::tr("Do not ask before importing.")});
    parser.addHelpOption();
    QStringList full = arguments;
    full.prepend(QStringLiteral("sohoctap-cli import"));
    if (!parser.parse(full)) {
        err << parser.errorText() << Qt::endl
            << ImportCommand::tr("Try: sohoctap-cli import --help") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::endl;
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(QStringLiteral("db"))) {
        err << ImportCommand::tr("import needs at least one FILE and --db DB.") << Qt::endl;
        return UsageError;
    }
    std::optional<TextEncoding> encoding;
    const QString encodingKey = parser.value(QStringLiteral("encoding"));
    if (!encodingKey.isEmpty() && encodingKey != QLatin1String("auto")) {
        encoding = textEncodingFromKey(encodingKey);
        if (!encoding) {
            err << ImportCommand::tr("Unknown encoding %1: use auto, utf8, cp1258, tcvn3 or vni.")
                       .arg(encodingKey)
                << Qt::endl;
            return UsageError;
        }
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString dbPath = parser.value(QStringLiteral("db"));
    const QString communeName = parser.value(QStringLiteral("commune")).simplified();
    const bool exists = QFileInfo::exists(dbPath);
    if (!exists && !dryRun && communeName.isEmpty()) {
        err << ImportCommand::tr("%1 does not exist. Give --commune NAME to create it for that commune.")
                   .arg(QDir::toNativeSeparators(dbPath))
            << Qt::endl;
        return UsageError;
    }

    QElapsedTimer timer;
    timer.start();
    Database db;
    db.setActor(AuditActor::fromEnvironment(QStringLiteral("import")));
    if (exists) {
        if (Status s = db.open(dbPath, dryRun ? Database::Mode::ReadOnly : Database::Mode::ReadWrite); !s) {
            err << s.message() << Qt::endl;
            return CannotOpen;
        }
        if (!dryRun && db.isReadOnly()) {
            // The reason names what holds the file (another copy of the app, a read-only drive) when known.
            const QString reason = db.readOnlyReason();
            err << (reason.isEmpty() ? ImportCommand::tr("%1 may not be written (read-only file or folder); "
                                                         "nothing was imported.")
                                           .arg(QDir::toNativeSeparators(dbPath))
                                     : reason + QLatin1Char(' ') + ImportCommand::tr("Nothing was imported."))
                << Qt::endl;
            return CannotOpen;
        }
        if (!dryRun)
            if (const auto interrupted = OperationMarker::takeInterrupted(db))
                err << ImportCommand::tr("Warning: %1").arg(interrupted->message()) << Qt::endl;
    }

    // Read everything first: a file that cannot be read stops the import before the database is touched.
    ParsedRegister input;
    QList<ImportFile> described;
    for (const QString &path : files) {
        ParsedRegister one;
        ImportFile file;
        QString message;
        if (!readRegister(path, encoding, exists ? &db : nullptr, out, &one, &file, &message)) {
            err << message << Qt::endl << ImportCommand::tr("Nothing was imported.") << Qt::endl;
            return Failed;
        }
        input.villages << one.villages;
        input.problems << one.problems;
        described << file;
    }

    ImportPlan plan;
    if (exists) {
        if (Status s = ImportPlanner(db).plan(input, &plan); !s) {
            err << s.message() << Qt::endl;
            return Failed;
        }
    } else {
        plan = ImportPlanner::plan(input, ImportSnapshot());
    }
    plan.files = described;
    // The plan holds what it writes: the parsed register is not needed any more (on 100,000 people it
    // holds ~70 MB, which the write's page cache can then reuse).
    input = ParsedRegister();
    printPlan(plan, out);
    if (parser.isSet(QStringLiteral("report"))) {
        const QString report = parser.value(QStringLiteral("report"));
        if (Status s = ImportReportWriter::write(plan, report); !s) {
            err << s.message() << Qt::endl;
            return Failed;
        }
        out << ImportCommand::tr("Report written to %1.").arg(QDir::toNativeSeparators(report)) << Qt::endl;
    }
    if (dryRun) {
        out << ImportCommand::tr("Dry run: nothing was written.") << Qt::endl;
        return Success;
    }
    if (plan.changesNothing()) {
        out << ImportCommand::tr("Nothing to import: everything is already in the commune file.") << Qt::endl;
    } else if (!parser.isSet(QStringLiteral("yes")) && onTerminal()) {
        out << ImportCommand::tr("Import now? [y/N] ") << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (!answer.startsWith(QLatin1Char('y')) && !answer.startsWith(QLatin1Char('c'))) {
            out << ImportCommand::tr("Nothing was imported.") << Qt::endl;
            return Success;
        }
    }

    if (!exists) {
        if (Status s = db.create(dbPath); !s) {
            err << s.message() << Qt::endl;
            return CannotOpen;
        }
    }
    if (!AdminUnitRepository(db).commune()) {
        if (communeName.isEmpty()) {
            err << ImportCommand::tr("The commune file has no commune yet: give --commune NAME.") << Qt::endl;
            return UsageError;
        }
        AdminUnit commune;
        commune.kind = AdminUnit::Kind::Commune;
        commune.name = communeName;
        if (Status s = AdminUnitService(db).createCommune(commune); !s) {
            err << s.message() << Qt::endl;
            return Failed;
        }
    }
    // A copy of the file as it was comes first (a file made just now holds nothing worth a backup).
    if (exists && !plan.changesNothing()) {
        QString backup;
        if (Status s = BackupStore().take(db, BackupReason::Import, &backup); !s) {
            err << s.message() << Qt::endl << ImportCommand::tr("Nothing was imported.") << Qt::endl;
            return Failed;
        }
        out << ImportCommand::tr("Backup taken: %1").arg(QDir::toNativeSeparators(backup)) << Qt::endl;
    }
    QStringList names;
    for (const ImportFile &file : plan.files)
        names << file.name;
    // Left beside the file while the import runs: if the process is killed, the next open says what happened.
    std::optional<OperationMarker> marker;
    marker.emplace(db, ImportCommand::tr("the import of %1").arg(names.join(QStringLiteral(", "))));
    // A plan made against no file is the plan for the new one: it holds nothing but its commune.
    ImportApplier applier(db);
    const bool terminal = onTerminal();
    applier.setProgress([&](int done, int total) {
        if (terminal && total > 0)
            err << QStringLiteral("\r%1%").arg(done * 100 / total) << Qt::flush;
        return true;
    });
    ImportApplier::Outcome outcome;
    const Status applied = applier.apply(plan, &outcome);
    if (terminal)
        err << QStringLiteral("\r") << Qt::flush;
    marker.reset(); // the import ended, saved or rolled back: nothing to explain at the next open
    if (!applied) {
        err << applied.message() << Qt::endl << ImportCommand::tr("Nothing was imported.") << Qt::endl;
        if (!exists) {
            // The file was made for this import only: nothing of it is left behind.
            db.close();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(dbPath + QLatin1String(suffix));
        }
        return Failed;
    }
    out << ImportCommand::tr("Imported into %1: %2 new villages, %3 households and %4 people added, %5 "
                             "people updated (%6 s).")
               .arg(QDir::toNativeSeparators(dbPath))
               .arg(outcome.villagesCreated)
               .arg(outcome.householdsAdded)
               .arg(outcome.peopleAdded)
               .arg(outcome.peopleUpdated)
               .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
        << Qt::endl;
    return Success;
}

} // namespace sht::cli
