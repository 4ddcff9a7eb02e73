#include "ChangeNotifier.h"

namespace sht {

void ChangeNotifier::announce(const ChangeSet &changes)
{
    QSet<QString> tables;
    for (const RowChange &change : changes)
        tables.insert(change.table);
    if (!tables.isEmpty())
        emit changed(tables);
}

} // namespace sht
