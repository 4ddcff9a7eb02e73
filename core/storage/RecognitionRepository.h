#pragma once

#include "AuditedWriter.h"
#include "Catalogue.h"
#include "Status.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sht {

class Database;

// A recognition (quyết định công nhận) of one subject for one title and year: the council's data, audited.
struct Recognition
{
    qint64 id = 0;
    QString uuid;
    int year = 0;
    criteria::Title title = criteria::Title::LearningFamily;
    criteria::SubjectKind subjectKind = criteria::SubjectKind::Household;
    QString subjectUuid;
    int level = 0;
    QString decisionNumber;
    QDate decisionDate;
    QString signer;
    QDate validFrom;
    QDate validTo;
};

class RecognitionRepository
{
public:
    explicit RecognitionRepository(Database &db);

    // Every recognition given for a year up to `year` (oldest first): ladders and validity look back.
    QList<Recognition> upTo(int year) const;
    QList<Recognition> forYear(int year) const;
    std::optional<Recognition> find(int year, criteria::Title title, const QString &subjectUuid) const;
    // The most recent decision recorded (the dialog offers its signer again).
    std::optional<Recognition> latest() const;

    Status insert(Recognition &recognition);
    Status update(const Recognition &recognition);
    Status remove(qint64 id);

private:
    QList<Recognition> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
    AuditedWriter m_writer;
};

} // namespace sht
