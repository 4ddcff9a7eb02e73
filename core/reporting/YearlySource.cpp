#include "YearlySource.h"

#include "AchievementReport.h"
#include "AdminUnitRepository.h"
#include "CatalogueLibrary.h"
#include "Database.h"
#include "DocumentSettings.h"
#include "EvaluationResult.h"
#include "LearningCentreRepository.h"
#include "ReportLayout.h"
#include "ReportRepository.h"
#include "TargetCatalogue.h"
#include "TargetRepository.h"
#include "YearlyTargets.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace sht::reporting {

using namespace criteria;

namespace {

const QString Village = QStringLiteral("village");
const QString Registered = QStringLiteral("registered");
const QString Recognised = QStringLiteral("recognised");
const QString RecognisedShare = QStringLiteral("recognised_share");

// The villages the report has a row for, in register order; subjects of no village (or of a village gone
// by the end of the year) get a last row of their own so the rows always add up to the commune.
struct VillageRows
{
    QList<std::pair<qint64, QString>> villages;
    std::optional<qint64> only; // a chosen village
    QString otherLabel = QStringLiteral("Không thuộc thôn, tổ dân phố nào");

    QList<std::pair<qint64, QString>> rowsFor(const QList<QHash<qint64, AchievementCounts>> &counts) const
    {
        QList<std::pair<qint64, QString>> rows;
        QSet<qint64> listed;
        for (const auto &v : villages) {
            listed.insert(v.first);
            if (!only || *only == v.first)
                rows << v;
        }
        if (only)
            return rows;
        bool other = false;
        for (const auto &hash : counts)
            for (auto it = hash.begin(); it != hash.end(); ++it)
                other = other || (!listed.contains(it.key()) && it.value().inScope > 0);
        if (other)
            rows << std::pair<qint64, QString>{-1, otherLabel};
        return rows;
    }

