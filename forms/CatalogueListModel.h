#pragma once

#include "Catalogue.h"

#include <QAbstractTableModel>

namespace sht {

// The catalogues a commune file can use, one row a version: title, instrument, version, province, whether
// it is built in or the clerk's clone, and how many of its items still wait for the province's wording.
class CatalogueListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        InstrumentColumn,
        VersionColumn,
        ProvinceColumn,
        OriginColumn,
        ProvisionalColumn,
        ColumnCount
    };

    explicit CatalogueListModel(QObject *parent = nullptr);

    // Built-ins first, then clones in the order they were saved (as the library holds them).
    void setCatalogues(const QList<criteria::Catalogue> &catalogues);
    const criteria::Catalogue &catalogueAt(int row) const { return m_catalogues.at(row); }
    int rowOf(const QString &code, const QString &version) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<criteria::Catalogue> m_catalogues;
};

} // namespace sht
