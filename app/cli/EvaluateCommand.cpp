#include "EvaluateCommand.h"

#include "CliCommands.h"
#include "Database.h"
#include "EvaluationService.h"
#include "InterruptedOperation.h"
#include "TextNormalizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sht::cli {

using namespace criteria;

namespace {

class EvaluateText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)

public:
    static QString verdict(Verdict v)
    {
        switch (v) {
        case Verdict::Met:
            return tr("met");
        case Verdict::NotMet:
            return tr("not met");
        case Verdict::Pending:
            break;
        }
        return tr("waiting");
    }
};

QString pointsText(double points)
{
    return QString::number(points, 'g', 6);
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject toJson(const SubjectEvaluation &e)
{
    QJsonArray indicators;
    for (const IndicatorOutcome &o : e.indicators) {
        QJsonArray evidence;
        for (const Evidence &item : o.evidence)
            evidence.append(QJsonObject{{QStringLiteral("text"), item.text},
                                        {QStringLiteral("uuid"), item.rowUuid},
                                        {QStringLiteral("against_rule"), item.againstRule}});
        QJsonObject indicator{{QStringLiteral("code"), o.code},
                              {QStringLiteral("judged"), o.judged},
                              {QStringLiteral("met"), optionalBool(o.met)},
                              {QStringLiteral("value"), o.value},
                              {QStringLiteral("evidence"), evidence}};
        indicator.insert(QStringLiteral("points"), o.points ? QJsonValue(*o.points) : QJsonValue());
        if (o.level)
            indicator.insert(QStringLiteral("level"), o.level);
        if (!o.note.isEmpty())
            indicator.insert(QStringLiteral("note"), o.note);
        indicators.append(indicator);
    }
    QJsonObject subject{{QStringLiteral("uuid"), e.subjectUuid},
                        {QStringLiteral("name"), e.subjectName},
                        {QStringLiteral("village"), e.villageName},
                        {QStringLiteral("verdict"), verdictKey(e.verdict)},
                        {QStringLiteral("level"), e.level},
                        {QStringLiteral("catalogue"), e.catalogueCode},
                        {QStringLiteral("catalogue_version"), e.catalogueVersion},
                        {QStringLiteral("summary"), e.summary},
                        {QStringLiteral("indicators"), indicators}};
    subject.insert(QStringLiteral("total_points"), e.totalPoints ? QJsonValue(*e.totalPoints) : QJsonValue());
    return subject;
}

// One subject in words: the verdict line, then each indicator that failed (with the evidence against the
// rule) or waits for the council.
void printSubject(QTextStream &out, const SubjectEvaluation &e)
{
    out << "  [" << EvaluateText::verdict(e.verdict) << "] " << e.subjectName;
    if (!e.villageName.isEmpty())
        out << " (" << e.villageName << ")";
    out << ": " << e.summary << Qt::endl;
    if (e.verdict == Verdict::Met)
        return;
    for (const IndicatorOutcome &o : e.indicators) {
        if (o.met.value_or(false))
            continue;
        out << "      " << o.code << " "
            << (o.met ? EvaluateText::verdict(Verdict::NotMet) : EvaluateText::verdict(Verdict::Pending));
        if (!o.value.isEmpty())
            out << ": " << o.value;
        if (o.points)
            out << " (" << EvaluateText::tr("%1 points").arg(pointsText(*o.points)) << ")";
        out << Qt::endl;
        for (const Evidence &item : o.evidence)
            if (item.againstRule || !o.met)
                out << "        " << (item.againstRule ? "✗ " : "· ") << item.text << Qt::endl;
    }
}

} // namespace

