#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace sht::criteria {

// Checks what JSON types cannot: the meaning of a catalogue (a known title and facts, thresholds in range,
// points that add up, levels inside the ladder, sane years). Each problem names the JSON path of the bad
// field ("criteria[1].indicators[0].parameters.min_share"), so the same messages serve a file being loaded
// and a clone being edited in the app.
class CatalogueValidator
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueValidator)

public:
    // Every problem, one line each as "<path>: <what is wrong>"; empty when the catalogue is valid.
    static QStringList problems(const Catalogue &catalogue);
    // Success, or a failure whose message starts with origin (a file name, or the catalogue's code) and lists
    // the problems.
    static Status validate(const Catalogue &catalogue, const QString &origin);

    // The parameters each fact needs (a fact missing from here takes any). The names themselves come from
    // FactRegistry::names(): the one list of facts the evaluator implements.
    static QStringList requiredParameters(const QString &fact);
    // A list of problems as one message: "<origin>: <problem>", one a line, at most a screenful.
    static QString joined(const QString &origin, const QStringList &problems);

    static QString indicatorPath(int criterion, int indicator);
    static QString criterionPath(int criterion);
};

} // namespace sht::criteria
