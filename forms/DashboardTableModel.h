#pragma once

#include "AchievementReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace sht {

// The dashboard's table: one row per measured indicator, its counts, the share recognised, the targets
// that apply and the gap, in words as well as in colour (green reached, red not).
class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        InScopeColumn,
        RegisteredColumn, // "registered / met"
        RecognisedColumn,
        ShareColumn,
        NationalColumn,
        LocalColumn,
        GapColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // year: the year shown (a target set for a later year says so).
    void setRows(const QList<criteria::AchievementRow> &rows, int year);
    const QList<criteria::AchievementRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<criteria::AchievementRow> m_rows;
    int m_year = 0;
};

} // namespace sht
