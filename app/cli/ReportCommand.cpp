#include "ReportCommand.h"

#include "AdminUnitRepository.h"
#include "CliCommands.h"
#include "Database.h"
#include "LearningCentreRepository.h"
#include "LocalUnitRepository.h"
#include "PdfReportWriter.h"
#include "ReportCatalogue.h"
#include "TextNormalizer.h"
#include "XlsxReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

namespace sht::cli {

using namespace reporting;

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static QString needs(ReportNeeds needs)
    {
        QStringList parts;
        if (needs & ReportNeed::Year)
            parts << QStringLiteral("--year");
        if (needs & ReportNeed::VillageRequired)
            parts << QStringLiteral("--village");
        else if (needs & ReportNeed::Village)
            parts << QStringLiteral("[--village]");
        if (needs & ReportNeed::LocalUnit)
            parts << QStringLiteral("--unit");
        if (needs & ReportNeed::Course)
            parts << QStringLiteral("--course");
        if (needs & ReportNeed::Title)
            parts << QStringLiteral("--title");
        if (needs & ReportNeed::PageSize)
            parts << QStringLiteral("[--page-size]");
        return parts.join(QLatin1Char(' '));
    }
};

// Names match with or without accents and case ("thon dong" finds "Thôn Đông"); a UUID matches exactly.
bool sameName(const QString &a, const QString &b)
{
    return text::searchKey(a) == text::searchKey(b);
}

