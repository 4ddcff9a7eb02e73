#pragma once

#include "LocalUnitRepository.h"

#include <QAbstractTableModel>

namespace sht {

// The staff of one unit: the people of the register who work there (current ones first), and, when asked,
// those who left, greyed, with the date they left.
class LocalUnitStaffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, SinceColumn, UntilColumn, ColumnCount };
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        PersonIdRole,
        IsCurrentRole,
    };

    explicit LocalUnitStaffModel(QObject *parent = nullptr);

    // The unit's rows (all of them, as read); which are shown depends on showFormer.
    void setRows(const QList<LocalUnitRepository::StaffRow> &rows);
    void setShowFormer(bool show);
    bool showsFormer() const { return m_showFormer; }

    const LocalUnitRepository::StaffRow &rowAt(int row) const { return m_shown.at(row); }
    int rowOfStaff(qint64 staffId) const; // -1 when not shown
    int currentCount() const;
    int formerCount() const { return int(m_all.size()) - currentCount(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<LocalUnitRepository::StaffRow> m_all;
    QList<LocalUnitRepository::StaffRow> m_shown;
    bool m_showFormer = false;
};

} // namespace sht