    // The counts of a row (-1: every village not listed).
    AchievementCounts counts(const QHash<qint64, AchievementCounts> &hash, qint64 row) const
    {
        if (row >= 0)
            return hash.value(row);
        AchievementCounts sum;
        for (auto it = hash.begin(); it != hash.end(); ++it)
            if (std::none_of(villages.begin(), villages.end(),
                             [&](const auto &v) { return v.first == it.key(); }))
                sum += it.value();
        return sum;
    }
};

QVariant ratio(int numerator, int denominator)
{
    return denominator > 0 ? QVariant(double(numerator) / denominator) : QVariant();
}

// Households, clans, villages, units: one row per village with in scope, registered, recognised, share.
QList<ReportRow> titleRows(const YearAchievements &a, TargetIndicator indicator, const QString &totalFigure,
                           const VillageRows &villages)
{
    const QHash<qint64, AchievementCounts> hash = a.byVillage.value(indicator);
    QList<ReportRow> rows;
    for (const auto &[id, name] : villages.rowsFor({hash})) {
        const AchievementCounts c = villages.counts(hash, id);
        ReportRow r;
        r.values = {{Village, name},
                    {totalFigure, c.inScope},
                    {Registered, c.registered},
                    {Recognised, c.recognised},
                    {RecognisedShare, ratio(c.recognised, c.inScope)}};
        rows << r;
    }
    return rows;
}

QList<ReportRow> citizenRows(const YearAchievements &a, const VillageRows &villages)
{
    const QList<std::pair<TargetIndicator, QString>> parts{
        {TargetIndicator::CitizenAdults, QStringLiteral("adults")},
        {TargetIndicator::CitizenStaff, QStringLiteral("staff")},
        {TargetIndicator::CitizenAll, QStringLiteral("residents")}};
    QList<QHash<qint64, AchievementCounts>> hashes;
    for (const auto &part : parts)
        hashes << a.byVillage.value(part.first);
    QList<ReportRow> rows;
    for (const auto &[id, name] : villages.rowsFor(hashes)) {
        ReportRow r;
        r.values.insert(Village, name);
        for (int i = 0; i < parts.size(); ++i) {
            const AchievementCounts c = villages.counts(hashes.at(i), id);
            const QString &figure = parts.at(i).second;
            r.values.insert(figure, c.inScope);
            r.values.insert(figure + QStringLiteral("_recognised"), c.recognised);
            r.values.insert(figure + QStringLiteral("_share"), ratio(c.recognised, c.inScope));
        }
        rows << r;
    }
    return rows;
}

// Age groups of the adults: from the commune's citizen age to 35, 36–60, over 60.
QList<ReportRow> citizenGroupRows(const QList<CitizenGroupCount> &counts, int minAge,
                                  const VillageRows &villages)
{
    struct Band
    {
        QString label;
        int from;
        int to;
    };
    const QList<Band> bands{{QStringLiteral("Từ %1 đến 35 tuổi").arg(minAge), minAge, 35},
                            {QStringLiteral("Từ 36 đến 60 tuổi"), 36, 60},
                            {QStringLiteral("Trên 60 tuổi"), 61, 1000}};
    QList<ReportRow> rows;
    for (const Band &band : bands) {
        int residents = 0;
        int men = 0;
        int women = 0;
        int recognised = 0;
        for (const CitizenGroupCount &c : counts) {
            if (c.age < band.from || c.age > band.to)
                continue;
            if (villages.only && c.villageId != *villages.only)
                continue;
            residents += c.residents;
            recognised += c.recognised;
            if (c.sex == QLatin1String("male"))
                men += c.recognised;
            else if (c.sex == QLatin1String("female"))
                women += c.recognised;
        }
        if (band.from > band.to)
            continue;
        ReportRow r;
        r.values = {{QStringLiteral("group"), band.label},
                    {QStringLiteral("residents"), residents},
                    {QStringLiteral("men"), men},
                    {QStringLiteral("women"), women},
                    {Recognised, recognised},
                    {RecognisedShare, ratio(recognised, residents)}};
        rows << r;
    }
    return rows;
}

// Course fields as Vietnamese papers name them (Course::field codes, CourseField).
QString fieldName(const QString &code)
{
    static const QHash<QString, QString> names{{QStringLiteral("agriculture"), QStringLiteral("Nông nghiệp")},
                                               {QStringLiteral("health"), QStringLiteral("Y tế, sức khỏe")},
                                               {QStringLiteral("law"), QStringLiteral("Pháp luật")},
                                               {QStringLiteral("ict"), QStringLiteral("Công nghệ thông tin")},
                                               {QStringLiteral("culture"), QStringLiteral("Văn hóa, xã hội")},
                                               {QStringLiteral("literacy"), QStringLiteral("Xóa mù chữ")},
                                               {QStringLiteral("environment"), QStringLiteral("Môi trường")},
                                               {QStringLiteral("other"), QStringLiteral("Khác")}};
    return names.value(code, code);
}

// "Tốt" / "Khá" / "Không đạt" / "chưa đánh giá": the centre's rating of the year, from its stored evaluation.
QString centreRating(Database &db, int year)
{
    const QList<StoredVerdictRow> results =
        ReportRepository(db).verdicts(year, titleKey(Title::CentreRating));
    if (results.isEmpty())
        return QStringLiteral("chưa đánh giá");
    const StoredVerdictRow &e = results.constFirst();
    const std::optional<Verdict> verdict = verdictFromKey(e.verdict);
    if (!verdict || *verdict == Verdict::Pending)
        return QStringLiteral("chờ hội đồng");
    if (*verdict == Verdict::NotMet)
        return QStringLiteral("không đạt");
    const CatalogueLibrary library = CatalogueLibrary::load(db);
    if (const Catalogue *c = library.find(e.catalogueCode, e.catalogueVersion))
        if (e.level >= 1 && e.level <= c->passRule.bands.size())
            return c->passRule.bands.at(e.level - 1).name;
    return QStringLiteral("đạt");
}

} // namespace

ReportInfo YearlySource::info() const
{
    return {
        QStringLiteral("yearly"), tr("Yearly statistics of the learning titles"),
        tr("Households, clans, villages, units and citizens registered and recognised, per village and for "
           "the commune, each share beside its target; the learning centre's courses."),
        ReportNeeds(ReportNeed::Year) | ReportNeed::Village};
}

