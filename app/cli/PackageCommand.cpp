#include "PackageCommand.h"

#include "BackupStore.h"
#include "CliCommands.h"
#include "Database.h"
#include "EntryTemplateWriter.h"
#include "InterruptedOperation.h"
#include "PackageExporter.h"
#include "PackageMerger.h"
#include "PackageRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sht::cli {

using namespace exchange;

namespace {

// A merge that needs the clerk's decisions: nothing was applied.
constexpr int ConflictsNeedDecision = 5;

class PackageCommand
{
    Q_DECLARE_TR_FUNCTIONS(PackageCommand)

public:
    static QString kindKey(ChangeKind kind)
    {
        switch (kind) {
        case ChangeKind::Added:
            return QStringLiteral("added");
        case ChangeKind::Deleted:
            return QStringLiteral("deleted");
        case ChangeKind::Changed:
            break;
        }
        return QStringLiteral("changed");
    }
    static QString conflictKey(ConflictKind kind)
    {
        switch (kind) {
        case ConflictKind::DeletedHereEditedThere:
            return QStringLiteral("deleted_here_edited_there");
        case ConflictKind::EditedHereDeletedThere:
            return QStringLiteral("edited_here_deleted_there");
        case ConflictKind::SameNewPerson:
            return QStringLiteral("same_new_person");
        case ConflictKind::SameField:
            break;
        }
        return QStringLiteral("same_field");
    }
    static QString conflictText(ConflictKind kind)
    {
        switch (kind) {
        case ConflictKind::DeletedHereEditedThere:
            return tr("deleted here, edited in the package");
        case ConflictKind::EditedHereDeletedThere:
            return tr("edited here, deleted in the package");
        case ConflictKind::SameNewPerson:
            return tr("added in the package, already here");
        case ConflictKind::SameField:
            break;
        }
        return tr("changed on both sides");
    }
    static QString valueText(const QVariant &v) { return v.isNull() ? QStringLiteral("—") : v.toString(); }
};

QJsonValue jsonValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonArray fieldsJson(const QList<FieldValues> &fields)
{
    QJsonArray array;
    for (const FieldValues &f : fields)
        array.append(QJsonObject{{QStringLiteral("field"), f.field},
                                 {QStringLiteral("label"), f.label},
                                 {QStringLiteral("base"), jsonValue(f.base)},
                                 {QStringLiteral("ours"), jsonValue(f.ours)},
                                 {QStringLiteral("theirs"), jsonValue(f.theirs)}});
    return array;
}

QJsonObject planJson(const MergePlan &plan, bool applied)
{
    QJsonArray villages;
    for (const VillageCounts &v : plan.villages)
        villages.append(QJsonObject{{QStringLiteral("village"), v.villageName},
                                    {QStringLiteral("added"), v.added},
                                    {QStringLiteral("changed"), v.changed},
                                    {QStringLiteral("deleted"), v.deleted},
                                    {QStringLiteral("conflicts"), v.conflicts}});
    QJsonArray changes;
    for (const exchange::RowChange &c : plan.changes)
        changes.append(QJsonObject{{QStringLiteral("table"), c.table},
                                   {QStringLiteral("uuid"), c.uuid},
                                   {QStringLiteral("kind"), PackageCommand::kindKey(c.kind)},
                                   {QStringLiteral("description"), c.description},
                                   {QStringLiteral("village"), c.villageName},
                                   {QStringLiteral("fields"), fieldsJson(c.fields)}});
    QJsonArray conflicts;
    for (const Conflict &c : plan.conflicts)
        conflicts.append(QJsonObject{{QStringLiteral("table"), c.table},
                                     {QStringLiteral("uuid"), c.uuid},
                                     {QStringLiteral("other_uuid"), c.otherUuid},
                                     {QStringLiteral("kind"), PackageCommand::conflictKey(c.kind)},
                                     {QStringLiteral("description"), c.description},
                                     {QStringLiteral("village"), c.villageName},
                                     {QStringLiteral("fields"), fieldsJson(c.fields)}});
    return QJsonObject{
        {QStringLiteral("package"), plan.package.packageUuid},
        {QStringLiteral("villages_in_package"), QJsonArray::fromStringList(plan.package.villageNames)},
        {QStringLiteral("already_merged"), plan.alreadyMerged},
        {QStringLiteral("applied"), applied},
        {QStringLiteral("villages"), villages},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("notices"), QJsonArray::fromStringList(plan.notices)}};
}

