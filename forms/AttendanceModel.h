#pragma once

#include "LearningCentreRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace sht {

// Who was present at one session, in name order, with their birth year, household and village.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BornColumn, HouseholdColumn, VillageColumn, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1 };

    explicit AttendanceModel(QObject *parent = nullptr);

    void setAttendees(const QList<AttendeeRow> &attendees);
    const AttendeeRow &attendeeAt(int row) const { return m_rows.at(row); }
    int rowOfPerson(qint64 personId) const; // -1 when not present

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AttendeeRow> m_rows;
};

} // namespace sht
