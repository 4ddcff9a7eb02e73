#include "ReportLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace sht::reporting {

namespace {

constexpr int MaxProblems = 12; // in one message: the rest is counted

// Reads the fields of one JSON object, collecting one message per missing, mistyped or unknown field with its
// JSON path, so a province's clerk who edits a layout learns every mistake at once.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, QStringList &problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    QString string(const QString &key, bool required = false) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                m_problems << ReportLayout::tr("%1: the field is missing.").arg(at(key));
            return {};
        }
        if (!v.isString()) {
            m_problems << ReportLayout::tr("%1: must be text.").arg(at(key));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            m_problems << ReportLayout::tr("%1: must not be empty.").arg(at(key));
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            m_problems << ReportLayout::tr("%1: must be true or false.").arg(at(key));
            return fallback;
        }
        return v.toBool();
    }

    double number(const QString &key, double fallback) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble()) {
            m_problems << ReportLayout::tr("%1: must be a number.").arg(at(key));
            return fallback;
        }
        return v.toDouble();
    }

    QJsonArray array(const QString &key, bool required) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                m_problems << ReportLayout::tr("%1: the field is missing.").arg(at(key));
            return {};
        }
        if (!v.isArray()) {
            m_problems << ReportLayout::tr("%1: must be a list [ … ].").arg(at(key));
            return {};
        }
        return v.toArray();
    }

    // A key not in `known` is a typo or a newer format's field: say so rather than silently ignore it.
    void rejectUnknown(const QStringList &known) const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!known.contains(it.key()))
                m_problems << ReportLayout::tr("%1: unknown field; the known fields here are: %2.")
                                  .arg(at(it.key()), known.join(QStringLiteral(", ")));
    }

    void problem(const QString &key, const QString &what) const
    {
        m_problems << QStringLiteral("%1: %2").arg(at(key), what);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList &m_problems;
};

std::optional<CellKind> kindFromKey(const QString &key)
{
    if (key.isEmpty() || key == QLatin1String("text"))
        return CellKind::Text;
    if (key == QLatin1String("integer"))
        return CellKind::Integer;
    if (key == QLatin1String("decimal"))
        return CellKind::Decimal;
    if (key == QLatin1String("percent"))
        return CellKind::Percent;
    if (key == QLatin1String("date"))
        return CellKind::Date;
    return std::nullopt;
}

ReportColumn readColumn(const QJsonObject &object, const QString &path, QStringList &problems)
{
    const FieldReader r(object, path, problems);
    r.rejectUnknown({QStringLiteral("figure"), QStringLiteral("header"), QStringLiteral("group"),
                     QStringLiteral("width"), QStringLiteral("kind"), QStringLiteral("summed"),
                     QStringLiteral("numerator"), QStringLiteral("denominator"), QStringLiteral("target")});
    ReportColumn c;
    c.figure = r.string(QStringLiteral("figure"), true);
    c.header = r.string(QStringLiteral("header"), true);
    c.group = r.string(QStringLiteral("group"));
    c.width = r.number(QStringLiteral("width"), c.width);
    if (c.width <= 0 || c.width > 255)
        r.problem(QStringLiteral("width"), ReportLayout::tr("must be between 1 and 255 characters."));
    const QString kind = r.string(QStringLiteral("kind"));
    if (const auto k = kindFromKey(kind))
        c.kind = *k;
    else
        r.problem(
            QStringLiteral("kind"),
            ReportLayout::tr("unknown kind \"%1\"; use text, integer, decimal, percent or date.").arg(kind));
    c.summed = r.boolean(QStringLiteral("summed"), false);
    if (c.summed && c.kind != CellKind::Integer && c.kind != CellKind::Decimal)
        r.problem(QStringLiteral("summed"),
                  ReportLayout::tr("only integer and decimal columns can be summed."));
    c.numerator = r.string(QStringLiteral("numerator"));
    c.denominator = r.string(QStringLiteral("denominator"));
    if (c.numerator.isEmpty() != c.denominator.isEmpty())
        r.problem(c.numerator.isEmpty() ? QStringLiteral("numerator") : QStringLiteral("denominator"),
                  ReportLayout::tr("a percentage needs both a numerator and a denominator."));
    if (!c.numerator.isEmpty() && c.kind != CellKind::Percent)
        r.problem(QStringLiteral("numerator"), ReportLayout::tr("only percent columns have a numerator."));
    c.target = r.string(QStringLiteral("target"));
    return c;
}

