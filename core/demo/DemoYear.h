#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QString>

namespace sht {

class Database;

namespace demo {

class DemoRandom;

// How the council of a lived demo year behaves.
struct DemoYearOptions
{
    // Every keepWaitingEvery-th subject waiting for the council is left waiting (0: judge them all), so
    // the Evaluation page still shows work to do.
    int keepWaitingEvery = 20;
    // The share of judged subjects whose council finds one judged indicator not met (0: all met).
    double failShare = 0.12;
    // The signers of the recognition decisions (the association's chairman signs the citizens').
    QString chairmanName = QStringLiteral("Nguyễn Văn Thành");
    QString associationChairmanName = QStringLiteral("Phạm Thị Hạnh");
    QString preparerName = QStringLiteral("Lê Thị Thu Trang"); // under the tables (người lập biểu)
};

// What one lived year left in the file.
struct DemoYearReport
{
    int year = 0;
    int registered = 0;
    int judgements = 0;
    int met = 0;
    int notMet = 0;
    int waiting = 0;
    int recognised = 0;
};

// A year as a commune lives it, made through the services only, so every row is audited (source: the
// database's actor) and undo, merge and the reports see it like a clerk's work: every village registers
// for every title (and the units outside any village), the year is evaluated, the council judges the
// subjects that wait for it (most of them, bottom-up so families see their citizens' judgements; some
// fail), the year is evaluated again, and the People's Committee recognises every subject that met, with
// a decision numbered and dated in December. The same random state gives the same year.
class DemoYear
{
    Q_DECLARE_TR_FUNCTIONS(DemoYear)

public:
    DemoYear(Database &db, DemoRandom &random, DemoYearOptions options = {});

    Status live(int year, DemoYearReport *report = nullptr);

    // Puts demo names under the printed papers (DocumentSettings: chairman, association chairman, preparer).
    static Status setSigners(Database &db, const DemoYearOptions &options = {});

private:
    Status registerEveryone(int year, DemoYearReport &report);
    Status judge(int year, DemoYearReport &report);
    Status recognise(int year, DemoYearReport &report);

    Database &m_db;
    DemoRandom &m_random;
    DemoYearOptions m_options;
};

} // namespace demo
} // namespace sht
