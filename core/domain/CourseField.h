#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sht {

// The field (lĩnh vực) of a learning-centre course. Stored as a code (Course::field) so that reports and
// other languages agree; shown translated.
class CourseField
{
    Q_DECLARE_TR_FUNCTIONS(CourseField)

public:
    // Storage codes in the order the course dialog offers them: "agriculture", "health", "law", "ict",
    // "culture", "literacy", "environment", "other".
    static QStringList codes();
    // Translated name of a code; an unknown code is shown as stored, "" stays "".
    static QString label(const QString &code);
    static bool isKnown(const QString &code);
};

} // namespace sht
