#include "CatalogueValidator.h"

#include "FactRegistry.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <cmath>

namespace sht::criteria {

namespace {
constexpr int MinYear = 1990;
constexpr int MaxYear = 2100;
constexpr int MaxLevels = 2;     // TT 24 and TT 25 have two levels; no known instrument has more
constexpr int MaxValidity = 120; // months
constexpr int MaxLines = 12;     // of a joined message: the rest is counted

bool samePoints(double a, double b)
{
    return std::fabs(a - b) < 1e-6;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

bool isShare(const QString &name)
{
    return name == QLatin1String("share") || name.startsWith(QLatin1String("min_share")) ||
           name.endsWith(QLatin1String("_share"));
}

bool isAge(const QString &name)
{
    return name == QLatin1String("min_age") || name == QLatin1String("max_age");
}

bool isCount(const QString &name)
{
    return name == QLatin1String("min_activities") || name == QLatin1String("min_sessions") ||
           name == QLatin1String("min_courses");
}
} // namespace

QString CatalogueValidator::criterionPath(int criterion)
{
    return QStringLiteral("criteria[%1]").arg(criterion);
}

QString CatalogueValidator::indicatorPath(int criterion, int indicator)
{
    return QStringLiteral("criteria[%1].indicators[%2]").arg(criterion).arg(indicator);
}

QStringList CatalogueValidator::requiredParameters(const QString &fact)
{
    // What each fact reads from its parameters (docs/CATALOGUES.md lists them with their meaning).
    static const QHash<QString, QStringList> required{
        {QStringLiteral("household.children_in_school"),
         {QStringLiteral("min_age"), QStringLiteral("max_age")}},
        {QStringLiteral("household.adults_literate"), {QStringLiteral("min_age"), QStringLiteral("max_age")}},
        {QStringLiteral("household.adults_learning"),
         {QStringLiteral("min_age"), QStringLiteral("max_age"), QStringLiteral("min_activities")}},
        {QStringLiteral("clan.share_households_recognised"),
         {QStringLiteral("title"), QStringLiteral("min_share")}},
        {QStringLiteral("village.share_households_recognised"), {QStringLiteral("min_share")}},
        {QStringLiteral("village.share_adults_citizen"),
         {QStringLiteral("min_age"), QStringLiteral("min_share")}},
        {QStringLiteral("unit.share_staff_citizen"), {QStringLiteral("min_share")}},
        {QStringLiteral("citizen.centre_attendance"), {QStringLiteral("min_sessions")}},
        {QStringLiteral("commune.share_citizens_recognised"),
         {QStringLiteral("min_age"), QStringLiteral("min_share")}},
        {QStringLiteral("commune.share_trained"),
         {QStringLiteral("min_age"), QStringLiteral("min_share"), QStringLiteral("min_share_university")}},
        {QStringLiteral("centre.activity"), {QStringLiteral("min_courses"), QStringLiteral("min_sessions")}},
    };
    return required.value(fact);
}

QString CatalogueValidator::joined(const QString &origin, const QStringList &problems)
{
    QStringList lines;
    for (int i = 0; i < problems.size() && i < MaxLines; ++i)
        lines << QStringLiteral("%1: %2").arg(origin, problems.at(i));
    if (problems.size() > MaxLines)
        lines << tr("%1: and %n more problem(s).", nullptr, int(problems.size() - MaxLines)).arg(origin);
    return lines.join(QLatin1Char('\n'));
}

Status CatalogueValidator::validate(const Catalogue &catalogue, const QString &origin)
{
    const QStringList found = problems(catalogue);
    if (found.isEmpty())
        return Status::success();
    return Status::failure(joined(origin, found));
}

namespace {
// Checks one parameter object of an indicator; `path` is where it sits in the JSON.
void checkParameters(const QJsonObject &parameters, const QString &path, QStringList &out)
{
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        const QString name = it.key();
        const QString at = path + QLatin1Char('.') + name;
        const QJsonValue value = it.value();
        if (isShare(name) || isAge(name) || isCount(name)) {
            if (!value.isDouble()) {
                out << CatalogueValidator::tr("%1: must be a number.").arg(at);
                continue;
            }
            const double v = value.toDouble();
            if (isShare(name) && (v < 0 || v > 1))
                out << CatalogueValidator::tr("%1: the share %2 is out of range: write it between 0 and 1 "
                                              "(0.7 for 70%).")
                           .arg(at, number(v));
            else if (isAge(name) && (v < 0 || v > 120 || v != std::floor(v)))
                out << CatalogueValidator::tr("%1: the age %2 is out of range: a whole number from 0 to 120.")
                           .arg(at, number(v));
            else if (isCount(name) && (v < 0 || v > 10000 || v != std::floor(v)))
                out << CatalogueValidator::tr("%1: %2 is not a count: a whole number from 0 up.")
                           .arg(at, number(v));
        } else if (name == QLatin1String("title")) {
            if (!titleFromKey(value.toString()))
                out << CatalogueValidator::tr("%1: unknown title \"%2\".").arg(at, value.toString());
        }
    }
}

// A level's ages are the base ages overridden by the level's: check the range the fact will see.
void checkAgeRange(const QJsonObject &parameters, const QString &path, QStringList &out)
{
    if (parameters.contains(QLatin1String("min_age")) && parameters.contains(QLatin1String("max_age")) &&
        parameters.value(QLatin1String("min_age")).toDouble() >
            parameters.value(QLatin1String("max_age")).toDouble())
        out << CatalogueValidator::tr("%1.min_age: the age range is empty (min_age %2 > max_age %3).")
                   .arg(path, number(parameters.value(QLatin1String("min_age")).toDouble()),
                        number(parameters.value(QLatin1String("max_age")).toDouble()));
}

void checkYears(const Catalogue &c, QStringList &out)
{
    for (const auto &[field, year] : {std::pair{QStringLiteral("first_year"), c.firstYear},
                                      std::pair{QStringLiteral("last_year"), c.lastYear}})
        if (year != 0 && (year < MinYear || year > MaxYear))
            out << CatalogueValidator::tr("%1: the year %2 is out of range: %3 to %4, or 0 for open.")
                       .arg(field)
                       .arg(year)
                       .arg(MinYear)
                       .arg(MaxYear);
    if (c.firstYear != 0 && c.lastYear != 0 && c.firstYear > c.lastYear)
        out << CatalogueValidator::tr("last_year: %1 is before first_year %2.")
                   .arg(c.lastYear)
                   .arg(c.firstYear);
}

void checkPassRule(const Catalogue &c, QStringList &out)
{
    const PassRule &rule = c.passRule;
    if (rule.levels < 1 || rule.levels > MaxLevels)
        out << CatalogueValidator::tr("pass_rule.levels: %1 is out of range: 1 or 2.").arg(rule.levels);
    if (rule.monthsBetweenLevels < 0 || rule.monthsBetweenLevels > MaxValidity)
        out << CatalogueValidator::tr("pass_rule.months_between_levels: %1 is out of range: 0 to %2.")
                   .arg(rule.monthsBetweenLevels)
                   .arg(MaxValidity);
    if (rule.minEachIndicator < 0)
        out << CatalogueValidator::tr("pass_rule.min_each_indicator: must not be negative.");
    if (rule.kind == PassRule::Kind::Points || rule.kind == PassRule::Kind::Bands) {
        if (c.totalPoints <= 0)
            out << CatalogueValidator::tr("total_points: a catalogue scored by points needs its total "
                                          "(e.g. 100).");
        else if (rule.kind == PassRule::Kind::Points && (rule.minTotal <= 0 || rule.minTotal > c.totalPoints))
            out << CatalogueValidator::tr("pass_rule.min_total: %1 is out of range: above 0 and at most the "
                                          "total %2.")
                       .arg(number(rule.minTotal), number(c.totalPoints));
    }
    if (rule.kind == PassRule::Kind::Bands) {
        if (rule.bands.isEmpty())
            out << CatalogueValidator::tr("pass_rule.bands: a rating needs at least one band.");
        for (int i = 0; i < rule.bands.size(); ++i) {
            const PassRule::Band &band = rule.bands.at(i);
            const QString at = QStringLiteral("pass_rule.bands[%1]").arg(i);
            if (band.name.trimmed().isEmpty())
                out << CatalogueValidator::tr("%1.name: the band needs a name (e.g. \"Tốt\").").arg(at);
            if (band.minTotal < 0 || (c.totalPoints > 0 && band.minTotal > c.totalPoints))
                out << CatalogueValidator::tr("%1.min_total: %2 is out of range: 0 to the total %3.")
                           .arg(at, number(band.minTotal), number(c.totalPoints));
            if (i > 0 && band.minTotal >= rule.bands.at(i - 1).minTotal)
                out << CatalogueValidator::tr("%1.min_total: bands go from the highest to the lowest; %2 is "
                                              "not below %3.")
                           .arg(at, number(band.minTotal), number(rule.bands.at(i - 1).minTotal));
        }
    }
}

void checkIndicator(const Catalogue &c, const Indicator &ind, const QString &path, QStringList &out)
{
    if (ind.code.trimmed().isEmpty())
        out << CatalogueValidator::tr("%1.code: the indicator needs a code.").arg(path);
    if (ind.text.trimmed().isEmpty())
        out << CatalogueValidator::tr("%1.text: the indicator needs its text.").arg(path);
    if (ind.kind == IndicatorKind::Fact && ind.fact.isEmpty())
        out << CatalogueValidator::tr("%1.fact: an indicator of kind \"fact\" needs the fact's name.")
                   .arg(path);
    if (!ind.fact.isEmpty()) {
        if (!FactRegistry::contains(ind.fact)) {
            out << CatalogueValidator::tr("%1.fact: unknown fact \"%2\"; known facts: %3.")
                       .arg(path, ind.fact, FactRegistry::names().join(QStringLiteral(", ")));
        } else {
            for (const QString &name : CatalogueValidator::requiredParameters(ind.fact))
                if (!ind.parameters.contains(name))
                    out << CatalogueValidator::tr("%1.parameters.%2: the fact \"%3\" needs this parameter.")
                               .arg(path, name, ind.fact);
        }
    }
    if (ind.points < 0)
        out << CatalogueValidator::tr("%1.points: must not be negative.").arg(path);
    if (ind.minPoints < 0 || ind.minPoints > ind.points)
        out << CatalogueValidator::tr("%1.min_points: %2 is out of range: 0 to the indicator's points %3.")
                   .arg(path, number(ind.minPoints), number(ind.points));
    if (ind.level < 0 || ind.level > c.passRule.levels)
        out << CatalogueValidator::tr("%1.level: %2 is out of range: 0 (every level) to %3.")
                   .arg(path)
                   .arg(ind.level)
                   .arg(c.passRule.levels);
    checkParameters(ind.parameters, path + QStringLiteral(".parameters"), out);
    checkAgeRange(ind.parameters, path + QStringLiteral(".parameters"), out);
    for (auto it = ind.levelParameters.constBegin(); it != ind.levelParameters.constEnd(); ++it) {
        const QString at = QStringLiteral("%1.level_parameters.%2").arg(path).arg(it.key());
        if (it.key() < 1 || it.key() > c.passRule.levels)
            out << CatalogueValidator::tr("%1: level %2 is out of range: 1 to %3.")
                       .arg(at)
                       .arg(it.key())
                       .arg(c.passRule.levels);
        checkParameters(it.value(), at, out);
        checkAgeRange(ind.parametersFor(it.key()), at, out);
    }
}
} // namespace

QStringList CatalogueValidator::problems(const Catalogue &c)
{
    QStringList out;
    if (c.code.trimmed().isEmpty())
        out << tr("code: the catalogue needs a code (e.g. \"learning_family.448\").");
    if (c.version.trimmed().isEmpty())
        out << tr("version: the catalogue needs a version (e.g. \"2015.1\").");
    if (c.titleText.trimmed().isEmpty())
        out << tr("title_text: the title's name is missing (e.g. \"Gia đình học tập\").");
    if (!c.instrument.date.isEmpty() && !QDate::fromString(c.instrument.date, Qt::ISODate).isValid())
        out << tr("instrument.date: \"%1\" is not a date: write it as YYYY-MM-DD.").arg(c.instrument.date);
    if (c.instrument.number.trimmed().isEmpty())
        out << tr("instrument.number: the instrument's number is missing (e.g. \"25/2023/TT-BGDĐT\").");
    checkYears(c, out);
    if (c.validityMonths < 1 || c.validityMonths > MaxValidity)
        out << tr("validity_months: %1 is out of range: 1 to %2.").arg(c.validityMonths).arg(MaxValidity);
    for (int i = 0; i < c.dependsOn.size(); ++i) {
        const auto depends = titleFromKey(c.dependsOn.at(i));
        if (!depends)
            out << tr("depends_on[%1]: unknown title \"%2\".").arg(i).arg(c.dependsOn.at(i));
        else if (*depends == c.title)
            out << tr("depends_on[%1]: a title cannot depend on itself.").arg(i);
    }
    for (int i = 0; i < c.appliesTo.size(); ++i)
        if (c.appliesTo.at(i).trimmed().isEmpty())
            out << tr("applies_to[%1]: empty.").arg(i);
    checkPassRule(c, out);

    if (c.criteria.isEmpty())
        out << tr("criteria: the catalogue has no criteria.");
    QSet<QString> criterionCodes;
    QHash<QString, QString> indicatorCodes; // code → path of its first use
    double sum = 0;
    for (int i = 0; i < c.criteria.size(); ++i) {
        const Criterion &criterion = c.criteria.at(i);
        const QString path = criterionPath(i);
        if (criterion.code.trimmed().isEmpty())
            out << tr("%1.code: the criterion needs a code.").arg(path);
        else if (criterionCodes.contains(criterion.code))
            out << tr("%1.code: the criterion code \"%2\" is used twice.").arg(path, criterion.code);
        criterionCodes.insert(criterion.code);
        if (criterion.text.trimmed().isEmpty())
            out << tr("%1.text: the criterion needs its text.").arg(path);
        if (criterion.indicators.isEmpty())
            out << tr("%1.indicators: the criterion has no indicators.").arg(path);
        if (criterion.minPoints < 0 || criterion.minPoints > criterion.points)
            out << tr("%1.min_points: %2 is out of range: 0 to the criterion's points %3.")
                       .arg(path, number(criterion.minPoints), number(criterion.points));
        double indicatorSum = 0;
        for (int j = 0; j < criterion.indicators.size(); ++j) {
            const Indicator &ind = criterion.indicators.at(j);
            const QString at = indicatorPath(i, j);
            checkIndicator(c, ind, at, out);
            if (!ind.code.isEmpty() && indicatorCodes.contains(ind.code))
                out << tr("%1.code: the indicator code \"%2\" is used twice (first at %3).")
                           .arg(at, ind.code, indicatorCodes.value(ind.code));
            else
                indicatorCodes.insert(ind.code, at);
            indicatorSum += ind.points;
        }
        if (!samePoints(indicatorSum, criterion.points))
            out << tr("%1.points: the criterion declares %2 points but its indicators add up to %3.")
                       .arg(path, number(criterion.points), number(indicatorSum));
        sum += criterion.points;
    }
    if (!samePoints(sum, c.totalPoints))
        out << tr("total_points: the catalogue declares %1 points but its criteria add up to %2.")
                   .arg(number(c.totalPoints), number(sum));
    return out;
}

} // namespace sht::criteria
