#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sht {

class Database;

// What the Excel entry template of one village is written from, read in two queries.
struct EntryTemplateData
{
    struct Row
    {
        QString householdUuid, householdCode;
        QString personUuid, fullName, relation, residence, sex, birthDate, ethnicity, citizenId, education,
            occupation; // storage forms
    };
    QString communeUuid;
    QString villageUuid;
    QString villageName;
    QList<Row> rows; // every current, living member of the village's households: by household, head first
};

class EntryTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(EntryTemplateRepository)

public:
    explicit EntryTemplateRepository(Database &db);
    // Fails with a message naming the village when it is not a village of this file.
    Status read(const QString &villageUuid, EntryTemplateData *out) const;

private:
    Database &m_db;
};

} // namespace sht
