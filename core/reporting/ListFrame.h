#pragma once

#include "ListReportRepository.h"
#include "ReportLayout.h"
#include "ReportParameters.h"
#include "ReportSource.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace sht::reporting {

// What every printed list does before its rows: loads and checks its layout (resources/reports/<name>.json),
// finds the village chosen (or the whole commune), and fills the document's heading (DocumentSettings),
// title, subtitle ({year}, {village}) and the two signature blocks (the preparer and the chairman).
class ListFrame
{
    Q_DECLARE_TR_FUNCTIONS(ListFrame)

public:
    ReportLayout layout;
    qint64 villageId = 0; // 0 = the whole commune
    QString villageName;  // the village's name, or the commune's for the whole commune
    bool wholeCommune = true;

    // Who issues the list: the commune's People's Committee, or its Study Promotion Association (the
    // "Công dân học tập" title is the association's: its body heads the paper and its chairman signs).
    enum class Issuer { Committee, Association };

    // tables: each table key of the layout with the figures the source can fill.
    static Status begin(Database &db, const QString &name, const ReportParameters &parameters,
                        const QList<QPair<QString, QStringList>> &tables, ReportDocument &document,
                        ListFrame *frame, Issuer issuer = Issuer::Committee);

    // The figures the layout's table shows: a long list computes only those.
    QSet<QString> usedFigures(const QString &key) const;
    // A table of the layout with its {village} and {count} placeholders filled.
    ReportTable table(const QString &key, const QList<ReportRow> &rows, const QString &village = {},
                      int count = -1) const;
};

// Cell texts shared by the lists (the documents are Vietnamese whatever the UI language).
namespace listcells {
QString birthYear(const QString &storedBirthDate); // "1956" or ""
QString birthDate(const QString &storedBirthDate); // "05/03/1956", "03/1956", "1956"
QString sex(const QString &storedSex);             // "Nam" / "Nữ" / ""
QString relation(const QString &storedRelation, const QString &storedSex);
} // namespace listcells

} // namespace sht::reporting
