#pragma once

#include "ReportDocument.h"
#include "Status.h"

#include <QCoreApplication>

#include <optional>

namespace sht::reporting {

// A report's layout is data (resources/reports/<name>.json, docs/REPORTS.md): titles, tables, and for each
// table its columns (figure, header, group header, width, kind, totals, percent numerator/denominator,
// target). A province that wants another column order or fewer columns edits the JSON, not the code. A file
// of the same name in the user's layout folder (ReportLayout::overrideFolder()) replaces the built-in one.
//
// {
//   "name": "yearly", "title": "BÁO CÁO", "subtitle": "Kết quả … năm {year}", "landscape": true,
//   "sheet": "Thống kê",
//   "tables": [ { "key": "households", "caption": "I. Gia đình học tập", "numberRow": true, "totalsRow":
//   true,
//                 "columns": [ { "figure": "village", "header": "Thôn", "width": 22 },
//                              { "figure": "households", "header": "Tổng số hộ", "group": "Hộ gia đình",
//                                "kind": "integer", "summed": true },
//                              { "figure": "recognised_share", "header": "Tỷ lệ", "kind": "percent",
//                                "numerator": "recognised", "denominator": "households",
//                                "target": "{target:learning_family}" } ] } ]
// }
// "{year}", "{village}" and "{target:<title>}" placeholders are filled by the source.
struct TableLayout
{
    QString key;
    QString caption;
    QList<ReportColumn> columns;
    bool numberRow = true;
    bool totalsRow = false;
    QString totalsLabel;
};

struct ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)

public:
    QString name;
    QString title;
    QString subtitle;
    bool landscape = false;
    QString sheetName;
    QList<TableLayout> tables;

    const TableLayout *table(const QString &key) const;

    // Loads <name>.json from the override folder if present, else :/reports/<name>.json. Errors name the file
    // and the JSON path of the bad field, like the criteria loader.
    static std::optional<ReportLayout> load(const QString &name, Status *error);
    static std::optional<ReportLayout> loadFile(const QString &path, Status *error);
    static QString overrideFolder(); // QStandardPaths GenericDataLocation + "/sohoctap/reports"
    // Refuses a layout that names a figure the source does not make (the message names the figure).
    Status validateFigures(const QString &tableKey, const QStringList &knownFigures) const;
    // Fills the document's title, subtitle, orientation and sheet name, replacing {year} and {village}.
    void applyTo(ReportDocument &document, int year, const QString &village) const;
    // A table of this layout with the given rows.
    ReportTable makeTable(const QString &tableKey, const QList<ReportRow> &rows) const;
};

} // namespace sht::reporting
