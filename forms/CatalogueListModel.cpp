#include "CatalogueListModel.h"

#include <QBrush>
#include <QColor>

namespace sht {

using criteria::Catalogue;

CatalogueListModel::CatalogueListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CatalogueListModel::setCatalogues(const QList<Catalogue> &catalogues)
{
    beginResetModel();
    m_catalogues = catalogues;
    endResetModel();
}

int CatalogueListModel::rowOf(const QString &code, const QString &version) const
{
    for (int row = 0; row < m_catalogues.size(); ++row)
        if (m_catalogues.at(row).code == code && m_catalogues.at(row).version == version)
            return row;
    return -1;
}

int CatalogueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogues.size());
}

int CatalogueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_catalogues.size())
        return {};
    const Catalogue &c = m_catalogues.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return c.titleText;
        case InstrumentColumn:
            return c.instrument.number;
        case VersionColumn:
            return c.version;
        case ProvinceColumn:
            return c.province.isEmpty() ? tr("national") : c.province;
        case OriginColumn:
            return c.builtin ? tr("built-in") : tr("clone of %1").arg(c.parentVersion);
        case ProvisionalColumn: {
            const int n = c.provisionalCount();
            return n == 0 ? tr("none") : tr("%n provisional item(s)", nullptr, n);
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = c.instrument.citation.isEmpty() ? c.instrument.number : c.instrument.citation;
        if (c.provisionalCount() > 0)
            tip += QLatin1Char('\n') +
                   tr("Some items are provisional: their wording or threshold waits for the province's "
                      "guidance. Clone the catalogue to write them in.");
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == ProvisionalColumn && c.provisionalCount() > 0)
        return QBrush(QColor(0xa0, 0x50, 0x00));
    return {};
}

QVariant CatalogueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case InstrumentColumn:
        return tr("Instrument");
    case VersionColumn:
        return tr("Version");
    case ProvinceColumn:
        return tr("Province");
    case OriginColumn:
        return tr("Kind");
    case ProvisionalColumn:
        return tr("Provisional");
    default:
        return {};
    }
}

} // namespace sht
