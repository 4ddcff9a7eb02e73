#pragma once

#include "DemoCommuneGenerator.h"
#include "Person.h"
#include "Relation.h"

#include <QList>
#include <QSet>

namespace sht::demo {

class DemoRandom;

struct PlannedMember
{
    Person person;
    Relation relation = Relation::Other;
};

struct PlannedHousehold
{
    QList<PlannedMember> members; // the head first
    QString maleLine;             // family name of the father's line, for the clan; empty if none
};

// Invents one household at a time: its shape (single elder, couple, nuclear, three generations, single
// parent), its members' ages (mothers 19–40 at each birth), names and personal data by cohort.
class DemoHouseholdPlanner
{
public:
    DemoHouseholdPlanner(DemoRandom &random, const DemoOptions &options);
    PlannedHousehold plan();

private:
    Person makePerson(Sex sex, int birthYear, const QString &family);
    void addChildren(PlannedHousehold &household, const Person &mother, const QString &family, int count,
                     Relation relation);
    void fillPersonalData(Person &person);
    void giveOwnGivenName(Person &person, const PlannedHousehold &household);
    Education educationFor(int birthYear, Person &person);
    QString occupationFor(const Person &person, int age);
    CitizenId citizenIdFor(const Person &person, int birthYear);
    PartialDate birthDateIn(int year);

    DemoRandom &m_random;
    const DemoOptions &m_options;
    int m_year;
    QString m_ethnicity;
    QString m_religion;
    QSet<QString> m_usedIds;
};

} // namespace sht::demo
