#pragma once

#include "ReportDocument.h"
#include "Status.h"

#include <QCoreApplication>

namespace sht {
class Database;
}

namespace sht::reporting {

// Who issues and signs the commune's papers, kept in the file's settings (meta, keys "document.*") so every
// copy prints alike. Defaults come from the commune's name: "UBND XÃ HÒA BÌNH", place "Hòa Bình".
struct DocumentSettings
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSettings)

public:
    QString parentBody;      // "UBND HUYỆN …" (optional)
    QString issuingBody;     // "UBND XÃ HÒA BÌNH"
    QString associationBody; // "HỘI KHUYẾN HỌC XÃ HÒA BÌNH" (minutes, citizens' certificates)
    QString place;           // "Hòa Bình"
    QString chairmanName;    // Chủ tịch UBND xã
    QString associationChairmanName; // Chủ tịch Hội Khuyến học xã
    QString preparerName;            // Người lập biểu

    static DocumentSettings load(Database &db);
    Status save(Database &db) const; // one transaction, audited as a settings change

    DocumentHeading heading(const QDate &date, const QString &documentNumber = {}) const;
    SignatureBlock preparer() const;            // "NGƯỜI LẬP BIỂU"
    SignatureBlock chairman() const;            // "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"
    SignatureBlock associationChairman() const; // "TM. BAN CHẤP HÀNH" / "CHỦ TỊCH"
};

} // namespace sht::reporting
