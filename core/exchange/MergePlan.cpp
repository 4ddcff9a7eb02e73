#include "MergePlan.h"

#include "PackageTables.h"

namespace sht::exchange {

int MergePlan::undecidedCount() const
{
    int count = 0;
    for (const Conflict &conflict : conflicts)
        for (Resolution r : conflict.fieldResolutions)
            if (r == Resolution::Undecided)
                ++count;
    return count;
}

QVariant MergePlan::displayValue(const QString &table, const QString &field, const QVariant &value) const
{
    const package::TableSpec *spec = package::mergeTable(table);
    const bool reference =
        field == QLatin1String("subject_uuid") || (spec && spec->foreignKeys.contains(field));
    if (reference && !value.isNull()) {
        const auto found = referenceNames.constFind(value.toString());
        if (found != referenceNames.constEnd())
            return QVariant(found.value());
    }
    return value;
}

} // namespace sht::exchange
