#include "CatalogueLoader.h"

#include "CatalogueValidator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace sht::criteria {

namespace {
// Reads fields of one JSON object, collecting a message per missing or mistyped field with its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QStringList &problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    QJsonValue value(const QString &key, bool required) const
    {
        if (!has(key)) {
            if (required)
                m_problems << CatalogueLoader::tr("%1: the field is missing.").arg(at(key));
            return QJsonValue::Undefined;
        }
        return m_object.value(key);
    }

    QString string(const QString &key, bool required = false, const QString &fallback = QString()) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            wrongType(key, CatalogueLoader::tr("text"));
            return fallback;
        }
        return v.toString();
    }

    double number(const QString &key, double fallback = 0, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            wrongType(key, CatalogueLoader::tr("a number"));
            return fallback;
        }
        return v.toDouble();
    }

    int integer(const QString &key, int fallback = 0, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return fallback;
        // Compared as doubles: casting 1e63 (fuzz_catalogue found one) to an integer is undefined, and a
        // whole number beyond int would come back from toInt() as 0 without a word.
        const double d = v.toDouble();
        if (!v.isDouble() ||
            !(d >= double(std::numeric_limits<int>::min()) && d <= double(std::numeric_limits<int>::max())) ||
            d != std::floor(d)) {
            wrongType(key, CatalogueLoader::tr("a whole number"));
            return fallback;
        }
        return v.toInt();
    }

    bool boolean(const QString &key, bool fallback = false) const
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            wrongType(key, CatalogueLoader::tr("true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QJsonObject object(const QString &key, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            wrongType(key, CatalogueLoader::tr("an object { … }"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QString &key, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            wrongType(key, CatalogueLoader::tr("a list [ … ]"));
            return {};
        }
        return v.toArray();
    }

    QStringList strings(const QString &key) const
    {
        QStringList result;
        const QJsonArray items = array(key);
        for (int i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                m_problems << CatalogueLoader::tr("%1[%2]: must be text.").arg(at(key)).arg(i);
            else
                result << items.at(i).toString();
        }
        return result;
    }

    // Every key not in `known` is a typo or a field of a newer format: say so rather than ignore it.
    void rejectUnknown(const QStringList &known) const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!known.contains(it.key()))
                m_problems << CatalogueLoader::tr("%1: unknown field; the known fields here are: %2.")
                                  .arg(at(it.key()), known.join(QStringLiteral(", ")));
    }

    void problem(const QString &key, const QString &what) const
    {
        m_problems << QStringLiteral("%1: %2").arg(at(key), what);
    }

private:
    void wrongType(const QString &key, const QString &expected) const
    {
        m_problems << CatalogueLoader::tr("%1: must be %2.").arg(at(key), expected);
    }

    QJsonObject m_object;
    QString m_path;
    QStringList &m_problems;
};

Indicator readIndicator(const QJsonObject &object, const QString &path, QStringList &problems)
{
    const Reader r(object, path, problems);
    r.rejectUnknown({QStringLiteral("code"), QStringLiteral("text"), QStringLiteral("source"),
                     QStringLiteral("kind"), QStringLiteral("wording"), QStringLiteral("provisional"),
                     QStringLiteral("points"), QStringLiteral("min_points"), QStringLiteral("level"),
                     QStringLiteral("fact"), QStringLiteral("parameters"), QStringLiteral("level_parameters"),
                     QStringLiteral("evidence_required")});
    Indicator ind;
    ind.code = r.string(QStringLiteral("code"), true);
    ind.text = r.string(QStringLiteral("text"), true);
    ind.source = r.string(QStringLiteral("source"), true);
    const QString kind = r.string(QStringLiteral("kind"), true);
    if (kind == QLatin1String("fact"))
        ind.kind = IndicatorKind::Fact;
    else if (kind == QLatin1String("judged"))
        ind.kind = IndicatorKind::Judged;
    else if (r.has(QStringLiteral("kind")) && object.value(QLatin1String("kind")).isString())
        r.problem(QStringLiteral("kind"),
                  CatalogueLoader::tr("unknown kind \"%1\": write \"fact\" or \"judged\".").arg(kind));
    const QString wording = r.string(QStringLiteral("wording"), false, QStringLiteral("official"));
    if (wording == QLatin1String("provincial"))
        ind.wording = Wording::Provincial;
    else if (wording != QLatin1String("official"))
        r.problem(QStringLiteral("wording"),
                  CatalogueLoader::tr("unknown wording \"%1\": write \"official\" or \"provincial\".")
                      .arg(wording));
    ind.provisional = r.boolean(QStringLiteral("provisional"));
    ind.points = r.number(QStringLiteral("points"));
    ind.minPoints = r.number(QStringLiteral("min_points"));
    ind.level = r.integer(QStringLiteral("level"));
    ind.fact = r.string(QStringLiteral("fact"));
    ind.parameters = r.object(QStringLiteral("parameters"));
    const QJsonObject levels = r.object(QStringLiteral("level_parameters"));
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        const QString at = r.at(QStringLiteral("level_parameters.") + it.key());
        bool isNumber = false;
        const int level = it.key().toInt(&isNumber);
        if (!isNumber)
            problems << CatalogueLoader::tr("%1: the key must be a level number (\"1\" or \"2\").").arg(at);
        else if (!it.value().isObject())
            problems << CatalogueLoader::tr("%1: must be an object { … }.").arg(at);
        else
            ind.levelParameters.insert(level, it.value().toObject());
    }
    ind.evidenceRequired = r.string(QStringLiteral("evidence_required"));
    return ind;
}

