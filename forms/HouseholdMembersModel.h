#pragma once

#include "Membership.h"
#include "Person.h"

#include <QAbstractTableModel>
#include <QList>

namespace sht {

class Database;

// The members of one household as the register lists them: the head first, then the others by relation
// and age. With history on, the past memberships follow (greyed), with their dates and why they ended.
// Reads through the repositories; whoever owns the model calls reload() when ChangeNotifier says so.
class HouseholdMembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RelationColumn,
        NameColumn,
        BirthDateColumn,
        SexColumn,
        CitizenIdColumn,
        ResidenceColumn,
        FromColumn,
        ToColumn,
        EndReasonColumn,
        ColumnCount
    };
    enum Role { PersonIdRole = Qt::UserRole + 1, MembershipIdRole, IsCurrentRole, RelationRole };

    struct Row
    {
        Membership membership;
        Person person;
    };

    explicit HouseholdMembersModel(Database &db, QObject *parent = nullptr);

    void setHousehold(qint64 householdId);
    qint64 householdId() const { return m_householdId; }
    void setShowHistory(bool show);
    bool showsHistory() const { return m_showHistory; }
    // Reads the household again (after an edit, an undo or a redo).
    void reload();

    const Row &rowAt(int row) const { return m_rows.at(row); }
    // The row of the person's current membership; -1 when they are not a current member.
    int rowOfPerson(qint64 personId) const;
    int currentCount() const { return m_currentCount; }

    // "Died", "Moved away", …: why a membership ended, translated.
    static QString endReasonLabel(const QString &reason);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> read() const;

    Database &m_db;
    qint64 m_householdId = 0;
    bool m_showHistory = false;
    QList<Row> m_rows;
    int m_currentCount = 0;
};

} // namespace sht
