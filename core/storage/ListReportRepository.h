#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <string_view>

namespace sht {

class Database;

// A village (or residential group) a list is made for.
struct ListVillage
{
    qint64 id = 0;
    QString uuid;
    QString name;
};

// A household recognised "Gia đình học tập" in a year, with the village it was in on 31/12 of that year and
// its head then.
struct RecognisedHouseholdRow
{
    qint64 villageId = 0;
    QString villageName;
    QString code;
    QString headName;
    QString address;
    QString decisionNumber;
    QDate decisionDate;
    int level = 0;
};

// A citizen recognised "Công dân học tập" in a year, with the village of their household on 31/12.
struct RecognisedCitizenRow
{
    qint64 villageId = 0;
    QString villageName;
    QString fullName;
    QString birthDate; // storage form of PartialDate
    QString sex;       // storage form of Sex
    QString decisionNumber;
    QDate decisionDate;
};

// One line of the printed register: a current, living member of a household of a current village. The
// texts are UTF-8 as stored, valid only during the sink call (100,000 lines are read without a QString
// each; the caller converts what it shows).
struct RegisterListRow
{
    qint64 villageId = 0;
    qint64 householdId = 0;
    qint64 personId = 0;
    std::string_view householdCode;
    std::string_view address;
    std::string_view relation; // storage form, see relationFromStorage()
    std::string_view fullName;
    std::string_view birthDate; // storage form of PartialDate
    std::string_view sex;       // storage form of Sex
    std::string_view citizenId;
    std::string_view education;
    std::string_view occupation;
};

// A village of the register with how many households and lines it has (the caption and the progress need
// them before the lines are streamed).
struct RegisterVillage
{
    qint64 id = 0;
    QString name;
    int households = 0;
    int rows = 0;
};

// The attendance of one course of the learning centre: its sessions by date and everyone present at one
// of them, in Vietnamese name order.
struct AttendanceSheet
{
    struct Learner
    {
        qint64 personId = 0;
        QString fullName;
        QString birthDate; // storage form
        QString villageName;
        QString householdCode;
        QList<int> sessions; // indexes into sessionDates where the learner was present, ascending
    };

    QString courseUuid;
    QString courseTitle;
    QDate startDate;
    QDate endDate;
    QString location;
    QList<QDate> sessionDates;
    QList<Learner> learners;
};

// An evidence item the stored evaluation marked as against the rule, about a person.
struct PersonEvidence
{
    QString personUuid;
    QString text;
};

// The read-only queries of the printed lists (core/reporting/List*.cpp): one query per list, ordered by
// SQLite with the stored Vietnamese sort keys, never one query per row.
class ListReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ListReportRepository)

public:
    explicit ListReportRepository(Database &db);

    // The commune's name ("Xã Hòa An"), empty when the file has no commune row.
    QString communeName() const;
    // Current villages and residential groups in their order.
    Status villages(QList<ListVillage> *out) const;
    // A village by uuid (also a former one), nullopt when unknown.
    std::optional<ListVillage> village(const QString &uuid) const;

    // villageId 0 = the whole commune. Ordered by village, then the head's name in Vietnamese order.
    Status recognisedHouseholds(int year, qint64 villageId, QList<RecognisedHouseholdRow> *out) const;
    // Ordered by village, then name in Vietnamese order.
    Status recognisedCitizens(int year, qint64 villageId, QList<RecognisedCitizenRow> *out) const;

    // The villages forEachRegisterRow() goes through, in its order, with their counts.
    Status registerVillages(qint64 villageId, QList<RegisterVillage> *out) const;
    // How many rows forEachRegisterRow() gives (for progress).
    Status countRegisterRows(qint64 villageId, int *count) const;
    // The register, village by village; households by their head's name in Vietnamese order (given name,
    // middle, family), each household's head first, then the others eldest first. sink returning false
    // stops (cancel) with a failure with an empty message. One village's lines are held at a time (sorted
    // here, not by SQLite: docs/BENCHMARKS.md, Step 5), so memory does not grow with the commune.
    Status forEachRegisterRow(qint64 villageId,
                              const std::function<bool(const RegisterListRow &)> &sink) const;

    // nullopt in *out when the course is unknown.
    Status attendance(const QString &courseUuid, std::optional<AttendanceSheet> *out) const;

    // Evidence items stored against the rule by the evaluation of the year that name a person.
    Status againstRuleEvidence(int year, QList<PersonEvidence> *out) const;
    // Whether any evaluation result is stored for the year.
    bool hasEvaluation(int year) const;

private:
    Database &m_db;
};

} // namespace sht
