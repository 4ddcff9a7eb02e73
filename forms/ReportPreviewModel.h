#pragma once

#include "ReportDocument.h"

#include <QAbstractTableModel>

namespace sht {

// One table of a built report as the Reports page previews it: the layout's columns with their (group)
// headers, the rows with the figures formatted as the paper shows them (thousands, one decimal, percentages,
// dates), and the totals row the .xlsx writes as =SUM formulas, computed here from the same rows. Read-only.
class ReportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the raw figure (qint64, double, QString, QDate), as core built it
        FigureRole,                   // the column's figure key (also on the horizontal header)
    };

    explicit ReportPreviewModel(QObject *parent = nullptr);

    void setTable(const reporting::ReportTable &table);
    void clear();
    // A streamed table (the register) is previewed by its first rows: this many at most.
    static constexpr int PreviewRows = 1000;
    // "first 1,000 of 100,001 rows shown" when the preview holds only the first rows; else empty.
    QString truncationNote() const;
    const reporting::ReportTable &table() const { return m_table; }

    // The row index of the totals row, -1 when the table has none.
    int totalsRow() const;
    // The column showing figure, -1 when the table has no such column.
    int columnOf(const QString &figure) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A figure as the printed paper shows it, in the current locale.
    static QString format(const QVariant &value, reporting::CellKind kind);

private:
    QVariant value(int row, int column) const;
    void computeTotals();

    reporting::ReportTable m_table;
    bool m_truncated = false; // a streamed table with more rows than the preview holds
    QVariantMap m_totals;     // figure → sum, for the totals row
};

} // namespace sht
