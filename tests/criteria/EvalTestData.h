#pragma once

// In-memory years for the fact and evaluator tests: crafted subjects a council could judge by hand, and
// catalogues written in C++ (the built-in JSON ones are tested separately).
#include "Catalogue.h"
#include "EvaluationData.h"
#include "FactContext.h"

#include <QJsonObject>

namespace sht::test {

class YearBuilder
{
public:
    explicit YearBuilder(int year = 2025)
    {
        data.year = year;
        data.endOfYear = QDate(year, 12, 31);
        data.commune = criteria::EvalCommune{QStringLiteral("commune-uuid"), QStringLiteral("Xã Thử Nghiệm")};
    }

    int village(const QString &name)
    {
        criteria::EvalVillage v;
        v.id = qint64(data.villages.size() + 1);
        v.uuid = QStringLiteral("village-%1").arg(v.id);
        v.name = name;
        data.villages.push_back(v);
        return int(data.villages.size() - 1);
    }

    int household(const QString &code, int village = 0)
    {
        if (data.villages.empty())
            this->village(QStringLiteral("Thôn Đông"));
        criteria::EvalHousehold h;
        h.id = qint64(data.households.size() + 1);
        h.uuid = QStringLiteral("household-%1").arg(code);
        h.code = code;
        h.village = village;
        data.households.push_back(h);
        const int index = int(data.households.size() - 1);
        data.villages[size_t(village)].households << index;
        return index;
    }

    // birth: "2013", "2013-05", "2013-05-20"; school: "enrolled", "not_enrolled", "exempt", ""
    int person(const QString &name, const QString &birth, int household = -1,
               const QString &school = QString(), const QString &education = QString())
    {
        criteria::EvalPerson p;
        p.id = qint64(data.people.size() + 1);
        p.uuid = QStringLiteral("person-%1").arg(p.id);
        p.name = name;
        p.birthDate = PartialDate::fromStorage(birth);
        p.age = p.birthDate.ageAt(data.endOfYear);
        p.schoolStatus = schoolStatusFromStorage(school);
        p.education = Education::fromStorage(education);
        p.household = household;
        data.people.push_back(p);
        const int index = int(data.people.size() - 1);
        if (household >= 0) {
            data.households[size_t(household)].members << index;
            if (data.households[size_t(household)].head < 0)
                data.households[size_t(household)].head = index;
        }
        return index;
    }

    int clan(const QString &name, const QList<int> &households)
    {
        criteria::EvalClan c;
        c.id = qint64(data.clans.size() + 1);
        c.uuid = QStringLiteral("clan-%1").arg(c.id);
        c.name = name;
        c.households = households;
        data.clans.push_back(c);
        return int(data.clans.size() - 1);
    }

    int unit(const QString &name, const QString &kind, int staffCount, const QList<int> &staff)
    {
        criteria::EvalUnit u;
        u.id = qint64(data.units.size() + 1);
        u.uuid = QStringLiteral("unit-%1").arg(u.id);
        u.name = name;
        u.kind = kind;
        u.instrument = QStringLiteral("448d");
        u.staffCount = staffCount;
        u.staff = staff;
        data.units.push_back(u);
        return int(data.units.size() - 1);
    }

    void met(criteria::Title title, const QString &uuid)
    {
        verdicts.insert(criteria::EvaluationData::key(title, uuid),
                        criteria::StoredVerdict{criteria::Verdict::Met, 0});
    }

    void judge(criteria::Title title, const QString &uuid, const QString &indicator, std::optional<bool> met,
               std::optional<double> points = {})
    {
        data.judgements.insert(criteria::EvaluationData::key(title, uuid, indicator),
                               criteria::Judgement{met, points, QString()});
    }

    void registerAll(criteria::Title title, const QStringList &uuids) { data.registrations[title] << uuids; }

    // Indexes the data (again, after changes) and turns the verdicts given with met() into the table the
    // facts read.
    const criteria::EvaluationData &finish()
    {
        data.index();
        table.reset(data);
        table.set(data, verdicts);
        return data;
    }

    criteria::EvaluationData data;
    QHash<QString, criteria::StoredVerdict> verdicts;
    criteria::VerdictTable table;
};

inline criteria::Indicator factIndicator(const QString &code, const QString &fact,
                                         const QJsonObject &parameters, double points = 0)
{
    criteria::Indicator i;
    i.code = code;
    i.text = code;
    i.kind = criteria::IndicatorKind::Fact;
    i.fact = fact;
    i.parameters = parameters;
    i.points = points;
    return i;
}

inline criteria::Indicator judgedIndicator(const QString &code, double points = 0, double minPoints = 0)
{
    criteria::Indicator i;
    i.code = code;
    i.text = code;
    i.kind = criteria::IndicatorKind::Judged;
    i.points = points;
    i.minPoints = minPoints;
    return i;
}

inline criteria::Catalogue catalogue(const QString &code, criteria::Title title,
                                     const QList<criteria::Indicator> &indicators,
                                     criteria::PassRule rule = criteria::PassRule())
{
    criteria::Catalogue c;
    c.code = code;
    c.version = QStringLiteral("test.1");
    c.title = title;
    c.passRule = rule;
    criteria::Criterion criterion;
    criterion.code = QStringLiteral("1");
    criterion.indicators = indicators;
    c.criteria << criterion;
    return c;
}

} // namespace sht::test
