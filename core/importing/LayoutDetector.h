#pragma once

#include "ColumnMapping.h"
#include "SheetGrid.h"

#include <QCoreApplication>
#include <QString>

namespace sht::importing {

// Where a sheet's header and data are, and what its columns mean, as far as the sheet itself says.
struct SheetLayout
{
    bool found = false;       // a header with a name column was found
    int headerFirstRow = -1;  // 0-based rows of the grid
    int headerLastRow = -1;   // == headerFirstRow for a one-row header
    int columnNumberRow = -1; // "(1) (2) … (11)" under the header, or -1
    int dataFirstRow = -1;
    ColumnMapping mapping;
};

// What a row below the header is.
enum class RowKind {
    Data,
    Empty,
    ColumnNumbers,  // "(1) (2) …" repeated (a printed register's page break)
    RepeatedHeader, // the header again (page break)
    Total,          // "Tổng cộng: 340 hộ, 1.239 nhân khẩu", or a COUNT/COUNTA/SUM formula
    Signature, // NGƯỜI LẬP BIỂU / TRƯỞNG THÔN, "…, ngày … tháng … năm …", the names under them
};

// Finds the header (anywhere in the first rows, one or two rows, with line breaks inside cells, followed or
// not by a column-number row), maps its columns through ColumnSynonyms, and classifies the rows below.
class LayoutDetector
{
    Q_DECLARE_TR_FUNCTIONS(LayoutDetector)

public:
    // Rows searched for the header.
    static constexpr int kHeaderSearchRows = 20;

    static SheetLayout detect(const SheetGrid &grid);

    // A summary sheet ("Tổng hợp", "Thống kê", or a sheet made mostly of COUNT/COUNTA/SUM formulas) is not a
    // village. *reason says why (translated).
    static bool isSummarySheet(const SheetGrid &grid, QString *reason = nullptr);

    // "(1) (2) (3) …", "1 2 3 …" or "A B 1 2 …": at least three cells, all short numbers or letters, the
    // numbers increasing.
    static bool isColumnNumberRow(const SheetGrid &grid, int row);

    // What the row is, for a sheet with this mapping; *reason is the translated reason it is skipped
    // (empty for Data).
    static RowKind classifyRow(const SheetGrid &grid, int row, const ColumnMapping &mapping,
                               QString *reason = nullptr);
    static QString rowKindReason(RowKind kind);
};

} // namespace sht::importing
