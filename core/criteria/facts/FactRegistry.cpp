#include "FactRegistry.h"

#include "Facts.h"

namespace sht::criteria {

const QList<FactSpec> &FactRegistry::all()
{
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result << QLatin1String(name);
        return result;
    };
    static const QList<FactSpec> specs{
        {QStringLiteral("household.children_in_school"), SubjectKind::Household, list({"min_age", "max_age"}),
         &facts::childrenInSchool},
        {QStringLiteral("household.adults_literate"), SubjectKind::Household, list({"min_age", "max_age"}),
         &facts::adultsLiterate},
        {QStringLiteral("household.adults_learning"), SubjectKind::Household,
         list({"min_age", "max_age", "min_activities"}), &facts::adultsLearning},
        {QStringLiteral("clan.share_households_recognised"), SubjectKind::Clan, list({"min_share"}),
         &facts::clanShareHouseholdsRecognised},
        {QStringLiteral("village.share_households_recognised"), SubjectKind::Village, list({"min_share"}),
         &facts::villageShareHouseholdsRecognised},
        {QStringLiteral("village.share_adults_citizen"), SubjectKind::Village, list({"min_age", "min_share"}),
         &facts::villageShareAdultsCitizen},
        {QStringLiteral("unit.share_staff_citizen"), SubjectKind::LocalUnit, list({"min_share"}),
         &facts::unitShareStaffCitizen},
        {QStringLiteral("citizen.centre_attendance"), SubjectKind::Person, list({"min_sessions"}),
         &facts::citizenCentreAttendance},
        {QStringLiteral("commune.share_citizens_recognised"), SubjectKind::Commune,
         list({"min_age", "min_share"}), &facts::communeShareCitizensRecognised},
        {QStringLiteral("commune.share_trained"), SubjectKind::Commune,
         list({"min_age", "min_share", "min_share_university"}), &facts::communeShareTrained},
        {QStringLiteral("centre.activity"), SubjectKind::LearningCentre,
         list({"min_courses", "min_sessions"}), &facts::centreActivity},
    };
    return specs;
}

QStringList FactRegistry::names()
{
    QStringList result;
    for (const FactSpec &spec : all())
        result << spec.name;
    return result;
}

const FactSpec *FactRegistry::find(const QString &name)
{
    for (const FactSpec &spec : all())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

} // namespace sht::criteria
