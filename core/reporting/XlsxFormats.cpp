#include "XlsxFormats.h"

#include <xlsxwriter.h>

namespace sht::reporting {

namespace {
// Nghị định 30/2020 asks for Times New Roman; Excel and LibreOffice substitute a metric-compatible font
// (Liberation Serif) where it is missing, so columns keep their widths.
const char *const FontName = "Times New Roman";
} // namespace

XlsxFormats::XlsxFormats(lxw_workbook *book)
    : m_book(book)
{}

lxw_format *XlsxFormats::make(bool bold, bool italic, int align, double size)
{
    lxw_format *f = workbook_add_format(m_book);
    format_set_font_name(f, FontName);
    format_set_font_size(f, size);
    if (bold)
        format_set_bold(f);
    if (italic)
        format_set_italic(f);
    format_set_align(f, uint8_t(align));
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

lxw_format *XlsxFormats::cell(CellKind kind, Role role, bool bold, int indent)
{
    const int key = int(kind) | int(role) << 4 | int(bold) << 8 | qBound(0, indent, 15) << 9;
    if (lxw_format *f = m_cells.value(key))
        return f;
    const bool header = role == Role::Header;
    const bool number = role == Role::Number;
    const bool strong = bold || header || role == Role::Totals;
    int align = LXW_ALIGN_LEFT;
    if (header || number || kind == CellKind::Date || role == Role::Target)
        align = LXW_ALIGN_CENTER;
    else if (kind != CellKind::Text)
        align = LXW_ALIGN_RIGHT;
    lxw_format *f = make(strong, number, align, number ? 10 : 12);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_text_wrap(f);
    if (!header && !number) {
        switch (kind) {
        case CellKind::Integer:
            format_set_num_format(f, "#,##0");
            break;
        case CellKind::Decimal:
            format_set_num_format(f, "#,##0.0");
            break;
        case CellKind::Percent:
            format_set_num_format(f, "0.0%");
            break;
        case CellKind::Date:
            format_set_num_format(f, "dd/mm/yyyy");
            break;
        case CellKind::Text:
            break;
        }
    }
    if (indent > 0 && kind == CellKind::Text && !header)
        format_set_indent(f, uint8_t(qBound(0, indent, 15)));
    m_cells.insert(key, f);
    return f;
}

#define SHT_NAMED_FORMAT(function, ...)                                                                      \
    lxw_format *XlsxFormats::function()                                                                      \
    {                                                                                                        \
        lxw_format *&f = m_named[QStringLiteral(#function)];                                                 \
        if (!f)                                                                                              \
            f = make(__VA_ARGS__);                                                                           \
        return f;                                                                                            \
    }

SHT_NAMED_FORMAT(issuingBody, true, false, LXW_ALIGN_CENTER)
SHT_NAMED_FORMAT(parentBody, false, false, LXW_ALIGN_CENTER)
SHT_NAMED_FORMAT(nationalHeading, true, false, LXW_ALIGN_CENTER)
SHT_NAMED_FORMAT(placeDate, false, true, LXW_ALIGN_CENTER)
SHT_NAMED_FORMAT(centred, false, false, LXW_ALIGN_CENTER)
SHT_NAMED_FORMAT(title, true, false, LXW_ALIGN_CENTER, 14)
SHT_NAMED_FORMAT(caption, true, false, LXW_ALIGN_LEFT)
SHT_NAMED_FORMAT(signatureBold, true, false, LXW_ALIGN_CENTER)
SHT_NAMED_FORMAT(signatureNote, false, true, LXW_ALIGN_CENTER)
SHT_NAMED_FORMAT(recipientsHead, true, true, LXW_ALIGN_LEFT)
SHT_NAMED_FORMAT(recipient, false, false, LXW_ALIGN_LEFT, 10)

#undef SHT_NAMED_FORMAT

lxw_format *XlsxFormats::motto()
{
    lxw_format *&f = m_named[QStringLiteral("motto")];
    if (!f) {
        f = make(true, false, LXW_ALIGN_CENTER, 13);
        format_set_underline(f, LXW_UNDERLINE_SINGLE);
    }
    return f;
}

lxw_format *XlsxFormats::subtitle()
{
    lxw_format *&f = m_named[QStringLiteral("subtitle")];
    if (!f) {
        f = make(true, false, LXW_ALIGN_CENTER, 13);
        format_set_text_wrap(f);
    }
    return f;
}

lxw_format *XlsxFormats::paragraph()
{
    lxw_format *&f = m_named[QStringLiteral("paragraph")];
    if (!f) {
        f = make(false, false, LXW_ALIGN_JUSTIFY);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    return f;
}

} // namespace sht::reporting
