#include "CourseTableModel.h"

#include "CourseField.h"
#include "TextNormalizer.h"

#include <QLocale>

namespace sht {

namespace {
QString dayText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

CourseTableModel::CourseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CourseTableModel::setCourses(const QList<CourseSummary> &courses)
{
    beginResetModel();
    m_all = courses;
    refilter();
    endResetModel();
}

void CourseTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    refilter();
    endResetModel();
}

void CourseTableModel::refilter()
{
    m_shown.clear();
    const QStringList words = text::searchKey(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_all.size(); ++i) {
        const Course &c = m_all.at(i).course;
        const QString haystack = text::searchKey(c.title + QLatin1Char(' ') + CourseField::label(c.field) +
                                                 QLatin1Char(' ') + c.location);
        bool all = true;
        for (const QString &word : words)
            all = all && haystack.contains(word);
        if (all)
            m_shown << i;
    }
}

int CourseTableModel::rowOfCourse(qint64 courseId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_all.at(m_shown.at(row)).course.id == courseId)
            return row;
    return -1;
}

int CourseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CourseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourseSummary &summary = courseAt(index.row());
    const Course &c = summary.course;
    if (role == CourseIdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole && index.column() >= HoursColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) {
        QString tip = c.title;
        if (!c.location.isEmpty())
            tip += QLatin1Char('\n') + tr("Place: %1").arg(c.location);
        if (!c.notes.isEmpty())
            tip += QLatin1Char('\n') + c.notes;
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return c.title;
    case FieldColumn:
        return CourseField::label(c.field);
    case FromColumn:
        return dayText(c.startDate);
    case ToColumn:
        return dayText(c.endDate);
    case HoursColumn:
        return QLocale().toString(c.hours, 'g', 4);
    case SessionsColumn:
        return summary.sessions;
    case LearnersColumn:
        return summary.learners;
    default:
        return {};
    }
}

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FieldColumn:
        return tr("Field");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case HoursColumn:
        return tr("Hours");
    case SessionsColumn:
        return tr("Sessions");
    case LearnersColumn:
        return tr("Learners");
    default:
        return {};
    }
}

} // namespace sht