int list(QTextStream &out)
{
    const ReportCatalogue catalogue;
    int width = 0;
    for (const ReportInfo &info : catalogue.reports())
        width = qMax(width, int(info.name.size()));
    for (const ReportInfo &info : catalogue.reports()) {
        QStringList outputs;
        if (info.outputs & ReportOutput::Xlsx)
            outputs << QStringLiteral(".xlsx");
        if (info.outputs & ReportOutput::Pdf)
            outputs << QStringLiteral(".pdf");
        out << info.name.leftJustified(width + 2) << info.displayName << Qt::endl
            << QString(width + 2, QLatin1Char(' '))
            << ReportText::tr("needs: %1; writes %2")
                   .arg(ReportText::needs(info.needs), outputs.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return Success;
}

} // namespace

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportText::tr(
        "Builds a report, list, minutes or certificates from a commune file and writes it as .xlsx or .pdf "
        "(by the extension of --out). 'sohoctap-cli report list' names the reports and what each needs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), ReportText::tr("The report (see 'report list')."));
    parser.addOptions({
        {QStringLiteral("db"), ReportText::tr("The commune file."), ReportText::tr("DB")},
        {QStringLiteral("year"), ReportText::tr("The year of the report."), ReportText::tr("Y")},
        {QStringLiteral("village"), ReportText::tr("One village (name or UUID); default the whole commune."),
         ReportText::tr("V")},
        {QStringLiteral("unit"), ReportText::tr("The local unit (name or UUID), for tt24-summary."),
         ReportText::tr("U")},
        {QStringLiteral("course"), ReportText::tr("The course (title or UUID), for attendance sheets."),
         ReportText::tr("C")},
        {QStringLiteral("title"),
         ReportText::tr(
             "The title for minutes, certificates and lists of recognised subjects: learning_family, "
             "learning_clan, learning_village, learning_unit, learning_citizen."),
         ReportText::tr("T")},
        {QStringLiteral("date"), ReportText::tr("The date on the paper (YYYY-MM-DD); default today."),
         ReportText::tr("YYYY-MM-DD")},
        {QStringLiteral("page-size"), ReportText::tr("Certificates: A4 or A5."), ReportText::tr("SIZE")},
        {QStringLiteral("out"), ReportText::tr("The file to write: .xlsx or .pdf."), ReportText::tr("FILE")},
    });
    QStringList full = arguments;
    full.prepend(QStringLiteral("sohoctap-cli report"));
    if (!parser.parse(full)) {
        err << parser.errorText() << Qt::endl
            << ReportText::tr("Try: sohoctap-cli report --help") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << ReportText::tr("report needs one NAME, or 'list'. Try: sohoctap-cli report --help")
            << Qt::endl;
        return UsageError;
    }
    if (positional.constFirst() == QLatin1String("list"))
        return list(out);

    const ReportCatalogue catalogue;
    const ReportSource *source = catalogue.find(positional.constFirst());
    if (!source) {
        err << ReportText::tr("Unknown report: %1. Run 'sohoctap-cli report list' for the reports.")
                   .arg(positional.constFirst())
            << Qt::endl;
        return UsageError;
    }
    const ReportInfo info = source->info();
    ReportParameters parameters;
    if (info.needs & ReportNeed::Year) {
        bool ok = false;
        parameters.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || parameters.year < 1900 || parameters.year > 2200) {
            err << ReportText::tr("%1 needs --year Y (e.g. --year 2025).").arg(info.name) << Qt::endl;
            return UsageError;
        }
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf");
    if (outPath.isEmpty() || (suffix != QLatin1String("xlsx") && !pdf)) {
        err << ReportText::tr("report needs --out FILE ending in .xlsx or .pdf.") << Qt::endl;
        return UsageError;
    }
    if ((pdf && !(info.outputs & ReportOutput::Pdf)) || (!pdf && !(info.outputs & ReportOutput::Xlsx))) {
        err << ReportText::tr("%1 cannot be written as .%2.").arg(info.name, suffix) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("date"))) {
        parameters.documentDate = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!parameters.documentDate.isValid()) {
            err << ReportText::tr("--date must be a date written YYYY-MM-DD (e.g. 2026-01-05).") << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        parameters.pageSize = parser.value(QStringLiteral("page-size")).toUpper();
        if (parameters.pageSize != QLatin1String("A4") && parameters.pageSize != QLatin1String("A5")) {
            err << ReportText::tr("--page-size must be A4 or A5.") << Qt::endl;
            return UsageError;
        }
    }
    parameters.title = parser.value(QStringLiteral("title"));
    if ((info.needs & ReportNeed::Title) && parameters.title.isEmpty()) {
        err << ReportText::tr("%1 needs --title T. Try: sohoctap-cli report --help").arg(info.name)
            << Qt::endl;
        return UsageError;
    }
    if (parser.value(QStringLiteral("db")).isEmpty()) {
        err << ReportText::tr("report needs --db FILE, the commune file.") << Qt::endl;
        return UsageError;
    }

    Database db;
    if (Status s = db.open(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly); !s) {
        err << s.message() << Qt::endl;
        return CannotOpen;
    }

    // Villages, units and courses by name (with or without accents) or UUID.
    const QString village = parser.value(QStringLiteral("village"));
    if (!village.isEmpty()) {
        for (const AdminUnit &v : AdminUnitRepository(db).villages(true))
            if (v.uuid == village || (parameters.villageUuid.isEmpty() && sameName(v.name, village)))
                parameters.villageUuid = v.uuid;
        if (parameters.villageUuid.isEmpty()) {
            err << ReportText::tr(
                       "There is no village \"%1\" in %2. Run 'sohoctap-cli info %2' for the villages.")
                       .arg(village, parser.value(QStringLiteral("db")))
                << Qt::endl;
            return UsageError;
        }
    } else if (info.needs & ReportNeed::VillageRequired) {
        err << ReportText::tr("%1 needs --village V (a name or UUID).").arg(info.name) << Qt::endl;
        return UsageError;
    }
    if (info.needs & ReportNeed::LocalUnit) {
        const QString unit = parser.value(QStringLiteral("unit"));
        for (const LocalUnit &u : LocalUnitRepository(db).all())
            if (!unit.isEmpty() &&
                (u.uuid == unit || (parameters.subjectUuid.isEmpty() && sameName(u.name, unit))))
                parameters.subjectUuid = u.uuid;
        if (parameters.subjectUuid.isEmpty()) {
            err << (unit.isEmpty()
                        ? ReportText::tr("%1 needs --unit U (a local unit's name or UUID).").arg(info.name)
                        : ReportText::tr("There is no local unit \"%1\" in the file.").arg(unit))
                << Qt::endl;
            return UsageError;
        }
    }
    if (info.needs & ReportNeed::Course) {
        const QString course = parser.value(QStringLiteral("course"));
        LearningCentreRepository centres(db);
        if (const auto centre = centres.centre())
            for (const Course &c : centres.courses(centre->id))
                if (!course.isEmpty() &&
                    (c.uuid == course || (parameters.subjectUuid.isEmpty() && sameName(c.title, course))))
                    parameters.subjectUuid = c.uuid;
        if (parameters.subjectUuid.isEmpty()) {
            err << (course.isEmpty()
                        ? ReportText::tr("%1 needs --course C (a course's title or UUID).").arg(info.name)
                        : ReportText::tr("There is no course \"%1\" in the file.").arg(course))
                << Qt::endl;
            return UsageError;
        }
    }

    QElapsedTimer timer;
    timer.start();
    ReportDocument document;
    if (Status s = source->build(db, parameters, document, {}); !s) {
        err << s.message() << Qt::endl;
        return Failed;
    }
    Status written;
    if (pdf) {
        // Painting text needs Qt's font database, which only a QGuiApplication has.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            err << ReportText::tr(
                       "This build of sohoctap-cli cannot write PDF. Write .xlsx, or save the PDF from "
                       "the Reports page of the app.")
                << Qt::endl;
            return Failed;
        }
        written = PdfReportWriter().writePdf(document, outPath);
    } else {
        written = XlsxReportWriter().write(document, outPath);
    }
    if (!written) {
        err << written.message() << Qt::endl;
        return Failed;
    }
    int rows = 0;
    for (const ReportTable &t : document.tables)
        rows += int(t.rowCount());
    out << ReportText::tr("Wrote %1 (%n row(s)) in %2 s.", nullptr, rows)
               .arg(QDir::toNativeSeparators(outPath), QString::number(timer.elapsed() / 1000.0, 'f', 2))
        << Qt::endl;
    return Success;
}

} // namespace sht::cli