Criterion readCriterion(const QJsonObject &object, const QString &path, QStringList &problems)
{
    const Reader r(object, path, problems);
    r.rejectUnknown({QStringLiteral("code"), QStringLiteral("text"), QStringLiteral("points"),
                     QStringLiteral("min_points"), QStringLiteral("indicators")});
    Criterion criterion;
    criterion.code = r.string(QStringLiteral("code"), true);
    criterion.text = r.string(QStringLiteral("text"), true);
    criterion.points = r.number(QStringLiteral("points"));
    criterion.minPoints = r.number(QStringLiteral("min_points"));
    const QJsonArray indicators = r.array(QStringLiteral("indicators"), true);
    for (int i = 0; i < indicators.size(); ++i) {
        const QString at = QStringLiteral("%1.indicators[%2]").arg(path).arg(i);
        if (!indicators.at(i).isObject())
            problems << CatalogueLoader::tr("%1: must be an object { … }.").arg(at);
        else
            criterion.indicators << readIndicator(indicators.at(i).toObject(), at, problems);
    }
    return criterion;
}

PassRule readPassRule(const QJsonObject &object, QStringList &problems)
{
    const Reader r(object, QStringLiteral("pass_rule"), problems);
    r.rejectUnknown({QStringLiteral("kind"), QStringLiteral("min_total"),
                     QStringLiteral("min_each_indicator"), QStringLiteral("levels"),
                     QStringLiteral("months_between_levels"), QStringLiteral("bands"),
                     QStringLiteral("provisional")});
    PassRule rule;
    const QString kind = r.string(QStringLiteral("kind"), true);
    if (kind == QLatin1String("all_indicators"))
        rule.kind = PassRule::Kind::AllIndicators;
    else if (kind == QLatin1String("points"))
        rule.kind = PassRule::Kind::Points;
    else if (kind == QLatin1String("bands"))
        rule.kind = PassRule::Kind::Bands;
    else if (!kind.isEmpty())
        r.problem(QStringLiteral("kind"),
                  CatalogueLoader::tr("unknown rule \"%1\": write \"all_indicators\", "
                                      "\"points\" or \"bands\".")
                      .arg(kind));
    rule.minTotal = r.number(QStringLiteral("min_total"));
    rule.minEachIndicator = r.number(QStringLiteral("min_each_indicator"));
    rule.levels = r.integer(QStringLiteral("levels"), 1);
    rule.monthsBetweenLevels = r.integer(QStringLiteral("months_between_levels"));
    rule.provisional = r.boolean(QStringLiteral("provisional"));
    const QJsonArray bands = r.array(QStringLiteral("bands"));
    for (int i = 0; i < bands.size(); ++i) {
        const QString at = QStringLiteral("pass_rule.bands[%1]").arg(i);
        if (!bands.at(i).isObject()) {
            problems << CatalogueLoader::tr("%1: must be an object { … }.").arg(at);
            continue;
        }
        const Reader b(bands.at(i).toObject(), at, problems);
        b.rejectUnknown({QStringLiteral("name"), QStringLiteral("min_total")});
        rule.bands << PassRule::Band{b.string(QStringLiteral("name"), true),
                                     b.number(QStringLiteral("min_total"), 0, true)};
    }
    return rule;
}

QString lineOf(const QByteArray &json, int offset)
{
    return QString::number(json.left(offset).count('\n') + 1);
}
} // namespace

Status CatalogueLoader::loadFile(const QString &path, Catalogue *out, QStringList *problems)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString message = tr("%1: cannot be read (%2).").arg(name, file.errorString());
        if (problems)
            *problems = {message};
        return Status::failure(message);
    }
    return fromJson(file.readAll(), name, out, problems);
}

