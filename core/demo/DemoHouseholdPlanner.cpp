#include "DemoHouseholdPlanner.h"

#include "DemoNames.h"
#include "DemoRandom.h"

namespace sht::demo {

DemoHouseholdPlanner::DemoHouseholdPlanner(DemoRandom &random, const DemoOptions &options)
    : m_random(random)
    , m_options(options)
    , m_year(options.referenceYear)
{}

PartialDate DemoHouseholdPlanner::birthDateIn(int year)
{
    // The elderly often know only their birth year; a few registers give month and year.
    if (year < 1950 && m_random.chance(0.5))
        return PartialDate::fromYear(year);
    const int month = m_random.between(1, 12);
    if (m_random.chance(0.03))
        return PartialDate::fromYearMonth(year, month);
    const int day = m_random.between(1, QDate(year, month, 1).daysInMonth());
    return PartialDate::fromDate(QDate(year, month, day));
}

Person DemoHouseholdPlanner::makePerson(Sex sex, int birthYear, const QString &family)
{
    Person person;
    person.sex = sex;
    person.name = PersonName::fromParts(family, DemoNames::middleName(m_random, sex, birthYear),
                                        DemoNames::givenName(m_random, sex, birthYear));
    person.birthDate = birthDateIn(birthYear);
    person.ethnicity = m_ethnicity;
    person.religion = m_religion;
    fillPersonalData(person);
    return person;
}

void DemoHouseholdPlanner::fillPersonalData(Person &person)
{
    const int birthYear = person.birthDate.year();
    const int age = m_year - birthYear;
    person.education = educationFor(birthYear, person);
    person.occupation = occupationFor(person, age);
    person.citizenId = citizenIdFor(person, birthYear);
    if (age >= 18 && age <= 70 && m_random.chance(0.7))
        person.phone = QStringLiteral("0%1%2")
                           .arg(m_random.pick(QList<int>{3, 9, 8, 7}))
                           .arg(m_random.between(10000000, 99999999));
}

Education DemoHouseholdPlanner::educationFor(int birthYear, Person &person)
{
    const int age = m_year - birthYear;
    if (age < 3)
        return Education();
    if (age < 6)
        return Education::ofLevel(Education::Level::Preschool);
    if (age <= 17) {
        // Pupils carry their current grade; a few older children left school early.
        int grade = qMin(12, age - 5);
        person.schoolStatus = SchoolStatus::Enrolled;
        if (age >= 11 && m_random.chance(0.02)) {
            person.schoolStatus = SchoolStatus::NotEnrolled;
            grade = qMax(1, grade - m_random.between(1, 3));
        } else if (m_random.chance(0.004)) {
            person.schoolStatus = SchoolStatus::Exempt;
        }
        return Education::general(grade, 12);
    }
    if (birthYear < 1975) {
        if (m_random.chance(birthYear < 1950 ? 0.05 : 0.01))
            return Education::ofLevel(Education::Level::Illiterate);
        const int choice = m_random.weighted({4, 16, 42, 24, 7, 3, 4});
        static const int grades[] = {2, 4, 7, 10};
        if (choice < 4)
            return Education::general(grades[choice], 10);
        static const Education::Level levels[] = {Education::Level::Vocational, Education::Level::College,
                                                  Education::Level::University};
        return Education::ofLevel(levels[choice - 4]);
    }
    const bool young = birthYear >= 1990;
    const int choice = m_random.weighted(young ? QList<double>{1, 3, 22, 40, 10, 8, 15, 1}
                                               : QList<double>{3, 6, 38, 30, 9, 5, 8, 1});
    static const int grades[] = {5, 7, 9, 12};
    if (choice < 4)
        return Education::general(grades[choice], 12);
    static const Education::Level levels[] = {Education::Level::Vocational, Education::Level::College,
                                              Education::Level::University, Education::Level::Master};
    return Education::ofLevel(levels[choice - 4]);
}

QString DemoHouseholdPlanner::occupationFor(const Person &person, int age)
{
    if (age < 6)
        return QString();
    if (age <= 17)
        return person.schoolStatus == SchoolStatus::NotEnrolled ? QStringLiteral("Lao động tự do")
                                                                : QStringLiteral("Học sinh");
    if (age <= 22 && person.education.level() >= Education::Level::General && m_random.chance(0.3))
        return QStringLiteral("Sinh viên");
    if (age >= 60) {
        static const QList<QString> elderly{QStringLiteral("Làm ruộng"), QStringLiteral("Hưu trí"),
                                            QStringLiteral("Nội trợ"), QStringLiteral("Không")};
        return elderly.at(m_random.weighted({40, 25, 10, 25}));
    }
    if (person.education.hasTechnicalTraining() && m_random.chance(0.5)) {
        static const QList<QString> trained{QStringLiteral("Giáo viên"), QStringLiteral("Cán bộ"),
                                            QStringLiteral("Nhân viên văn phòng"),
                                            QStringLiteral("Kỹ thuật viên"), QStringLiteral("Y sĩ")};
        return trained.at(m_random.weighted({30, 20, 25, 15, 10}));
    }
    static const QList<QString> common{QStringLiteral("Làm ruộng"), QStringLiteral("Công nhân"),
                                       QStringLiteral("Buôn bán"),  QStringLiteral("Lao động tự do"),
                                       QStringLiteral("Thợ xây"),   QStringLiteral("Nội trợ")};
    return common.at(m_random.weighted({45, 22, 10, 12, 5, 6}));
}

CitizenId DemoHouseholdPlanner::citizenIdFor(const Person &person, int birthYear)
{
    const int age = m_year - birthYear;
    // Personal ID numbers are issued at birth now, but registers list them mostly for those over 14;
    // the oldest often still have a 9-digit CMND.
    const bool hasId = age >= 14 ? m_random.chance(birthYear < 1950 ? 0.85 : 0.95) : m_random.chance(0.5);
    if (!hasId)
        return CitizenId();
    if (age >= 14 && m_random.chance(birthYear < 1950 ? 0.45 : 0.03)) {
        for (;;) {
            const QString cmnd =
                QStringLiteral("16%1").arg(m_random.between(0, 9999999), 7, 10, QLatin1Char('0'));
            if (!m_usedIds.contains(cmnd)) {
                m_usedIds.insert(cmnd);
                return CitizenId::parse(cmnd);
            }
        }
    }
    const int century = (birthYear / 100 - 19) * 2 + (person.sex == Sex::Female ? 1 : 0);
    const int province =
        m_random.chance(0.92) ? m_options.provinceCode : m_random.pick(QList<int>{1, 35, 36, 38, 79});
    for (;;) {
        const QString digits = QStringLiteral("%1%2%3%4")
                                   .arg(province, 3, 10, QLatin1Char('0'))
                                   .arg(century)
                                   .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
                                   .arg(m_random.between(0, 999999), 6, 10, QLatin1Char('0'));
        if (!m_usedIds.contains(digits)) {
            m_usedIds.insert(digits);
            return CitizenId::parse(digits);
        }
    }
}

void DemoHouseholdPlanner::giveOwnGivenName(Person &person, const PlannedHousehold &household)
{
    // Families do not give a child the given name of a parent or a sibling.
    const auto taken = [&household](const QString &given) {
        for (const PlannedMember &member : household.members)
            if (member.person.name.given() == given)
                return true;
        return false;
    };
    for (int attempt = 0; attempt < 8 && taken(person.name.given()); ++attempt)
        person.name =
            PersonName::fromParts(person.name.family(), person.name.middle(),
                                  DemoNames::givenName(m_random, person.sex, person.birthDate.year()));
}

void DemoHouseholdPlanner::addChildren(PlannedHousehold &household, const Person &mother,
                                       const QString &family, int count, Relation relation)
{
    const int motherBorn = mother.birthDate.year();
    // First birth between 19 and 30, then spaced 1–6 years, never after 40 or after the reference year.
    int year = motherBorn + m_random.between(19, 30);
    for (int i = 0; i < count; ++i) {
        if (year > m_year || year - motherBorn > 40)
            break;
        const Sex sex = m_random.chance(0.515) ? Sex::Male : Sex::Female;
        Person child = makePerson(sex, year, family);
        giveOwnGivenName(child, household);
        household.members << PlannedMember{child, relation};
        year += m_random.between(1, 6);
    }
}

PlannedHousehold DemoHouseholdPlanner::plan()
{
    m_ethnicity = QStringList{QStringLiteral("Kinh"), QStringLiteral("Mường"), QStringLiteral("Tày")}.at(
        m_random.weighted({96, 3, 1}));
    m_religion =
        QStringList{QStringLiteral("Không"), QStringLiteral("Công giáo"), QStringLiteral("Phật giáo")}.at(
            m_random.weighted({85, 9, 6}));
    PlannedHousehold household;
    const QString family = DemoNames::familyName(m_random);
    const int shape = m_random.weighted({8, 8, 4, 51, 23, 6});
    switch (shape) {
    case 0: { // an elder living alone, more often a widow
        const Sex sex = m_random.chance(0.7) ? Sex::Female : Sex::Male;
        household.members << PlannedMember{
            makePerson(sex, m_year - m_random.between(65, 95),
                       sex == Sex::Male ? family : DemoNames::familyName(m_random)),
            Relation::Head};
        if (sex == Sex::Male)
            household.maleLine = family;
        break;
    }
    case 1:   // an elderly couple
    case 2: { // a young couple without children yet
        const int age = shape == 1 ? m_random.between(60, 85) : m_random.between(21, 30);
        Person head = makePerson(Sex::Male, m_year - age, family);
        Person wife =
            makePerson(Sex::Female, m_year - age + m_random.between(-1, 5), DemoNames::familyName(m_random));
        household.members << PlannedMember{head, Relation::Head} << PlannedMember{wife, Relation::Spouse};
        household.maleLine = family;
        break;
    }
    case 3: { // parents and their children; one in ten headed by the mother
        const int age = m_random.between(25, 58);
        Person father = makePerson(Sex::Male, m_year - age, family);
        Person mother =
            makePerson(Sex::Female, m_year - age + m_random.between(-1, 6), DemoNames::familyName(m_random));
        if (m_random.chance(0.1))
            household.members << PlannedMember{mother, Relation::Head}
                              << PlannedMember{father, Relation::Spouse};
        else
            household.members << PlannedMember{father, Relation::Head}
                              << PlannedMember{mother, Relation::Spouse};
        addChildren(household, mother, family, 1 + m_random.weighted({20, 50, 25, 5}), Relation::Child);
        household.maleLine = family;
        break;
    }
    case 4: { // three generations: grandparents, their son's family
        const int elderAge = m_random.between(58, 88);
        Person grandfather = makePerson(Sex::Male, m_year - elderAge, family);
        Person grandmother = makePerson(Sex::Female, m_year - elderAge + m_random.between(0, 5),
                                        DemoNames::familyName(m_random));
        const int sonBorn = grandmother.birthDate.year() + m_random.between(20, 35);
        Person son = makePerson(Sex::Male, qMin(sonBorn, m_year - 20), family);
        Person daughterInLaw = makePerson(Sex::Female, son.birthDate.year() + m_random.between(-1, 5),
                                          DemoNames::familyName(m_random));
        PlannedHousehold parents;
        parents.members << PlannedMember{grandfather, Relation::Head}
                        << PlannedMember{grandmother, Relation::Spouse};
        giveOwnGivenName(son, parents);
        const bool elderHeads = m_random.chance(0.45);
        const bool grandfatherAlive = m_random.chance(0.7);
        if (elderHeads) {
            if (grandfatherAlive)
                household.members << PlannedMember{grandfather, Relation::Head}
                                  << PlannedMember{grandmother, Relation::Spouse};
            else
                household.members << PlannedMember{grandmother, Relation::Head};
            household.members << PlannedMember{son, Relation::Child}
                              << PlannedMember{daughterInLaw, Relation::ChildInLaw};
            addChildren(household, daughterInLaw, family, 1 + m_random.weighted({35, 50, 15}),
                        Relation::Grandchild);
        } else {
            household.members << PlannedMember{son, Relation::Head}
                              << PlannedMember{daughterInLaw, Relation::Spouse};
            addChildren(household, daughterInLaw, family, 1 + m_random.weighted({35, 50, 15}),
                        Relation::Child);
            if (grandfatherAlive)
                household.members << PlannedMember{grandfather, Relation::Parent};
            household.members << PlannedMember{grandmother, Relation::Parent};
        }
        household.maleLine = family;
        break;
    }
    default: { // a single parent, usually the mother, with children of the father's line
        const Sex sex = m_random.chance(0.8) ? Sex::Female : Sex::Male;
        const int age = m_random.between(28, 55);
        Person parent =
            makePerson(sex, m_year - age, sex == Sex::Male ? family : DemoNames::familyName(m_random));
        household.members << PlannedMember{parent, Relation::Head};
        const Person mother = sex == Sex::Female ? parent : makePerson(Sex::Female, m_year - age, family);
        addChildren(household, mother, family, 1 + m_random.weighted({55, 45}), Relation::Child);
        if (sex == Sex::Male || household.members.size() > 1)
            household.maleLine = family;
        break;
    }
    }
    return household;
}

} // namespace sht::demo
