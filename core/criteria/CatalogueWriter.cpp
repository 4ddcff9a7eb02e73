#include "CatalogueWriter.h"

#include "CatalogueLoader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sht::criteria {

namespace {
QString passRuleKey(PassRule::Kind kind)
{
    switch (kind) {
    case PassRule::Kind::AllIndicators:
        return QStringLiteral("all_indicators");
    case PassRule::Kind::Points:
        return QStringLiteral("points");
    case PassRule::Kind::Bands:
        return QStringLiteral("bands");
    }
    return {};
}

QJsonObject indicatorObject(const Indicator &ind)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), ind.code);
    o.insert(QStringLiteral("text"), ind.text);
    o.insert(QStringLiteral("source"), ind.source);
    o.insert(QStringLiteral("kind"),
             ind.kind == IndicatorKind::Fact ? QStringLiteral("fact") : QStringLiteral("judged"));
    o.insert(QStringLiteral("wording"),
             ind.wording == Wording::Provincial ? QStringLiteral("provincial") : QStringLiteral("official"));
    o.insert(QStringLiteral("provisional"), ind.provisional);
    o.insert(QStringLiteral("points"), ind.points);
    o.insert(QStringLiteral("min_points"), ind.minPoints);
    o.insert(QStringLiteral("level"), ind.level);
    if (!ind.fact.isEmpty())
        o.insert(QStringLiteral("fact"), ind.fact);
    o.insert(QStringLiteral("parameters"), ind.parameters);
    QJsonObject levels;
    for (auto it = ind.levelParameters.constBegin(); it != ind.levelParameters.constEnd(); ++it)
        levels.insert(QString::number(it.key()), it.value());
    o.insert(QStringLiteral("level_parameters"), levels);
    o.insert(QStringLiteral("evidence_required"), ind.evidenceRequired);
    return o;
}

QJsonObject criterionObject(const Criterion &criterion)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), criterion.code);
    o.insert(QStringLiteral("text"), criterion.text);
    o.insert(QStringLiteral("points"), criterion.points);
    o.insert(QStringLiteral("min_points"), criterion.minPoints);
    QJsonArray indicators;
    for (const Indicator &ind : criterion.indicators)
        indicators.append(indicatorObject(ind));
    o.insert(QStringLiteral("indicators"), indicators);
    return o;
}

QJsonObject passRuleObject(const PassRule &rule)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), passRuleKey(rule.kind));
    o.insert(QStringLiteral("min_total"), rule.minTotal);
    o.insert(QStringLiteral("min_each_indicator"), rule.minEachIndicator);
    o.insert(QStringLiteral("levels"), rule.levels);
    o.insert(QStringLiteral("months_between_levels"), rule.monthsBetweenLevels);
    QJsonArray bands;
    for (const PassRule::Band &band : rule.bands)
        bands.append(
            QJsonObject{{QStringLiteral("name"), band.name}, {QStringLiteral("min_total"), band.minTotal}});
    o.insert(QStringLiteral("bands"), bands);
    o.insert(QStringLiteral("provisional"), rule.provisional);
    return o;
}
} // namespace

QJsonObject CatalogueWriter::toObject(const Catalogue &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), CatalogueLoader::FormatVersion);
    o.insert(QStringLiteral("code"), c.code);
    o.insert(QStringLiteral("version"), c.version);
    o.insert(QStringLiteral("title"), titleKey(c.title));
    o.insert(QStringLiteral("title_text"), c.titleText);
    o.insert(QStringLiteral("subject_kind"), subjectKindKey(subjectKindOf(c.title)));
    o.insert(QStringLiteral("instrument"), QJsonObject{{QStringLiteral("number"), c.instrument.number},
                                                       {QStringLiteral("date"), c.instrument.date},
                                                       {QStringLiteral("issuer"), c.instrument.issuer},
                                                       {QStringLiteral("citation"), c.instrument.citation}});
    o.insert(QStringLiteral("first_year"), c.firstYear);
    o.insert(QStringLiteral("last_year"), c.lastYear);
    o.insert(QStringLiteral("province"), c.province);
    o.insert(QStringLiteral("parent_code"), c.parentCode);
    o.insert(QStringLiteral("parent_version"), c.parentVersion);
    o.insert(QStringLiteral("applies_to"), QJsonArray::fromStringList(c.appliesTo));
    o.insert(QStringLiteral("validity_months"), c.validityMonths);
    o.insert(QStringLiteral("depends_on"), QJsonArray::fromStringList(c.dependsOn));
    o.insert(QStringLiteral("total_points"), c.totalPoints);
    o.insert(QStringLiteral("pass_rule"), passRuleObject(c.passRule));
    QJsonArray criteria;
    for (const Criterion &criterion : c.criteria)
        criteria.append(criterionObject(criterion));
    o.insert(QStringLiteral("criteria"), criteria);
    o.insert(QStringLiteral("notes"), c.notes);
    return o;
}

QByteArray CatalogueWriter::toJson(const Catalogue &catalogue, bool indented)
{
    return QJsonDocument(toObject(catalogue))
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace sht::criteria
