#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace sht {

class Database;

// The commune itself as its papers name it.
struct CommuneName
{
    QString name; // "Xã Hòa An"
    QString kind; // "commune" or "ward"
};

// Adult residents at the end of a year of one age (years reached that year) and sex in one village, and how
// many of them hold Công dân học tập then (decided that year or valid on 31/12).
struct CitizenGroupCount
{
    qint64 villageId = 0;
    int age = 0;
    QString sex; // storage form: "male", "female" or ""
    int residents = 0;
    int recognised = 0;
};

// A stored verdict without its indicators or names (EvaluationRepository::results joins every register to
// name the subjects: too much for a report that needs one subject of a title).
struct StoredVerdictRow
{
    QString subjectUuid;
    QString catalogueCode;
    QString catalogueVersion;
    QString verdict; // "met", "not_met", "pending"
    int level = 0;
};

// Read-only queries of the statistics reports (reporting/StatisticsSources, Yearly*, Tt25*, Tt24*) that the
// other repositories do not answer.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)

public:
    explicit ReportRepository(Database &db);

    // The current commune (or ward); empty when the file has none yet.
    Status commune(CommuneName *out) const;
    // Adults (age ≥ minAge at the end of the year, known birth year) living in the commune on 31/12, counted
    // as AchievementRepository counts "learning_citizen.all", by village, age and sex.
    // The stored verdicts of one title for the year (the commune's, the centre's: one row).
    QList<StoredVerdictRow> verdicts(int year, const QString &titleKey) const;
    Status citizenGroups(int year, int minAge, QList<CitizenGroupCount> *out) const;

private:
    Database &m_db;
};

// A read-only statement stepped through SQLite's C API, for the reports' bulk reads (100,000 register lines,
// every subject of a year): UTF-8 straight from the page, without a QVariant and a QString per value.
// Finalised on every path. Only for reads whose text the caller copies before the next step().
class ReportRowReader
{
public:
    ReportRowReader(Database &db, const char *sql);
    ~ReportRowReader();
    ReportRowReader(const ReportRowReader &) = delete;
    ReportRowReader &operator=(const ReportRowReader &) = delete;

    bool isValid() const;
    // Named (":yr") parameters; resets the statement first.
    void bind(const char *name, qint64 value);
    void bind(const char *name, const QByteArray &utf8); // utf8 must outlive the statement's use
    // Index from 1; resets the statement first.
    void bind(int index, qint64 value);
    // True while a row comes; false at the end or on an error (failed() tells).
    bool step();
    bool failed() const;
    std::string_view text(int column) const; // valid until the next step()
    qint64 integer(int column) const;
    // "The commune file could not be read: <SQLite's message>. …"
    Status failure() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = 0;
    bool m_running = false;
};

} // namespace sht
