#include "MergeConflictModel.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QRegularExpression>

namespace sht {

using exchange::ConflictKind;
using exchange::Resolution;

namespace {
// Field rows carry their conflict + 1 as internal id; conflict rows carry 0.
constexpr quintptr ConflictRowId = 0;

QColor chosenColour()
{
    return QColor(0xd4, 0xec, 0xd4); // a pale green: the value that will be in the file
}

bool isBlank(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().isEmpty();
}

QString shown(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime:
        return value.toDateTime().toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case QMetaType::Bool:
        return value.toBool() ? MergeConflictModel::tr("yes") : MergeConflictModel::tr("no");
    default:
        break;
    }
    const QString text = value.toString();
    // Dates come as stored (ISO, or a year and month only): shown the Vietnamese way.
    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$"));
    if (const QRegularExpressionMatch m = isoDate.match(text); m.hasMatch())
        return m.captured(3).isEmpty()
                   ? QStringLiteral("%1/%2").arg(m.captured(2), m.captured(1))
                   : QStringLiteral("%1/%2/%3").arg(m.captured(3), m.captured(2), m.captured(1));
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

MergeConflictModel::MergeConflictModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void MergeConflictModel::setConflicts(const QList<exchange::Conflict> &conflicts,
                                      const QHash<QString, QString> &names)
{
    m_names = names;
    beginResetModel();
    m_conflicts = conflicts;
    // One decision per field for a same-field conflict, one for the row otherwise, whatever the plan held.
    for (exchange::Conflict &c : m_conflicts) {
        const int needed = c.kind == ConflictKind::SameField ? qMax(1, int(c.fields.size())) : 1;
        while (c.fieldResolutions.size() < needed)
            c.fieldResolutions << Resolution::Undecided;
        c.fieldResolutions.resize(needed);
    }
    // A whole-row conflict lists only the fields with a value on either side: a new person's fifteen empty
    // columns would hide the two that matter.
    m_shown.clear();
    for (const exchange::Conflict &c : std::as_const(m_conflicts)) {
        QList<int> shownFields;
        for (int f = 0; f < c.fields.size(); ++f) {
            const exchange::FieldValues &v = c.fields.at(f);
            if (c.kind == ConflictKind::SameField || !isBlank(v.ours) || !isBlank(v.theirs) ||
                !isBlank(v.base))
                shownFields << f;
        }
        m_shown << shownFields;
    }
    endResetModel();
    emit decisionsChanged();
}

bool MergeConflictModel::isConflictRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == ConflictRowId;
}

int MergeConflictModel::conflictOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return isConflictRow(index) ? index.row() : int(index.internalId() - 1);
}

int MergeConflictModel::slotOf(const QModelIndex &index) const
{
    if (!index.isValid() || isConflictRow(index))
        return -1;
    const int conflict = conflictOf(index);
    return m_conflicts.at(conflict).kind == ConflictKind::SameField ? m_shown.at(conflict).at(index.row())
                                                                    : 0;
}

QModelIndex MergeConflictModel::conflictIndex(int conflict, int column) const
{
    return index(conflict, column);
}

QModelIndex MergeConflictModel::fieldIndex(int conflict, int field, int column) const
{
    return index(field, column, conflictIndex(conflict));
}

bool MergeConflictModel::allows(int conflict, Resolution resolution) const
{
    if (conflict < 0 || conflict >= m_conflicts.size() || resolution == Resolution::Undecided)
        return false;
    return resolution != Resolution::KeepBoth || m_conflicts.at(conflict).kind == ConflictKind::SameNewPerson;
}

Resolution MergeConflictModel::slotResolution(int conflict, int slot) const
{
    const QList<Resolution> &r = m_conflicts.at(conflict).fieldResolutions;
    return slot >= 0 && slot < r.size() ? r.at(slot) : Resolution::Undecided;
}

void MergeConflictModel::setSlot(int conflict, int slot, Resolution resolution)
{
    QList<Resolution> &r = m_conflicts[conflict].fieldResolutions;
    if (slot >= 0 && slot < r.size())
        r[slot] = resolution;
}

