#pragma once

#include "Catalogue.h"
#include "Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace sht {

class Database;

// The recognition decisions (quyết định công nhận): only subjects whose stored verdict is met; the level
// is the evaluated one and the validity period follows the catalogue the result used (TT 24/25 levels:
// 36 months). Each call is one transaction, every row audited.
class RecognitionService
{
    Q_DECLARE_TR_FUNCTIONS(RecognitionService)

public:
    explicit RecognitionService(Database &db);

    // A subject already recognised for the year gets the new decision (number, date, signer, validity).
    Status recognise(int year, criteria::Title title, const QStringList &subjectUuids,
                     const QString &decisionNumber, const QDate &decisionDate, const QString &signer);
    Status withdraw(int year, criteria::Title title, const QString &subjectUuid);

private:
    Database &m_db;
};

} // namespace sht