void printPlan(const MergePlan &plan, QTextStream &out)
{
    out << plan.package.describe() << Qt::endl;
    if (plan.alreadyMerged) {
        out << PackageCommand::tr("This package was merged before: nothing to do.") << Qt::endl;
        return;
    }
    for (const VillageCounts &v : plan.villages)
        out << PackageCommand::tr("%1: %2 added, %3 changed, %4 deleted, %5 conflicts")
                   .arg(v.villageName.isEmpty() ? PackageCommand::tr("(no village)") : v.villageName)
                   .arg(v.added)
                   .arg(v.changed)
                   .arg(v.deleted)
                   .arg(v.conflicts)
            << Qt::endl;
    for (const QString &notice : plan.notices)
        out << PackageCommand::tr("Not merged: %1").arg(notice) << Qt::endl;
    for (const Conflict &c : plan.conflicts) {
        out << PackageCommand::tr("Conflict (%1): %2, %3")
                   .arg(PackageCommand::conflictText(c.kind), c.tableLabel, c.description)
            << Qt::endl;
        for (const FieldValues &f : c.fields)
            out << QStringLiteral("    %1: ").arg(f.label)
                << PackageCommand::tr("here %1 | package %2 | before %3")
                       .arg(PackageCommand::valueText(plan.displayValue(c.table, f.field, f.ours)),
                            PackageCommand::valueText(plan.displayValue(c.table, f.field, f.theirs)),
                            PackageCommand::valueText(plan.displayValue(c.table, f.field, f.base)))
                << Qt::endl;
    }
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, QTextStream &err)
{
    parser.addOption(
        {QStringLiteral("db"), PackageCommand::tr("The clerk's commune file."), PackageCommand::tr("DB")});
    parser.addHelpOption();
    QStringList full = arguments;
    full.prepend(QStringLiteral("sohoctap-cli package ") + command);
    if (!parser.parse(full)) {
        err << parser.errorText() << Qt::endl
            << PackageCommand::tr("Try: sohoctap-cli package %1 --help").arg(command) << Qt::endl;
        return false;
    }
    return true;
}

int openClerk(Database &db, const QString &path, bool readOnly, QTextStream &err)
{
    db.setActor(AuditActor::fromEnvironment(QStringLiteral("cli")));
    if (Status s = db.open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite); !s) {
        err << s.message() << Qt::endl;
        return CannotOpen;
    }
    if (!readOnly && !db.isReadOnly())
        if (const auto interrupted = OperationMarker::takeInterrupted(db))
            err << PackageCommand::tr("Warning: %1").arg(interrupted->message()) << Qt::endl;
    return Success;
}

// Village arguments are names or uuids; a name shared by a former and a current village means the current
// one.
bool resolveVillages(Database &db, const QStringList &values, QStringList &uuids, QTextStream &err)
{
    PackageRepository repository(db);
    for (const QString &value : values) {
        const QStringList found = repository.villagesNamed(value.trimmed());
        if (found.isEmpty()) {
            err << PackageCommand::tr("There is no village %1 in this file. Use its name as shown by "
                                      "`sohoctap-cli info`, or its uuid.")
                       .arg(value)
                << Qt::endl;
            return false;
        }
        uuids << found.first();
    }
    return true;
}

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, bool entryTemplate)
{
    const QString command = entryTemplate ? QStringLiteral("template") : QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        entryTemplate ? PackageCommand::tr("Writes the Excel entry template of one village for volunteers "
                                           "without the app.")
                      : PackageCommand::tr("Writes a volunteer package: the villages' registers and the base "
                                           "the merge compares with. People of other villages never go in."));
    parser.addOption({QStringLiteral("village"),
                      PackageCommand::tr("A village (name or uuid); repeat for more."),
                      PackageCommand::tr("V")});
    parser.addOption(
        {QStringLiteral("out"), PackageCommand::tr("The file to write."), PackageCommand::tr("FILE")});
    if (!parse(parser, arguments, command, err))
        return UsageError;
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::endl;
        return Success;
    }
    const QStringList villages = parser.values(QStringLiteral("village"));
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out")) || villages.isEmpty() ||
        (entryTemplate && villages.size() != 1)) {
        err << PackageCommand::tr("package %1 needs --db DB, --village V and --out FILE.").arg(command)
            << Qt::endl;
        return UsageError;
    }
    Database db;
    if (int code = openClerk(db, parser.value(QStringLiteral("db")), entryTemplate, err); code != Success)
        return code;
    QStringList uuids;
    if (!resolveVillages(db, villages, uuids, err))
        return UsageError;
    const QString path = parser.value(QStringLiteral("out"));
    if (entryTemplate) {
        if (Status s = EntryTemplateWriter(db).write(uuids.first(), path); !s) {
            err << s.message() << Qt::endl;
            return Failed;
        }
        out << PackageCommand::tr("Entry template written to %1.").arg(path) << Qt::endl;
        return Success;
    }
    PackageInfo info;
    if (Status s = PackageExporter(db).exportVillages(uuids, path, {}, &info); !s) {
        err << s.message() << Qt::endl;
        return Failed;
    }
    out << PackageCommand::tr("Package %1 written to %2: %3.")
               .arg(info.packageUuid, path, info.villageNames.join(QStringLiteral(", ")))
        << Qt::endl;
    return Success;
}

int mergeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PackageCommand::tr(
        "Merges a volunteer package back into the clerk's file: every change that does not conflict is "
        "applied "
        "in one transaction, audited with the source merge:<package uuid>. When any change conflicts (the "
        "same "
        "field changed on both sides, deleted on one side and edited on the other, the same new person) "
        "NOTHING "
        "is applied: the conflicts are listed and the exit code is 5; decide them in the app (File > Merge "
        "package). Merging the same package twice changes nothing.\n"
        "Exit codes: 0 merged or nothing to do, 1 usage, 2 cannot open DB, 4 refused or failed, 5 conflicts "
        "need a decision."));
    parser.addPositionalArgument(QStringLiteral("FILE"), PackageCommand::tr("The package sent back."));
    parser.addOption(
        {QStringLiteral("dry-run"), PackageCommand::tr("Show what would change; write nothing.")});
    parser.addOption({QStringLiteral("json"), PackageCommand::tr("Print the plan as JSON.")});
    if (!parse(parser, arguments, QStringLiteral("merge"), err))
        return UsageError;
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::endl;
        return Success;
    }
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().size() != 1) {
        err << PackageCommand::tr("package merge needs --db DB and one FILE.") << Qt::endl;
        return UsageError;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Database db;
    if (int code = openClerk(db, parser.value(QStringLiteral("db")), dryRun, err); code != Success)
        return code;
    MergePlan plan;
    PackageMerger merger(db);
    if (Status s = merger.plan(parser.positionalArguments().first(), plan); !s) {
        err << s.message() << Qt::endl;
        return Failed;
    }
    const bool conflicts = !plan.conflicts.isEmpty();
    bool applied = false;
    if (!dryRun && !conflicts && !plan.isEmpty()) {
        if (Status s = BackupStore().take(db, BackupReason::Merge); !s) {
            err << s.message() << Qt::endl << PackageCommand::tr("Nothing was merged.") << Qt::endl;
            return Failed;
        }
        // Left beside the file while the merge runs: if the process is killed, the next open says what
        // happened.
        const OperationMarker marker(db, PackageCommand::tr("the merge of the package of %1")
                                             .arg(plan.package.villageNames.join(QStringLiteral(", "))));
        if (Status s = merger.apply(plan); !s) {
            err << s.message() << Qt::endl;
            return Failed;
        }
        applied = true;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(planJson(plan, applied)).toJson(QJsonDocument::Indented));
    } else {
        printPlan(plan, out);
        if (applied)
            out << PackageCommand::tr("Merged %n change(s).", nullptr, int(plan.changes.size())) << Qt::endl;
        else if (conflicts)
            out << PackageCommand::tr("Nothing was merged: %n conflict(s) need a decision in the app.",
                                      nullptr, int(plan.conflicts.size()))
                << Qt::endl;
    }
    return conflicts ? ConflictsNeedDecision : Success;
}

QString usage()
{
    return PackageCommand::tr("Usage:\n"
                              "  sohoctap-cli package export --db DB --village V... --out FILE\n"
                              "  sohoctap-cli package merge --db DB FILE [--dry-run] [--json]\n"
                              "  sohoctap-cli package template --db DB --village V --out FILE.xlsx\n"
                              "Add --help after a subcommand for its options and exit codes.\n");
}

} // namespace

int runPackage(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("export"))
        return exportCommand(rest, out, err, false);
    if (sub == QLatin1String("template"))
        return exportCommand(rest, out, err, true);
    if (sub == QLatin1String("merge"))
        return mergeCommand(rest, out, err);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        out << usage();
        return Success;
    }
    err << usage();
    return UsageError;
}

} // namespace sht::cli
