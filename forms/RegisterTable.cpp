#include "RegisterTable.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace sht {

void setUpRegisterTable(QTableView *table, const QList<QPair<int, QString>> &columnSamples, int sortColumn)
{
    const QFontMetrics metrics = table->fontMetrics();
    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    const int rowHeight = metrics.height() + 8;
    rows->setMinimumSectionSize(rowHeight);
    rows->setDefaultSectionSize(rowHeight);

    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(sortColumn, Qt::AscendingOrder);
    for (const auto &[column, sample] : columnSamples) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        // The header needs room for its title and the sort arrow.
        table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(sample) + 16, metrics.horizontalAdvance(title) + 24));
    }
    table->setSortingEnabled(true);
}

} // namespace sht
