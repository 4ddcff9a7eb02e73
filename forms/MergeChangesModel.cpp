#include "MergeChangesModel.h"

#include "TextNormalizer.h"

#include <QFont>
#include <QHash>

#include <algorithm>

namespace sht {

using exchange::ChangeKind;

namespace {
// Change rows carry their group's place among the shown groups + 1; village rows carry 0.
constexpr quintptr GroupRowId = 0;

QString valueText(const QVariant &value, const QHash<QString, QString> &names)
{
    const QString text = value.isNull() ? QString() : names.value(value.toString(), value.toString());
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

MergeChangesModel::MergeChangesModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void MergeChangesModel::setChanges(const QList<exchange::RowChange> &changes,
                                   const QHash<QString, QString> &names)
{
    beginResetModel();
    m_changes = changes;
    m_names = names;
    m_searchText.clear();
    m_groups.clear();
    QHash<QString, int> groupOf;
    for (int i = 0; i < m_changes.size(); ++i) {
        const exchange::RowChange &c = m_changes.at(i);
        m_searchText << text::searchKey(
            QStringList{c.description, c.tableLabel, c.villageName, kindText(c.kind), details(c, m_names)}
                .join(QLatin1Char(' ')));
        auto found = groupOf.constFind(c.villageName);
        if (found == groupOf.constEnd()) {
            found = groupOf.insert(c.villageName, int(m_groups.size()));
            m_groups.append(Group{c.villageName, {}, {}});
        }
        m_groups[*found].all << i;
    }
    // Villages in Vietnamese order; what belongs to no village (the centre's courses) last.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.village.isEmpty() != b.village.isEmpty())
            return b.village.isEmpty();
        return text::sortKey(a.village) < text::sortKey(b.village);
    });
    refilter();
    endResetModel();
}

void MergeChangesModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    refilter();
    endResetModel();
}

void MergeChangesModel::refilter()
{
    const QStringList words = text::searchKey(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_shownGroups.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        group.shown.clear();
        for (const int i : std::as_const(group.all)) {
            const QString &haystack = m_searchText.at(i);
            if (std::all_of(words.begin(), words.end(),
                            [&](const QString &w) { return haystack.contains(w); }))
                group.shown << i;
        }
        if (!group.shown.isEmpty())
            m_shownGroups << g;
    }
}

int MergeChangesModel::shownCount() const
{
    int count = 0;
    for (const int g : m_shownGroups)
        count += int(m_groups.at(g).shown.size());
    return count;
}

const exchange::RowChange *MergeChangesModel::changeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRowId)
        return nullptr;
    const Group &group = m_groups.at(m_shownGroups.at(int(index.internalId() - 1)));
    return &m_changes.at(group.shown.at(index.row()));
}

QString MergeChangesModel::kindText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("added");
    case ChangeKind::Changed:
        return tr("changed");
    case ChangeKind::Deleted:
        return tr("deleted");
    }
    return {};
}

QString MergeChangesModel::details(const exchange::RowChange &change, const QHash<QString, QString> &names)
{
    if (change.kind != ChangeKind::Changed)
        return {};
    QStringList parts;
    for (const exchange::FieldValues &f : change.fields)
        parts << tr("%1: %2 → %3")
                     .arg(f.label.isEmpty() ? f.field : f.label, valueText(f.base, names),
                          valueText(f.theirs, names));
    return parts.join(QStringLiteral("; "));
}

QModelIndex MergeChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_shownGroups.size() ? createIndex(row, column, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.column() != 0 || parent.row() >= m_shownGroups.size())
        return {};
    if (row >= m_groups.at(m_shownGroups.at(parent.row())).shown.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex MergeChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int MergeChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shownGroups.size());
    if (parent.internalId() == GroupRowId && parent.column() == 0)
        return int(m_groups.at(m_shownGroups.at(parent.row())).shown.size());
    return 0;
}

int MergeChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MergeChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRowId) {
        const Group &group = m_groups.at(m_shownGroups.at(index.row()));
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == DescriptionColumn) {
            const QString name = group.village.isEmpty() ? tr("Not tied to a village") : group.village;
            return group.shown.size() == group.all.size()
                       ? tr("%1 (%Ln change(s))", nullptr, int(group.all.size())).arg(name)
                       : tr("%1 (%2 of %3 changes shown)")
                             .arg(name)
                             .arg(group.shown.size())
                             .arg(group.all.size());
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const exchange::RowChange &c = *changeAt(index);
    switch (index.column()) {
    case DescriptionColumn:
        return c.description.isEmpty() ? c.uuid : c.description;
    case KindColumn:
        return kindText(c.kind);
    case RegisterColumn:
        return c.tableLabel.isEmpty() ? c.table : c.tableLabel;
    case DetailsColumn:
        return details(c, m_names);
    default:
        return {};
    }
}

QVariant MergeChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn:
        return tr("Village / record");
    case KindColumn:
        return tr("Change");
    case RegisterColumn:
        return tr("Register");
    case DetailsColumn:
        return tr("Fields (before → after)");
    default:
        return {};
    }
}

} // namespace sht
