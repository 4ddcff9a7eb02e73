#pragma once

#include "DemoYear.h"
#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace sht {

class Database;

struct DemoOptions
{
    int people = 6450; // ≈ 1,800 households at a mean of 3.6
    quint64 seed = 2025;
    int referenceYear = 2025; // ages and courses are computed as of 31/12 of this year
    QString communeName = QStringLiteral("Xã Hòa An");
    int provinceCode = 37; // Ninh Bình: the first digits of local CCCDs
    // Years lived after the registers are written (DemoYear: registrations, evaluation, the council's
    // judgements, recognitions), and demo signers on the papers. Empty (the default): registers only.
    QList<int> livedYears;
    // Called now and then with people written so far; return false to stop (the file is then left empty).
    std::function<bool(int done, int total)> progress;
};

struct DemoReport
{
    int villages = 0;
    int households = 0;
    int people = 0;
    int clans = 0;
    int localUnits = 0;
    int courses = 0;
    int sessions = 0;
    int attendances = 0;
    QList<demo::DemoYearReport> livedYears; // one per DemoOptions::livedYears
};

// Writes a realistic, fictional commune into an empty database: villages and a residential group (one
// village merged into another in 2025), households of realistic shapes, names by frequency and cohort,
// birth dates (year only for some elderly), CCCD/CMND, education and occupation by age, clans along the
// father's line, local units with staff, and a learning centre with two years of courses and attendance.
// The same options always produce the same rows (UUIDs included).
class DemoCommuneGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommuneGenerator)

public:
    DemoCommuneGenerator(Database &db, DemoOptions options);
    Status generate(DemoReport *report = nullptr);

    // Creates path and fills it; refuses to overwrite an existing file.
    static Status createFile(const QString &path, const DemoOptions &options, DemoReport *report = nullptr);

private:
    Database &m_db;
    DemoOptions m_options;
};

} // namespace sht