void MergeConflictModel::emitConflictChanged(int conflict)
{
    const QModelIndex row = conflictIndex(conflict);
    emit dataChanged(row, conflictIndex(conflict, ColumnCount - 1));
    const int fields = rowCount(row);
    if (fields > 0)
        emit dataChanged(index(0, 0, row), index(fields - 1, ColumnCount - 1, row));
    emit decisionsChanged();
}

bool MergeConflictModel::resolve(const QModelIndex &index, Resolution resolution)
{
    const int conflict = conflictOf(index);
    if (!allows(conflict, resolution))
        return false;
    if (isConflictRow(index)) {
        for (int slot = 0; slot < m_conflicts.at(conflict).fieldResolutions.size(); ++slot)
            setSlot(conflict, slot, resolution);
    } else {
        setSlot(conflict, slotOf(index), resolution);
    }
    emitConflictChanged(conflict);
    return true;
}

bool MergeConflictModel::resolveRemaining(const QModelIndex &index, Resolution resolution)
{
    const int conflict = conflictOf(index);
    if (!allows(conflict, resolution))
        return false;
    for (int slot = 0; slot < m_conflicts.at(conflict).fieldResolutions.size(); ++slot)
        if (slotResolution(conflict, slot) == Resolution::Undecided)
            setSlot(conflict, slot, resolution);
    emitConflictChanged(conflict);
    return true;
}

QModelIndex MergeConflictModel::nextUndecided(const QModelIndex &after) const
{
    // Every decision point in display order: the field rows, or the conflict row of a conflict without any.
    QList<QModelIndex> points;
    for (int c = 0; c < m_conflicts.size(); ++c) {
        const int fields = int(m_shown.at(c).size());
        if (fields == 0)
            points << conflictIndex(c);
        for (int f = 0; f < fields; ++f)
            points << fieldIndex(c, f);
    }
    int start = 0;
    if (after.isValid()) {
        const QModelIndex at = after.sibling(after.row(), 0);
        for (int i = 0; i < points.size(); ++i)
            if (points.at(i) == at || (isConflictRow(at) && conflictOf(points.at(i)) == at.row())) {
                start = isConflictRow(at) ? i : i + 1;
                break;
            }
    }
    for (int n = 0; n < points.size(); ++n) {
        const QModelIndex point = points.at((start + n) % points.size());
        const int conflict = conflictOf(point);
        const int slot = isConflictRow(point) ? 0 : slotOf(point);
        if (slotResolution(conflict, slot) == Resolution::Undecided)
            return point;
    }
    return {};
}

int MergeConflictModel::undecidedConflicts() const
{
    int count = 0;
    for (const exchange::Conflict &c : m_conflicts)
        count += c.fieldResolutions.contains(Resolution::Undecided);
    return count;
}

int MergeConflictModel::undecidedSlots() const
{
    int count = 0;
    for (const exchange::Conflict &c : m_conflicts)
        count += int(c.fieldResolutions.count(Resolution::Undecided));
    return count;
}

QString MergeConflictModel::kindText(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::SameField:
        return tr("changed in both files");
    case ConflictKind::DeletedHereEditedThere:
        return tr("deleted in your file, edited by the volunteer");
    case ConflictKind::EditedHereDeletedThere:
        return tr("edited in your file, deleted by the volunteer");
    case ConflictKind::SameNewPerson:
        return tr("added by the volunteer, but already in your file");
    }
    return {};
}

QString MergeConflictModel::resolutionText(Resolution resolution, ConflictKind kind)
{
    switch (resolution) {
    case Resolution::Undecided:
        return tr("to decide");
    case Resolution::KeepOurs:
        return kind == ConflictKind::DeletedHereEditedThere ? tr("keep it deleted") : tr("keep yours");
    case Resolution::TakeTheirs:
        return kind == ConflictKind::EditedHereDeletedThere ? tr("delete it") : tr("take the volunteer's");
    case Resolution::KeepBoth:
        return tr("keep both (two people)");
    }
    return {};
}

