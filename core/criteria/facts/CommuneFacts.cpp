#include "Facts.h"

#include <QMap>

namespace sht::criteria::facts {

namespace {

class CommuneEvidence
{
    Q_DECLARE_TR_FUNCTIONS(CommuneEvidence)
};

// Per village counts, for evidence lines the council can check against the villages' own reports.
struct Tally
{
    int total = 0;
    int count = 0;
    int second = 0;
};

// The citizens of the commune counted by TT 25 TC5: living residents (a household of the commune on 31/12)
// aged at least minAge. The commune setting, when set, replaces the catalogue's age (REFERENCE.md: the
// denominator is not defined by the known text, so it is the commune's choice).
int citizenMinAge(const EvaluationData &data, int catalogueMinAge, QString *source)
{
    if (data.citizenMinAge > 0) {
        *source = CommuneEvidence::tr("theo thiết lập của xã");
        return data.citizenMinAge;
    }
    *source = CommuneEvidence::tr("theo bộ tiêu chí");
    return catalogueMinAge;
}

template <typename Count>
QMap<int, Tally> tallyByVillage(const EvaluationData &data, int minAge, Count count)
{
    QMap<int, Tally> byVillage;
    for (const EvalHousehold &h : data.households) {
        if (h.members.isEmpty())
            continue;
        Tally &t = byVillage[h.village];
        for (int index : h.members) {
            const EvalPerson &p = data.people[size_t(index)];
            if (p.age < minAge)
                continue;
            ++t.total;
            count(index, p, t);
        }
    }
    return byVillage;
}

QString villageName(const EvaluationData &data, int village)
{
    return village >= 0 ? data.villages[size_t(village)].name : CommuneEvidence::tr("(không rõ thôn)");
}

} // namespace

FactResult communeShareCitizensRecognised(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int catalogueAge = p.integer(QStringLiteral("min_age"));
    const double minShare = p.number(QStringLiteral("min_share"));
    if (!p.ok())
        return p.failure();
    const EvaluationData &data = context.data;
    QString ageSource;
    const int minAge = citizenMinAge(data, catalogueAge, &ageSource);
    const QMap<int, Tally> byVillage =
        tallyByVillage(data, minAge, [&](int index, const EvalPerson &, Tally &t) {
            if (context.metOrRecognised(Title::LearningCitizen, index))
                ++t.count;
        });
    FactResult result;
    Tally all;
    for (auto it = byVillage.cbegin(); it != byVillage.cend(); ++it) {
        all.total += it->total;
        all.count += it->count;
        result.evidence << Evidence{
            CommuneEvidence::tr("%1: %2 người đạt Công dân học tập")
                .arg(villageName(data, it.key()), evidence::ratio(it->count, it->total)),
            it.key() >= 0 ? data.villages[size_t(it.key())].uuid : QString(), false};
    }
    result.evidence.prepend(
        Evidence{CommuneEvidence::tr("Người dân từ %1 tuổi trở lên (%2), đang cư trú ngày %3")
                     .arg(minAge)
                     .arg(ageSource, evidence::day(data.endOfYear)),
                 QString(), false});
    result.met = evidence::reaches(all.count, all.total, minShare);
    result.numeric = all.total > 0 ? double(all.count) / all.total : 0;
    result.value = CommuneEvidence::tr("%1 người dân đạt Công dân học tập (cần %2)")
                       .arg(evidence::ratio(all.count, all.total), evidence::percent(minShare));
    if (!result.met)
        result.evidence[0].againstRule = true;
    return result;
}

FactResult communeShareTrained(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int catalogueAge = p.integer(QStringLiteral("min_age"));
    double minShare = p.number(QStringLiteral("min_share"));
    double minUniversity = p.number(QStringLiteral("min_share_university"));
    if (!p.ok())
        return p.failure();
    const EvaluationData &data = context.data;
    // Difficult areas have lower thresholds (TT 25 TC5 CT2); the commune setting says which applies.
    if (data.difficultArea) {
        minShare = p.number(QStringLiteral("min_share_difficult"), minShare);
        minUniversity = p.number(QStringLiteral("min_share_university_difficult"), minUniversity);
    }
    QString ageSource;
    const int minAge = citizenMinAge(data, catalogueAge, &ageSource);
    int unknown = 0;
    const QMap<int, Tally> byVillage =
        tallyByVillage(data, minAge, [&](int, const EvalPerson &person, Tally &t) {
            if (person.education.hasTechnicalTraining())
                ++t.count;
            if (person.education.isUniversityOrHigher())
                ++t.second;
            if (person.education.isNull())
                ++unknown;
        });
    FactResult result;
    Tally all;
    for (auto it = byVillage.cbegin(); it != byVillage.cend(); ++it) {
        all.total += it->total;
        all.count += it->count;
        all.second += it->second;
        result.evidence << Evidence{CommuneEvidence::tr("%1: %2 người qua đào tạo, %3 đại học trở lên")
                                        .arg(villageName(data, it.key()),
                                             evidence::ratio(it->count, it->total),
                                             evidence::ratio(it->second, it->total)),
                                    it.key() >= 0 ? data.villages[size_t(it.key())].uuid : QString(), false};
    }
    const bool trainedOk = evidence::reaches(all.count, all.total, minShare);
    const bool universityOk = evidence::reaches(all.second, all.total, minUniversity);
    result.evidence.prepend(
        Evidence{CommuneEvidence::tr("Đại học trở lên: %1 (cần %2)")
                     .arg(evidence::ratio(all.second, all.total), evidence::percent(minUniversity)),
                 QString(), !universityOk});
    result.evidence.prepend(
        Evidence{CommuneEvidence::tr("Có trình độ chuyên môn kỹ thuật: %1 (cần %2)")
                     .arg(evidence::ratio(all.count, all.total), evidence::percent(minShare)),
                 QString(), !trainedOk});
    result.evidence.prepend(
        Evidence{CommuneEvidence::tr("Người dân từ %1 tuổi trở lên (%2), đang cư trú ngày %3%4")
                     .arg(minAge)
                     .arg(ageSource, evidence::day(data.endOfYear),
                          data.difficultArea ? CommuneEvidence::tr("; xã thuộc vùng khó khăn") : QString()),
                 QString(), false});
    if (unknown > 0)
        result.evidence.insert(
            1,
            Evidence{CommuneEvidence::tr("%1 người chưa rõ trình độ: tính là chưa qua đào tạo").arg(unknown),
                     QString(), false});
    result.met = trainedOk && universityOk;
    result.numeric = all.total > 0 ? double(all.count) / all.total : 0;
    result.value = CommuneEvidence::tr("%1 qua đào tạo (cần %2), trong đó %3 đại học trở lên (cần %4)")
                       .arg(evidence::ratio(all.count, all.total), evidence::percent(minShare),
                            evidence::ratio(all.second, all.total), evidence::percent(minUniversity));
    return result;
}

} // namespace sht::criteria::facts
