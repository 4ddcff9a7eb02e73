#pragma once

#include "MergePlan.h"

#include <QAbstractItemModel>

namespace sht {

// The conflicts of a merge plan as a tree the clerk decides by keyboard: one top row per conflict (who or
// what, where, and why it conflicts), under it one row per field with its value in the base (as exported),
// the clerk's file (ours) and the volunteer's package (theirs), and the decision. A same-field conflict is
// decided field by field; the other kinds (deleted on one side, the same new person twice) as a whole row,
// so every field row of such a conflict shows the one decision.
class MergeConflictModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, BaseColumn, OursColumn, TheirsColumn, DecisionColumn, ColumnCount };
    enum Role { ChosenRole = Qt::UserRole + 1 }; // on a field row's Ours/Theirs cell: true when it wins

    explicit MergeConflictModel(QObject *parent = nullptr);

    // names: uuid → name of what a foreign key points to (MergePlan::referenceNames), shown instead of uuids.
    void setConflicts(const QList<exchange::Conflict> &conflicts, const QHash<QString, QString> &names = {});
    const QList<exchange::Conflict> &conflicts() const { return m_conflicts; }

    bool isConflictRow(const QModelIndex &index) const;
    int conflictOf(const QModelIndex &index) const; // -1 for an invalid index
    // The field row's decision slot (SameField: the field, other kinds: 0); -1 for a conflict row.
    int slotOf(const QModelIndex &index) const;
    QModelIndex conflictIndex(int conflict, int column = 0) const;
    QModelIndex fieldIndex(int conflict, int field, int column = 0) const;

    // Whether resolution may be given for this conflict (KeepBoth only for the same new person).
    bool allows(int conflict, exchange::Resolution resolution) const;
    // Decides the field row's slot, or on a conflict row every slot of it; false when not allowed.
    bool resolve(const QModelIndex &index, exchange::Resolution resolution);
    // Decides the slots of index's conflict that are still undecided.
    bool resolveRemaining(const QModelIndex &index, exchange::Resolution resolution);
    // The first field row, from after index (wrapping), whose slot is undecided; invalid when none is.
    QModelIndex nextUndecided(const QModelIndex &after = QModelIndex()) const;

    int undecidedConflicts() const; // conflicts with at least one undecided slot
    int undecidedSlots() const;

    static QString kindText(exchange::ConflictKind kind);
    static QString resolutionText(exchange::Resolution resolution, exchange::ConflictKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void decisionsChanged();

private:
    exchange::Resolution slotResolution(int conflict, int slot) const;
    QString valueText(int conflict, int field, int column) const;
    QVariant conflictData(int conflict, int column, int role) const;
    QVariant fieldData(int conflict, int field, int column, int role) const;
    void setSlot(int conflict, int slot, exchange::Resolution resolution);
    void emitConflictChanged(int conflict);

    QList<exchange::Conflict> m_conflicts;
    QHash<QString, QString> m_names;
    QList<QList<int>> m_shown; // per conflict: the fields it lists (indexes into Conflict::fields)
};

} // namespace sht