Status CatalogueLoader::fromJson(const QByteArray &json, const QString &origin, Catalogue *out,
                                 QStringList *problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QString message;
    if (error.error != QJsonParseError::NoError)
        message = tr("%1: line %2: not valid JSON (%3).")
                      .arg(origin, lineOf(json, error.offset), error.errorString());
    else if (!document.isObject())
        message = tr("%1: the catalogue must be one JSON object { … }.").arg(origin);
    if (!message.isEmpty()) {
        if (problems)
            *problems = {message};
        return Status::failure(message);
    }
    return fromObject(document.object(), origin, out, problems);
}

Status CatalogueLoader::fromObject(const QJsonObject &root, const QString &origin, Catalogue *out,
                                   QStringList *problemsOut)
{
    QStringList problems;
    const Reader r(root, QString(), problems);
    r.rejectUnknown(
        {QStringLiteral("format"), QStringLiteral("code"), QStringLiteral("version"), QStringLiteral("title"),
         QStringLiteral("title_text"), QStringLiteral("subject_kind"), QStringLiteral("instrument"),
         QStringLiteral("first_year"), QStringLiteral("last_year"), QStringLiteral("province"),
         QStringLiteral("parent_code"), QStringLiteral("parent_version"), QStringLiteral("applies_to"),
         QStringLiteral("validity_months"), QStringLiteral("depends_on"), QStringLiteral("total_points"),
         QStringLiteral("pass_rule"), QStringLiteral("criteria"), QStringLiteral("notes")});
    const int format = r.integer(QStringLiteral("format"), FormatVersion);
    if (format != FormatVersion)
        r.problem(QStringLiteral("format"), tr("format %1 is not known to this version of the app (it reads "
                                               "format %2); update the app.")
                                                .arg(format)
                                                .arg(FormatVersion));
    Catalogue c;
    c.code = r.string(QStringLiteral("code"), true);
    c.version = r.string(QStringLiteral("version"), true);
    const QString title = r.string(QStringLiteral("title"), true);
    if (const auto t = titleFromKey(title))
        c.title = *t;
    else if (!title.isEmpty())
        r.problem(QStringLiteral("title"), tr("unknown title \"%1\"; known titles: %2.").arg(title, [] {
            QStringList keys;
            for (Title t : allTitles())
                keys << titleKey(t);
            return keys.join(QStringLiteral(", "));
        }()));
    const QString kind = r.string(QStringLiteral("subject_kind"));
    if (!kind.isEmpty() && titleFromKey(title) && kind != subjectKindKey(subjectKindOf(c.title)))
        r.problem(QStringLiteral("subject_kind"),
                  tr("\"%1\" does not match the title %2, which is given to a %3.")
                      .arg(kind, title, subjectKindKey(subjectKindOf(c.title))));
    c.titleText = r.string(QStringLiteral("title_text"), true);
    const QJsonObject instrument = r.object(QStringLiteral("instrument"), true);
    {
        const Reader i(instrument, QStringLiteral("instrument"), problems);
        if (r.has(QStringLiteral("instrument")) && root.value(QLatin1String("instrument")).isObject()) {
            i.rejectUnknown({QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("issuer"),
                             QStringLiteral("citation")});
            c.instrument.number = i.string(QStringLiteral("number"), true);
            c.instrument.date = i.string(QStringLiteral("date"), true);
            c.instrument.issuer = i.string(QStringLiteral("issuer"), true);
            c.instrument.citation = i.string(QStringLiteral("citation"));
        }
    }
    c.firstYear = r.integer(QStringLiteral("first_year"));
    c.lastYear = r.integer(QStringLiteral("last_year"));
    c.province = r.string(QStringLiteral("province"));
    c.parentCode = r.string(QStringLiteral("parent_code"));
    c.parentVersion = r.string(QStringLiteral("parent_version"));
    c.appliesTo = r.strings(QStringLiteral("applies_to"));
    c.validityMonths = r.integer(QStringLiteral("validity_months"), 12);
    c.dependsOn = r.strings(QStringLiteral("depends_on"));
    c.totalPoints = r.number(QStringLiteral("total_points"));
    c.passRule = readPassRule(r.object(QStringLiteral("pass_rule"), true), problems);
    const QJsonArray criteria = r.array(QStringLiteral("criteria"), true);
    for (int i = 0; i < criteria.size(); ++i) {
        const QString at = CatalogueValidator::criterionPath(i);
        if (!criteria.at(i).isObject())
            problems << tr("%1: must be an object { … }.").arg(at);
        else
            c.criteria << readCriterion(criteria.at(i).toObject(), at, problems);
    }
    c.notes = r.string(QStringLiteral("notes"));

    // The meaning is checked once the shape is right: a missing field would only echo as a second problem.
    if (problems.isEmpty())
        problems = CatalogueValidator::problems(c);
    if (problemsOut)
        *problemsOut = problems;
    if (!problems.isEmpty())
        return Status::failure(CatalogueValidator::joined(origin, problems));
    if (out)
        *out = c;
    return Status::success();
}

} // namespace sht::criteria
