#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace sht::importing {

// What FreeXL gives of an .xls workbook, as a flat stream of records. Written with the C++ standard library
// and FreeXL only, no Qt: XlsReader runs it in a child process forked from a threaded program, where code
// that takes a lock another thread may have held at the fork (Qt's translators, locale, codecs) could hang.
// XlsReader turns the stream into a Workbook, with the checks and messages, in the calling process.
//
// Records (native byte order: the stream never leaves the machine):
//   'D' u8 date1904
//   'S' u32 length, UTF-8 name          a sheet begins
//   'C' u32 row, u16 column, u8 kind, then kind Int: i64; Double: f64; Text, Date: u32 length, bytes
//   'F' i32 failure, i32 FreeXL code    the workbook cannot be read; nothing follows
//   'Z'                                 the end
class XlsExtract
{
public:
    enum class CellKind : std::uint8_t { Int, Double, Text, Date };
    enum class Failure : std::int32_t { Open = 1, Password, NoSheetList, SheetSelect, SheetDimensions };

    // Receives the stream in pieces; returns false to stop (the pipe is gone).
    using Sink = std::function<bool(const char *bytes, std::size_t size)>;

    // Streams the workbook at the file-system path (already encoded); false when the sink stopped.
    static bool run(const char *encodedPath, const Sink &sink);
};

} // namespace sht::importing
