#pragma once

#include "LearningCentreRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace sht {

// The courses of one year as the learning-centre register lists them, narrowed by the filter text (any
// part of the title, field or place, with or without accents). The owner reads the rows and calls
// setCourses() again after every change.
class CourseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        FieldColumn,
        FromColumn,
        ToColumn,
        HoursColumn,
        SessionsColumn,
        LearnersColumn,
        ColumnCount
    };
    enum Role { CourseIdRole = Qt::UserRole + 1 };

    explicit CourseTableModel(QObject *parent = nullptr);

    void setCourses(const QList<CourseSummary> &courses);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    const CourseSummary &courseAt(int row) const { return m_all.at(m_shown.at(row)); }
    int rowOfCourse(qint64 courseId) const; // -1 when not shown
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<CourseSummary> m_all;
    QList<int> m_shown; // indexes into m_all
    QString m_filter;
};

} // namespace sht
