#pragma once

#include "AuditedWriter.h"
#include "EvaluationData.h"
#include "Status.h"

#include <QHash>
#include <QString>

#include <optional>

namespace sht {

class Database;

// One judgement of the council (judgement table): met / not met and/or points for one judged indicator of
// one subject and year, with the evidence note. The council's data: every write is audited.
struct JudgementRow
{
    qint64 id = 0;
    QString uuid;
    int year = 0;
    criteria::Title title = criteria::Title::LearningFamily;
    QString subjectUuid;
    QString indicator;
    std::optional<bool> met;
    std::optional<double> points;
    QString note;
    QString judgedOn; // ISO date
};

class JudgementRepository
{
public:
    explicit JudgementRepository(Database &db);

    // Every judgement of the year, keyed by EvaluationData::key(title, subject, indicator).
    QHash<QString, criteria::Judgement> forYear(int year) const;
    std::optional<JudgementRow> find(int year, criteria::Title title, const QString &subjectUuid,
                                     const QString &indicator) const;
    Status insert(JudgementRow &row);
    Status update(const JudgementRow &row);
    Status remove(qint64 id);

private:
    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
