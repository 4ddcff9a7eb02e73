#include "XlsReader.h"

#include "ExcelDate.h"
#include "XlsxSheetReader.h"

#include <QFile>
#include <QFileInfo>

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

QString freexlError(int code)
{
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return QStringLiteral("out of memory");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
    case FREEXL_CFBF_INVALID_SECTOR_SIZE:
    case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY:
    case FREEXL_INVALID_MINI_STREAM:
    case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
        return QStringLiteral("its compound file structure is broken (FreeXL error %1)").arg(code);
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR:
        return QStringLiteral("the file is shorter than it declares (FreeXL error %1)").arg(code);
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QStringLiteral("it holds no workbook stream");
    default:
        return QStringLiteral("FreeXL error %1").arg(code);
    }
}

} // namespace

Workbook XlsReader::readFile(const QString &path, const ReadLimits &limits, Status *status)
{
    const QString displayName = QFileInfo(path).fileName();
    auto damaged = [&](const QString &detail) {
        return Status::failure(
            tr("“%1” is damaged and cannot be read (%2). Open it in Excel and save it again "
               "as an Excel workbook (.xlsx), then import that file.")
                .arg(displayName, detail));
    };
    const QString passwordMessage =
        tr("“%1” is protected by a password: open it in Excel, remove the password (File > Info > Protect "
           "workbook), save, and import again.")
            .arg(displayName);

    Handle handle;
    const int opened = freexl_open(QFile::encodeName(path).constData(), &handle.xls);
    unsigned int info = 0;
    if (opened != FREEXL_OK) {
        if (handle.xls && freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
            info == FREEXL_BIFF_OBFUSCATED)
            *status = Status::failure(passwordMessage);
        else
            *status = damaged(freexlError(opened));
        return {};
    }
    if (freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED) {
        *status = Status::failure(passwordMessage);
        return {};
    }
    bool date1904 = false;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK)
        date1904 = info == FREEXL_BIFF_DATEMODE_1904;
    unsigned int sheetCount = 0;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK) {
        *status = damaged(QStringLiteral("no sheet list"));
        return {};
    }

    Workbook workbook;
    workbook.path = path;
    workbook.format = QStringLiteral("xls");
    workbook.encoding = QStringLiteral("utf8");
    for (unsigned int s = 0; s < sheetCount && s < 0xFFFF; ++s) {
        SheetGrid grid;
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle.xls, quint16(s), &name) == FREEXL_OK && name)
            grid.name = QString::fromUtf8(name);
        if (freexl_select_active_worksheet(handle.xls, quint16(s)) != FREEXL_OK) {
            *status = damaged(tr("sheet “%1” cannot be selected").arg(grid.name));
            return {};
        }
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle.xls, &rows, &columns) != FREEXL_OK) {
            *status = damaged(tr("sheet “%1” has no dimensions").arg(grid.name));
            return {};
        }
        for (unsigned int r = 0; r < rows; ++r) {
            QVector<Cell> row;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle.xls, r, c, &value) != FREEXL_OK)
                    continue;
                Cell cell;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.int_value;
                    cell.text = ExcelDate::formatNumber(cell.number);
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.double_value;
                    cell.text = ExcelDate::formatNumber(cell.number);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_TIME:
                    if (!value.value.text_value)
                        continue;
                    cell.type = Cell::Type::Text;
                    cell.text = QString::fromUtf8(value.value.text_value);
                    if (cell.text.size() > limits.maxCellBytes) {
                        *status = Status::failure(
                            tr("“%1”, sheet “%2”, row %3, column %4: the cell holds more than %5 characters "
                               "of "
                               "text, far more than a register's cell, so the file is refused. Shorten or "
                               "clear that cell in Excel and import again.")
                                .arg(displayName, grid.name)
                                .arg(r + 1)
                                .arg(XlsxSheetReader::columnName(c))
                                .arg(limits.maxCellBytes));
                        return {};
                    }
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                    if (!value.value.text_value)
                        continue;
                    // FreeXL gives "YYYY-MM-DD[ HH:MM:SS]"; the serial is rebuilt for Cell::number.
                    cell.date =
                        QDate::fromString(QString::fromLatin1(value.value.text_value).left(10), Qt::ISODate);
                    cell.type = cell.date.isValid() ? Cell::Type::Date : Cell::Type::Text;
                    cell.number = ExcelDate::toSerial(cell.date, date1904);
                    cell.text = cell.date.isValid() ? ExcelDate::formatDate(cell.date)
                                                    : QString::fromLatin1(value.value.text_value);
                    break;
                default:
                    continue;
                }
                if (cell.isEmpty())
                    continue;
                if (c >= row.size())
                    row.resize(c + 1);
                row[c] = std::move(cell);
            }
            if (row.isEmpty())
                continue;
            if (int(r) >= limits.maxRows) {
                *status =
                    Status::failure(tr("“%1”, sheet “%2”: row %3 holds data beyond the %4 rows the import "
                                       "reads. Check the sheet in Excel: delete what lies below the "
                                       "register and import again.")
                                        .arg(displayName, grid.name)
                                        .arg(r + 1)
                                        .arg(limits.maxRows));
                return {};
            }
            grid.rows.resize(int(r));
            grid.rows.append(std::move(row));
        }
        workbook.sheets.append(std::move(grid));
    }
    *status = Status::success();
    return workbook;
}

} // namespace sht::importing
