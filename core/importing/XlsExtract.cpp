#include "XlsExtract.h"

#include <cstring>
#include <freexl.h>

namespace sht::importing {

namespace {

// Closes the FreeXL handle on every path (FreeXL wants freexl_close even after a failed open).
struct Handle
{
    const void *xls = nullptr;
    ~Handle()
    {
        if (xls)
            freexl_close(xls);
    }
};

// Gathers records and hands them to the sink in pieces of about 64 KB (one write per piece to the pipe).
class Stream
{
public:
    explicit Stream(const XlsExtract::Sink &sink)
        : m_sink(sink)
    {
        m_buffer.reserve(Piece + 4096);
    }
    template <typename T>
    void put(T value)
    {
        m_buffer.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void putText(const char *text)
    {
        const auto length = std::uint32_t(std::strlen(text));
        put(length);
        m_buffer.append(text, length);
        flushIfFull();
    }
    void flushIfFull()
    {
        if (m_buffer.size() >= Piece)
            flush();
    }
    bool flush()
    {
        if (m_ok && !m_buffer.empty())
            m_ok = m_sink(m_buffer.data(), m_buffer.size());
        m_buffer.clear();
        return m_ok;
    }
    bool ok() const { return m_ok; }

private:
    static constexpr std::size_t Piece = 64 * 1024;
    const XlsExtract::Sink &m_sink;
    std::string m_buffer;
    bool m_ok = true;
};

bool fail(Stream &out, XlsExtract::Failure failure, int code = 0)
{
    out.put('F');
    out.put(std::int32_t(failure));
    out.put(std::int32_t(code));
    return out.flush();
}

bool isObfuscated(const void *xls)
{
    unsigned int info = 0;
    return xls && freexl_get_info(xls, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
           info == FREEXL_BIFF_OBFUSCATED;
}

} // namespace

bool XlsExtract::run(const char *encodedPath, const Sink &sink)
{
    Stream out(sink);
    Handle handle;
    const int opened = freexl_open(encodedPath, &handle.xls);
    if (opened != FREEXL_OK)
        return isObfuscated(handle.xls) ? fail(out, Failure::Password) : fail(out, Failure::Open, opened);
    if (isObfuscated(handle.xls))
        return fail(out, Failure::Password);
    unsigned int info = 0;
    out.put('D');
    out.put(std::uint8_t(freexl_get_info(handle.xls, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK &&
                         info == FREEXL_BIFF_DATEMODE_1904));
    unsigned int sheetCount = 0;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK)
        return fail(out, Failure::NoSheetList);

    for (unsigned int s = 0; s < sheetCount && s < 0xFFFF; ++s) {
        const char *name = nullptr;
        out.put('S');
        out.putText(freexl_get_worksheet_name(handle.xls, std::uint16_t(s), &name) == FREEXL_OK && name ? name
                                                                                                        : "");
        if (freexl_select_active_worksheet(handle.xls, std::uint16_t(s)) != FREEXL_OK)
            return fail(out, Failure::SheetSelect);
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle.xls, &rows, &columns) != FREEXL_OK)
            return fail(out, Failure::SheetDimensions);
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle.xls, r, c, &value) != FREEXL_OK)
                    continue;
                CellKind kind;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    kind = CellKind::Int;
                    break;
                case FREEXL_CELL_DOUBLE:
                    kind = CellKind::Double;
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_TIME:
                    kind = CellKind::Text;
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                    kind = CellKind::Date;
                    break;
                default:
                    continue;
                }
                if ((kind == CellKind::Text || kind == CellKind::Date) && !value.value.text_value)
                    continue;
                out.put('C');
                out.put(std::uint32_t(r));
                out.put(std::uint16_t(c));
                out.put(std::uint8_t(kind));
                if (kind == CellKind::Int)
                    out.put(std::int64_t(value.value.int_value));
                else if (kind == CellKind::Double)
                    out.put(value.value.double_value);
                else
                    out.putText(value.value.text_value);
                out.flushIfFull();
            }
            if (!out.ok())
                return false;
        }
    }
    out.put('Z');
    return out.flush();
}

} // namespace sht::importing
