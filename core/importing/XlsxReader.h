#pragma once

#include "ReadLimits.h"
#include "SheetGrid.h"
#include "Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sht::importing {

class XlsxPackage;

// An .xlsx (or .xlsm) workbook into a Workbook, with libzip and QXmlStreamReader: the package relations
// lead to the workbook part (sheet names and order, hidden sheets, the 1904 date system), its relations to
// the worksheets, the shared strings and the styles. Text comes back as the file holds it: legacy font
// decoding and cleaning are WorkbookReader's, which sees every format.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // displayName names the file in messages ("so-ho-khau.xlsx").
    static Workbook readFile(const QString &path, const ReadLimits &limits, Status *status);
    static Workbook readBuffer(const QByteArray &bytes, const QString &displayName, const ReadLimits &limits,
                               Status *status);

private:
    static Workbook read(XlsxPackage &package, const QString &displayName, Status *status);
};

} // namespace sht::importing