TableLayout readTable(const QJsonObject &object, const QString &path, QStringList &problems)
{
    const FieldReader r(object, path, problems);
    r.rejectUnknown({QStringLiteral("key"), QStringLiteral("caption"), QStringLiteral("numberRow"),
                     QStringLiteral("totalsRow"), QStringLiteral("totalsLabel"), QStringLiteral("columns")});
    TableLayout t;
    t.key = r.string(QStringLiteral("key"), true);
    t.caption = r.string(QStringLiteral("caption"));
    t.numberRow = r.boolean(QStringLiteral("numberRow"), true);
    t.totalsRow = r.boolean(QStringLiteral("totalsRow"), false);
    t.totalsLabel = r.string(QStringLiteral("totalsLabel"));
    const QJsonArray columns = r.array(QStringLiteral("columns"), true);
    if (columns.isEmpty() && object.value(QStringLiteral("columns")).isArray())
        r.problem(QStringLiteral("columns"), ReportLayout::tr("a table needs at least one column."));
    QSet<QString> figures;
    for (int i = 0; i < columns.size(); ++i) {
        const QString at = r.at(QStringLiteral("columns[%1]").arg(i));
        if (!columns.at(i).isObject()) {
            problems << ReportLayout::tr("%1: must be an object { … }.").arg(at);
            continue;
        }
        ReportColumn c = readColumn(columns.at(i).toObject(), at, problems);
        if (!c.figure.isEmpty() && figures.contains(c.figure))
            problems
                << ReportLayout::tr("%1.figure: \"%2\" is already a column of this table.").arg(at, c.figure);
        figures.insert(c.figure);
        t.columns << c;
    }
    return t;
}

QString joined(const QString &origin, const QStringList &problems)
{
    QStringList lines;
    for (int i = 0; i < problems.size() && i < MaxProblems; ++i)
        lines << QStringLiteral("%1: %2").arg(origin, problems.at(i));
    if (problems.size() > MaxProblems)
        lines << ReportLayout::tr("%1: and %n more problem(s).", nullptr, int(problems.size() - MaxProblems))
                     .arg(origin);
    return lines.join(QLatin1Char('\n'));
}

std::optional<ReportLayout> fail(Status *error, const QString &message)
{
    if (error)
        *error = Status::failure(message);
    return std::nullopt;
}

QString filled(QString text, int year, const QString &village)
{
    text.replace(QLatin1String("{year}"), QString::number(year));
    text.replace(QLatin1String("{village}"), village);
    return text;
}

} // namespace

