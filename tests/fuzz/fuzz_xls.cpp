// libFuzzer target for the old Excel reader (issue 9): FreeXL and XlsReader, then WorkbookReader's sniffing
// and decoding, on any bytes. FreeXL reads only from a path, so each input is written to one memfd and read
// back through /proc/self/fd (no disk, no temporary files left by a killed fuzzer). Any input must give a
// workbook or a refusal that names the file, never a crash, a hang or unbounded memory.
// XlsReader::readFile runs FreeXL in a child process (FreeXL 1.0.6 over-reads its buffers on some files, the
// first finding of this target): a FreeXL crash then shows as a refusal here, and its sanitizer report on
// stderr. SHT_FUZZ_XLS_IN_PROCESS=1 calls FreeXL in this process instead, to hunt FreeXL's own bugs with
// coverage and report them upstream.
// Built with clang and -DSHT_FUZZ=ON (tests/fuzz/CMakeLists.txt); fuzz_replay_main.cpp runs the same entry
// point over tests/fuzz/corpus/xls and tests/fuzz/regressions/xls in CI (test_fuzz_xls_replay).
#include "FuzzInput.h"
#include "WorkbookReader.h"
#include "XlsReader.h"

#include <QByteArray>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>

namespace {

// Every rule a result must keep, for the .xls reader and the generic door alike.
void checkWorkbook(const sht::importing::Workbook &wb, const sht::Status &status, const QString &name,
                   const sht::importing::ReadLimits &limits)
{
    using namespace sht::importing;
    if (!status.ok()) {
        // A refusal names the file (so the clerk knows which of the dropped files) and returns nothing.
        if (!status.message().contains(name) || !wb.sheets.isEmpty())
            __builtin_trap();
        return;
    }
    for (const SheetGrid &sheet : wb.sheets) {
        if (sheet.rowCount() > limits.maxRows)
            __builtin_trap();
        for (const auto &row : sheet.rows)
            for (const Cell &cell : row)
                if (cell.type == Cell::Type::Text && cell.text.size() > limits.maxCellBytes)
                    __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace sht::importing;
    static sht::fuzz::MemoryFile file;
    if (!file.write(data, size))
        return 0;
    // Small limits, so that the fuzzer reaches them often.
    ReadLimits limits;
    limits.maxUncompressedBytes = 16 * 1024 * 1024;
    limits.maxCellBytes = 4096;
    limits.maxRows = 5000;
    const QString name = QFileInfo(file.path()).fileName();

    static const bool inProcess = qEnvironmentVariableIntValue("SHT_FUZZ_XLS_IN_PROCESS") == 1;
    sht::Status status;
    Workbook xls = inProcess ? XlsReader::readInProcess(file.path(), limits, &status)
                             : XlsReader::readFile(file.path(), limits, &status);
    checkWorkbook(xls, status, name, limits);
    if (status.ok())
        WorkbookReader::decodeAndClean(&xls, std::nullopt);

    // The one door the import uses: it judges the bytes by content (xls, xlsx, csv, other).
    if (inProcess)
        return 0;
    const Workbook any = WorkbookReader::read(file.path(), std::nullopt, limits, &status);
    checkWorkbook(any, status, name, limits);
    return 0;
}
