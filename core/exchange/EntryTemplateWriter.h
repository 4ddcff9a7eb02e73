#pragma once

#include "PackageExporter.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht::exchange {

// The Excel entry template for volunteers without the app: one workbook per village, pre-filled with its
// households and people, drop-down lists for relation, sex, ethnicity and education, and hidden columns
// holding each row's identity (household and person uuid) plus a hidden sheet naming the commune and village.
// Filled in and sent back, it is imported through the import machinery (File > Import), which matches rows
// by those identities instead of by name and birth date (docs/EXCHANGE.md).
class EntryTemplateWriter
{
    Q_DECLARE_TR_FUNCTIONS(EntryTemplateWriter)

public:
    explicit EntryTemplateWriter(Database &db);
    Status write(const QString &villageUuid, const QString &path,
                 const ExchangeProgress &progress = {}) const;

private:
    Database &m_db;
};

} // namespace sht::exchange