const TableLayout *ReportLayout::table(const QString &key) const
{
    for (const TableLayout &t : tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

std::optional<ReportLayout> ReportLayout::load(const QString &name, Status *error)
{
    const QString file = name + QStringLiteral(".json");
    const QString custom = QDir(overrideFolder()).filePath(file);
    if (QFileInfo::exists(custom))
        return loadFile(custom, error);
    const QString builtIn = QStringLiteral(":/reports/") + file;
    if (!QFileInfo::exists(builtIn))
        return fail(error, tr("There is no layout for the report \"%1\" (looked for %2 in %3 and in the "
                              "application).")
                               .arg(name, file, QDir::toNativeSeparators(overrideFolder())));
    return loadFile(builtIn, error);
}

std::optional<ReportLayout> ReportLayout::loadFile(const QString &path, Status *error)
{
    // Messages name the file as the clerk sees it: the full path of an override, the name of a built-in.
    const QString origin =
        path.startsWith(QLatin1String(":/")) ? QFileInfo(path).fileName() : QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("%1: cannot be read (%2).").arg(origin, file.errorString()));
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, tr("%1: line %2: not valid JSON (%3).")
                               .arg(origin)
                               .arg(json.left(parseError.offset).count('\n') + 1)
                               .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(error, tr("%1: a report layout must be one JSON object { … }.").arg(origin));

    QStringList problems;
    const FieldReader r(document.object(), QString(), problems);
    r.rejectUnknown({QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("subtitle"),
                     QStringLiteral("landscape"), QStringLiteral("sheet"), QStringLiteral("tables"),
                     QStringLiteral("notes")});
    ReportLayout layout;
    layout.name = r.string(QStringLiteral("name"), true);
    layout.title = r.string(QStringLiteral("title"));
    layout.subtitle = r.string(QStringLiteral("subtitle"));
    layout.landscape = r.boolean(QStringLiteral("landscape"), false);
    layout.sheetName = r.string(QStringLiteral("sheet"));
    if (layout.sheetName.size() > 31)
        r.problem(QStringLiteral("sheet"), tr("a sheet name has at most 31 characters."));
    static const QRegularExpression badSheet(QStringLiteral("[\\[\\]:*?/\\\\]"));
    if (layout.sheetName.contains(badSheet))
        r.problem(QStringLiteral("sheet"), tr("a sheet name cannot contain [ ] : * ? / or \\."));
    const QJsonArray tables = r.array(QStringLiteral("tables"), true);
    QSet<QString> keys;
    for (int i = 0; i < tables.size(); ++i) {
        const QString at = QStringLiteral("tables[%1]").arg(i);
        if (!tables.at(i).isObject()) {
            problems << tr("%1: must be an object { … }.").arg(at);
            continue;
        }
        TableLayout t = readTable(tables.at(i).toObject(), at, problems);
        if (!t.key.isEmpty() && keys.contains(t.key))
            problems << tr("%1.key: \"%2\" is already the key of another table.").arg(at, t.key);
        keys.insert(t.key);
        layout.tables << t;
    }
    if (!problems.isEmpty())
        return fail(error, joined(origin, problems));
    if (error)
        *error = Status::success();
    return layout;
}

QString ReportLayout::overrideFolder()
{
    // Shared by the window and sohoctap-cli (whose application names differ), beside the demo commune:
    // ~/.local/share/sohoctap/reports on Linux.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/sohoctap/reports");
}

Status ReportLayout::validateFigures(const QString &tableKey, const QStringList &knownFigures) const
{
    const TableLayout *t = table(tableKey);
    if (!t)
        return Status::failure(tr("The layout of the report \"%1\" has no table \"%2\": add it to %1.json or "
                                  "remove the override in %3.")
                                   .arg(name, tableKey, QDir::toNativeSeparators(overrideFolder())));
    for (int i = 0; i < t->columns.size(); ++i) {
        const ReportColumn &c = t->columns.at(i);
        for (const QString &figure : {c.figure, c.numerator, c.denominator}) {
            if (figure.isEmpty() || knownFigures.contains(figure))
                continue;
            return Status::failure(tr("%1.json: table \"%2\", column %3: the report makes no figure \"%4\"; "
                                      "the figures it makes are: %5.")
                                       .arg(name, tableKey)
                                       .arg(i + 1)
                                       .arg(figure, knownFigures.join(QStringLiteral(", "))));
        }
    }
    return Status::success();
}

void ReportLayout::applyTo(ReportDocument &document, int year, const QString &village) const
{
    document.name = name;
    document.title = filled(title, year, village);
    document.subtitle = filled(subtitle, year, village);
    document.landscape = landscape;
    document.sheetName = filled(sheetName, year, village).left(31);
}

ReportTable ReportLayout::makeTable(const QString &tableKey, const QList<ReportRow> &rows) const
{
    ReportTable t;
    if (const TableLayout *l = table(tableKey)) {
        t.caption = l->caption;
        t.columns = l->columns;
        t.numberRow = l->numberRow;
        t.totalsRow = l->totalsRow;
        t.totalsLabel = l->totalsLabel;
    }
    t.rows = rows;
    return t;
}

} // namespace sht::reporting
