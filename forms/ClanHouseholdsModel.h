#pragma once

#include "ClanRepository.h"

#include <QAbstractTableModel>

namespace sht {

// The member households of one clan: code, head, village and living members, by code. Read-only; fed
// from ClanRepository::householdSummaries().
class ClanHouseholdsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, HeadColumn, VillageColumn, MembersColumn, ColumnCount };
    enum Role { HouseholdIdRole = Qt::UserRole + 1 };

    explicit ClanHouseholdsModel(QObject *parent = nullptr);

    void setHouseholds(const QList<ClanHouseholdSummary> &households);
    const QList<ClanHouseholdSummary> &households() const { return m_households; }
    qint64 householdIdAt(int row) const { return m_households.at(row).householdId; }
    // The row showing the household, -1 when not shown.
    int rowOfHousehold(qint64 householdId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClanHouseholdSummary> m_households;
};

} // namespace sht
