#pragma once

#include <QDate>
#include <QString>

namespace sht {

// The commune's community learning centre (TTHTCĐ).
struct LearningCentre
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QString name;
    qint64 communeId = 0;
    QDate establishedOn;
    qint64 directorPersonId = 0;
    QString notes;
};

// A course or topic (chuyên đề) held by the centre; attendance is recorded per session.
struct Course
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    qint64 centreId = 0;
    QString title;
    QString field; // "agriculture", "health", "law", "ict", "culture", "literacy", "other"
    QDate startDate;
    QDate endDate;
    double hours = 0;
    QString location;
    QString notes;
};

struct CourseSession
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    qint64 courseId = 0;
    QDate heldOn;
    double hours = 0;
};

} // namespace sht
