#pragma once

#include "EvaluationData.h"
#include "FactResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <array>
#include <vector>

namespace sht::criteria {

// What a fact sees: the year's data, the verdicts given so far this year (titles are evaluated bottom-up,
// so a clan's fact sees its households' verdicts), and its subject (an index into the data's list of the
// fact's subject kind; unused for the commune and the centre).
// This run's verdicts by title and subject index (no text keys: a village's share looks at thousands).
class VerdictTable
{
public:
    // Sized for the data, every verdict unknown.
    void reset(const EvaluationData &data);
    void set(Title title, int subject, Verdict verdict);
    bool isMet(Title title, int subject) const
    {
        const std::vector<signed char> &list = m_verdicts[size_t(title)];
        return subject >= 0 && size_t(subject) < list.size() && list[size_t(subject)] == char(Verdict::Met);
    }
    // The verdicts of a map keyed by EvaluationData::key(title, uuid) (stored ones, tests).
    void set(const EvaluationData &data, const QHash<QString, StoredVerdict> &verdicts);

private:
    std::array<std::vector<signed char>, 7> m_verdicts; // -1 unknown, else Verdict
};

struct FactContext
{
    const EvaluationData &data;
    const VerdictTable &verdicts;
    int subject = -1;

    // Met this year, or holding a recognition that covers the year; subject is an index into the list of the
    // title's subject kind.
    bool metOrRecognised(Title title, int subject) const
    {
        return verdicts.isMet(title, subject) || data.recognised(title, subject);
    }
};

// Reading a fact's parameters: thresholds and ages come from the catalogue, never from the code. A missing
// or wrong parameter makes the fact not met with a line that says which parameter to fix.
class FactParameters
{
    Q_DECLARE_TR_FUNCTIONS(FactParameters)

public:
    explicit FactParameters(const QJsonObject &parameters)
        : m_parameters(parameters)
    {}
    double number(const QString &name);
    int integer(const QString &name) { return int(number(name)); }
    // An optional parameter: fallback when absent.
    double number(const QString &name, double fallback) const;
    QString text(const QString &name);
    bool ok() const { return m_missing.isEmpty(); }
    // Not met, with the missing parameters named (Vietnamese: it is shown with the evidence).
    FactResult failure() const;

private:
    QJsonObject m_parameters;
    QStringList m_missing;
};

// Vietnamese wording shared by the facts ("12 tuổi", "67%", "dd/MM/yyyy").
namespace evidence {
QString percent(double share);       // "67%" ; "66,7%" only when the rounding would hide a miss
QString ratio(int count, int total); // "2/3 (67%)"
QString day(const QDate &date);      // "15/06/2025"
bool reaches(int count, int total, double minShare); // count/total ≥ minShare, exact at the threshold
// Lists at most this many items against a rule, then one line "… and N more": a council reads the list.
constexpr int kMaxItems = 100;
} // namespace evidence

} // namespace sht::criteria
