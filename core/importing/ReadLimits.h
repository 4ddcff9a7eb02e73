#pragma once

#include <QtGlobal>

namespace sht::importing {

// What a reader accepts before it refuses a file. They protect the clerk's machine from a damaged or hostile
// file (a "zip bomb" that unpacks to gigabytes, a cell of 10 MB) while staying far above any real register:
// the largest commune workbook we know unpacks to ~60 MB.
struct ReadLimits
{
    qint64 maxUncompressedBytes = qint64(512) * 1024 * 1024; // all parts of an .xlsx read, unpacked
    qint64 maxCellBytes = 1024 * 1024; // one cell's text, in characters (UTF-16 units), after unescaping
    int maxRows = 1'048'576;           // Excel's own limit; a row number beyond it means a damaged file
};

} // namespace sht::importing
