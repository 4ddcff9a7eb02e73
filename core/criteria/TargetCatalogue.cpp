#include "TargetCatalogue.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sht::criteria {

namespace {

const QSet<QString> &knownFields()
{
    static const QSet<QString> fields{QStringLiteral("indicator"),   QStringLiteral("year"),
                                      QStringLiteral("share"),       QStringLiteral("share_max"),
                                      QStringLiteral("confidence"),  QStringLiteral("provincial_plan"),
                                      QStringLiteral("area"),        QStringLiteral("source"),
                                      QStringLiteral("source_date"), QStringLiteral("note")};
    return fields;
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return TargetCatalogue::tr("nothing");
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// Reads one row; an empty string when it is good, else what is wrong with which field.
QString readRow(const QJsonObject &row, Target *target)
{
    for (auto it = row.begin(); it != row.end(); ++it)
        if (!knownFields().contains(it.key()))
            return TargetCatalogue::tr(
                       "%1: unknown field (expected one of indicator, year, share, share_max, "
                       "confidence, provincial_plan, area, source, source_date, note)")
                .arg(it.key());

    const QJsonValue indicator = row.value(QLatin1String("indicator"));
    const auto known = targetIndicatorFromKey(indicator.toString());
    if (!indicator.isString() || !known) {
        QStringList keys;
        for (TargetIndicator i : allTargetIndicators())
            keys << targetIndicatorKey(i);
        return TargetCatalogue::tr("indicator: %1 is not a known indicator (one of %2)")
            .arg(shown(indicator), keys.join(QStringLiteral(", ")));
    }
    target->indicator = *known;

    const QJsonValue year = row.value(QLatin1String("year"));
    if (!year.isDouble() || year.toDouble() != double(year.toInt()) || year.toInt() < 2000 ||
        year.toInt() > 2100)
        return TargetCatalogue::tr("year: %1 must be a whole year between 2000 and 2100").arg(shown(year));
    target->year = year.toInt();

    const QJsonValue share = row.value(QLatin1String("share"));
    if (!share.isDouble() || share.toDouble() < 0 || share.toDouble() > 1)
        return TargetCatalogue::tr("share: %1 must be a number from 0 to 1 (0.7 for 70%)").arg(shown(share));
    target->share = share.toDouble();

    if (row.contains(QLatin1String("share_max"))) {
        const QJsonValue max = row.value(QLatin1String("share_max"));
        if (!max.isDouble() || max.toDouble() < target->share || max.toDouble() > 1)
            return TargetCatalogue::tr("share_max: %1 must be a number from share (%2) to 1")
                .arg(shown(max))
                .arg(target->share);
        target->shareMax = max.toDouble();
    }

    const QJsonValue confidence = row.value(QLatin1String("confidence"));
    if (confidence == QJsonValue(QStringLiteral("verified")))
        target->confidence = TargetConfidence::Verified;
    else if (confidence == QJsonValue(QStringLiteral("inferred")))
        target->confidence = TargetConfidence::Inferred;
    else
        return TargetCatalogue::tr("confidence: %1 must be \"verified\" or \"inferred\"")
            .arg(shown(confidence));

    const QJsonValue area = row.value(QLatin1String("area"));
    if (area.isUndefined() || area == QJsonValue(QStringLiteral("general")))
        target->area = TargetArea::General;
    else if (area == QJsonValue(QStringLiteral("difficult")))
        target->area = TargetArea::Difficult;
    else
        return TargetCatalogue::tr("area: %1 must be \"general\" or \"difficult\"").arg(shown(area));

    const QJsonValue plan = row.value(QLatin1String("provincial_plan"));
    if (!plan.isUndefined() && !plan.isBool())
        return TargetCatalogue::tr("provincial_plan: %1 must be true or false").arg(shown(plan));
    target->provincialPlan = plan.toBool(false);

    const QJsonValue source = row.value(QLatin1String("source"));
    if (!source.isString() || source.toString().trimmed().isEmpty())
        return TargetCatalogue::tr("source: %1 must name the instrument, e.g. \"QĐ 387/QĐ-TTg\"")
            .arg(shown(source));
    target->source = source.toString().trimmed();

    const QJsonValue date = row.value(QLatin1String("source_date"));
    if (!date.isUndefined() &&
        (!date.isString() || !QDate::fromString(date.toString(), Qt::ISODate).isValid()))
        return TargetCatalogue::tr("source_date: %1 must be a date written YYYY-MM-DD").arg(shown(date));
    target->sourceDate = date.toString();

    const QJsonValue note = row.value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isString())
        return TargetCatalogue::tr("note: %1 must be text").arg(shown(note));
    target->notes = note.toString();
    target->scope = TargetScope::National;
    return QString();
}

} // namespace

TargetCatalogue TargetCatalogue::national(Status *status)
{
    const QString path = QStringLiteral(":/targets/national.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (status)
            *status = Status::failure(tr("The national targets (%1) are missing from this program: "
                                         "reinstall it.")
                                          .arg(path));
        return {};
    }
    return fromJson(file.readAll(), QStringLiteral("national.json"), status);
}

TargetCatalogue TargetCatalogue::fromJson(const QByteArray &json, const QString &fileName, Status *status)
{
    const auto fail = [&](const QString &message) {
        if (status)
            *status = Status::failure(QStringLiteral("%1: %2").arg(fileName, message));
        return TargetCatalogue();
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return fail(tr("the file must hold one JSON object with \"format\" and \"targets\""));
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toInt(-1) != Format)
        return fail(
            tr("format: %1 is not a targets format this program reads (%2)").arg(shown(format)).arg(Format));
    const QJsonValue rows = root.value(QLatin1String("targets"));
    if (!rows.isArray())
        return fail(tr("targets: must be a list of targets"));

    TargetCatalogue catalogue;
    QSet<QString> seen;
    const QJsonArray array = rows.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("targets[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(tr("%1: must be an object").arg(where));
        Target target;
        if (const QString problem = readRow(array.at(i).toObject(), &target); !problem.isEmpty())
            return fail(QStringLiteral("%1.%2").arg(where, problem));
        // The same instrument cannot set two figures for one indicator, year and area.
        const QString identity = QStringLiteral("%1|%2|%3|%4")
                                     .arg(targetIndicatorKey(target.indicator))
                                     .arg(target.year)
                                     .arg(int(target.area))
                                     .arg(target.source);
        if (seen.contains(identity))
            return fail(tr("%1: a second target of %2 for %3 (%4, %5)")
                            .arg(where, target.source)
                            .arg(target.year)
                            .arg(targetIndicatorKey(target.indicator), target.area == TargetArea::Difficult
                                                                           ? QStringLiteral("difficult")
                                                                           : QStringLiteral("general")));
        seen.insert(identity);
        catalogue.m_targets << target;
    }
    if (status)
        *status = Status::success();
    return catalogue;
}

} // namespace sht::criteria