QModelIndex MergeConflictModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_conflicts.size() ? createIndex(row, column, ConflictRowId) : QModelIndex();
    if (!isConflictRow(parent) || parent.column() != 0 || row >= m_shown.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex MergeConflictModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isConflictRow(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, ConflictRowId);
}

int MergeConflictModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_conflicts.size());
    if (isConflictRow(parent) && parent.column() == 0)
        return int(m_shown.at(parent.row()).size());
    return 0;
}

int MergeConflictModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString MergeConflictModel::valueText(int conflict, int field, int column) const
{
    // Foreign keys are uuids in the plan: the clerk reads the person, household or session they name.
    const auto named = [this](const QVariant &value) {
        const auto found = value.isNull() ? m_names.constEnd() : m_names.constFind(value.toString());
        return found == m_names.constEnd() ? value : QVariant(found.value());
    };
    const exchange::Conflict &c = m_conflicts.at(conflict);
    const exchange::FieldValues &f = c.fields.at(m_shown.at(conflict).at(field));
    switch (column) {
    case FieldColumn:
        return f.label.isEmpty() ? f.field : f.label;
    case BaseColumn:
        return c.kind == ConflictKind::SameNewPerson ? tr("(not there)") : shown(named(f.base));
    case OursColumn:
        return c.kind == ConflictKind::DeletedHereEditedThere ? tr("(deleted)") : shown(named(f.ours));
    case TheirsColumn:
        return c.kind == ConflictKind::EditedHereDeletedThere ? tr("(deleted)") : shown(named(f.theirs));
    case DecisionColumn:
        return resolutionText(slotResolution(conflict, slotOf(fieldIndex(conflict, field))), c.kind);
    default:
        return {};
    }
}

QVariant MergeConflictModel::conflictData(int conflict, int column, int role) const
{
    const exchange::Conflict &c = m_conflicts.at(conflict);
    const int undecided = int(c.fieldResolutions.count(Resolution::Undecided));
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (column != FieldColumn)
            return {};
        QString what = c.description.isEmpty() ? c.uuid : c.description;
        // The description usually names the village already ("… (hộ 12, Thôn 1)").
        if (!c.villageName.isEmpty() && !what.contains(c.villageName))
            what = tr("%1, %2").arg(what, c.villageName);
        if (!c.tableLabel.isEmpty())
            what = tr("%1 (%2)").arg(what, c.tableLabel);
        const QString state =
            undecided == 0 ? tr("decided") : tr("%n decision(s) to make", nullptr, undecided);
        return tr("%1: %2 · %3").arg(what, kindText(c.kind), state);
    }
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && undecided > 0)
        return QBrush(QColor(0xa0, 0x20, 0x20));
    return {};
}

QVariant MergeConflictModel::fieldData(int conflict, int field, int column, int role) const
{
    const Resolution r = slotResolution(conflict, slotOf(fieldIndex(conflict, field)));
    const bool chosen =
        (column == OursColumn && (r == Resolution::KeepOurs || r == Resolution::KeepBoth)) ||
        (column == TheirsColumn && (r == Resolution::TakeTheirs || r == Resolution::KeepBoth));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return valueText(conflict, field, column);
    case ChosenRole:
        return chosen;
    case Qt::BackgroundRole:
        return chosen ? QVariant(QBrush(chosenColour())) : QVariant();
    case Qt::FontRole:
        if (chosen || (column == DecisionColumn && r == Resolution::Undecided)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == DecisionColumn && r == Resolution::Undecided)
            return QBrush(QColor(0xa0, 0x20, 0x20));
        if (column == BaseColumn)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    default:
        return {};
    }
}

QVariant MergeConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isConflictRow(index))
        return conflictData(index.row(), index.column(), role);
    return fieldData(conflictOf(index), index.row(), index.column(), role);
}

QVariant MergeConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BaseColumn:
        return tr("As exported");
    case OursColumn:
        return tr("Your file");
    case TheirsColumn:
        return tr("Volunteer's package");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace sht
