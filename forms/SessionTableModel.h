#pragma once

#include "LearningCentreRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace sht {

// The sessions of one course, by date, with how many were present at each.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, HoursColumn, PresentColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    explicit SessionTableModel(QObject *parent = nullptr);

    void setSessions(const QList<SessionSummary> &sessions);
    const SessionSummary &sessionAt(int row) const { return m_rows.at(row); }
    int rowOfSession(qint64 sessionId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SessionSummary> m_rows;
};

} // namespace sht
