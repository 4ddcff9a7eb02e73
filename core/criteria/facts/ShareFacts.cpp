#include "Facts.h"

namespace sht::criteria::facts {

namespace {

class ShareEvidence
{
    Q_DECLARE_TR_FUNCTIONS(ShareEvidence)

public:
    static QString recognisedWord(bool met) { return met ? tr("đạt") : tr("chưa đạt"); }
};

// Lists the items against the rule (at most evidence::kMaxItems, then a count) after those that meet it
// are summed up: with hundreds of members the council reads who is missing, not who is there.
class ItemList
{
public:
    void add(const QString &text, const QString &uuid, bool against)
    {
        if (!against) {
            if (m_listed < evidence::kMaxItems) {
                m_items << Evidence{text, uuid, false};
                ++m_listed;
            }
            return;
        }
        if (m_against.size() < evidence::kMaxItems)
            m_against << Evidence{text, uuid, true};
        else
            ++m_moreAgainst;
    }
    void appendTo(FactResult &result) const
    {
        result.evidence << m_against;
        if (m_moreAgainst > 0)
            result.evidence << Evidence{ShareEvidence::tr("… và %1 mục khác chưa đạt").arg(m_moreAgainst),
                                        QString(), true};
        result.evidence << m_items;
    }

private:
    QList<Evidence> m_items;
    QList<Evidence> m_against;
    int m_listed = 0;
    int m_moreAgainst = 0;
};

// The share of households recognised "Gia đình học tập" among households: the same counting for a clan and
// a village. A household without living members on 31/12 is no longer a household of the commune.
FactResult householdShare(const FactContext &context, const QList<int> &households, Title title,
                          double minShare, FactResult result)
{
    const EvaluationData &data = context.data;
    int total = 0;
    int met = 0;
    ItemList items;
    for (int index : households) {
        const EvalHousehold &h = data.households[size_t(index)];
        if (h.members.isEmpty()) {
            result.evidence << Evidence{ShareEvidence::tr("Hộ %1: không còn ai cư trú ngày %2, không tính")
                                            .arg(data.householdName(index), evidence::day(data.endOfYear)),
                                        h.uuid, false};
            continue;
        }
        ++total;
        const bool ok = context.metOrRecognised(title, index);
        met += ok ? 1 : 0;
        items.add(
            ShareEvidence::tr("Hộ %1: %2").arg(data.householdName(index), ShareEvidence::recognisedWord(ok)),
            h.uuid, !ok);
    }
    items.appendTo(result);
    result.met = evidence::reaches(met, total, minShare);
    result.numeric = total > 0 ? double(met) / total : 0;
    result.value =
        ShareEvidence::tr("%1 hộ đạt %2 (cần %3)")
            .arg(evidence::ratio(met, total),
                 title == Title::LearningFamily ? ShareEvidence::tr("Gia đình học tập") : titleKey(title),
                 evidence::percent(minShare));
    return result;
}

} // namespace

FactResult clanShareHouseholdsRecognised(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const double minShare = p.number(QStringLiteral("min_share"));
    const QString titleText = parameters.contains(QStringLiteral("title")) ? p.text(QStringLiteral("title"))
                                                                           : titleKey(Title::LearningFamily);
    if (!p.ok())
        return p.failure();
    const std::optional<Title> title = titleFromKey(titleText);
    if (!title) {
        FactResult unknown;
        unknown.value = ShareEvidence::tr("Bộ tiêu chí ghi danh hiệu không có: %1").arg(titleText);
        unknown.evidence << Evidence{unknown.value, QString(), true};
        return unknown;
    }
    const EvalClan &clan = context.data.clans[size_t(context.subject)];
    return householdShare(context, clan.households, *title, minShare, FactResult());
}

FactResult villageShareHouseholdsRecognised(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const double minShare = p.number(QStringLiteral("min_share"));
    if (!p.ok())
        return p.failure();
    const EvaluationData &data = context.data;
    const EvalVillage &village = data.villages[size_t(context.subject)];
    FactResult result;
    // Households that left during the year: named, so the council sees why they are not counted.
    for (const DepartedHousehold &d : village.departed)
        result.evidence << Evidence{
            ShareEvidence::tr("Hộ %1: chuyển khỏi %2 ngày %3, không tính")
                .arg(data.householdName(d.household), village.name, evidence::day(d.left)),
            data.households[size_t(d.household)].uuid, false};
    return householdShare(context, village.households, Title::LearningFamily, minShare, result);
}

FactResult villageShareAdultsCitizen(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int minAge = p.integer(QStringLiteral("min_age"));
    const double minShare = p.number(QStringLiteral("min_share"));
    if (!p.ok())
        return p.failure();
    const EvaluationData &data = context.data;
    const EvalVillage &village = data.villages[size_t(context.subject)];
    int total = 0;
    int met = 0;
    ItemList items;
    for (int h : village.households)
        for (int index : data.households[size_t(h)].members) {
            const EvalPerson &person = data.people[size_t(index)];
            if (person.age < minAge)
                continue;
            ++total;
            const bool ok = context.metOrRecognised(Title::LearningCitizen, index);
            met += ok ? 1 : 0;
            items.add(ShareEvidence::tr("%1, %2 tuổi: %3")
                          .arg(person.name)
                          .arg(person.age)
                          .arg(ShareEvidence::recognisedWord(ok)),
                      person.uuid, !ok);
        }
    FactResult result;
    items.appendTo(result);
    result.met = evidence::reaches(met, total, minShare);
    result.numeric = total > 0 ? double(met) / total : 0;
    result.value = ShareEvidence::tr("%1 người từ %2 tuổi đạt Công dân học tập (cần %3)")
                       .arg(evidence::ratio(met, total))
                       .arg(minAge)
                       .arg(evidence::percent(minShare));
    return result;
}

FactResult unitShareStaffCitizen(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    double minShare = p.number(QStringLiteral("min_share"));
    if (!p.ok())
        return p.failure();
    const EvaluationData &data = context.data;
    const EvalUnit &unit = data.units[size_t(context.subject)];
    // TT 24 TC3 CT1 asks more of schools (min_share_school, when the catalogue gives it).
    const bool school = unit.kind == QLatin1String("preschool") ||
                        unit.kind == QLatin1String("primary_school") ||
                        unit.kind == QLatin1String("lower_secondary_school");
    if (school)
        minShare = p.number(QStringLiteral("min_share_school"), minShare);
    int inRegister = 0;
    int met = 0;
    ItemList items;
    for (int index : unit.staff) {
        const EvalPerson &person = data.people[size_t(index)];
        if (!person.alive)
            continue;
        ++inRegister;
        const bool ok = context.metOrRecognised(Title::LearningCitizen, index);
        met += ok ? 1 : 0;
        items.add(ShareEvidence::tr("%1: %2").arg(person.name, ShareEvidence::recognisedWord(ok)),
                  person.uuid, !ok);
    }
    FactResult result;
    // Staff missing from the register cannot be shown to be recognised: the declared head count, when it is
    // larger, is the denominator, and the evidence says so.
    const int total = qMax(inRegister, unit.staffCount);
    if (unit.staffCount > inRegister)
        result.evidence << Evidence{
            ShareEvidence::tr("Đơn vị khai %1 người; sổ chỉ có %2 người: tính trên %1")
                .arg(unit.staffCount)
                .arg(inRegister),
            QString(), false};
    else
        result.evidence << Evidence{ShareEvidence::tr("Tính trên %1 người có trong sổ").arg(inRegister),
                                    QString(), false};
    items.appendTo(result);
    result.met = evidence::reaches(met, total, minShare);
    result.numeric = total > 0 ? double(met) / total : 0;
    result.value = ShareEvidence::tr("%1 người đạt Công dân học tập (cần %2)")
                       .arg(evidence::ratio(met, total), evidence::percent(minShare));
    return result;
}

} // namespace sht::criteria::facts
