#include "Evaluator.h"

#include "FactContext.h"
#include "FactRegistry.h"

#include <cmath>

namespace sht::criteria {

namespace {

int levelsOf(const Catalogue &catalogue)
{
    return qBound(1, catalogue.passRule.levels, 4);
}

bool countedAt(const Indicator &indicator, int level)
{
    return indicator.level == 0 || indicator.level == level;
}

// The parameters of a fact at one level of the ladder: the level's overrides over the common ones.
QJsonObject parametersAt(const Indicator &indicator, int level)
{
    QJsonObject parameters = indicator.parameters;
    const auto it = indicator.levelParameters.constFind(level);
    if (it != indicator.levelParameters.constEnd())
        for (auto p = it->constBegin(); p != it->constEnd(); ++p)
            parameters.insert(p.key(), p.value());
    return parameters;
}

// The minimum an indicator scored in points must reach; 0 = none.
double minimumOf(const Catalogue &catalogue, const Indicator &indicator)
{
    return indicator.minPoints > 0 ? indicator.minPoints : catalogue.passRule.minEachIndicator;
}

QString pointsText(double points)
{
    return QString::number(points, 'g', 6).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace

Evaluator::Evaluator(const EvaluationData &data, CatalogueSource catalogues)
    : m_data(data)
    , m_catalogues(std::move(catalogues))
{
    m_verdicts.reset(data);
}

const Catalogue *Evaluator::catalogueFor(Title title, const QString &appliesTo)
{
    const QString key = titleKey(title) + QLatin1Char('|') + appliesTo;
    auto it = m_catalogueCache.constFind(key);
    if (it == m_catalogueCache.constEnd())
        it = m_catalogueCache.insert(key, m_catalogues(title, appliesTo));
    return *it;
}

const QList<const Indicator *> &Evaluator::indicatorsOf(const Catalogue &catalogue) const
{
    auto it = m_indicatorLists.constFind(&catalogue);
    if (it == m_indicatorLists.constEnd())
        it = m_indicatorLists.insert(&catalogue, catalogue.indicators());
    return *it;
}

void Evaluator::problem(const QString &text)
{
    if (!m_problems.contains(text))
        m_problems << text;
}

int Evaluator::subjectIndex(Title title, const QString &uuid) const
{
    return m_data.subjectIndex(title, uuid);
}

QString Evaluator::appliesTo(Title title, int subject) const
{
    if (title == Title::LearningUnit && subject >= 0)
        return m_data.units[size_t(subject)].instrument;
    return QString();
}

QStringList Evaluator::subjects(Title title) const
{
    switch (subjectKindOf(title)) {
    case SubjectKind::Commune:
        return m_data.commune ? QStringList{m_data.commune->uuid} : QStringList();
    case SubjectKind::LearningCentre:
        return m_data.centre ? QStringList{m_data.centre->uuid} : QStringList();
    default:
        break;
    }
    QStringList result;
    for (const QString &uuid : m_data.registrations.value(title))
        if (subjectIndex(title, uuid) >= 0)
            result << uuid;
    return result;
}

bool Evaluator::evaluateAll(QList<SubjectEvaluation> *out, const std::function<bool(int, int)> &progress)
{
    out->clear();
    // A full run decides every verdict afresh: the stored ones only describe the previous run.
    m_verdicts.reset(m_data);
    m_seeded = false;
    // Each subject with its index, looked up once.
    QList<QPair<Title, QList<QPair<QString, int>>>> work;
    int total = 0;
    for (Title title : allTitles()) {
        QList<QPair<QString, int>> uuids;
        for (const QString &uuid : subjects(title))
            uuids << qMakePair(uuid, subjectIndex(title, uuid));
        const int missing = int(m_data.registrations.value(title).size() - uuids.size());
        if (missing > 0 && subjectKindOf(title) != SubjectKind::Commune &&
            subjectKindOf(title) != SubjectKind::LearningCentre)
            problem(
                tr("%n registration(s) for %1 name subjects no longer in the registers; they were skipped.",
                   nullptr, missing)
                    .arg(titleKey(title)));
        total += int(uuids.size());
        work << qMakePair(title, uuids);
    }
    out->reserve(total);
    int done = 0;
    for (const auto &[title, uuids] : work) {
        for (const auto &[uuid, subject] : uuids) {
            const Catalogue *catalogue = catalogueFor(title, appliesTo(title, subject));
            if (!catalogue) {
                const QString narrowing = appliesTo(title, subject);
                problem(
                    narrowing.isEmpty()
                        ? tr("No criteria catalogue for %1 is in force in %2; those subjects were not "
                             "evaluated.")
                              .arg(titleKey(title))
                              .arg(m_data.year)
                        : tr("No criteria catalogue for %1 (%2) is in force in %3; those subjects were not "
                             "evaluated.")
                              .arg(titleKey(title), narrowing)
                              .arg(m_data.year));
            } else {
                out->append(evaluateWith(*catalogue, title, uuid, subject));
            }
            ++done;
            if (progress && (done % 512 == 0 || done == total) && !progress(done, total))
                return false;
        }
    }
    if (progress && total == 0 && !progress(0, 0))
        return false;
    return true;
}

std::optional<SubjectEvaluation> Evaluator::evaluate(Title title, const QString &subjectUuid)
{
    if (!m_seeded) {
        m_verdicts.set(m_data, m_data.stored);
        m_seeded = true;
    }
    const int subject = subjectIndex(title, subjectUuid);
    if (subject < 0) {
        problem(tr("The subject is no longer in the registers."));
        return std::nullopt;
    }
    const Catalogue *catalogue = catalogueFor(title, appliesTo(title, subject));
    if (!catalogue) {
        problem(tr("No criteria catalogue for %1 is in force in %2.").arg(titleKey(title)).arg(m_data.year));
        return std::nullopt;
    }
    return evaluateWith(*catalogue, title, subjectUuid, subject);
}

QList<QPair<Title, QString>> Evaluator::dependents(Title title, const QString &subjectUuid) const
{
    QList<QPair<Title, QString>> result;
    const int subject = subjectIndex(title, subjectUuid);
    if (subject < 0)
        return result;
    auto addVillage = [&](int village) {
        if (village >= 0)
            result << qMakePair(Title::LearningVillage, m_data.villages[size_t(village)].uuid);
    };
    switch (subjectKindOf(title)) {
    case SubjectKind::Household: {
        const EvalHousehold &household = m_data.households[size_t(subject)];
        if (household.clan >= 0)
            result << qMakePair(Title::LearningClan, m_data.clans[size_t(household.clan)].uuid);
        addVillage(household.village);
        break;
    }
    case SubjectKind::Person: {
        const EvalPerson &person = m_data.people[size_t(subject)];
        if (person.household >= 0)
            addVillage(m_data.households[size_t(person.household)].village);
        for (const EvalUnit &unit : m_data.units)
            if (unit.staff.contains(subject))
                result << qMakePair(Title::LearningUnit, unit.uuid);
        if (m_data.commune)
            result << qMakePair(Title::LearningCommune, m_data.commune->uuid);
        break;
    }
    default:
        break; // clans, villages, units, the commune and the centre: nothing counts them
    }
    return result;
}

FactResult Evaluator::runFact(const Indicator &indicator, int level, SubjectKind kind, int subject) const
{
    const FactSpec *spec = FactRegistry::find(indicator.fact);
    if (!spec || spec->subject != kind) {
        FactResult wrong;
        wrong.value =
            spec ? tr("Chỉ báo dùng dữ kiện %1, không áp dụng cho loại đối tượng này").arg(indicator.fact)
                 : tr("Không có dữ kiện tên %1").arg(indicator.fact);
        wrong.evidence << Evidence{wrong.value, QString(), true};
        return wrong;
    }
    const FactContext context{m_data, m_verdicts, subject};
    return spec->function(context, parametersAt(indicator, level));
}

IndicatorOutcome Evaluator::indicatorOutcome(const Catalogue &catalogue, const Indicator &indicator,
                                             Title title, const QString &uuid, int subject, bool judged,
                                             LevelStates *states) const
{
    const int levels = levelsOf(catalogue);
    IndicatorOutcome outcome;
    outcome.code = indicator.code;
    states->fill(LevelState::NotCounted);

    // The fact runs at every level it is counted for; its evidence is that of the highest level met (or of
    // the lowest counted level when none is), so the thresholds shown are those the verdict used.
    std::array<std::optional<bool>, MaxLevels> factMet{};
    bool advisory = indicator.kind == IndicatorKind::Judged;
    if (!indicator.fact.isEmpty()) {
        std::optional<FactResult> shown;
        for (int level = 1; level <= levels; ++level) {
            if (!countedAt(indicator, level))
                continue;
            FactResult r = runFact(indicator, level, subjectKindOf(title), subject);
            advisory = advisory || r.advisory;
            factMet[size_t(level - 1)] = r.met;
            if (!shown || r.met) {
                if (r.met && levels > 1)
                    outcome.level = level;
                shown = std::move(r);
            }
        }
        // A prefill that found nothing (a citizen with no attendance recorded) is left out: it would add one
        // stored row per citizen to say so, and the page says it from the catalogue (Indicator::hasPrefill).
        if (shown && !(advisory && !shown->met)) {
            outcome.value = shown->value;
            outcome.evidence = shown->evidence;
        }
    }

    const Judgement *judgement = judged ? m_data.judgement(title, uuid, indicator.code) : nullptr;
    if (judgement && (judgement->met || judgement->points)) {
        // The council's word decides, also over a computed fact (TT 24: counts the register lacks).
        outcome.judged = true;
        outcome.note = judgement->note;
        outcome.points = judgement->points;
        if (judgement->met)
            outcome.met = judgement->met;
        else if (indicator.points > 0 && judgement->points) {
            const double minimum = minimumOf(catalogue, indicator);
            outcome.met = minimum > 0 ? *judgement->points >= minimum : *judgement->points > 0;
        }
        if (!outcome.points && indicator.points > 0 && outcome.met)
            outcome.points = *outcome.met ? indicator.points : 0;
        outcome.level = outcome.met.value_or(false) && levels > 1 ? levels : 0;
        for (int level = 1; level <= levels; ++level)
            if (countedAt(indicator, level))
                (*states)[size_t(level - 1)] =
                    outcome.met.value_or(false) ? LevelState::Met : LevelState::NotMet;
        if (outcome.level > 0 && indicator.level > 0)
            outcome.level = indicator.level;
        return outcome;
    }
    if (judgement)
        outcome.note = judgement->note;

    if (indicator.fact.isEmpty() || advisory) {
        // Waiting for the council; a prefill fact's evidence is shown to it.
        outcome.judged = true;
        outcome.level = 0;
        for (int level = 1; level <= levels; ++level)
            if (countedAt(indicator, level))
                (*states)[size_t(level - 1)] = LevelState::Pending;
        return outcome;
    }

    bool metAtLowest = false;
    bool first = true;
    for (int level = 1; level <= levels; ++level) {
        const std::optional<bool> met = factMet[size_t(level - 1)];
        if (!met)
            continue;
        (*states)[size_t(level - 1)] = *met ? LevelState::Met : LevelState::NotMet;
        if (first)
            metAtLowest = *met;
        first = false;
    }
    outcome.met = metAtLowest;
    if (indicator.points > 0)
        outcome.points = metAtLowest ? indicator.points : 0;
    return outcome;
}

void Evaluator::applyRule(const Catalogue &catalogue, const std::vector<LevelStates> &states, Title title,
                          const QString &uuid, SubjectEvaluation &result, QString *note) const
{
    const PassRule &rule = catalogue.passRule;
    const QList<const Indicator *> &indicators = indicatorsOf(catalogue);

    // Points: the known total, what is still open, and the hard failures.
    double total = 0;
    double maximum = 0;
    double open = 0;
    bool anyPending = false;
    bool failed = false;
    bool scored = false;
    for (int i = 0; i < indicators.size(); ++i) {
        const Indicator &indicator = *indicators.at(i);
        const IndicatorOutcome &outcome = result.indicators.at(i);
        if (indicator.level > 1)
            continue; // ladder-only indicators do not score
        if (indicator.points > 0) {
            scored = true;
            maximum += indicator.points;
            if (outcome.points) {
                total += *outcome.points;
                const double minimum = minimumOf(catalogue, indicator);
                if (minimum > 0 && *outcome.points < minimum)
                    failed = true;
            } else {
                open += indicator.points;
                anyPending = true;
            }
        } else if (!outcome.met) {
            anyPending = true;
        } else if (!*outcome.met && rule.kind != PassRule::Kind::AllIndicators) {
            failed = true; // a Đạt / Không đạt condition inside a points catalogue
        }
    }
    if (scored)
        result.totalPoints = total;

    auto decide = [&](bool reached) {
        if (failed)
            result.verdict = Verdict::NotMet;
        else if (anyPending)
            result.verdict = Verdict::Pending;
        else
            result.verdict = reached ? Verdict::Met : Verdict::NotMet;
    };

    switch (rule.kind) {
    case PassRule::Kind::AllIndicators: {
        auto stateAt = [&](int level) {
            bool pending = false;
            for (const LevelStates &s : states) {
                const LevelState state = s[size_t(level - 1)];
                if (state == LevelState::NotMet)
                    return LevelState::NotMet;
                pending = pending || state == LevelState::Pending;
            }
            return pending ? LevelState::Pending : LevelState::Met;
        };
        const LevelState first = stateAt(1);
        result.verdict = first == LevelState::Met      ? Verdict::Met
                         : first == LevelState::NotMet ? Verdict::NotMet
                                                       : Verdict::Pending;
        const int levels = levelsOf(catalogue);
        if (levels < 2 || result.verdict != Verdict::Met)
            break;
        result.level = 1;
        for (int level = 2; level <= levels; ++level) {
            if (stateAt(level) != LevelState::Met)
                break;
            const PriorRecognition *previous = m_data.previousRecognition(title, uuid);
            const int months = previous ? (m_data.year - previous->year) * 12 : 0;
            if (!previous || previous->level < level - 1 || months < rule.monthsBetweenLevels) {
                *note =
                    previous && previous->level >= level - 1
                        ? tr("Đủ chỉ tiêu mức độ %1, nhưng mức độ %2 mới được công nhận năm %3: mức độ %1 "
                             "chỉ xét sau ít nhất %4 tháng")
                              .arg(level)
                              .arg(level - 1)
                              .arg(previous->year)
                              .arg(rule.monthsBetweenLevels)
                        : tr("Đủ chỉ tiêu mức độ %1, nhưng chưa được công nhận mức độ %2")
                              .arg(level)
                              .arg(level - 1);
                break;
            }
            result.level = level;
        }
        break;
    }
    case PassRule::Kind::Points: {
        // Decided without the open indicators when even their full points cannot reach the total.
        if (!failed && anyPending && total + open < rule.minTotal)
            failed = true;
        // Per-criterion minimums.
        int i = 0;
        for (const Criterion &criterion : catalogue.criteria) {
            double sum = 0;
            double criterionOpen = 0;
            for (const Indicator &indicator : criterion.indicators) {
                const IndicatorOutcome &outcome = result.indicators.at(i++);
                if (indicator.points <= 0 || indicator.level > 1)
                    continue;
                if (outcome.points)
                    sum += *outcome.points;
                else
                    criterionOpen += indicator.points;
            }
            if (criterion.minPoints > 0 && sum + criterionOpen < criterion.minPoints)
                failed = true;
        }
        decide(total >= rule.minTotal - 1e-9);
        if (result.verdict != Verdict::Pending)
            *note = tr("%1/%2 điểm (cần %3)")
                        .arg(pointsText(total), pointsText(maximum), pointsText(rule.minTotal));
        break;
    }
    case PassRule::Kind::Bands: {
        const double lowest = rule.bands.isEmpty() ? 0 : rule.bands.constLast().minTotal;
        if (!failed && anyPending && total + open < lowest)
            failed = true;
        int band = -1;
        for (int b = 0; b < rule.bands.size(); ++b)
            if (total >= rule.bands.at(b).minTotal - 1e-9) {
                band = b;
                break;
            }
        decide(band >= 0);
        if (result.verdict == Verdict::Met) {
            result.level = band + 1;
            *note = tr("Xếp loại %1: %2 điểm").arg(rule.bands.at(band).name, pointsText(total));
        }
        break;
    }
    }
}

SubjectEvaluation Evaluator::evaluateWith(const Catalogue &catalogue, Title title, const QString &uuid,
                                          int subject)
{
    SubjectEvaluation result;
    result.year = m_data.year;
    result.title = title;
    result.subjectKind = subjectKindOf(title);
    result.subjectUuid = uuid;
    result.subjectName = m_data.subjectName(title, subject);
    result.villageName = m_data.subjectVillage(title, subject);
    result.catalogueCode = catalogue.code;
    result.catalogueVersion = catalogue.version;

    const QList<const Indicator *> &indicators = indicatorsOf(catalogue);
    const bool judged = m_data.hasJudgements(title, uuid);
    std::vector<LevelStates> states;
    states.reserve(indicators.size());
    result.indicators.reserve(indicators.size());
    for (const Indicator *indicator : indicators) {
        LevelStates s;
        result.indicators << indicatorOutcome(catalogue, *indicator, title, uuid, subject, judged, &s);
        states.push_back(s);
    }
    QString note;
    applyRule(catalogue, states, title, uuid, result, &note);
    result.summary = summarize(result);
    if (!note.isEmpty())
        result.summary += QStringLiteral(" · ") + note;
    if (m_data.recognised(title, subject))
        if (const PriorRecognition *r = m_data.recognitionCovering(title, uuid); r && r->year == m_data.year)
            result.decisionNumber = r->decisionNumber;
    m_verdicts.set(title, subject, result.verdict);
    return result;
}

} // namespace sht::criteria
