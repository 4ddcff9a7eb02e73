// libFuzzer target for the .xlsx reader (issue 6): any bytes must give a workbook or a clear refusal naming
// the file, never a crash, a hang or unbounded memory. Built with clang and -DSHT_FUZZ=ON
// (tests/fuzz/CMakeLists.txt); fuzz_replay_main.cpp runs the same entry point over tests/fuzz/corpus/xlsx in
// CI (test_fuzz_xlsx_replay).
#include "WorkbookReader.h"
#include "XlsxReader.h"
#include "XlsxSharedStrings.h"
#include "XlsxSheetReader.h"
#include "XlsxStyles.h"
#include "XlsxXmlScanner.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sht::importing;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Small limits, so that the fuzzer reaches them often.
    ReadLimits limits;
    limits.maxUncompressedBytes = 16 * 1024 * 1024;
    limits.maxCellBytes = 4096;
    limits.maxRows = 5000;
    // The same bytes as the XML of a shared strings part and of a worksheet: zip's CRCs hide most mutations
    // from the parsers behind it, so they are fed directly too.
    {
        XlsxSharedStrings strings;
        XlsxXmlScanner stringsXml(bytes);
        strings.read(stringsXml, limits);
        XlsxStyles styles;
        XlsxSheetReader reader(strings, styles, size % 2 == 1, limits);
        XlsxXmlScanner sheetXml(bytes);
        SheetGrid grid;
        reader.read(sheetXml, QStringLiteral("fuzz.xlsx"), &grid);
        if (grid.rowCount() > limits.maxRows)
            __builtin_trap();
    }
    sht::Status status;
    Workbook wb = XlsxReader::readBuffer(bytes, QStringLiteral("fuzz.xlsx"), limits, &status);
    if (!status.ok()) {
        if (!status.message().startsWith(QStringLiteral("“fuzz.xlsx”")) || !wb.sheets.isEmpty())
            __builtin_trap(); // every refusal names the file and returns nothing
        return 0;
    }
    for (const SheetGrid &sheet : wb.sheets) {
        if (sheet.rowCount() > limits.maxRows)
            __builtin_trap();
        if (!sheet.hiddenRows.isEmpty() && sheet.hiddenRows.size() != sheet.rowCount())
            __builtin_trap();
        for (const auto &row : sheet.rows) {
            if (row.size() > 16384)
                __builtin_trap();
            for (const Cell &cell : row)
                if (cell.text.size() > limits.maxCellBytes && cell.type == Cell::Type::Text)
                    __builtin_trap();
        }
        for (const MergedRange &m : sheet.merges)
            if (m.firstRow < 0 || m.lastRow < m.firstRow || m.firstColumn < 0 || m.lastColumn < m.firstColumn)
                __builtin_trap();
    }
    WorkbookReader::decodeAndClean(&wb, std::nullopt);
    return 0;
}
