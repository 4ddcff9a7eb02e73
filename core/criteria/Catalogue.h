#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sht::criteria {

// The learning titles the commune evaluates. The storage keys (registration.title, evaluation.title,
// recognition.title, catalogue "title") are the strings of titleKey(): never rename them.
enum class Title {
    LearningFamily, // "learning_family": Gia đình học tập (household)
    LearningClan,   // "learning_clan": Dòng họ học tập (clan)
    LearningVillage, // "learning_village": Cộng đồng học tập cấp thôn (village / residential group)
    LearningUnit,    // "learning_unit": Đơn vị học tập (local unit)
    LearningCitizen, // "learning_citizen": Công dân học tập (person)
    LearningCommune, // "learning_commune": Cộng đồng học tập cấp xã (the commune, TT 25/2023)
    CentreRating,    // "centre_rating": the TTHTCĐ's yearly rating
};

// What a title is given to: the table its subject_uuid points into.
enum class SubjectKind {
    Household,      // "household"
    Clan,           // "clan"
    Village,        // "village"  (admin_unit of a village kind)
    LocalUnit,      // "local_unit"
    Person,         // "person"
    Commune,        // "commune"  (admin_unit of the commune)
    LearningCentre, // "learning_centre"
};

QList<Title>
allTitles(); // bottom-up evaluation order: citizens, households, clans, villages, units, centre, commune
QString titleKey(Title title);
std::optional<Title> titleFromKey(const QString &key);
SubjectKind subjectKindOf(Title title);
QString subjectKindKey(SubjectKind kind);
std::optional<SubjectKind> subjectKindFromKey(const QString &key);

// How the council gives an indicator's outcome.
enum class IndicatorKind {
    Fact,   // "fact": computed from the registers by a named C++ fact (core/criteria/facts) with parameters
    Judged, // "judged": the council enters met/not met (or points) with an evidence note
};

// Whether the indicator's wording is the official text or still waits for the province's guidance
// (REFERENCE.md: where the official text is not known, the catalogue must not invent it).
enum class Wording {
    Official,   // "official"
    Provincial, // "provincial": structure known, text and threshold to be set by the province (provisional)
};

struct Indicator
{
    QString code;   // unique in the catalogue, e.g. "1a", "TC5.CT1"
    QString text;   // Vietnamese rule text as in the instrument (or a provisional description)
    QString source; // citation, e.g. "QĐ 448/QĐ-KHVN, mục A, tiêu chí 1a"
    IndicatorKind kind = IndicatorKind::Judged;
    Wording wording = Wording::Official;
    bool provisional = false; // threshold or wording not confirmed: the UI says so
    double points = 0;        // maximum points; 0 = Đạt / Không đạt
    double minPoints = 0;     // an indicator scored below this fails the whole title (CDHT: 5)
    int level = 0;            // 0 = every level; 1 or 2 = only counted for that level (TT 24/25 ladders)
    QString fact;             // fact name for kind == Fact, e.g. "household.children_in_school"
    QJsonObject parameters;   // the fact's parameters (ages, thresholds, shares): data, not code
    // Per-level overrides of parameters, e.g. {"2": {"min_share": 0.8}} for TT 25 TC5 CT1.
    QMap<int, QJsonObject> levelParameters;
    QString evidenceRequired; // what the council should see, for judged indicators

    // A judged indicator may name a fact too: the fact is computed only to prefill the evidence (CDHT
    // indicator 1: sessions attended at the TTHTCĐ); the council's judgement alone gives the outcome.
    bool hasPrefill() const { return kind == IndicatorKind::Judged && !fact.isEmpty(); }
    // The parameters in force for `level` (1 or 2): the base parameters overridden by levelParameters.
    QJsonObject parametersFor(int level) const;
};
bool operator==(const Indicator &a, const Indicator &b);

struct Criterion
{
    QString code; // e.g. "1", "TC2"
    QString text;
    double points = 0;    // the criterion's share of the total (0 when Đạt / Không đạt)
    double minPoints = 0; // per-criterion minimum, 0 = none
    QList<Indicator> indicators;
};
bool operator==(const Criterion &a, const Criterion &b);

// How the indicator outcomes become a verdict.
struct PassRule
{
    enum class Kind {
        AllIndicators, // "all_indicators": met only if every indicator is met (TT 24, TT 25)
        Points,        // "points": total ≥ minTotal and no indicator below its minPoints (CDHT, GĐHT)
        Bands,         // "bands": a rating by total points (TTHTCĐ: Tốt / Khá / Trung bình)
    };
    Kind kind = Kind::AllIndicators;
    double minTotal = 0;
    double minEachIndicator = 0; // default for indicators without their own minPoints
    int levels = 1;              // 2 for the TT 24 / TT 25 ladders
    int monthsBetweenLevels = 0; // level 2 only this many months after level 1 was recognised
    struct Band
    {
        QString name; // e.g. "Tốt"
        double minTotal = 0;
    };
    QList<Band> bands;        // highest first
    bool provisional = false; // threshold not confirmed by a known official text
};
bool operator==(const PassRule::Band &a, const PassRule::Band &b);
bool operator==(const PassRule &a, const PassRule &b);

struct Instrument
{
    QString number;   // e.g. "25/2023/TT-BGDĐT"
    QString date;     // ISO date of signature
    QString issuer;   // e.g. "Bộ Giáo dục và Đào tạo"
    QString citation; // full name as printed in reports
};
bool operator==(const Instrument &a, const Instrument &b);

// One catalogue: the criteria of one title under one instrument, in one version. Built-in catalogues
// come from resources/criteria/*.json (read-only); clones adapted by the clerk live in the file
// (criteria_catalogue) with their own version and a parent.
struct Catalogue
{
    QString code;    // e.g. "learning_family.448"; a clone gets a new code or keeps it with a new version
    QString version; // e.g. "2015.1"; results store code + version
    Title title = Title::LearningFamily;
    QString titleText; // Vietnamese, e.g. "Gia đình học tập"
    Instrument instrument;
    int firstYear = 0; // years in force (inclusive); 0 = open
    int lastYear = 0;
    QString province;   // empty = national
    QString parentCode; // set for clones
    QString parentVersion;
    QStringList appliesTo;   // optional narrowing, e.g. local unit instruments {"tt24"} or {"448d"}
    int validityMonths = 12; // how long a recognition lasts (TT 24/25 levels: 36)
    QStringList dependsOn;   // title keys evaluated before this one (e.g. clan ← learning_family)
    PassRule passRule;
    QList<Criterion> criteria;
    QString notes;
    bool builtin = false;
    double totalPoints = 0; // declared maximum (sum of the criteria's points); 0 = Đạt / Không đạt only

    QList<const Indicator *> indicators() const; // all, in order
    const Indicator *indicator(const QString &code) const;
    bool hasProvisionalItems() const;
    bool inForce(int year) const
    {
        return (firstYear == 0 || year >= firstYear) && (lastYear == 0 || year <= lastYear);
    }
    // Indicators still provisional (a provincial-wording indicator stops being one once the clerk has written
    // the province's text in a clone and cleared its flag), plus 1 when the pass rule is provisional.
    int provisionalCount() const;
    bool isClone() const { return !builtin; }
};
bool operator==(const Catalogue &a, const Catalogue &b);
inline bool operator!=(const Catalogue &a, const Catalogue &b)
{
    return !(a == b);
}

} // namespace sht::criteria
