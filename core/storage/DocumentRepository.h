#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sht {

class Database;

// A subject of a title as the council's papers name it: the minutes of the evaluation meeting list them,
// the certificates are made out to them.
struct DocumentSubject
{
    QString uuid;
    QString kind;         // criteria::subjectKindKey
    QString name;         // household: its head's full name; person, clan, village, unit: its name
    QString code;         // household code ("" for other kinds)
    qint64 villageId = 0; // on 31/12 of the year; 0 when the subject has none (a commune-level unit)
    QString villageName;
    QString decisionNumber; // the year's recognition ("" when not recognised)
    QDate decisionDate;
    QString signer;
    int level = 0;
};

// Read-only queries of the minutes and the certificates (reporting/DocumentSources) that the other
// repositories do not answer: subjects with the village they were in on 31/12 of the year (households by
// their history, people by their household then, clans by their head's household, units by their village),
// in village order then Vietnamese name order.
class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    explicit DocumentRepository(Database &db);

    // Subjects recognised for the title and year (villageId 0 = the whole commune).
    Status recognised(int year, criteria::Title title, qint64 villageId, QList<DocumentSubject> *out) const;
    // Subjects with a stored evaluation of the title and year, with their recognition if any.
    Status evaluated(int year, criteria::Title title, qint64 villageId, QList<DocumentSubject> *out) const;

private:
    Status select(const QString &from, int year, criteria::Title title, qint64 villageId,
                  QList<DocumentSubject> *out) const;

    Database &m_db;
};

} // namespace sht
