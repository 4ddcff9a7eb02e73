#pragma once

#include "Target.h"

#include <QAbstractTableModel>
#include <QList>

namespace sht {

// The targets dialog's list: the national defaults (read-only, shown greyed) then the province's and the
// commune's own targets.
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        YearColumn,
        ShareColumn,
        ScopeColumn,
        SourceColumn,
        NotesColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTargets(const QList<criteria::Target> &national, const QList<criteria::Target> &local);
    const criteria::Target &targetAt(int row) const { return m_targets.at(row); }
    bool isLocal(int row) const;
    int rowOfLocal(qint64 targetId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<criteria::Target> m_targets;
};

} // namespace sht
