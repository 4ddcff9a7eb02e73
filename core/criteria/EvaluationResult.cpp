#include "EvaluationResult.h"

#include <QCoreApplication>

namespace sht::criteria {

namespace {
// The summary is council wording (Vietnamese source, like the evidence lines): see summarize().
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)

public:
    static QString met() { return tr("Đạt"); }
    static QString notMet() { return tr("Không đạt"); }
    static QString pending() { return tr("Chờ hội đồng"); }
};
} // namespace

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return QStringLiteral("met");
    case Verdict::NotMet:
        return QStringLiteral("not_met");
    case Verdict::Pending:
        break;
    }
    return QStringLiteral("pending");
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (Verdict v : {Verdict::Met, Verdict::NotMet, Verdict::Pending})
        if (verdictKey(v) == key)
            return v;
    return std::nullopt;
}

const IndicatorOutcome *SubjectEvaluation::indicator(const QString &code) const
{
    for (const IndicatorOutcome &outcome : indicators)
        if (outcome.code == code)
            return &outcome;
    return nullptr;
}

void completeIndicators(SubjectEvaluation &evaluation, const Catalogue &catalogue)
{
    QList<IndicatorOutcome> complete;
    QList<IndicatorOutcome> rest = evaluation.indicators;
    for (const Indicator *indicator : catalogue.indicators()) {
        auto it = std::find_if(rest.begin(), rest.end(),
                               [&](const IndicatorOutcome &o) { return o.code == indicator->code; });
        if (it != rest.end()) {
            complete << *it;
            rest.erase(it);
            continue;
        }
        IndicatorOutcome waiting;
        waiting.code = indicator->code;
        waiting.judged = true;
        complete << waiting;
    }
    complete << rest; // outcomes of indicators the catalogue no longer has stay visible
    evaluation.indicators = complete;
}

QString summarize(const SubjectEvaluation &evaluation)
{
    QStringList failed;
    QStringList waiting;
    for (const IndicatorOutcome &outcome : evaluation.indicators) {
        if (!outcome.met.has_value()) {
            waiting << outcome.code;
        } else if (!*outcome.met) {
            failed << (failed.isEmpty() && !outcome.value.isEmpty()
                           ? QStringLiteral("%1 (%2)").arg(outcome.code, outcome.value)
                           : outcome.code);
        }
    }
    switch (evaluation.verdict) {
    case Verdict::Met:
        return VerdictText::met();
    case Verdict::NotMet:
        if (failed.isEmpty())
            return VerdictText::notMet();
        return QStringLiteral("%1: %2").arg(VerdictText::notMet(), failed.join(QStringLiteral(", ")));
    case Verdict::Pending:
        break;
    }
    return QStringLiteral("%1: %2").arg(VerdictText::pending(), waiting.join(QStringLiteral(", ")));
}

} // namespace sht::criteria
