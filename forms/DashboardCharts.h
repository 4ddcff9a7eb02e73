#pragma once

#include "AchievementReport.h"

#include <QList>
#include <QMap>

class QChart;

namespace sht {

// The dashboard's two charts, built from the same rows as its table (Qt Charts; they render offscreen too).
namespace DashboardCharts {

// Per indicator: the share recognised beside the highest target that applies (0 where none), in percent.
QChart *barChart(const QList<criteria::AchievementRow> &rows, const QString &title);

// Per indicator, one line over the years: the share recognised each year (years with nothing in scope are
// left out of the line).
QChart *trendChart(const QMap<int, QList<criteria::AchievementRow>> &rowsByYear, const QString &title);

} // namespace DashboardCharts

} // namespace sht
