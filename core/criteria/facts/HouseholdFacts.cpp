#include "Facts.h"

namespace sht::criteria::facts {

namespace {

class HouseholdEvidence
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdEvidence)

public:
    static QString person(const EvalPerson &p, const QString &state)
    {
        return tr("%1, %2 tuổi: %3").arg(p.name).arg(p.age).arg(state);
    }
};

// The living members of the household on 31/12 whose age is within [minAge, maxAge]; members without a
// known birth date cannot be placed in an age range and are left out (the register should be completed).
QList<const EvalPerson *> membersAged(const FactContext &context, int minAge, int maxAge)
{
    QList<const EvalPerson *> result;
    const EvalHousehold &household = context.data.households[size_t(context.subject)];
    for (int index : household.members) {
        const EvalPerson &p = context.data.people[size_t(index)];
        if (p.age >= minAge && p.age <= maxAge)
            result << &p;
    }
    return result;
}

} // namespace

FactResult childrenInSchool(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int minAge = p.integer(QStringLiteral("min_age"));
    const int maxAge = p.integer(QStringLiteral("max_age"));
    if (!p.ok())
        return p.failure();
    const int year = context.data.year;
    FactResult result;
    int inSchool = 0;
    const QList<const EvalPerson *> children = membersAged(context, minAge, maxAge);
    for (const EvalPerson *child : children) {
        switch (child->schoolStatus) {
        case SchoolStatus::Enrolled:
            ++inSchool;
            result.evidence << Evidence{
                HouseholdEvidence::person(*child, HouseholdEvidence::tr("đi học năm %1").arg(year)),
                child->uuid, false};
            break;
        case SchoolStatus::Exempt:
            ++inSchool;
            result.evidence << Evidence{
                HouseholdEvidence::person(*child, HouseholdEvidence::tr("được miễn (ốm đau, khuyết tật)")),
                child->uuid, false};
            break;
        case SchoolStatus::NotEnrolled:
            result.evidence << Evidence{
                HouseholdEvidence::person(*child, HouseholdEvidence::tr("không đi học năm %1").arg(year)),
                child->uuid, true};
            break;
        case SchoolStatus::Unknown:
            result.evidence << Evidence{
                HouseholdEvidence::person(*child, HouseholdEvidence::tr("chưa rõ có đi học không")),
                child->uuid, true};
            break;
        }
    }
    result.met = inSchool == children.size();
    result.numeric = children.isEmpty() ? 1.0 : double(inSchool) / children.size();
    result.value = children.isEmpty()
                       ? HouseholdEvidence::tr("Không có trẻ từ %1 đến %2 tuổi").arg(minAge).arg(maxAge)
                       : HouseholdEvidence::tr("%1/%2 trẻ từ %3 đến %4 tuổi đi học hoặc được miễn")
                             .arg(inSchool)
                             .arg(children.size())
                             .arg(minAge)
                             .arg(maxAge);
    return result;
}

FactResult adultsLiterate(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int minAge = p.integer(QStringLiteral("min_age"));
    const int maxAge = p.integer(QStringLiteral("max_age"));
    if (!p.ok())
        return p.failure();
    FactResult result;
    int literate = 0;
    int counted = 0;
    for (const EvalPerson *adult : membersAged(context, minAge, maxAge)) {
        // Those unable to learn (illness, disability: school status "exempt") are left out, as 448 says.
        if (adult->schoolStatus == SchoolStatus::Exempt) {
            result.evidence << Evidence{
                HouseholdEvidence::person(*adult, HouseholdEvidence::tr("không có khả năng học, không tính")),
                adult->uuid, false};
            continue;
        }
        ++counted;
        switch (adult->education.literacy()) {
        case Education::Literacy::Level1:
        case Education::Literacy::Level2:
            ++literate;
            result.evidence << Evidence{
                HouseholdEvidence::person(
                    *adult, HouseholdEvidence::tr("biết chữ (%1)").arg(adult->education.toString())),
                adult->uuid, false};
            break;
        case Education::Literacy::Illiterate:
            result.evidence << Evidence{
                HouseholdEvidence::person(
                    *adult,
                    adult->education.isNull()
                        ? HouseholdEvidence::tr("chưa biết chữ")
                        : HouseholdEvidence::tr("chưa biết chữ (%1)").arg(adult->education.toString())),
                adult->uuid, true};
            break;
        case Education::Literacy::Unknown:
            result.evidence << Evidence{
                HouseholdEvidence::person(*adult, HouseholdEvidence::tr("chưa rõ trình độ học vấn")),
                adult->uuid, true};
            break;
        }
    }
    result.met = literate == counted;
    result.numeric = counted == 0 ? 1.0 : double(literate) / counted;
    result.value =
        counted == 0
            ? HouseholdEvidence::tr("Không có người từ %1 đến %2 tuổi phải xét").arg(minAge).arg(maxAge)
            : HouseholdEvidence::tr("%1/%2 người từ %3 đến %4 tuổi biết chữ")
                  .arg(literate)
                  .arg(counted)
                  .arg(minAge)
                  .arg(maxAge);
    return result;
}

FactResult adultsLearning(const FactContext &context, const QJsonObject &parameters)
{
    FactParameters p(parameters);
    const int minAge = p.integer(QStringLiteral("min_age"));
    const int maxAge = p.integer(QStringLiteral("max_age"));
    const int minActivities = p.integer(QStringLiteral("min_activities"));
    if (!p.ok())
        return p.failure();
    const int year = context.data.year;
    FactResult result;
    int learning = 0;
    const QList<const EvalPerson *> adults = membersAged(context, minAge, maxAge);
    for (const EvalPerson *adult : adults) {
        if (adult->courses >= minActivities) {
            ++learning;
            result.evidence << Evidence{
                HouseholdEvidence::person(*adult,
                                          HouseholdEvidence::tr("đã học %1 chuyên đề tại TTHTCĐ năm %2")
                                              .arg(adult->courses)
                                              .arg(year)),
                adult->uuid, false};
        } else {
            result.evidence << Evidence{
                HouseholdEvidence::person(
                    *adult, adult->courses == 0
                                ? HouseholdEvidence::tr("chưa học chuyên đề nào tại TTHTCĐ năm %1").arg(year)
                                : HouseholdEvidence::tr("mới học %1/%2 chuyên đề tại TTHTCĐ năm %3")
                                      .arg(adult->courses)
                                      .arg(minActivities)
                                      .arg(year)),
                adult->uuid, true};
        }
    }
    result.met = learning == adults.size();
    result.numeric = adults.isEmpty() ? 1.0 : double(learning) / adults.size();
    result.value = adults.isEmpty()
                       ? HouseholdEvidence::tr("Không có người từ %1 đến %2 tuổi").arg(minAge).arg(maxAge)
                       : HouseholdEvidence::tr("%1/%2 người lớn đã học ít nhất %3 chuyên đề tại TTHTCĐ")
                             .arg(learning)
                             .arg(adults.size())
                             .arg(minActivities);
    return result;
}

} // namespace sht::criteria::facts
