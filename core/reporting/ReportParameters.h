#pragma once

#include <QDate>
#include <QFlags>
#include <QString>

namespace sht::reporting {

// What the user chose before building a report. Which fields a report reads is in ReportInfo::needs.
struct ReportParameters
{
    int year = 0;
    QString villageUuid; // empty = the whole commune
    QString subjectUuid; // a local unit (tt24-summary) or a course (attendance)
    QString title;       // a criteria::titleKey, for minutes, certificates and recognised lists
    QDate documentDate;  // the place-and-date line; invalid = today
    QString pageSize = QStringLiteral("A4"); // certificates: "A4" (landscape) or "A5"
};

enum class ReportNeed {
    Year = 0x1,
    Village = 0x2,         // a village may be chosen (empty = whole commune)
    VillageRequired = 0x4, // a village must be chosen
    LocalUnit = 0x8,       // subjectUuid is a local unit
    Course = 0x10,         // subjectUuid is a course
    Title = 0x20,          // title must be chosen
    PageSize = 0x40,
};
Q_DECLARE_FLAGS(ReportNeeds, ReportNeed)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportNeeds)

enum class ReportOutput { Xlsx = 0x1, Pdf = 0x2 };
Q_DECLARE_FLAGS(ReportOutputs, ReportOutput)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportOutputs)

struct ReportInfo
{
    QString name;        // "yearly": the CLI's NAME, stable, never translated
    QString displayName; // tr(): "Thống kê kết quả xây dựng mô hình học tập"
    QString description; // tr(): one sentence for the chooser
    ReportNeeds needs;
    ReportOutputs outputs = ReportOutputs(ReportOutput::Xlsx) | ReportOutput::Pdf;
};

} // namespace sht::reporting
