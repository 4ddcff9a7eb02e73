#pragma once

#include "ColumnMapping.h"
#include "ParsedRegister.h"
#include "SheetGrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sht::importing {

// How one sheet is read: what the preview shows and the user may change (skip it, another village, another
// column mapping, other header rows). Rows are 0-based indexes into SheetGrid::rows.
struct SheetPlan
{
    QString sheet; // SheetGrid::name
    bool skip = false;
    QString skipReason;  // translated; why detect() skips it (summary sheet, no header, no data)
    QString villageName; // where its households go
    ColumnMapping mapping;
    int headerFirstRow = -1;
    int headerLastRow = -1;
    int dataFirstRow = -1;
    int columnNumberRow = -1; // -1 = none
    // The sheet is the app's entry template for this village of this commune (EntryTemplateWriter's hidden
    // "_sohoctap" sheet); "" for a register.
    QString villageUuid = {};
    QString communeUuid = {};
};

// From read workbooks to households and people: detect() proposes a plan per sheet, parse() reads the rows
// with a (possibly corrected) plan. Neither touches the database.
class RegisterParser
{
    Q_DECLARE_TR_FUNCTIONS(RegisterParser)

public:
    // The app's own sheets of an entry template (its "_sohoctap" identity sheet and "_lists" drop-down
    // values) get no plan: they are not villages and not problems.
    static QList<SheetPlan> detect(const Workbook &wb);
    static SheetPlan detectSheet(const SheetGrid &grid);

    // Every sheet with a plan that is not skipped becomes a village; every row skipped, every value not
    // understood and every household without a head is a problem with its place. A sheet without a plan is
    // ignored. `today` decides which birth dates are in the future.
    static ParsedRegister parse(const Workbook &wb, const QList<SheetPlan> &plans, const QDate &today);
};

} // namespace sht::importing
