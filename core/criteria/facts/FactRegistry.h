#pragma once

#include "Catalogue.h"
#include "FactContext.h"
#include "FactResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sht::criteria {

using FactFunction = FactResult (*)(const FactContext &context, const QJsonObject &parameters);

// One named fact: what it is about, the parameters it needs (the catalogue must give them), the function.
struct FactSpec
{
    QString name;
    SubjectKind subject = SubjectKind::Household;
    QStringList parameters; // required; optional ones (e.g. difficult_min_share) are not listed
    FactFunction function = nullptr;
};

// The named facts a catalogue indicator may use ("fact": "household.children_in_school"). The catalogue
// validator checks names against names() (and may check parameters); the evaluator looks them up by name.
class FactRegistry
{
public:
    static QStringList names();
    static bool contains(const QString &name) { return find(name) != nullptr; }
    // Null when there is no fact of that name.
    static const FactSpec *find(const QString &name);
    static const QList<FactSpec> &all();
};

} // namespace sht::criteria
