#pragma once

#include "ReportDocument.h"

#include <QHash>

struct lxw_workbook;
struct lxw_format;

namespace sht::reporting {

// The cell formats of a report workbook, made once each: libxlsxwriter keeps every format it is given, so a
// format per cell would bloat the styles of a 100,000-row list.
class XlsxFormats
{
public:
    enum class Role {
        Body,   // table cells
        Header, // header cells: bold, centred, wrapped
        Number, // "(1) (2) …" under the header
        Totals, // the totals row
        Target, // the target beside a percentage: centred text
    };

    explicit XlsxFormats(lxw_workbook *book);

    lxw_format *cell(CellKind kind, Role role, bool bold = false, int indent = 0);
    lxw_format *issuingBody();     // bold capitals, centred
    lxw_format *parentBody();      // regular, centred
    lxw_format *nationalHeading(); // bold, centred
    lxw_format *motto();           // bold, underlined, centred
    lxw_format *placeDate();       // italic, centred
    lxw_format *centred();         // regular, centred ("Số: …")
    lxw_format *title();           // bold 14 pt, centred
    lxw_format *subtitle();        // bold, centred, wrapped
    lxw_format *caption();         // bold, left
    lxw_format *paragraph();       // wrapped, justified
    lxw_format *signatureBold();   // bold, centred
    lxw_format *signatureNote();   // italic, centred
    lxw_format *recipientsHead();  // bold italic
    lxw_format *recipient();       // 10 pt

private:
    lxw_format *make(bool bold, bool italic, int align, double size = 12);

    lxw_workbook *m_book;
    QHash<int, lxw_format *> m_cells;
    QHash<QString, lxw_format *> m_named;
};

} // namespace sht::reporting
