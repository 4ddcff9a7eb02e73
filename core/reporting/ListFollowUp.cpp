#include "CatalogueLibrary.h"
#include "EvaluationDataRepository.h"
#include "ListFactories.h"
#include "ListFrame.h"
#include "PersonName.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace sht::reporting {

namespace {

using namespace criteria;

// The age range a fact of the family catalogue in force uses ("household.children_in_school": 6–14), so
// the list follows the province's adapted catalogue like the evaluation does.
struct AgeRange
{
    int min = 0;
    int max = 0;
    bool contains(int age) const { return age >= 0 && age >= min && age <= max; }
};

AgeRange ageRangeOf(const Catalogue *catalogue, const QString &fact, AgeRange fallback)
{
    if (!catalogue)
        return fallback;
    for (const Criterion &criterion : catalogue->criteria)
        for (const Indicator &indicator : criterion.indicators)
            if (indicator.fact == fact)
                return {indicator.parameters.value(QStringLiteral("min_age")).toInt(fallback.min),
                        indicator.parameters.value(QStringLiteral("max_age")).toInt(fallback.max)};
    return fallback;
}

struct FollowUp
{
    int person = -1; // index into EvaluationData::people
    QString sortKey;
    QStringList reasons;

    void add(const QString &reason)
    {
        if (reason.isEmpty())
            return;
        QString text = reason;
        text[0] = text[0].toUpper();
        for (const QString &r : std::as_const(reasons))
            if (r.compare(text, Qt::CaseInsensitive) == 0)
                return;
        reasons << text;
    }
};

// People who need follow-up after the evaluation of a year, as the commune and the association act on it:
// children of compulsory-school age who do not go to school (those exempt for illness or disability are not
// listed), adults the register says cannot read, and everyone else the stored evaluation found against a
// rule ("Lê Văn Nam, 12 tuổi: không đi học năm 2025"). Everything as it stood on 31/12 of the year, as the
// evaluation sees it (EvaluationData), whether or not the household registered.
class FollowUpList : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpList)