Status YearlySource::build(Database &db, const ReportParameters &parameters, ReportDocument &document,
                           const ReportProgress &progress) const
{
    const int year = parameters.year;
    if (year < 1900 || year > 2200)
        return Status::failure(tr("Choose the year of the report."));
    Status status;
    const std::optional<ReportLayout> layout = ReportLayout::load(QStringLiteral("yearly"), &status);
    if (!layout)
        return status;

    AchievementRepository achievements(db);
    if (!achievements.years().contains(year))
        return Status::failure(tr("Nothing is registered, evaluated or recognised for %1 yet: register the "
                                  "households, clans, villages, units and citizens for %1 and press Evaluate "
                                  "(F5) first.")
                                   .arg(year));
    YearAchievements a;
    if (Status s = achievements.achievements(year, &a); !s)
        return s;

    VillageRows villages;
    for (const AchievementVillage &v : achievements.villages(year))
        villages.villages << std::pair{v.id, v.name};
    QString villageName;
    if (!parameters.villageUuid.isEmpty()) {
        for (const AdminUnit &v : AdminUnitRepository(db).villages(true))
            if (v.uuid == parameters.villageUuid) {
                villages.only = v.id;
                villageName = v.name;
            }
        if (!villages.only)
            return Status::failure(
                tr("The chosen village is not in this commune file. Choose another village "
                   "or the whole commune."));
    }

    Status targetStatus;
    const TargetCatalogue national = TargetCatalogue::national(&targetStatus);
    if (!targetStatus)
        return targetStatus;
    const AchievementReport report(national.targets(), TargetRepository(db).all(),
                                   achievements.difficultArea());
    const YearlyTargets targets(report, a);

    QList<CitizenGroupCount> groups;
    if (Status s = ReportRepository(db).citizenGroups(year, a.citizenMinAge, &groups); !s)
        return s;

    // Each table the layout keeps, with the figures the source makes for it.
    struct Part
    {
        QString key;
        QStringList figures;
        std::function<QList<ReportRow>()> rows;
    };
    const auto titleFigures = [](const QString &total) {
        return QStringList{Village, total, Registered, Recognised, RecognisedShare};
    };
    QList<Part> parts{
        {QStringLiteral("households"), titleFigures(QStringLiteral("households")),
         [&] {
             return titleRows(a, TargetIndicator::FamilyHouseholds, QStringLiteral("households"), villages);
         }},
        {QStringLiteral("clans"), titleFigures(QStringLiteral("clans")),
         [&] { return titleRows(a, TargetIndicator::ClanClans, QStringLiteral("clans"), villages); }},
        {QStringLiteral("villages"), titleFigures(QStringLiteral("villages")),
         [&] {
             return titleRows(a, TargetIndicator::VillageCommunities, QStringLiteral("villages"), villages);
         }},
        {QStringLiteral("units"), titleFigures(QStringLiteral("units")),
         [&] { return titleRows(a, TargetIndicator::UnitUnits, QStringLiteral("units"), villages); }},
        {QStringLiteral("citizens"),
         {Village, QStringLiteral("adults"), QStringLiteral("adults_recognised"),
          QStringLiteral("adults_share"), QStringLiteral("staff"), QStringLiteral("staff_recognised"),
          QStringLiteral("staff_share"), QStringLiteral("residents"), QStringLiteral("residents_recognised"),
          QStringLiteral("residents_share")},
         [&] { return citizenRows(a, villages); }},
        {QStringLiteral("citizen_groups"),
         {QStringLiteral("group"), QStringLiteral("residents"), QStringLiteral("men"),
          QStringLiteral("women"), Recognised, RecognisedShare},
         [&] { return citizenGroupRows(groups, a.citizenMinAge, villages); }},
    };
    // The centre serves the whole commune: it has no place in one village's report.
    if (!villages.only)
        parts << Part{QStringLiteral("centre"),
                      {QStringLiteral("course"), QStringLiteral("field"), QStringLiteral("start"),
                       QStringLiteral("sessions"), QStringLiteral("learners")},
                      [&] {
                          QList<ReportRow> rows;
                          const auto centre = LearningCentreRepository(db).centre();
                          if (!centre)
                              return rows;
                          for (const CourseSummary &s :
                               LearningCentreRepository(db).courseSummaries(centre->id, year)) {
                              ReportRow r;
                              r.values = {{QStringLiteral("course"), s.course.title},
                                          {QStringLiteral("field"), fieldName(s.course.field)},
                                          {QStringLiteral("start"), s.course.startDate},
                                          {QStringLiteral("sessions"), s.sessions},
                                          {QStringLiteral("learners"), s.learners}};
                              rows << r;
                          }
                          return rows;
                      }};

    ReportDocument d;
    layout->applyTo(d, year, villageName);
    if (!villageName.isEmpty())
        d.subtitle += QStringLiteral(" – ") + villageName;
    const DocumentSettings settings = DocumentSettings::load(db);
    d.heading =
        settings.heading(parameters.documentDate.isValid() ? parameters.documentDate : QDate::currentDate());
    d.paragraphs << QStringLiteral("Số liệu tính đến ngày 31/12/%1. Chỉ tiêu: theo Quyết định 387/QĐ-TTg, "
                                   "Quyết định 677/QĐ-TTg và chỉ tiêu của địa phương (nếu có).")
                        .arg(year);
    for (int i = 0; i < parts.size(); ++i) {
        const Part &part = parts.at(i);
        if (!layout->table(part.key))
            continue; // a province that does not ask for this table removed it from the layout
        if (Status s = layout->validateFigures(part.key, part.figures); !s)
            return s;
        ReportTable table = layout->makeTable(part.key, part.rows());
        targets.fill(table);
        if (part.key == QLatin1String("centre"))
            table.caption += QStringLiteral(" (xếp loại năm %1: %2)").arg(year).arg(centreRating(db, year));
        d.tables << table;
        if (progress && !progress(i + 1, int(parts.size())))
            return Status::failure(QString());
    }
    d.signatures << settings.preparer() << settings.chairman();
    d.recipients << QStringLiteral("Hội Khuyến học huyện (để báo cáo)") << QStringLiteral("Lưu: VT");
    document = d;
    return Status::success();
}

} // namespace sht::reporting