int runEvaluate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(EvaluateText::tr(
        "Evaluates the learning titles of a year (results are stored in the file) and explains "
        "each verdict."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), EvaluateText::tr("The commune file."));
    parser.addOption(
        {QStringLiteral("year"), EvaluateText::tr("The year to evaluate."), EvaluateText::tr("Y")});
    parser.addOption(
        {QStringLiteral("title"),
         EvaluateText::tr("Print only this title: learning_family, learning_clan, learning_village, "
                          "learning_unit, learning_citizen, learning_commune, centre_rating."),
         EvaluateText::tr("T")});
    parser.addOption({QStringLiteral("json"), EvaluateText::tr("Print JSON instead of text.")});
    QStringList full = arguments;
    full.prepend(QStringLiteral("sohoctap-cli evaluate"));
    if (!parser.parse(full)) {
        err << parser.errorText() << Qt::endl
            << EvaluateText::tr("Try: sohoctap-cli evaluate --help") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << Qt::endl;
        return Success;
    }
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || year < 1900 || year > 2200) {
        err << EvaluateText::tr("evaluate needs exactly one FILE and --year Y (e.g. --year 2025).")
            << Qt::endl;
        return UsageError;
    }
    std::optional<Title> only;
    if (parser.isSet(QStringLiteral("title"))) {
        only = titleFromKey(parser.value(QStringLiteral("title")));
        if (!only) {
            err << EvaluateText::tr("Unknown title: %1. Run 'sohoctap-cli evaluate --help' for the list.")
                       .arg(parser.value(QStringLiteral("title")))
                << Qt::endl;
            return UsageError;
        }
    }

    Database db;
    db.setActor(AuditActor::fromEnvironment(QStringLiteral("cli")));
    if (Status s = db.open(parser.positionalArguments().constFirst()); !s) {
        err << s.message() << Qt::endl;
        return CannotOpen;
    }
    if (db.isReadOnly()) {
        // The reason names what holds the file (another copy of the app, a read-only drive) when known.
        const QString reason = db.readOnlyReason();
        err << (reason.isEmpty()
                    ? EvaluateText::tr("The file is read-only: the results could not be stored. "
                                       "Copy it somewhere you may write and evaluate the copy.")
                    : reason + QLatin1Char(' ') + EvaluateText::tr("The results could not be stored."))
            << Qt::endl;
        return Failed;
    }
    if (const auto interrupted = OperationMarker::takeInterrupted(db))
        err << EvaluateText::tr("Warning: %1").arg(interrupted->message()) << Qt::endl;
    EvaluationRun run;
    if (Status s = EvaluationService(db).evaluateYear(year, {}, &run); !s) {
        err << s.message() << Qt::endl;
        return Failed;
    }

    // Per title, in Vietnamese order of village then name, as the evaluation page lists them.
    QMap<Title, QList<const SubjectEvaluation *>> byTitle;
    for (const SubjectEvaluation &e : run.results)
        if (!only || e.title == *only)
            byTitle[e.title] << &e;
    for (auto &list : byTitle) {
        std::vector<std::pair<QString, const SubjectEvaluation *>> keyed;
        for (const SubjectEvaluation *e : list)
            keyed.emplace_back(text::sortKey(e->villageName) + QChar(1) + text::sortKey(e->subjectName), e);
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        list.clear();
        for (const auto &k : keyed)
            list << k.second;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray titles;
        for (Title title : allTitles()) {
            if (!byTitle.contains(title))
                continue;
            const QList<int> counts = run.counts.value(title, {0, 0, 0});
            QJsonArray subjects;
            for (const SubjectEvaluation *e : byTitle.value(title))
                subjects.append(toJson(*e));
            titles.append(QJsonObject{{QStringLiteral("title"), titleKey(title)},
                                      {QStringLiteral("met"), counts.value(0)},
                                      {QStringLiteral("not_met"), counts.value(1)},
                                      {QStringLiteral("pending"), counts.value(2)},
                                      {QStringLiteral("subjects"), subjects}});
        }
        QJsonArray changes;
        for (const VerdictChange &c : run.changes)
            if (!only || c.title == *only)
                changes.append(
                    QJsonObject{{QStringLiteral("title"), titleKey(c.title)},
                                {QStringLiteral("uuid"), c.subjectUuid},
                                {QStringLiteral("name"), c.subjectName},
                                {QStringLiteral("before"), c.before ? verdictKey(*c.before) : QString()},
                                {QStringLiteral("after"), verdictKey(c.after)},
                                {QStringLiteral("level_before"), c.levelBefore},
                                {QStringLiteral("level_after"), c.levelAfter}});
        const QJsonObject root{{QStringLiteral("year"), year},
                               {QStringLiteral("evaluated"), run.evaluated},
                               {QStringLiteral("elapsed_ms"), run.elapsedMs},
                               {QStringLiteral("titles"), titles},
                               {QStringLiteral("changes"), changes},
                               {QStringLiteral("problems"), QJsonArray::fromStringList(run.problems)}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        out.flush();
        return Success;
    }

    out << EvaluateText::tr("Evaluated %n subject(s) for %1 in %2 s.", nullptr, run.evaluated)
               .arg(year)
               .arg(QString::number(run.elapsedMs / 1000.0, 'f', 2))
        << Qt::endl;
    for (const QString &problem : run.problems)
        out << EvaluateText::tr("Note: %1").arg(problem) << Qt::endl;
    for (Title title : allTitles()) {
        if (!byTitle.contains(title))
            continue;
        const QList<int> counts = run.counts.value(title, {0, 0, 0});
        out << Qt::endl
            << EvaluateText::tr("%1: met %2 · not met %3 · waiting for the council %4")
                   .arg(titleKey(title))
                   .arg(counts.value(0))
                   .arg(counts.value(1))
                   .arg(counts.value(2))
            << Qt::endl;
        for (const SubjectEvaluation *e : byTitle.value(title))
            printSubject(out, *e);
    }
    QList<VerdictChange> changes;
    for (const VerdictChange &c : run.changes)
        if (!only || c.title == *only)
            changes << c;
    if (!changes.isEmpty()) {
        out << Qt::endl << EvaluateText::tr("Changed since the last evaluation:") << Qt::endl;
        for (const VerdictChange &c : changes)
            out << "  " << titleKey(c.title) << " " << c.subjectName << ": "
                << (c.before ? EvaluateText::verdict(*c.before) : EvaluateText::tr("new")) << " → "
                << EvaluateText::verdict(c.after) << Qt::endl;
    }
    out.flush();
    return Success;
}

} // namespace sht::cli
