#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

namespace sht::DashboardCharts {

using namespace criteria;

namespace {

QValueAxis *percentAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d%%"));
    return axis;
}

// One colour per indicator, the same in every chart (the default theme repeats after five).
QColor colourOf(TargetIndicator indicator)
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd),
                                       QColor(0xd6, 0x27, 0x28), QColor(0x8c, 0x56, 0x4b),
                                       QColor(0x17, 0xbe, 0xcf)};
    const int at = int(measuredTargetIndicators().indexOf(indicator));
    return colours.at(qMax(0, at) % colours.size());
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

QChart *barChart(const QList<AchievementRow> &rows, const QString &title)
{
    auto *actual = new QBarSet(QCoreApplication::translate("DashboardCharts", "Recognised"));
    actual->setObjectName(QStringLiteral("recognisedSet"));
    actual->setColor(QColor(0x2e, 0x6d, 0xb4));
    auto *target = new QBarSet(QCoreApplication::translate("DashboardCharts", "Target"));
    target->setObjectName(QStringLiteral("targetSet"));
    target->setColor(QColor(0xc8, 0xcd, 0xd3));
    // Horizontal bars: the names fit, and the first indicator is on top (categories go bottom up).
    QStringList categories;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        categories << targetIndicatorShortName(it->indicator);
        *actual << it->share.value_or(0) * 100;
        *target << it->goal.value_or(0) * 100;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(actual);
    series->append(target);
    series->setLabelsVisible(false);
    QChart *chart = newChart(title);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    QValueAxis *shares = percentAxis();
    chart->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(shares);
    return chart;
}

QChart *trendChart(const QMap<int, QList<AchievementRow>> &rowsByYear, const QString &title)
{
    QChart *chart = newChart(title);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    const int first = rowsByYear.isEmpty() ? 0 : rowsByYear.firstKey();
    const int last = rowsByYear.isEmpty() ? 0 : rowsByYear.lastKey();
    // One tick a year (a single year gets its neighbours, so that its point is not on the frame).
    const int from = first == last ? first - 1 : first;
    const int to = first == last ? last + 1 : last;
    x->setRange(from, to);
    x->setTickCount(qMin(to - from + 1, 11));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = percentAxis();
    chart->addAxis(y, Qt::AlignLeft);
    for (TargetIndicator indicator : measuredTargetIndicators()) {
        auto *line = new QLineSeries;
        line->setName(targetIndicatorShortName(indicator));
        line->setObjectName(targetIndicatorKey(indicator));
        line->setPointsVisible(true);
        line->setColor(colourOf(indicator));
        for (auto it = rowsByYear.begin(); it != rowsByYear.end(); ++it)
            for (const AchievementRow &row : it.value())
                if (row.indicator == indicator && row.share)
                    line->append(it.key(), *row.share * 100);
        // A title with nothing to count in any year has no line, and no entry in the legend.
        if (line->count() == 0) {
            delete line;
            continue;
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

} // namespace sht::DashboardCharts
