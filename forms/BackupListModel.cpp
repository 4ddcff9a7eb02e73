#include "BackupListModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace sht {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BackupListModel::setEntries(const QList<BackupEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void BackupListModel::setSummary(const QString &path, const BackupSummary &summary)
{
    m_summaries.insert(path, summary);
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).path == path)
            emit dataChanged(index(row, Commune), index(row, Check));
}

const BackupSummary *BackupListModel::summary(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    const auto found = m_summaries.constFind(m_entries.at(row).path);
    return found == m_summaries.constEnd() ? nullptr : &found.value();
}

QStringList BackupListModel::paths() const
{
    QStringList result;
    for (const BackupEntry &e : m_entries)
        result << e.path;
    return result;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupEntry &e = m_entries.at(index.row());
    const BackupSummary *s = summary(index.row());
    const QLocale locale;
    const auto count = [&](qint64 value) -> QVariant {
        if (!s)
            return tr("…");
        if (!s->intact)
            return QString();
        return locale.toString(value);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TakenAt:
            return locale.toString(e.takenAt, QLocale::ShortFormat);
        case Reason:
            return BackupStore::reasonText(e.reason);
        case Commune:
            if (s && !s->communeName.isEmpty())
                return s->communeName;
            return e.communeName.isEmpty() ? tr("(unreadable)") : e.communeName;
        case Villages:
            return count(s ? s->villages : 0);
        case Households:
            return count(s ? s->households : 0);
        case People:
            return count(s ? s->people : 0);
        case Size:
            return locale.formattedDataSize(e.bytes);
        case Check:
            if (!s)
                return tr("checking…");
            return s->intact ? tr("intact") : tr("problem: %1").arg(s->problem);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Check && s && !s->intact)
            return tr("This backup cannot be restored: %1").arg(s->problem);
        if (s && s->intact && s->lastChangeAt.isValid())
            return tr("%1\nLast change recorded: %2")
                .arg(e.path, locale.toString(s->lastChangeAt, QLocale::ShortFormat));
        return e.path;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Villages:
        case Households:
        case People:
        case Size:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Check && s && !s->intact)
        return QBrush(Qt::darkRed);
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TakenAt:
        return tr("Taken at");
    case Reason:
        return tr("Reason");
    case Commune:
        return tr("Commune");
    case Villages:
        return tr("Villages");
    case Households:
        return tr("Households");
    case People:
        return tr("People");
    case Size:
        return tr("Size");
    case Check:
        return tr("Check");
    }
    return {};
}

} // namespace sht