public:
    ReportInfo info() const override
    {
        ReportInfo info;
        info.name = QStringLiteral("follow-up");
        info.displayName = tr("People who need follow-up");
        info.description = tr("Children out of school, adults who cannot read and everyone else the year's "
                              "evaluation found against a rule, with the reason.");
        info.needs = ReportNeeds(ReportNeed::Year) | ReportNeed::Village;
        return info;
    }

    Status build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                 const ReportProgress &progress) const override
    {
        const QString key = QStringLiteral("people");
        ListFrame frame;
        if (Status s = ListFrame::begin(
                db, info().name, parameters,
                {{key,
                  {QStringLiteral("stt"), QStringLiteral("name"), QStringLiteral("age"),
                   QStringLiteral("birth_year"), QStringLiteral("village"), QStringLiteral("household"),
                   QStringLiteral("head"), QStringLiteral("reason")}}},
                document, &frame);
            !s)
            return s;
        const int year = parameters.year;
        EvaluationData data;
        if (Status s = EvaluationDataRepository::load(db, year, &data); !s)
            return s;
        if (progress && !progress(1, 3))
            return Status::failure(QString());
        QList<PersonEvidence> evidence;
        if (Status s = ListReportRepository(db).againstRuleEvidence(year, &evidence); !s)
            return s;

        const CatalogueLibrary library = CatalogueLibrary::load(db);
        const Catalogue *family = library.catalogueFor(Title::LearningFamily, year);
        const AgeRange school = ageRangeOf(family, QStringLiteral("household.children_in_school"), {6, 14});
        const AgeRange literacy = ageRangeOf(family, QStringLiteral("household.adults_literate"), {15, 60});

        const auto villageOf = [&](const EvalPerson &p) {
            if (p.household < 0)
                return -1;
            return data.households[size_t(p.household)].village;
        };
        const auto inScope = [&](const EvalPerson &p) {
            if (frame.wholeCommune)
                return true;
            const int village = villageOf(p);
            return village >= 0 && data.villages[size_t(village)].id == frame.villageId;
        };

        QHash<int, int> listed; // person index → index in found
        QList<FollowUp> found;
        const auto entry = [&](int person) -> FollowUp & {
            auto it = listed.find(person);
            if (it == listed.end()) {
                it = listed.insert(person, int(found.size()));
                found << FollowUp{person, PersonName(data.people[size_t(person)].name).sortKey(), {}};
            }
            return found[*it];
        };

        for (size_t i = 0; i < data.people.size(); ++i) {
            const EvalPerson &p = data.people[i];
            if (!p.alive || p.household < 0 || !inScope(p))
                continue;
            if (school.contains(p.age) && p.schoolStatus == SchoolStatus::NotEnrolled)
                entry(int(i)).add(tr("không đi học năm %1").arg(year));
            if (literacy.contains(p.age) && p.schoolStatus != SchoolStatus::Exempt &&
                p.education.literacy() == Education::Literacy::Illiterate)
                // "Không biết chữ" says it already; a grade below the level 1 standard is shown ("2/12").
                entry(int(i)).add(p.education.level() == Education::Level::General
                                      ? tr("chưa biết chữ (%1)").arg(p.education.toString())
                                      : tr("chưa biết chữ"));
        }
        for (const PersonEvidence &e : std::as_const(evidence)) {
            const int person = data.personIndex(e.personUuid);
            if (person < 0)
                continue;
            const EvalPerson &p = data.people[size_t(person)];
            if (!p.alive || !inScope(p))
                continue;
            // "Lê Văn Nam, 12 tuổi: không đi học năm 2025": the name and age are columns already.
            QString reason = e.text;
            const qsizetype colon = reason.indexOf(QStringLiteral(": "));
            if (colon > 0 && reason.startsWith(p.name))
                reason = reason.mid(colon + 2);
            entry(person).add(reason.trimmed());
        }
        if (progress && !progress(2, 3))
            return Status::failure(QString());
        if (found.isEmpty())
            return Status::failure(tr("Nobody in %1 needs follow-up for %2: no child out of school, no adult "
                                      "who cannot read, nothing against a rule in the evaluation.")
                                       .arg(frame.villageName)
                                       .arg(year));

        // Village by village (the villages' order), then name in Vietnamese order.
        std::sort(found.begin(), found.end(), [&](const FollowUp &a, const FollowUp &b) {
            const int va = villageOf(data.people[size_t(a.person)]);
            const int vb = villageOf(data.people[size_t(b.person)]);
            if (va != vb)
                return (va < 0 ? INT_MAX : va) < (vb < 0 ? INT_MAX : vb);
            if (a.sortKey != b.sortKey)
                return a.sortKey < b.sortKey;
            return a.person < b.person;
        });
        QList<ReportRow> rows;
        rows.reserve(found.size());
        for (const FollowUp &f : std::as_const(found)) {
            const EvalPerson &p = data.people[size_t(f.person)];
            ReportRow row;
            row.values.insert(QStringLiteral("stt"), qint64(rows.size() + 1));
            row.values.insert(QStringLiteral("name"), p.name);
            if (p.age >= 0)
                row.values.insert(QStringLiteral("age"), qint64(p.age));
            if (!p.birthDate.isNull())
                row.values.insert(QStringLiteral("birth_year"), QString::number(p.birthDate.year()));
            const int village = villageOf(p);
            if (village >= 0)
                row.values.insert(QStringLiteral("village"), data.villages[size_t(village)].name);
            if (p.household >= 0) {
                const EvalHousehold &h = data.households[size_t(p.household)];
                row.values.insert(QStringLiteral("household"), h.code);
                if (h.head >= 0)
                    row.values.insert(QStringLiteral("head"), data.people[size_t(h.head)].name);
            }
            row.values.insert(QStringLiteral("reason"), f.reasons.join(QStringLiteral("; ")));
            rows << row;
        }
        ReportTable table = frame.table(key, rows);
        table.totalsLabelFigure = QStringLiteral("name"); // the wide name column, not the narrow first one
        document.tables << table;
        if (progress && !progress(3, 3))
            return Status::failure(QString());
        return Status::success();
    }
};

} // namespace

std::unique_ptr<ReportSource> makeFollowUpList()
{
    return std::make_unique<FollowUpList>();
}

} // namespace sht::reporting
