#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QTableView;

namespace sht {

// Sets up a register's table for long lists: every row the same height and no column sized to its
// contents, so the view never measures 100,000 rows, only paints the visible ones; columns as wide as a
// sample value (or their title and sort arrow), sortable by a header click, starting on sortColumn.
// The view's model must be set.
void setUpRegisterTable(QTableView *table, const QList<QPair<int, QString>> &columnSamples, int sortColumn);

} // namespace sht
